// Step one of the method: reach the citizen. The first-contact deadline, the log of attempts, the form to
// log one, and after a missed call the one-click "we tried to call you" message.
import { useRef, useState } from 'react';
import { formatDate } from '../../../../web/src/app/format.js';
import { useI18n } from '../../../../web/src/app/i18n.js';
import { type Notice, NoticeRegion } from '../../../../web/src/app/Notice.js';
import { type ContactChannel, type ContactResult, offersMissedCallMessage } from '../../../core/contact.js';
import type { CaseDetail } from '../../cases/ui/index.js';
import { DeadlineBadge, supportNeedLines } from '../../cases/ui/index.js';
import { AttemptForm } from './AttemptForm.js';
import { AttemptList } from './AttemptList.js';
import { MissedCallOffer } from './MissedCallOffer.js';

interface Props {
  c: CaseDetail;
  editable: boolean;
  onChanged: () => Promise<void>;
}

export function ContactPanel({ c, editable, onChanged }: Props) {
  const { t, locale } = useI18n();
  const [notice, setNotice] = useState<Notice>(null);
  const needs = supportNeedLines(t, c.citizen.supportNeeds ?? {});
  const last = c.attempts.at(-1);
  const missedCall =
    last !== undefined &&
    offersMissedCallMessage(last.channel as ContactChannel, last.result as ContactResult);

  const done = async (text: string) => {
    await onChanged();
    setNotice({ text, error: false });
  };
  const failed = (text: string) => setNotice({ text, error: true });
  const heading = useRef<HTMLHeadingElement>(null);
  // The offer disappears once the message is sent; keep keyboard focus in the panel rather than lose it.
  const sent = async (text: string) => {
    await done(text);
    heading.current?.focus();
  };

  return (
    <section className="mb-8" aria-labelledby="contact-title">
      <h2 id="contact-title" tabIndex={-1} ref={heading}>
        {t('dialogue.ui.contact.title')}
      </h2>
      <p>{t('dialogue.ui.contact.method')}</p>
      <p>
        {c.firstContactMetOn
          ? t('dialogue.ui.contact.met', { date: formatDate(c.firstContactMetOn, locale) })
          : t('dialogue.ui.contact.due', { date: formatDate(c.firstContactDue, locale) })}{' '}
        <DeadlineBadge status={c.firstContactStatus} metOn={c.firstContactMetOn} />
      </p>

      {needs.length > 0 && (
        <div className="alert alert-warning">
          <div className="alert-body">
            <p className="alert-heading">{t('dialogue.ui.citizen.supportAlert')}</p>
            <ul className="alert-text">
              {needs.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          </div>
        </div>
      )}
      <NoticeRegion notice={notice} />
      {editable && missedCall && (
        <MissedCallOffer
          caseNumber={c.caseNumber}
          phone={c.citizen.phone}
          email={c.citizen.email}
          onSent={sent}
          onFailed={failed}
        />
      )}
      {editable && (
        <AttemptForm
          caseNumber={c.caseNumber}
          kind={c.kind}
          priorAttempts={c.attempts.length}
          onLogged={(outcome) =>
            done(
              outcome.firstContactMetOn && !c.firstContactMetOn
                ? t('dialogue.ui.contact.reached')
                : t('dialogue.ui.contact.logged'),
            )
          }
          onFailed={failed}
        />
      )}

      <h3>{t('dialogue.ui.contact.attempts')}</h3>
      <AttemptList attempts={c.attempts} />
    </section>
  );
}
