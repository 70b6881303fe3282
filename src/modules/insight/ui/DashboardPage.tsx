// The effect dashboard (effektmåling) for team leads and analysts: every figure the modules declare, by month,
// for a period, department and area; the root causes; and, per department, the method start marked with a
// before/after. A team lead sees their own department; an analyst any, or the kommune as a whole.
import { type FormEvent, useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from '../../../../web/src/app/api.js';
import { ErrorSummary, type SummaryItem } from '../../../../web/src/app/ErrorSummary.js';
import { SelectField, TextField } from '../../../../web/src/app/fields.js';
import { useI18n } from '../../../../web/src/app/i18n.js';
import { Loading } from '../../../../web/src/app/Loading.js';
import { ErrorAlert, NoticeRegion } from '../../../../web/src/app/Notice.js';
import { usePageTitle } from '../../../../web/src/app/router.js';
import { useSession } from '../../../../web/src/app/session.js';
import { useLoad } from '../../../../web/src/app/useLoad.js';
import { localDate } from '../../../core/calendar.js';
import { addCalendarMonths, monthOf } from '../../../core/insight.js';
import { formatDate } from '../../../i18n/format.js';
import { FigureCard } from './FigureCard.js';
import {
  type DashboardScope,
  type FigureAnswer,
  type Filters,
  fetchFigure,
  fetchFigureList,
  fetchRootCauses,
  fetchScope,
  type RootCauseAnswer,
} from './insight-api.js';
import { RootCausesCard } from './RootCausesCard.js';

interface Data {
  scope: DashboardScope;
  figures: FigureAnswer[];
  rootCauses: RootCauseAnswer;
  hidden: number;
}

const FIELDS = {
  from: 'insight-from',
  to: 'insight-to',
  department: 'insight-department',
  area: 'insight-area',
};

function defaultFilters(departmentId: string | null): Filters {
  const to = localDate(new Date());
  return { from: addCalendarMonths(monthOf(to), -11), to, department: departmentId ?? '', area: '' };
}

export function DashboardPage() {
  const { t, locale } = useI18n();
  const { me } = useSession();
  usePageTitle(t('insight.ui.title'), t('app.name'));
  const [filters, setFilters] = useState<Filters>(() => defaultFilters(me?.departmentId ?? null));
  const [draft, setDraft] = useState<Filters>(filters);
  const [errors, setErrors] = useState<Partial<Record<keyof Filters, string>>>({});
  const summaryRef = useRef<HTMLDivElement>(null);
  // After a refusal the summary is read first (the DKFDS pattern): focus it once it is on screen.
  useEffect(() => {
    if (Object.keys(errors).length > 0) summaryRef.current?.focus();
  }, [errors]);

  const fetcher = useCallback(async (): Promise<Data> => {
    const [scope, list, rootCauses] = await Promise.all([
      fetchScope(),
      fetchFigureList(),
      fetchRootCauses(filters),
    ]);
    // A figure that cannot narrow to one area is left out when an area is chosen (the page says so).
    const shown = list.filter((f) => !filters.area || f.byArea);
    const figures = await Promise.all(shown.map((f) => fetchFigure(f.key, filters)));
    return { scope, figures, rootCauses, hidden: list.length - shown.length };
  }, [filters]);
  const { load } = useLoad<Data>(fetcher);
  const [scope, setScope] = useState<DashboardScope | null>(null);
  if (load.status === 'ready' && scope !== load.data.scope) setScope(load.data.scope);

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    try {
      // Asked once first, so a refused filter is shown at its field and the figures already shown stay.
      await fetchRootCauses(draft);
      setErrors({});
      setFilters(draft);
    } catch (err) {
      const fields = err instanceof ApiError ? (err.fields ?? {}) : {};
      const next: Partial<Record<keyof Filters, string>> = {};
      for (const key of Object.keys(FIELDS) as (keyof Filters)[]) if (fields[key]) next[key] = t(fields[key]);
      if (Object.keys(next).length === 0 && err instanceof ApiError) next.from = err.message;
      setErrors(next);
    }
  };

  const set = (key: keyof Filters) => (value: string) =>
    setDraft((d) => ({ ...d, [key]: value, ...(key === 'department' ? { area: '' } : {}) }));
  const items: SummaryItem[] = (Object.keys(FIELDS) as (keyof Filters)[])
    .filter((k) => errors[k])
    .map((k) => ({ target: FIELDS[k], message: errors[k] ?? '' }));
  const areas = (scope?.areas ?? []).filter((a) => !draft.department || a.departmentId === draft.department);

  return (
    <>
      <h1 tabIndex={-1}>{t('insight.ui.title')}</h1>
      <p>{t('insight.ui.intro')}</p>
      <ErrorSummary heading={t('insight.ui.errorSummary')} items={items} ref={summaryRef} />
      <form onSubmit={onSubmit} noValidate aria-label={t('insight.ui.filters')}>
        <div className="row">
          <div className="col-12 col-md-6 col-lg-3">
            <TextField
              id={FIELDS.from}
              label={t('insight.ui.from')}
              type="date"
              value={draft.from}
              onChange={set('from')}
              error={errors.from}
            />
          </div>
          <div className="col-12 col-md-6 col-lg-3">
            <TextField
              id={FIELDS.to}
              label={t('insight.ui.to')}
              type="date"
              value={draft.to}
              onChange={set('to')}
              error={errors.to}
            />
          </div>
          <div className="col-12 col-md-6 col-lg-3">
            <SelectField
              id={FIELDS.department}
              label={t('insight.ui.department')}
              value={draft.department}
              onChange={set('department')}
              error={errors.department}
              optional
            >
              {(scope?.wholeKommune ?? false) && <option value="">{t('insight.ui.all')}</option>}
              {(scope?.departments ?? []).map((d) => (
                <option key={d.id} value={d.id}>
                  {d.name}
                </option>
              ))}
            </SelectField>
          </div>
          <div className="col-12 col-md-6 col-lg-3">
            <SelectField
              id={FIELDS.area}
              label={t('insight.ui.area')}
              value={draft.area}
              onChange={set('area')}
              error={errors.area}
              optional
            >
              <option value="">{t('insight.ui.all')}</option>
              {areas.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.name}
                </option>
              ))}
            </SelectField>
          </div>
        </div>
        <button type="submit" className="button button-primary">
          {t('insight.ui.apply')}
        </button>
      </form>
      <NoticeRegion notice={null}>
        {load.status === 'loading' && <Loading text={t('insight.ui.loading')} inLiveRegion />}
      </NoticeRegion>
      {load.status === 'failed' && <ErrorAlert text={load.message} />}
      {load.status === 'ready' && (
        <>
          <p className="mt-6">
            {load.data.scope.asOf
              ? t('insight.ui.asOf', { date: formatDate(load.data.scope.asOf, locale) })
              : t('insight.ui.notYet')}
          </p>
          {load.data.hidden > 0 && <p>{t('insight.ui.hiddenByArea', { count: load.data.hidden })}</p>}
          {load.data.figures.map((f) => (
            <FigureCard key={f.key} figure={f} departmentChosen={Boolean(filters.department)} />
          ))}
          <RootCausesCard answer={load.data.rootCauses} />
        </>
      )}
    </>
  );
}
