import { defineMessages } from '../../i18n/index.js';

export const citizensMessages = defineMessages(
  {
    'citizens.error.contact': 'Vælg en sagsbehandler eller leder i kommunen som kontaktperson.',
    'citizens.error.channel': 'Vælg en kanal fra listen.',
    'citizens.error.language': 'Skriv, hvilket sprog tolken skal tale.',
    'citizens.error.supportNeeds': 'Støttebehovene kunne ikke gemmes. Ret det markerede.',
  },
  {
    'citizens.error.contact': 'Choose a caseworker or team lead of the municipality as contact person.',
    'citizens.error.channel': 'Choose a channel from the list.',
    'citizens.error.language': 'Enter the language the interpreter should speak.',
    'citizens.error.supportNeeds': 'The support needs could not be saved. Correct what is marked.',
  },
);
