// Agreements (aftaler) made with the citizen: what, who owns it, by when; add and mark done.
// Placeholder until the panel lands; the props are the contract with CasePage.
import type { AgreementView } from '../agreements.js';

export interface AgreementsPanelProps {
  caseNumber: string;
  agreements: AgreementView[];
  /** The case's department: its caseworkers and team leads may own an agreement (GET /api/v1/staff/users?department=). */
  departmentId: string;
  editable: boolean;
  /** Called after each successful change; the page reloads the case (and so this list). */
  onChanged: () => void;
}

export function AgreementsPanel(_props: AgreementsPanelProps) {
  return null;
}
