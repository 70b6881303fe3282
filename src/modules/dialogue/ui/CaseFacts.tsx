// The case page's facts as description lists: the case, its deadlines, the citizen, the matter itself.
import type { ReactNode } from 'react';
import { formatDate, formatDateTime } from '../../../../web/src/app/format.js';
import { useI18n } from '../../../../web/src/app/i18n.js';
import { DeadlineBadge } from './DeadlineBadge.js';
import { channelLabel, contactTimeLabel, kindLabel, stateLabel } from './labels.js';
import type { CaseDetail } from './types.js';

/** '+4520304050' → '+45 20 30 40 50', the way Danish numbers are read aloud and dialled. */
const readablePhone = (phone: string) =>
  phone.replace(/^\+45(\d{2})(\d{2})(\d{2})(\d{2})$/, '+45 $1 $2 $3 $4');

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

export function CaseFacts({ c, myId }: { c: CaseDetail; myId: string }) {
  const { t, locale } = useI18n();
  const notGiven = t('dialogue.ui.case.notGiven');
  const assignee = c.assignee
    ? c.assignee.id === myId
      ? t('dialogue.ui.queue.you')
      : c.assignee.name
    : null;
  const { phone, email } = c.citizen;

  return (
    <>
      <h2>{t('dialogue.ui.case.facts')}</h2>
      <dl className="case-facts">
        <Fact label={t('dialogue.ui.case.kind')}>{kindLabel(t, c.kind)}</Fact>
        <Fact label={t('dialogue.ui.case.state')}>{stateLabel(t, c.state)}</Fact>
        <Fact label={t('dialogue.ui.case.area')}>{c.area.name}</Fact>
        <Fact label={t('dialogue.ui.case.department')}>{c.department.name}</Fact>
        <Fact label={t('dialogue.ui.case.team')}>{c.team?.name ?? notGiven}</Fact>
        <Fact label={t('dialogue.ui.case.assignee')}>{assignee ?? t('dialogue.ui.queue.unassigned')}</Fact>
        <Fact label={t('dialogue.ui.case.channel')}>{channelLabel(t, c.channel)}</Fact>
        <Fact label={t('dialogue.ui.case.receivedAt')}>
          <time dateTime={c.receivedAt}>{formatDateTime(c.receivedAt, locale)}</time>
        </Fact>
      </dl>

      <h2>{t('dialogue.ui.case.deadlines')}</h2>
      <dl className="case-facts">
        <Fact label={t('dialogue.ui.case.firstContactDue')}>
          <time dateTime={c.firstContactDue}>{formatDate(c.firstContactDue, locale)}</time>{' '}
          <DeadlineBadge status={c.firstContactStatus} />
        </Fact>
        <Fact label={t('dialogue.ui.case.firstContactMetOn')}>
          {c.firstContactMetOn ? formatDate(c.firstContactMetOn, locale) : t('dialogue.ui.case.notYet')}
        </Fact>
      </dl>

      <h2>{t('dialogue.ui.case.citizen')}</h2>
      <dl className="case-facts">
        <Fact label={t('dialogue.ui.case.name')}>{c.citizen.name}</Fact>
        <Fact label={t('dialogue.ui.case.phone')}>
          {phone ? <a href={`tel:${phone.replace(/\s/g, '')}`}>{readablePhone(phone)}</a> : notGiven}
        </Fact>
        <Fact label={t('dialogue.ui.case.email')}>
          {email ? <a href={`mailto:${email}`}>{email}</a> : notGiven}
        </Fact>
        <Fact label={t('dialogue.ui.case.preferredContactTime')}>
          {c.preferredContactTime ? contactTimeLabel(t, c.preferredContactTime) : notGiven}
        </Fact>
      </dl>

      <h2>{t('dialogue.ui.case.matter')}</h2>
      <dl className="case-facts">
        <Fact label={t('dialogue.ui.case.description')}>
          <span className="pre-line">{c.description}</span>
        </Fact>
        <Fact label={t('dialogue.ui.case.decisionDate')}>
          {c.decisionDate ? formatDate(c.decisionDate, locale) : notGiven}
        </Fact>
        <Fact label={t('dialogue.ui.case.decisionReference')}>{c.decisionReference ?? notGiven}</Fact>
      </dl>
    </>
  );
}
