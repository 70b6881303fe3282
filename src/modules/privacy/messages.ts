import { defineMessages } from '../../i18n/index.js';

export const privacyMessages = defineMessages(
  {
    'privacy.error.notFound': 'Borgeren findes ikke.',
    'privacy.error.criterion': 'Søg på netop ét af: sagsnummer, CPR-nummer eller e-mail.',
    'privacy.error.cpr': 'Skriv CPR-nummeret som 10 cifre (DDMMÅÅ-XXXX).',
    'privacy.period.years': '{years} år',
    'privacy.period.yearsMonths': '{years} år og {months} måneder',
    'privacy.erasure.erased': 'Borgerens oplysninger er slettet (anonymiseret).',
    'privacy.erasure.partly_erased':
      'En del af borgerens oplysninger er slettet (anonymiseret); resten skal opbevares, se begrundelsen ved hver sag.',
    'privacy.erasure.refused': 'Borgerens oplysninger kan ikke slettes endnu, se begrundelsen ved hver sag.',
    'privacy.reason.open_case':
      'Sagen er ikke afsluttet. Oplysningerne bruges i kommunens myndighedsudøvelse og skal bevares, til sagen er lukket og opbevaringsperioden er gået (databeskyttelsesforordningen art. 17, stk. 3, litra b).',
    'privacy.reason.retention':
      'Sagen skal opbevares til {date} efter kommunens opbevaringsperiode på {period} fra lukningen (arkivloven, KLE-bevaringsfrister; databeskyttelsesforordningen art. 17, stk. 3, litra b).',
  },
  {
    'privacy.error.notFound': 'The citizen was not found.',
    'privacy.error.criterion': 'Search by exactly one of: case number, CPR number or e-mail.',
    'privacy.error.cpr': 'Enter the CPR number as 10 digits (DDMMYY-XXXX).',
    'privacy.period.years': '{years} years',
    'privacy.period.yearsMonths': '{years} years and {months} months',
    'privacy.erasure.erased': "The citizen's data has been erased (anonymised).",
    'privacy.erasure.partly_erased':
      "Part of the citizen's data has been erased (anonymised); the rest must be kept, see the reason given for each case.",
    'privacy.erasure.refused': "The citizen's data cannot be erased yet, see the reason given for each case.",
    'privacy.reason.open_case':
      "The case is not finished. The data is used in the municipality's exercise of official authority and must be kept until the case is closed and the retention period has passed (GDPR art. 17(3)(b)).",
    'privacy.reason.retention':
      "The case must be kept until {date} under the municipality's retention period of {period} from closing (Danish Archives Act, KLE retention periods; GDPR art. 17(3)(b)).",
  },
);
