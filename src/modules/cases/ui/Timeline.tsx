// The case's history (forløb), oldest first, as an ordered list: what happened in plain words, with who and when.
import { formatDateTime } from '../../../../web/src/app/format.js';
import { useI18n } from '../../../../web/src/app/i18n.js';
import { eventLabel } from './labels.js';
import { type TimelineContext, timelineDetails } from './timeline-details.js';
import type { TimelineEntry } from './types.js';

interface Props extends Partial<TimelineContext> {
  entries: TimelineEntry[];
}

const NONE: ReadonlyMap<string, string> = new Map();

export function Timeline({ entries, names = NONE, agreements = NONE }: Props) {
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
          {timelineDetails(t, locale, e, { names, agreements }).map((line) => (
            <p key={line} className="mt-0 mb-1 pre-line">
              {line}
            </p>
          ))}
          <p className="mt-0 mb-0 small-text">
            <time dateTime={e.at}>{formatDateTime(e.at, locale)}</time> ·{' '}
            {e.actor?.name ?? t('dialogue.ui.case.system')}
          </p>
        </li>
      ))}
    </ol>
  );
}
