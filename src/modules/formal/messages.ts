// The formal module's messages: refusals of a step out of order, the timeline's entries, the cover letter of the
// case bundle and the dashboard figures. Danish first, English complete.
import { defineMessages } from '../../i18n/index.js';

export const formalMessages = defineMessages(
  {
    'formal.refusal.not_a_complaint':
      'Kun en klage over en afgørelse har et formelt klagespor. En beklagelse eller henvendelse afsluttes i dialogen.',
    'formal.refusal.not_formal': 'Klagen er ikke fastholdt, så der er intet formelt klagespor endnu.',
    'formal.refusal.reassessment_decided': 'Genvurderingen er allerede afgjort.',
    'formal.refusal.reassessment_first': 'Klagen skal genvurderes, før den kan sendes til klageinstansen.',
    'formal.refusal.not_forwardable':
      'Sagen kan ikke sendes til klageinstansen nu: den er allerede sendt, eller afgørelsen er omgjort.',
    'formal.refusal.not_forwarded':
      'Sagen er ikke sendt til klageinstansen, så der er ingen afgørelse at registrere.',
    'formal.refusal.appeal_decided': 'Klageinstansens afgørelse er allerede registreret.',
    'formal.refusal.late_decision_not_needed':
      'Klagen er ikke kommet for sent, så der skal ikke træffes beslutning.',
    'formal.refusal.late_decision_made': 'Der er allerede truffet beslutning om den for sene klage.',
    'formal.error.reasoning': 'Skriv begrundelsen for genvurderingen.',
    'formal.error.reason': 'Skriv begrundelsen for beslutningen.',
    'formal.error.decidedOnFuture': 'Datoen for klageinstansens afgørelse kan ikke ligge i fremtiden.',
    'formal.error.decidedOnBeforeForwarding':
      'Klageinstansen kan ikke have afgjort sagen, før den blev sendt.',
    'formal.error.appealsBody': 'Skriv klageinstansens navn.',
    'formal.error.areaNotFound': 'Fagområdet findes ikke.',
    'formal.error.receivedOnFuture': 'Datoen for modtagelsen kan ikke ligge i fremtiden.',
    'formal.error.accessRequestNotFound': 'Anmodningen om aktindsigt findes ikke på sagen.',
    'formal.error.noBundle': 'Der er endnu ingen sagsakter sendt til klageinstansen på denne sag.',
    'formal.forbidden.appealsBodies': 'Kun en administrator kan ændre klageinstanser.',
    // Timeline entries (the staff case page reads them by event type).
    'dialogue.ui.event.reassessment_recorded': 'Genvurderingens resultat er registreret',
    'dialogue.ui.event.case_bundle_made': 'Sagsakterne er samlet til klageinstansen',
    'dialogue.ui.event.late_complaint_decided': 'Beslutning om klage modtaget efter klagefristen',
    'dialogue.ui.event.decision_facts_recorded': 'Oplysninger om afgørelsen er registreret',
    'dialogue.ui.event.access_request_registered': 'Anmodning om aktindsigt registreret',
    'dialogue.ui.event.access_request_answered': 'Anmodning om aktindsigt besvaret',
    // The cover letter of the case bundle (følgebrev).
    'formal.bundle.title': 'Sagsakter i klagesag {caseNumber}',
    'formal.bundle.coverHeading': 'Følgebrev',
    'formal.bundle.to': 'Til: {appealsBody}',
    'formal.bundle.from': 'Fra: {kommune}',
    'formal.bundle.date': 'Dato: {date}',
    'formal.bundle.cover':
      'Vi sender hermed klagen i sag {caseNumber} til klageinstansens behandling. Vi har genvurderet afgørelsen og er kommet til, at den {result}.',
    'formal.bundle.result.upheld': 'fastholdes',
    'formal.bundle.result.partly_changed': 'ændres delvist',
    'formal.bundle.reasoning': 'Begrundelse for genvurderingen: {reasoning}',
    'formal.bundle.contents': 'Sagsakterne indeholder i denne rækkefølge:',
    'formal.bundle.deadline': 'Klagen er modtaget {receivedOn}. Fristen for genvurderingen var {due}.',
    'formal.bundle.late':
      'Klagen er modtaget efter klagefristen ({deadline}). Vi har besluttet at {decision} den. Begrundelse: {reason}',
    'formal.bundle.lateAccepted': 'behandle',
    'formal.bundle.lateRejected': 'afvise',
    'formal.document.reassessment': 'Genvurdering',
    'formal.document.reassessmentBody': 'Resultat: {result}.\n\nBegrundelse: {reasoning}',
    'formal.result.changed': 'omgjort',
    'formal.result.partly_changed': 'delvist omgjort',
    'formal.result.upheld': 'fastholdt',
    // Dashboard figures
    'formal.figure.reversalRate': 'Omgørelsesprocent hos klageinstansen',
    'formal.figure.shareForwarded': 'Andel genvurderede klager sendt til klageinstansen',
    'formal.figure.reassessmentsOnTime': 'Genvurderinger inden for fristen',
  },
  {
    'formal.refusal.not_a_complaint':
      'Only a complaint about a decision has a formal track. A grievance or an inquiry ends in the dialogue.',
    'formal.refusal.not_formal': 'The complaint is not maintained, so there is no formal track yet.',
    'formal.refusal.reassessment_decided': 'The re-assessment has already been decided.',
    'formal.refusal.reassessment_first':
      'The complaint must be re-assessed before it can go to the appeals body.',
    'formal.refusal.not_forwardable':
      'The case cannot go to the appeals body now: it has been sent already, or the decision was changed.',
    'formal.refusal.not_forwarded':
      'The case has not been sent to the appeals body, so there is no result to record.',
    'formal.refusal.appeal_decided': "The appeals body's decision has already been recorded.",
    'formal.refusal.late_decision_not_needed':
      'The complaint did not come late, so there is nothing to decide.',
    'formal.refusal.late_decision_made': 'The late complaint has already been decided on.',
    'formal.error.reasoning': 'Write the reasoning of the re-assessment.',
    'formal.error.reason': 'Write the reason for the decision.',
    'formal.error.decidedOnFuture': "The date of the appeals body's decision cannot be in the future.",
    'formal.error.decidedOnBeforeForwarding':
      'The appeals body cannot have decided before the case was sent.',
    'formal.error.appealsBody': "Write the appeals body's name.",
    'formal.error.areaNotFound': 'The area does not exist.',
    'formal.error.receivedOnFuture': 'The date of receipt cannot be in the future.',
    'formal.error.accessRequestNotFound': 'The request for access to the files is not on this case.',
    'formal.error.noBundle': 'No case bundle has been sent to the appeals body on this case yet.',
    'formal.forbidden.appealsBodies': 'Only an administrator can change the appeals bodies.',
    'dialogue.ui.event.reassessment_recorded': 'Result of the re-assessment recorded',
    'dialogue.ui.event.case_bundle_made': 'Case bundle made for the appeals body',
    'dialogue.ui.event.late_complaint_decided': 'Decision on a complaint received after the deadline',
    'dialogue.ui.event.decision_facts_recorded': 'Facts about the decision recorded',
    'dialogue.ui.event.access_request_registered': 'Request for access to the files registered',
    'dialogue.ui.event.access_request_answered': 'Request for access to the files answered',
    'formal.bundle.title': 'Case bundle of complaint {caseNumber}',
    'formal.bundle.coverHeading': 'Cover letter',
    'formal.bundle.to': 'To: {appealsBody}',
    'formal.bundle.from': 'From: {kommune}',
    'formal.bundle.date': 'Date: {date}',
    'formal.bundle.cover':
      'We send you the complaint in case {caseNumber}. We have re-assessed the decision and found that it is {result}.',
    'formal.bundle.result.upheld': 'upheld',
    'formal.bundle.result.partly_changed': 'partly changed',
    'formal.bundle.reasoning': 'Reasoning of the re-assessment: {reasoning}',
    'formal.bundle.contents': 'The case bundle holds, in this order:',
    'formal.bundle.deadline': 'The complaint was received {receivedOn}. The re-assessment was due {due}.',
    'formal.bundle.late':
      'The complaint came after the deadline ({deadline}). We decided to {decision} it. Reason: {reason}',
    'formal.bundle.lateAccepted': 'handle',
    'formal.bundle.lateRejected': 'refuse',
    'formal.document.reassessment': 'Re-assessment',
    'formal.document.reassessmentBody': 'Result: {result}.\n\nReasoning: {reasoning}',
    'formal.result.changed': 'changed',
    'formal.result.partly_changed': 'partly changed',
    'formal.result.upheld': 'upheld',
    'formal.figure.reversalRate': 'Reversal rate at the appeals body',
    'formal.figure.shareForwarded': 'Share of re-assessed complaints sent to the appeals body',
    'formal.figure.reassessmentsOnTime': 'Re-assessments within the deadline',
  },
);
