// The staff API calls behind the conversation guide.
import { api } from '../../../../web/src/app/api.js';
import type { ConversationView } from '../conversation.js';
import type { SaveBody } from './conversation-logic.js';

const path = (caseNumber: string) => `/cases/${encodeURIComponent(caseNumber)}/conversation`;

export const fetchConversation = (caseNumber: string) =>
  api<ConversationView | null>('GET', path(caseNumber));

export const putConversation = (caseNumber: string, body: SaveBody) =>
  api<ConversationView>('PUT', path(caseNumber), body);
