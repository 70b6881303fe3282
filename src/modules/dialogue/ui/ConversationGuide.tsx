// The conversation guide (samtaleguide): the six mediation phases with prompts and notes, autosaved.
// Placeholder until the guide lands; the props are the contract with CasePage.
import type { ConversationView } from '../conversation.js';

export interface ConversationGuideProps {
  caseNumber: string;
  /** The saved conversation from the case answer, or null before the first save. Read on mount only. */
  initial: ConversationView | null;
  /** False when the user may not edit (not their case, or the case is closed). */
  editable: boolean;
  /** Called after each successful save, so the page can refresh its timeline. */
  onSaved: () => void;
}

export function ConversationGuide(_props: ConversationGuideProps) {
  return null;
}
