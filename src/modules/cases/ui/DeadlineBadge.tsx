// A deadline's status as a DKFDS badge: always text, the colour only repeats it.

import { useI18n } from '../../../../web/src/app/i18n.js';
import type { DeadlineStatus } from '../../../core/deadlines.js';

const BADGE: Record<DeadlineStatus, string> = {
  met: 'badge badge-success',
  missed: 'badge badge-warning',
  due_today: 'badge badge-warning',
  overdue: 'badge badge-error',
  pending: 'badge',
};

export function DeadlineBadge({ status }: { status: DeadlineStatus }) {
  const { t } = useI18n();
  return <span className={BADGE[status]}>{t(`dialogue.ui.deadline.${status}`)}</span>;
}
