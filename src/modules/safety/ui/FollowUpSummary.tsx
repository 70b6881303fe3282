// An incident's follow-up in a word: how many items are overdue, due soon, or that all is done. Always text;
// the badge's colour only repeats it.
import { useI18n } from '../../../../web/src/app/i18n.js';
import type { FollowUpStatus } from '../../../core/incidents.js';
import type { Incident } from './api.js';

export const STATUS_BADGE: Record<FollowUpStatus, string> = {
  done: 'badge badge-success',
  open: 'badge',
  due_soon: 'badge badge-warning',
  due_today: 'badge badge-warning',
  overdue: 'badge badge-error',
};

export function FollowUpSummary({ incident }: { incident: Incident }) {
  const { t } = useI18n();
  const soon = incident.followUp.filter((l) => l.status === 'due_soon' || l.status === 'due_today').length;
  const open = incident.followUp.filter((l) => l.status !== 'done').length;
  if (incident.overdue > 0)
    return (
      <span className={STATUS_BADGE.overdue}>
        {t('safety.ui.followUp.overdueCount', { count: incident.overdue })}
      </span>
    );
  if (soon > 0)
    return (
      <span className={STATUS_BADGE.due_soon}>{t('safety.ui.followUp.soonCount', { count: soon })}</span>
    );
  if (open > 0)
    return <span className={STATUS_BADGE.open}>{t('safety.ui.followUp.openCount', { count: open })}</span>;
  return <span className={STATUS_BADGE.done}>{t('safety.ui.followUp.allDone')}</span>;
}
