// The front desk (borgerservice): check a citizen in (booking code or walk-in), the queue in calling order with
// each booking's support needs, call the next to a desk, and finish a visit with a hand-over note.
import { type FormEvent, type ReactNode, useCallback, useState } from 'react';
import { api } from '../../../../web/src/app/api.js';
import { formatTime } from '../../../../web/src/app/format.js';
import { useI18n } from '../../../../web/src/app/i18n.js';
import { Loading } from '../../../../web/src/app/Loading.js';
import { ErrorAlert, type Notice, NoticeRegion } from '../../../../web/src/app/Notice.js';
import { usePageTitle } from '../../../../web/src/app/router.js';
import { useSession } from '../../../../web/src/app/session.js';
import { useLoad } from '../../../../web/src/app/useLoad.js';
import { fetchStaffUsers } from '../../cases/ui/index.js';
import { SafeMeetingFlag, SafeMeetingsToday, useBookingPlans } from '../../safety/ui/index.js';
import { supportText } from './support.js';

export interface VisitView {
  id: string;
  ticket: string;
  serviceType: string;
  serviceName: string;
  bookingId: string | null;
  bookedFor: string | null;
  name: string | null;
  supportNeeds: Record<string, unknown>;
  arrivedAt: string;
  calledAt: string | null;
  desk: string | null;
  doneAt: string | null;
  handoverNote: string | null;
}

interface Queue {
  waiting: VisitView[];
  atDesk: VisitView[];
  done: VisitView[];
}

const fetchQueue = () => api<Queue>('GET', '/reception/queue');

