// The contact attempts so far, oldest first, as a compact DKFDS table.
import { formatDateTime } from '../../../../web/src/app/format.js';
import { useI18n } from '../../../../web/src/app/i18n.js';
import { attemptChannelLabel, attemptResultLabel } from '../../cases/ui/index.js';
import type { AttemptView } from '../attempts.js';

export function AttemptList({ attempts }: { attempts: AttemptView[] }) {
  const { t, locale } = useI18n();
  if (attempts.length === 0) return <p>{t('dialogue.ui.contact.none')}</p>;
  return (
    <div className="table--responsive-scroll">
      <table className="table table--compact">
        <caption className="sr-only">{t('dialogue.ui.contact.attempts')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('dialogue.ui.contact.col.at')}</th>
            <th scope="col">{t('dialogue.ui.contact.col.channel')}</th>
            <th scope="col">{t('dialogue.ui.contact.col.result')}</th>
            <th scope="col">{t('dialogue.ui.contact.col.by')}</th>
            <th scope="col">{t('dialogue.ui.contact.col.note')}</th>
          </tr>
        </thead>
        <tbody>
          {attempts.map((a) => (
            <tr key={a.id}>
              <td>
                <time dateTime={a.at}>{formatDateTime(a.at, locale)}</time>
              </td>
              <td>{attemptChannelLabel(t, a.channel)}</td>
              <td>{attemptResultLabel(t, a.result)}</td>
              <td>{a.actor?.name ?? t('dialogue.ui.case.system')}</td>
              <td className="pre-line">{[a.letterReason, a.note].filter(Boolean).join('\n')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
