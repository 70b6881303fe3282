// The dialogue loop's panels on the case page: contact with the citizen, the conversation guide, agreements.

import { acceptsAgreementUpdates } from '../../../core/workflow.js';
import type { CasePanel } from '../../../platform/ui.js';
import type { CasePanelProps } from '../../cases/ui/index.js';
import { AgreementsPanel } from './AgreementsPanel.js';
import { ContactPanel } from './ContactPanel.js';
import { ConversationGuide } from './ConversationGuide.js';

function ConversationPanel({ c, editable, onChanged }: CasePanelProps) {
  return (
    <div className="mb-8">
      <ConversationGuide
        key={c.caseNumber}
        caseNumber={c.caseNumber}
        initial={c.conversation}
        editable={editable}
        onSaved={() => void onChanged()}
      />
    </div>
  );
}

function AgreementsOfCase({ c, editable, onChanged }: CasePanelProps) {
  return (
    <div className="mb-8">
      <AgreementsPanel
        caseNumber={c.caseNumber}
        agreements={c.agreements}
        departmentId={c.department.id}
        canAdd={editable}
        canComplete={acceptsAgreementUpdates(c.state)}
        onChanged={() => void onChanged()}
      />
    </div>
  );
}

export const dialoguePanels: CasePanel<CasePanelProps>[] = [
  { key: 'dialogue.contact', column: 'main', position: 10, component: ContactPanel },
  { key: 'dialogue.conversation', column: 'main', position: 20, component: ConversationPanel },
  { key: 'dialogue.agreements', column: 'main', position: 30, component: AgreementsOfCase },
];
