import { defineMessages } from '../../i18n/index.js';

/** Messages of the dialogue loop's API: refusals and validation. */
export const loopMessages = defineMessages(
  {
    'dialogue.refusal.illegal_transition': 'Sagen kan ikke gå fra "{from}" til "{to}".',
    'dialogue.refusal.complaint_only':
      'Kun en klage over en afgørelse kan fastholdes og gå til genvurdering.',
    'dialogue.refusal.open_agreements':
      'Sagen har åbne aftaler. Skriv en begrundelse for at lukke den alligevel.',
    'dialogue.refusal.wrong_trigger':
      'Det sker af sig selv: registrér et kontaktforsøg eller en aftale, så flytter sagen videre.',
    'dialogue.refusal.needs_bundle':
      'En sag sendes kun til klageinstansen med sagsakterne: brug "Send sagen til klageinstansen" under Formelt klagespor.',
    'dialogue.refusal.needs_reassessment':
      'Genvurderingens resultat registreres med begrundelse under Formelt klagespor: brug "Registrér genvurderingen" dér.',
    'dialogue.refusal.needs_appeal_result':
      'Klageinstansens afgørelse registreres med dato under Formelt klagespor: brug "Registrér afgørelsen" dér.',
    'dialogue.refusal.reason_required': 'Skriv en begrundelse.',
    'dialogue.refusal.result_required': 'Vælg resultatet.',
    'dialogue.refusal.concurrent': 'Sagen er netop ændret af en anden. Genindlæs og prøv igen.',
    'dialogue.attempt.missedCallNote': 'Besked sendt: »Vi har forsøgt at ringe«',
    'dialogue.error.phase': 'Ukendt samtalefase.',
    'dialogue.error.noteTooLong': 'Noten må højst være 10.000 tegn.',
    'dialogue.error.rootCause': 'Vælg en årsag fra listen.',
    'dialogue.error.secondarySameAsPrimary': 'En sekundær årsag kan ikke være den samme som den primære.',
    'dialogue.error.elapsed': 'Ugyldig samtalevarighed.',
    'dialogue.error.version': 'Samtalen er gemt fra et andet vindue. Genindlæs for at se den nyeste udgave.',
    'dialogue.error.agreementUnknown': 'Aftalen findes ikke på denne sag.',
    'dialogue.error.settled':
      'Sagen er afsluttet og kan ikke få nye kontaktforsøg, samtalenoter eller aftaler. Genåbn sagen, hvis der skal arbejdes videre.',
    'dialogue.error.attempt': 'Resultatet passer ikke til kanalen.',
    'dialogue.error.letterReason': 'Metoden siger: ring først. Skriv, hvorfor der sendes brev før et opkald.',
    'dialogue.error.noPhone': 'Borgeren har ikke oplyst et telefonnummer.',
    'dialogue.error.noEmail': 'Borgeren har ikke oplyst en e-mailadresse.',
    'dialogue.error.agreementWhat': 'Skriv, hvad der er aftalt.',
    'dialogue.error.agreementOwner': 'Vælg en ansvarlig: borgeren eller en medarbejder i forvaltningen.',
    'dialogue.error.agreementDue': 'Skriv en gyldig dato, som ikke ligger i fortiden.',
    'dialogue.error.agreementClosed': 'Aftalen er allerede afsluttet.',
    'dialogue.error.agreementCaseClosed':
      'Sagen er lukket, så dens aftaler kan ikke længere ændres. Genåbn sagen, hvis der skal følges op.',
    'dialogue.error.assignee': 'Medarbejderen findes ikke i forvaltningen.',
    'dialogue.error.team': 'Teamet findes ikke i kommunen.',
    'dialogue.figure.resolvedInDialogue': 'Løst i dialog',
  },
  {
    'dialogue.refusal.illegal_transition': 'The case cannot move from "{from}" to "{to}".',
    'dialogue.refusal.complaint_only':
      'Only a complaint about a decision can be maintained and go to re-assessment.',
    'dialogue.refusal.open_agreements': 'The case has open agreements. Give a reason to close it anyway.',
    'dialogue.refusal.wrong_trigger':
      'That happens by itself: record a contact attempt or an agreement and the case moves on.',
    'dialogue.refusal.needs_bundle':
      'A case goes to the appeals body only with its case bundle: use "Send the case to the appeals body" under Formal complaint track.',
    'dialogue.refusal.needs_reassessment':
      'The re-assessment result is recorded with its reasoning under Formal complaint track: use "Record the re-assessment" there.',
    'dialogue.refusal.needs_appeal_result':
      'The appeals body\'s decision is recorded with its date under Formal complaint track: use "Record the decision" there.',
    'dialogue.refusal.reason_required': 'Give a reason.',
    'dialogue.refusal.result_required': 'Choose the result.',
    'dialogue.refusal.concurrent': 'Someone else just changed the case. Reload and try again.',
    'dialogue.attempt.missedCallNote': 'Message sent: “We tried to call you”',
    'dialogue.error.phase': 'Unknown conversation phase.',
    'dialogue.error.noteTooLong': 'A note can be at most 10,000 characters.',
    'dialogue.error.rootCause': 'Choose a cause from the list.',
    'dialogue.error.secondarySameAsPrimary': 'A secondary cause cannot be the same as the primary one.',
    'dialogue.error.elapsed': 'Invalid conversation duration.',
    'dialogue.error.version':
      'The conversation was saved from another window. Reload to see the latest version.',
    'dialogue.error.agreementUnknown': 'The agreement does not exist on this case.',
    'dialogue.error.settled':
      'The case is settled and cannot take new contact attempts, conversation notes or agreements. Reopen the case if work must continue.',
    'dialogue.error.attempt': 'The result does not fit the channel.',
    'dialogue.error.letterReason': 'The method says: call first. Explain why a letter is sent before a call.',
    'dialogue.error.noPhone': 'The citizen has not given a phone number.',
    'dialogue.error.noEmail': 'The citizen has not given an e-mail address.',
    'dialogue.error.agreementWhat': 'Describe what was agreed.',
    'dialogue.error.agreementOwner':
      'Choose who is responsible: the citizen or a staff member of the department.',
    'dialogue.error.agreementDue': 'Enter a valid date that is not in the past.',
    'dialogue.error.agreementClosed': 'The agreement is already closed.',
    'dialogue.error.agreementCaseClosed':
      'The case is closed, so its agreements can no longer be changed. Reopen the case to follow up.',
    'dialogue.error.assignee': 'The staff member is not in the department.',
    'dialogue.error.team': 'The team does not exist in the municipality.',
    'dialogue.figure.resolvedInDialogue': 'Resolved in dialogue',
  },
);
