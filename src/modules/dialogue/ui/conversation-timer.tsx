// The call timer: start and pause, and the total talk time (saved total plus what is not sent yet).
// The ticking number is not in a live region: announcing it every second would drown everything else.
import { useI18n } from '../../../../web/src/app/i18n.js';
import { formatDuration, isoDuration } from './conversation-logic.js';

interface Props {
  running: boolean;
  totalSeconds: number;
  onStart: () => void;
  onPause: () => void;
}

export function CallTimer({ running, totalSeconds, onStart, onPause }: Props) {
  const { t } = useI18n();
  return (
    <div className="conversation-timer">
      <p className="m-0">
        <strong>{t('dialogue.guide.total')}: </strong>
        <time dateTime={isoDuration(totalSeconds)}>{formatDuration(totalSeconds)}</time>{' '}
        <span className="form-hint d-inline">
          ({t(running ? 'dialogue.guide.timerRunning' : 'dialogue.guide.timerPaused')})
        </span>
      </p>
      {running ? (
        <button type="button" className="button button-secondary" onClick={onPause}>
          {t('dialogue.guide.timerPause')}
        </button>
      ) : (
        <button type="button" className="button button-secondary" onClick={onStart}>
          {t('dialogue.guide.timerStart')}
        </button>
      )}
    </div>
  );
}
