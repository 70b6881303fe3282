// A deadline's status as a DKFDS badge: always text, the colour only repeats it.

import { useI18n } from '../../../../web/src/app/i18n.js';
import type { DeadlineStatus } from '../../../core/deadlines.js';
import { deadlineLabel } from './labels.js';

const BADGE: Record<DeadlineStatus, string> = {
  met: 'badge badge-success',
  missed: 'badge badge-warning',
  due_today: 'badge badge-warning',
  overdue: 'badge badge-error',
  pending: 'badge',
};

/** `metOn`: the day the deadline was met, if it was. */
export function DeadlineBadge({ status, metOn }: { status: DeadlineStatus; metOn: string | null }) {
  const { t, locale } = useI18n();
  return <span className={BADGE[status]}>{deadlineLabel(t, locale, status, metOn)}</span>;
}
