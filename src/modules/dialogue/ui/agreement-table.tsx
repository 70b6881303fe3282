// The case's agreements as a table: what, who, by when (in the user's language), status and reminder.
import { formatDate, formatDateTime } from '../../../../web/src/app/format.js';
import { useI18n } from '../../../../web/src/app/i18n.js';
import type { AgreementView } from '../agreements.js';
import { isOverdue } from './agreement-logic.js';

interface Props {
  agreements: readonly AgreementView[];
  today: string;
  editable: boolean;
  onClose: (agreement: AgreementView, status: 'kept' | 'cancelled') => void;
}

const STATUS_BADGE: Record<string, string> = { open: 'badge badge-info', kept: 'badge badge-success' };

export function AgreementTable({ agreements, today, editable, onClose }: Props) {
  const { t, locale } = useI18n();
  const statusText = (status: string) => {
    const text = t(`dialogue.agreement.status.${status}`);
    return text.startsWith('dialogue.') ? status : text; // a newer server's status shows as itself
  };
  return (
    <div className="table--responsive-scroll">
      <table className="table table--compact">
        <caption className="sr-only">{t('dialogue.agreement.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('dialogue.agreement.col.what')}</th>
            <th scope="col">{t('dialogue.agreement.col.owner')}</th>
            <th scope="col">{t('dialogue.agreement.col.due')}</th>
            <th scope="col">{t('dialogue.agreement.col.status')}</th>
            <th scope="col">{t('dialogue.agreement.col.reminded')}</th>
            {editable && <th scope="col">{t('dialogue.agreement.col.actions')}</th>}
          </tr>
        </thead>
        <tbody>
          {agreements.map((a) => (
            <tr key={a.id}>
              <th scope="row" className="pre-line">
                {a.what}
              </th>
              <td>{a.ownerType === 'citizen' ? t('dialogue.agreement.citizen') : (a.owner?.name ?? '')}</td>
              <td>
                <span className="d-block">{formatDate(a.dueOn, locale)}</span>
                {isOverdue(a, today) && (
                  <span className="badge badge-error">{t('dialogue.ui.deadline.overdue')}</span>
                )}
              </td>
              <td>
                <span className={STATUS_BADGE[a.status] ?? 'badge'}>{statusText(a.status)}</span>
              </td>
              <td>
                {a.remindedAt
                  ? t('dialogue.agreement.remindedAt', { time: formatDateTime(a.remindedAt, locale) })
                  : t('dialogue.agreement.notReminded')}
              </td>
              {editable && (
                <td>
                  {a.status === 'open' && (
                    <div className="agreement-actions">
                      <button
                        type="button"
                        className="button button-secondary"
                        onClick={() => onClose(a, 'kept')}
                      >
                        {t('dialogue.agreement.markKept')}
                        <span className="sr-only">: {a.what}</span>
                      </button>
                      <button
                        type="button"
                        className="button button-tertiary"
                        onClick={() => onClose(a, 'cancelled')}
                      >
                        {t('dialogue.agreement.cancel')}
                        <span className="sr-only">: {a.what}</span>
                      </button>
                    </div>
                  )}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
