// The titles of the case's own documents in the case bundle sent to the appeals body.
import { defineMessages } from '../../i18n/index.js';

export const caseDocumentMessages = defineMessages(
  {
    'cases.document.complaint': 'Klagen',
    'cases.document.complaintBody': 'Modtaget {receivedOn} som sag {caseNumber}.',
    'cases.document.decision': 'Afgørelsen, der klages over',
    'cases.document.decisionDate': 'Afgørelsens dato: {date}',
    'cases.document.decisionReference': 'Afgørelsens journalnummer: {reference}',
    'cases.document.decisionUnknown': 'Borgeren har ikke oplyst afgørelsens dato eller journalnummer.',
  },
  {
    'cases.document.complaint': 'The complaint',
    'cases.document.complaintBody': 'Received {receivedOn} as case {caseNumber}.',
    'cases.document.decision': 'The decision complained about',
    'cases.document.decisionDate': 'Date of the decision: {date}',
    'cases.document.decisionReference': 'Reference of the decision: {reference}',
    'cases.document.decisionUnknown': 'The citizen gave neither the date nor the reference of the decision.',
  },
);
