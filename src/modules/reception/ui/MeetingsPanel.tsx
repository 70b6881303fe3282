// The case page's meetings (møde om din klage): meetings booked on the case, and a caseworker offering one
// instead of a call — booked on the citizen's behalf, with the support needs from the citizen record.
import { type FormEvent, useCallback, useState } from 'react';
import { api, refusalText } from '../../../../web/src/app/api.js';
import { formatDateTime } from '../../../../web/src/app/format.js';
import { useI18n } from '../../../../web/src/app/i18n.js';
import { type Notice, NoticeRegion } from '../../../../web/src/app/Notice.js';
import { useLoad } from '../../../../web/src/app/useLoad.js';
import type { CasePanelProps } from '../../cases/ui/index.js';

interface Meeting {
  bookingCode: string;
  status: 'booked' | 'cancelled';
  place: string;
  startsAt: string;
}
interface Slot {
  slotId: string;
  startsAt: string;
  remaining: number;
}

const MEETING_SERVICE = 'klagemoede';
const isoDay = (d: Date) => d.toISOString().slice(0, 10);

export function MeetingsPanel({ c, editable }: CasePanelProps) {
  const { t, locale } = useI18n();
  const kommune = c.caseNumber.split('-')[0]!;
  const fetchMeetings = useCallback(
    () => api<Meeting[]>('GET', `/cases/${encodeURIComponent(c.caseNumber)}/meetings`),
    [c.caseNumber],
  );
  const fetchSlots = useCallback(() => {
    const from = new Date();
    const to = new Date(from.getTime() + 14 * 86_400_000);
    return api<Slot[]>(
      'GET',
      `/kommuner/${kommune}/booking-slots?serviceType=${MEETING_SERVICE}&from=${isoDay(from)}&to=${isoDay(to)}`,
    );
  }, [kommune]);
  const meetings = useLoad(fetchMeetings);
  const slots = useLoad(fetchSlots);
  const [slotId, setSlotId] = useState('');
  const [notice, setNotice] = useState<Notice>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    try {
      const booked = await api<{ bookingCode: string }>('POST', '/reception/bookings', {
        slotId,
        name: c.citizen.name,
        ...(c.citizen.email ? { email: c.citizen.email } : c.citizen.phone ? { phone: c.citizen.phone } : {}),
        caseNumber: c.caseNumber,
      });
      setNotice({ text: t('reception.ui.meetings.booked', { code: booked.bookingCode }), error: false });
      setSlotId('');
      meetings.reload();
      slots.reload();
    } catch (err) {
      setNotice({ text: refusalText(t, err), error: true });
    }
  };

  const free = slots.load.status === 'ready' ? slots.load.data.filter((s) => s.remaining > 0) : [];
  return (
    <section className="mb-8" aria-labelledby="meetings-heading">
      <h2 id="meetings-heading">{t('reception.ui.meetings.heading')}</h2>
      {meetings.load.status === 'ready' &&
        (meetings.load.data.length === 0 ? (
          <p>{t('reception.ui.meetings.empty')}</p>
        ) : (
          <ul>
            {meetings.load.data.map((m) => (
              <li key={m.bookingCode}>
                {formatDateTime(m.startsAt, locale)} · {m.place} · {m.bookingCode}
                {m.status === 'cancelled' ? ` · ${t('reception.ui.meetings.cancelled')}` : ''}
              </li>
            ))}
          </ul>
        ))}
      <NoticeRegion notice={notice} />
      {editable && (
        <form onSubmit={(e) => void submit(e)} noValidate>
          <h3>{t('reception.ui.meetings.offer')}</h3>
          {free.length === 0 ? (
            <p>{t('reception.ui.meetings.noSlots')}</p>
          ) : (
            <>
              <div className="form-group">
                <label className="form-label" htmlFor="meeting-slot">
                  {t('reception.ui.meetings.slot')}
                </label>
                <select
                  id="meeting-slot"
                  className="form-select"
                  value={slotId}
                  onChange={(e) => setSlotId(e.target.value)}
                >
                  <option value="">{t('reception.ui.meetings.choose')}</option>
                  {free.map((s) => (
                    <option key={s.slotId} value={s.slotId}>
                      {formatDateTime(s.startsAt, locale)}
                    </option>
                  ))}
                </select>
              </div>
              <button type="submit" className="button button-secondary" disabled={!slotId}>
                {t('reception.ui.meetings.submit')}
              </button>
            </>
          )}
        </form>
      )}
    </section>
  );
}
