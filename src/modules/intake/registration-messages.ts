import { defineMessages } from '../../i18n/index.js';

/** Staff registration of phone, desk and mail complaints. */
export const registrationMessages = defineMessages(
  {
    'intake.error.cpr.format': 'Skriv CPR-nummeret som 10 cifre, fx 010190-1234.',
    'intake.error.cpr.date': 'CPR-nummeret indeholder ikke en gyldig fødselsdato.',
  },
  {
    'intake.error.cpr.format': 'Enter the CPR number as 10 digits, e.g. 010190-1234.',
    'intake.error.cpr.date': 'The CPR number does not contain a valid date of birth.',
  },
);
