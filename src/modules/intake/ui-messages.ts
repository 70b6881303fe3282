import { defineMessages } from '../../i18n/index.js';

/** The staff app's registration page (registrér henvendelse): phone, desk and mail complaints. */
export const intakeUiMessages = defineMessages(
  {
    'intake.ui.register.title': 'Registrér henvendelse',
    'intake.ui.register.intro':
      'Registrér en klage, beklagelse eller henvendelse, som borgeren har givet dig i telefonen, ved skranken eller med brev. Borgeren får et sagsnummer, og sagen kommer i forvaltningens kø.',
    'intake.ui.register.submit': 'Registrér',
    'intake.ui.register.submitting': 'Registrerer …',
    'intake.ui.register.loadingAreas': 'Henter områder …',
    'intake.ui.register.errorSummary': 'Der er et problem',
    'intake.ui.register.created': 'Henvendelsen er registreret som sag {caseNumber}.',
    'intake.ui.register.createdLink': 'Åbn sag {caseNumber}',
    'intake.ui.register.callBy': 'Borgeren skal være ringet op senest {date}.',
    'intake.ui.channel.legend': 'Hvordan kom henvendelsen ind?',
    'intake.ui.channel.phone': 'Telefon',
    'intake.ui.channel.desk': 'Ved skranken',
    'intake.ui.channel.mail': 'Brev',
    'intake.ui.kind.legend': 'Hvad drejer det sig om?',
    'intake.ui.area.hint':
      'Den del af kommunen, henvendelsen handler om. Sagen går til områdets forvaltning.',
    'intake.ui.decision.legend': 'Afgørelsen, borgeren klager over',
    'intake.ui.decision.hint': 'Afgørelsens dato står i brevet med afgørelsen.',
    'intake.ui.description.label': 'Hvad handler det om?',
    'intake.ui.description.hint': 'Skriv det vigtigste med borgerens egne ord. Mindst 10 tegn.',
    'intake.ui.citizen.legend': 'Borgeren',
    'intake.ui.name.label': 'Borgerens navn',
    'intake.ui.contact.hint': 'Skriv telefonnummer, e-mail eller begge. Mindst én skal udfyldes.',
    'intake.ui.cpr.label': 'CPR-nummer',
    'intake.ui.cpr.hint':
      'Kun hvis borgeren selv oplyser det. Skriv 10 cifre, fx 010190-1234. Det gemmes krypteret og vises kun maskeret (010190-XXXX).',
    'intake.ui.time.legend': 'Hvornår vil borgeren helst ringes op?',
  },
  {
    'intake.ui.register.title': 'Register an inquiry',
    'intake.ui.register.intro':
      'Register a complaint, grievance or inquiry the citizen gave you by phone, at the desk or by letter. The citizen gets a case number, and the case goes to the department’s queue.',
    'intake.ui.register.submit': 'Register',
    'intake.ui.register.submitting': 'Registering …',
    'intake.ui.register.loadingAreas': 'Loading areas …',
    'intake.ui.register.errorSummary': 'There is a problem',
    'intake.ui.register.created': 'The inquiry is registered as case {caseNumber}.',
    'intake.ui.register.createdLink': 'Open case {caseNumber}',
    'intake.ui.register.callBy': 'The citizen must have been called by {date}.',
    'intake.ui.channel.legend': 'How did the inquiry come in?',
    'intake.ui.channel.phone': 'Phone',
    'intake.ui.channel.desk': 'At the desk',
    'intake.ui.channel.mail': 'Letter',
    'intake.ui.kind.legend': 'What is it about?',
    'intake.ui.area.hint':
      'The part of the municipality the inquiry is about. The case goes to the area’s department.',
    'intake.ui.decision.legend': 'The decision the citizen complains about',
    'intake.ui.decision.hint': 'The date of the decision is in the letter with the decision.',
    'intake.ui.description.label': 'What is it about?',
    'intake.ui.description.hint': 'Write the essentials in the citizen’s own words. At least 10 characters.',
    'intake.ui.citizen.legend': 'The citizen',
    'intake.ui.name.label': 'Citizen’s name',
    'intake.ui.contact.hint': 'Enter a phone number, an e-mail address or both. At least one is required.',
    'intake.ui.cpr.label': 'CPR number',
    'intake.ui.cpr.hint':
      'Only if the citizen gives it. Enter 10 digits, e.g. 010190-1234. It is stored encrypted and only shown masked (010190-XXXX).',
    'intake.ui.time.legend': 'When would the citizen prefer to be called?',
  },
);