export function DeskPage() {
  const { t, locale } = useI18n();
  usePageTitle(t('reception.ui.desk.title'), t('app.name'));
  const { load, reload } = useLoad(fetchQueue);
  const staff = useLoad(fetchStaffUsers);
  // The safe-meeting plans on today's bookings (the safety module decides who sees which).
  const safeMeetings = useBookingPlans();
  const [notice, setNotice] = useState<Notice>(null);
  const [desk, setDesk] = useState('Skranke 1');
  const [code, setCode] = useState('');
  const { me } = useSession();
  const kommune = me?.kommuneId ?? '';
  const fetchServices = useCallback(
    () =>
      kommune
        ? api<{ code: string; name: string }[]>('GET', `/kommuner/${kommune}/service-types`)
        : Promise.resolve([]),
    [kommune],
  );
  const serviceTypes = useLoad(fetchServices);
  const services =
    serviceTypes.load.status === 'ready' ? serviceTypes.load.data.map((s) => [s.code, s.name] as const) : [];

  const act = useCallback(
    async (run: () => Promise<string>) => {
      try {
        setNotice({ text: await run(), error: false });
      } catch (e) {
        setNotice({ text: e instanceof Error ? e.message : t('common.error'), error: true });
      }
      reload();
      safeMeetings.reload();
    },
    [reload, t, safeMeetings.reload],
  );

  const checkIn = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const serviceType = String(form.get('serviceType') ?? '');
    void act(async () => {
      const v = await api<VisitView>(
        'POST',
        '/staff/check-in',
        code.trim() ? { bookingCode: code.trim() } : { serviceType },
      );
      setCode('');
      const support = supportText(t, v.supportNeeds);
      return [
        t('reception.ui.checkIn.done', { ticket: v.ticket }),
        support && t('reception.ui.checkIn.support', { support }),
      ]
        .filter(Boolean)
        .join(' ');
    });
  };

  const callNext = (e: FormEvent) => {
    e.preventDefault();
    void act(async () => {
      const v = await api<VisitView>('POST', '/reception/call-next', { desk });
      return t('reception.ui.call.done', { ticket: v.ticket, desk: v.desk ?? desk });
    });
  };

  return (
    <>
      <h1 tabIndex={-1}>{t('reception.ui.desk.title')}</h1>
      <NoticeRegion notice={notice} className="mb-5">
        {load.status === 'loading' && <Loading text={t('reception.ui.loading')} inLiveRegion />}
      </NoticeRegion>

      <SafeMeetingsToday list={safeMeetings.list} />

      <h2>{t('reception.ui.checkIn.heading')}</h2>
      <form onSubmit={checkIn} noValidate>
        <div className="form-group">
          <label className="form-label" htmlFor="desk-code">
            {t('reception.ui.checkIn.code')}
          </label>
          <input
            id="desk-code"
            className="form-input input-width-s"
            value={code}
            autoComplete="off"
            onChange={(e) => setCode(e.target.value)}
          />
        </div>
        <div className="form-group">
          <label className="form-label" htmlFor="desk-service">
            {t('reception.ui.checkIn.service')}
          </label>
          <select id="desk-service" name="serviceType" className="form-select" defaultValue="">
            <option value="">{t('reception.ui.checkIn.choose')}</option>
            {services.map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button button-primary">
          {t('reception.ui.checkIn.submit')}
        </button>
      </form>

      <h2 className="mt-8">{t('reception.ui.queue.heading')}</h2>
      <form onSubmit={callNext} className="mb-5" noValidate>
        <div className="form-group">
          <label className="form-label" htmlFor="desk-name">
            {t('reception.ui.call.desk')}
          </label>
          <input
            id="desk-name"
            className="form-input input-width-m"
            value={desk}
            onChange={(e) => setDesk(e.target.value)}
          />
        </div>
        <button type="submit" className="button button-primary">
          {t('reception.ui.call.submit')}
        </button>{' '}
        <button type="button" className="button button-secondary" onClick={reload}>
          {t('reception.ui.refresh')}
        </button>
      </form>
      {load.status === 'failed' && <ErrorAlert text={load.message} />}
      {load.status === 'ready' &&
        (load.data.waiting.length === 0 ? (
          <p>{t('reception.ui.queue.empty')}</p>
        ) : (
          <div className="table--responsive-scroll">
            <table className="table table--compact">
              <caption className="sr-only">{t('reception.ui.queue.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('reception.ui.queue.ticket')}</th>
                  <th scope="col">{t('reception.ui.queue.service')}</th>
                  <th scope="col">{t('reception.ui.queue.arrived')}</th>
                  <th scope="col">{t('reception.ui.queue.booked')}</th>
                  <th scope="col">{t('reception.ui.queue.name')}</th>
                  <th scope="col">{t('reception.ui.queue.support')}</th>
                </tr>
              </thead>
              <tbody>
                {load.data.waiting.map((v) => (
                  <tr key={v.id}>
                    <td>{v.ticket}</td>
                    <td>{v.serviceName}</td>
                    <td>{formatTime(v.arrivedAt, locale)}</td>
                    <td>{v.bookedFor ? formatTime(v.bookedFor, locale) : t('reception.ui.queue.walkIn')}</td>
                    <td>{v.name ?? ''}</td>
                    <td>
                      {supportText(t, v.supportNeeds)}
                      <SafeMeetingFlag plan={v.bookingId ? safeMeetings.plans.get(v.bookingId) : undefined} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ))}

      <h2 className="mt-8">{t('reception.ui.atDesk.heading')}</h2>
      {load.status === 'ready' &&
        (load.data.atDesk.length === 0 ? (
          <p>{t('reception.ui.atDesk.empty')}</p>
        ) : (
          load.data.atDesk.map((v) => (
            <FinishVisit
              key={v.id}
              visit={v}
              staff={staff.load.status === 'ready' ? staff.load.data : []}
              safeMeeting={
                <SafeMeetingFlag plan={v.bookingId ? safeMeetings.plans.get(v.bookingId) : undefined} />
              }
              onDone={(text) => void act(async () => text())}
            />
          ))
        ))}
    </>
  );
}

function FinishVisit({
  visit,
  staff,
  safeMeeting,
  onDone,
}: {
  visit: VisitView;
  staff: { id: string; name: string; role?: string }[];
  safeMeeting: ReactNode;
  onDone: (run: () => Promise<string>) => void;
}) {
  const { t } = useI18n();
  const [note, setNote] = useState('');
  const [to, setTo] = useState('');
  const id = `visit-${visit.id}`;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onDone(async () => {
      await api('POST', `/reception/visits/${visit.id}/done`, {
        ...(note.trim() ? { handoverNote: note.trim() } : {}),
        ...(to ? { handoverTo: to } : {}),
      });
      return t('reception.ui.done.done', { ticket: visit.ticket });
    });
  };
  const support = supportText(t, visit.supportNeeds);
  return (
    <form onSubmit={submit} className="mb-6" aria-labelledby={`${id}-heading`} noValidate>
      <h3 id={`${id}-heading`}>
        {visit.ticket} · {visit.serviceName} · {visit.desk}
        {visit.name ? ` · ${visit.name}` : ''}
      </h3>
      {support && <p>{t('reception.ui.checkIn.support', { support })}</p>}
      {safeMeeting}
      <div className="form-group">
        <label className="form-label" htmlFor={`${id}-note`}>
          {t('reception.ui.done.note')}
        </label>
        <span className="form-hint" id={`${id}-hint`}>
          {t('reception.ui.done.noteHint')}
        </span>
        <textarea
          id={`${id}-note`}
          className="form-input"
          rows={2}
          maxLength={500}
          aria-describedby={`${id}-hint`}
          value={note}
          onChange={(e) => setNote(e.target.value)}
        />
      </div>
      <div className="form-group">
        <label className="form-label" htmlFor={`${id}-to`}>
          {t('reception.ui.done.to')}
        </label>
        <select id={`${id}-to`} className="form-select" value={to} onChange={(e) => setTo(e.target.value)}>
          <option value="">{t('reception.ui.done.nobody')}</option>
          {staff.map((u) => (
            <option key={u.id} value={u.id}>
              {u.name}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="button button-secondary">
        {t('reception.ui.done.submit')}
      </button>
    </form>
  );
}
