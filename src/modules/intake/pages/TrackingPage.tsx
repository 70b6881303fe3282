// The tracking page (sporing) behind the private link: status in plain words, the date we will have called by,
// the agreements made with the citizen (what, who does it, by when, kept or not) and the public milestones.
// No name, contact details or description.
import type { ReactNode } from 'react';
import { formatDateLong, localDate } from '../../../core/calendar.js';
import { CASE_STATES, type CaseState } from '../../../core/workflow.js';
import type { Translate } from '../../../i18n/index.js';
import { pageTranslator, type RequestFrame, renderPage, usePage } from '../../../platform/html/layout.js';
import type { Tracking } from '../tracking.js';

const KNOWN_EVENTS = new Set([
  'case_received',
  'state_changed',
  'first_contact',
  'formal_track_opened',
  'reassessment_started',
  'reassessment_decided',
  'forwarded_to_appeals_body',
  'appeal_decided',
  'case_closed',
  'case_reopened',
  'letter_sent',
]);

const isState = (s: string | undefined): s is CaseState =>
  (CASE_STATES as readonly string[]).includes(s ?? '');

/** A state in the citizen's words (every state of the workflow has one). */
export const stateLabel = (t: Translate, state: string) =>
  isState(state) ? t(`intake.state.${state}`) : t('intake.event.other');

function milestoneLabel(t: Translate, m: Tracking['milestones'][number]): string {
  if (m.type === 'state_changed') {
    return isState(m.state)
      ? t('intake.event.state_changed', { state: stateLabel(t, m.state) })
      : t('intake.event.other');
  }
  return KNOWN_EVENTS.has(m.type) ? t(`intake.event.${m.type}`) : t('intake.event.other');
}

/** We promise a call by this date until the first contact has been made. */
const awaitingFirstContact = (c: Tracking) =>
  !c.firstContactMetOn && (c.state === 'received' || c.state === 'contacting');

/** One term and its value, stacked: the term in semibold, the value under it. */
function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <>
      <dt className="weight-semibold">{term}</dt>
      <dd className="ml-0 mb-4">{children}</dd>
    </>
  );
}

/** The agreements made with the citizen, each with what, who, by when and whether it is kept. */
function TrackingAgreements({ agreements }: { agreements: Tracking['agreements'] }) {
  const { t, locale } = usePage();
  return (
    <>
      <h2>{t('intake.tracking.agreements')}</h2>
      <ul className="nobullet-list">
        {agreements.map((a) => (
          <li key={`${a.dueOn}-${a.what}`} className="mb-5">
            <p className="weight-semibold mb-2">{a.what}</p>
            <dl>
              <Fact term={t('intake.tracking.agreement.owner')}>
                {t(`intake.tracking.agreement.owner.${a.owner}`)}
              </Fact>
              <Fact term={t('intake.tracking.agreement.dueOn')}>{formatDateLong(a.dueOn, locale)}</Fact>
              <Fact term={t('intake.tracking.agreement.status')}>
                {t(a.kept ? 'intake.tracking.agreement.kept' : 'intake.tracking.agreement.open')}
              </Fact>
            </dl>
          </li>
        ))}
      </ul>
    </>
  );
}

function TrackingStatus({ c }: { c: Tracking }) {
  const { t, locale } = usePage();
  const longDate = (iso: string) => formatDateLong(iso, locale);
  return (
    <>
      <h1>{t('intake.tracking.title')}</h1>
      <dl>
        <Fact term={t('intake.tracking.caseNumber')}>{c.caseNumber}</Fact>
        <Fact term={t('intake.tracking.kind')}>{t(`intake.kind.${c.kind}`)}</Fact>
        <Fact term={t('intake.tracking.area')}>{c.area}</Fact>
        <Fact term={t('intake.tracking.receivedOn')}>{longDate(c.receivedOn)}</Fact>
        <Fact term={t('intake.tracking.state')}>
          <strong>{stateLabel(t, c.state)}</strong>
        </Fact>
      </dl>
      {awaitingFirstContact(c) && (
        <p className="font-lead">{t('intake.tracking.callBy', { date: longDate(c.firstContactDue) })}</p>
      )}
      {c.agreements.length > 0 && <TrackingAgreements agreements={c.agreements} />}
      <h2>{t('intake.tracking.timeline')}</h2>
      <ol>
        {c.milestones.map((m) => (
          <li key={`${m.at}-${m.type}`}>
            <time dateTime={m.at}>{longDate(localDate(new Date(m.at)))}</time>: {milestoneLabel(t, m)}
          </li>
        ))}
      </ol>
      <p>{t('intake.tracking.privacy')}</p>
    </>
  );
}

export function renderTracking(frame: RequestFrame, c: Tracking): string {
  const title = pageTranslator(frame.locale)('intake.tracking.title');
  return renderPage({ ...frame, title }, <TrackingStatus c={c} />);
}
