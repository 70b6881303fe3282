// The safe-meeting plans on a day's bookings, for the front desk: a flag on each booked citizen in the queue and
// a short list of today's bookings with a plan, so reception knows before the citizen arrives. Loaded only for a
// role the plan rules let list plans; the server shows each plan only to those who may read it, and audits it.
import { useCallback, useMemo } from 'react';
import { formatDate, formatTime } from '../../../../web/src/app/format.js';
import { useI18n } from '../../../../web/src/app/i18n.js';
import { useSession } from '../../../../web/src/app/session.js';
import { useLoad } from '../../../../web/src/app/useLoad.js';
import { localDate } from '../../../core/calendar.js';
import { type Actor, can, type Role } from '../../../platform/policies.js';
import { type BookingPlan, fetchBookingPlans } from './api.js';

export type BookingPlans = ReadonlyMap<string, BookingPlan>;

/** Today's plans on bookings by booking id; empty for a role that may not list plans. */
export function useBookingPlans(): { plans: BookingPlans; list: BookingPlan[]; reload: () => void } {
  const { me } = useSession();
  const allowed =
    !!me &&
    can(
      {
        role: me.role as Role,
        userId: me.id,
        kommuneId: me.kommuneId,
        departmentId: me.departmentId,
        teamId: me.teamId,
      } satisfies Actor,
      'safetyPlan.list',
    );
  const fetcher = useCallback(
    () => (allowed ? fetchBookingPlans(localDate(new Date())) : Promise.resolve([] as BookingPlan[])),
    [allowed],
  );
  const { load, reload } = useLoad(fetcher);
  const list = load.status === 'ready' ? load.data : [];
  const plans = useMemo(() => new Map(list.map((p) => [p.booking.id, p])), [list]);
  return { plans, list, reload };
}

/** What a plan asks of the meeting, in one line. */
function useMeasuresText() {
  const { t } = useI18n();
  return (p: BookingPlan) =>
    p.measures
      .map((m) => {
        const named = m === 'second_staff' ? p.secondStaff : m === 'known_staff' ? p.knownStaff : null;
        return named ? `${t(`safety.ui.measure.${m}`)}: ${named.name}` : t(`safety.ui.measure.${m}`);
      })
      .join(', ');
}

/** The flag on one booking: there is a safe-meeting plan, and what it asks. Nothing when there is none. */
export function SafeMeetingFlag({ plan }: { plan: BookingPlan | undefined }) {
  const { t } = useI18n();
  const measures = useMeasuresText();
  if (!plan) return null;
  return (
    <span className="d-block">
      <span className="badge badge-warning">{t('safety.ui.desk.flag')}</span> {measures(plan)}
    </span>
  );
}

/** Today's bookings with a safe-meeting plan; nothing when there are none. */
export function SafeMeetingsToday({ list }: { list: BookingPlan[] }) {
  const { t, locale } = useI18n();
  const measures = useMeasuresText();
  if (list.length === 0) return null;
  return (
    <section aria-labelledby="safe-meetings-today" className="mb-6">
      <h2 id="safe-meetings-today">{t('safety.ui.desk.heading')}</h2>
      <ul>
        {list.map((p) => (
          <li key={p.planId}>
            {t('safety.ui.desk.line', {
              time: formatTime(p.booking.startsAt, locale),
              service: p.booking.serviceName,
              name: p.citizen.name,
            })}{' '}
            <span className="badge badge-warning">{t('safety.ui.desk.flag')}</span> {measures(p)}
            {p.activeUntil &&
              ` (${t('safety.ui.plan.activeUntil', { date: formatDate(p.activeUntil, locale) })})`}
          </li>
        ))}
      </ul>
    </section>
  );
}
