// The case's history (forløb), oldest first, as an ordered list.
import { formatDateTime } from '../../../../web/src/app/format.js';
import { useI18n } from '../../../../web/src/app/i18n.js';
import { eventLabel, stateLabel } from './labels.js';
import type { TimelineEntry } from './types.js';

export function Timeline({ entries }: { entries: TimelineEntry[] }) {
  const { t, locale } = useI18n();
  if (entries.length === 0) return <p>{t('dialogue.ui.case.timelineEmpty')}</p>;
  return (
    <ol className="timeline">
      {entries.map((e, i) => (
        // Events carry no id in the contract; their order on the timeline is stable.
        // biome-ignore lint/suspicious/noArrayIndexKey: see above
        <li key={i}>
          <p className="mt-0 mb-1">
            <strong>{eventLabel(t, e.type)}</strong>
          </p>
          <Detail entry={e} />
          <p className="mt-0 mb-0 small-text">
            <time dateTime={e.at}>{formatDateTime(e.at, locale)}</time> ·{' '}
            {e.actor?.name ?? t('dialogue.ui.case.system')}
          </p>
        </li>
      ))}
    </ol>
  );
}

function Detail({ entry }: { entry: TimelineEntry }) {
  const { t } = useI18n();
  const { from, to, reason } = entry.data;
  return (
    <>
      {entry.type === 'state_changed' && typeof from === 'string' && typeof to === 'string' && (
        <p className="mt-0 mb-1">
          {t('dialogue.ui.case.stateChange', { from: stateLabel(t, from), to: stateLabel(t, to) })}
        </p>
      )}
      {typeof reason === 'string' && reason && (
        <p className="mt-0 mb-1 pre-line">{t('dialogue.ui.case.reason', { reason })}</p>
      )}
    </>
  );
}
