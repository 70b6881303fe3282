import { defineMessages } from '../../i18n/index.js';

/** Staff registration of phone, desk and mail complaints. */
export const registrationMessages = defineMessages(
  {
    'intake.error.cpr.format': 'Skriv CPR-nummeret som 10 cifre, fx 010190-1234.',
    'intake.error.cpr.date': 'CPR-nummeret indeholder ikke en gyldig fødselsdato.',
    // The same refusals as the citizen form's, spoken to the staff member about the citizen.
    'intake.staffError.area': 'Vælg det område, henvendelsen handler om.',
    'intake.staffError.decisionDate.required': 'Skriv datoen for den afgørelse, borgeren klager over.',
    'intake.staffError.name.required': 'Skriv borgerens navn.',
    'intake.staffError.contact.required':
      'Skriv borgerens telefonnummer eller e-mailadresse, så sagsbehandleren kan kontakte borgeren.',
  },
  {
    'intake.error.cpr.format': 'Enter the CPR number as 10 digits, e.g. 010190-1234.',
    'intake.error.cpr.date': 'The CPR number does not contain a valid date of birth.',
    'intake.staffError.area': 'Choose the area the inquiry is about.',
    'intake.staffError.decisionDate.required':
      'Enter the date of the decision the citizen is complaining about.',
    'intake.staffError.name.required': "Enter the citizen's name.",
    'intake.staffError.contact.required':
      "Enter the citizen's phone number or e-mail address, so the caseworker can contact them.",
  },
);
