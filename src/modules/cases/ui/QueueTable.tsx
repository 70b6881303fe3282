// The queue as a DKFDS table. Overdue and due-today rows carry a text badge and a bar; colour only repeats it.
import { formatDate } from '../../../../web/src/app/format.js';
import { useI18n } from '../../../../web/src/app/i18n.js';
import { Link } from '../../../../web/src/app/router.js';
import { DeadlineBadge } from './DeadlineBadge.js';
import { kindLabel, stateLabel } from './labels.js';
import type { QueueItem } from './types.js';

interface Props {
  items: QueueItem[];
  myId: string;
  assigning: string | null;
  onAssign: (caseNumber: string) => void;
}

const ROW_CLASS: Partial<Record<QueueItem['firstContactStatus'], string>> = {
  overdue: 'queue-row--overdue',
  due_today: 'queue-row--due-today',
};

export function QueueTable({ items, myId, assigning, onAssign }: Props) {
  const { t, locale } = useI18n();
  return (
    <div className="table--responsive-scroll">
      <table className="table table--compact">
        <caption className="sr-only">{t('dialogue.ui.queue.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('dialogue.ui.queue.col.caseNumber')}</th>
            <th scope="col">{t('dialogue.ui.queue.col.firstContact')}</th>
            <th scope="col">{t('dialogue.ui.queue.col.kind')}</th>
            <th scope="col">{t('dialogue.ui.queue.col.state')}</th>
            <th scope="col">{t('dialogue.ui.queue.col.area')}</th>
            <th scope="col">{t('dialogue.ui.queue.col.citizen')}</th>
            <th scope="col">{t('dialogue.ui.queue.col.received')}</th>
            <th scope="col">{t('dialogue.ui.queue.col.assignee')}</th>
            <th scope="col">{t('dialogue.ui.queue.col.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((c) => {
            const rowHeader = `case-${c.caseNumber}`;
            const mine = c.assignee?.id === myId;
            return (
              <tr key={c.caseNumber} className={ROW_CLASS[c.firstContactStatus]}>
                <th scope="row" id={rowHeader}>
                  <Link to={`/sager/${encodeURIComponent(c.caseNumber)}`}>{c.caseNumber}</Link>
                </th>
                <td>
                  <span className="d-block">{formatDate(c.firstContactDue, locale)}</span>
                  <DeadlineBadge status={c.firstContactStatus} metOn={c.firstContactMetOn} />
                  {c.reassessmentDue && c.reassessmentStatus && (
                    <span className="d-block mt-2">
                      {t('dialogue.ui.facts.reassessmentDue')} {formatDate(c.reassessmentDue, locale)}{' '}
                      <DeadlineBadge status={c.reassessmentStatus} metOn={null} />
                    </span>
                  )}
                </td>
                <td>{kindLabel(t, c.kind)}</td>
                <td>{stateLabel(t, c.state)}</td>
                <td>{c.area.name}</td>
                <td>{c.citizenName}</td>
                <td>{formatDate(c.receivedOn, locale)}</td>
                <td>
                  {c.assignee
                    ? mine
                      ? t('dialogue.ui.queue.you')
                      : c.assignee.name
                    : t('dialogue.ui.queue.unassigned')}
                </td>
                <td>
                  {!mine && !c.assignee && (
                    <button
                      type="button"
                      className="button button-secondary queue-assign"
                      aria-describedby={rowHeader}
                      disabled={assigning === c.caseNumber}
                      onClick={() => onAssign(c.caseNumber)}
                    >
                      {t('dialogue.ui.assignToMe')}
                    </button>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
