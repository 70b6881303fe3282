// The case page's own panels (the outcome, the citizen, the facts, the timeline), and the props every panel
// on the case page gets — this module's and the other modules' alike (their ui/manifest.ts).
import { useMemo } from 'react';
import { useI18n } from '../../../../web/src/app/i18n.js';
import type { CasePanel } from '../../../platform/ui.js';
import { CaseFacts } from './CaseFacts.js';
import { CitizenPanel } from './CitizenPanel.js';
import { OutcomePanel } from './OutcomePanel.js';
import { Timeline } from './Timeline.js';
import type { CaseDetail, StaffUser } from './types.js';

export interface CasePanelProps {
  c: CaseDetail;
  /** False on a settled case (resolved, withdrawn, closed): it is read, closed or reopened, not worked on. */
  editable: boolean;
  /** The signed-in staff member. */
  myId: string;
  /** Caseworkers and team leads of the kommune; null when the list could not be loaded. */
  staff: StaffUser[] | null;
  /** Reloads the case after a change. */
  onChanged: () => Promise<void>;
}

function TimelinePanel({ c, staff }: CasePanelProps) {
  const { t } = useI18n();
  const names = useMemo(() => new Map((staff ?? []).map((u) => [u.id, u.name])), [staff]);
  const agreements = useMemo(() => new Map(c.agreements.map((a) => [a.id, a.what])), [c.agreements]);
  return (
    <>
      <h2>{t('dialogue.ui.case.timeline')}</h2>
      <Timeline entries={c.timeline} names={names} agreements={agreements} />
    </>
  );
}

export const casesPanels: CasePanel<CasePanelProps>[] = [
  { key: 'cases.outcome', column: 'main', position: 40, component: OutcomePanel },
  { key: 'cases.citizen', column: 'side', position: 10, component: CitizenPanel },
  { key: 'cases.facts', column: 'side', position: 20, component: CaseFacts },
  { key: 'cases.timeline', column: 'side', position: 30, component: TimelinePanel },
];
