// The case page's facts as description lists: the case, its deadlines, the matter itself.
// (The citizen has a panel of their own: CitizenPanel.)
import { formatDate, formatDateTime } from '../../../../web/src/app/format.js';
import { useI18n } from '../../../../web/src/app/i18n.js';
import { DeadlineBadge } from './DeadlineBadge.js';
import { Fact } from './Fact.js';
import { channelLabel, kindLabel, rootCauseLabel, stateLabel } from './labels.js';
import type { CaseDetail } from './types.js';

export function CaseFacts({ c, myId }: { c: CaseDetail; myId: string }) {
  const { t, locale } = useI18n();
  const notGiven = t('dialogue.ui.case.notGiven');
  const assignee = c.assignee
    ? c.assignee.id === myId
      ? t('dialogue.ui.queue.you')
      : c.assignee.name
    : null;

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
          <DeadlineBadge status={c.firstContactStatus} metOn={c.firstContactMetOn} />
        </Fact>
        <Fact label={t('dialogue.ui.case.firstContactMetOn')}>
          {c.firstContactMetOn ? formatDate(c.firstContactMetOn, locale) : t('dialogue.ui.case.notYet')}
        </Fact>
        {c.reassessmentDue && (
          <Fact label={t('dialogue.ui.facts.reassessmentDue')}>
            <time dateTime={c.reassessmentDue}>{formatDate(c.reassessmentDue, locale)}</time>
          </Fact>
        )}
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
        {c.rootCause && (
          <Fact label={t('dialogue.ui.facts.rootCause')}>{rootCauseLabel(t, c.rootCause)}</Fact>
        )}
      </dl>
    </>
  );
}
