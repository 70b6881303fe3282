// The employee pulse's results for team leads and analysts: per month, the share answering 4–5 and the mean of
// each question, for the groups the server releases — only groups of at least five answers, decided on all of
// the kommune's answers, so no filter here can narrow below that. A chart with the same figures as a table
// beside it, and a CSV of the table.
import type { EChartsOption } from 'echarts';
import { type FormEvent, useCallback, useMemo, useRef, useState } from 'react';
import { api } from '../../../../web/src/app/api.js';
import { ChartTable, CsvButton } from '../../../../web/src/app/ChartTable.js';
import { downloadCsv } from '../../../../web/src/app/csv.js';
import { ErrorSummary, type SummaryItem } from '../../../../web/src/app/ErrorSummary.js';
import { SelectField, TextField } from '../../../../web/src/app/fields.js';
import { useI18n } from '../../../../web/src/app/i18n.js';
import { Loading } from '../../../../web/src/app/Loading.js';
import { ErrorAlert, NoticeRegion } from '../../../../web/src/app/Notice.js';
import { usePageTitle } from '../../../../web/src/app/router.js';
import { useLoad } from '../../../../web/src/app/useLoad.js';
import { localDate } from '../../../core/calendar.js';
import {
  addCalendarMonths,
  formatMonth,
  formatNumber,
  formatPercent,
  monthOf,
} from '../../../core/insight.js';
import { PULSE_QUESTIONS } from '../../../core/surveys.js';

interface Cell {
  level: 'kommune' | 'department' | 'team';
  month: string;
  departmentId: string | null;
  teamId: string | null;
  answers: number;
  questions: Record<(typeof PULSE_QUESTIONS)[number], { mean: number; agreeing: number }>;
}
interface Answer {
  minGroupSize: number;
  items: Cell[];
  departments: { id: string; name: string }[];
  teams: { id: string; name: string; departmentId: string }[];
}
interface Filters {
  from: string;
  to: string;
  departmentId: string;
  teamId: string;
}

const FIELDS = { from: 'pulse-from', to: 'pulse-to', departmentId: 'pulse-department', teamId: 'pulse-team' };
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

function defaults(): Filters {
  const month = monthOf(localDate(new Date())).slice(0, 7);
  return { from: addCalendarMonths(`${month}-01`, -5).slice(0, 7), to: month, departmentId: '', teamId: '' };
}

/** The filters' own errors, before asking the server: a month as YYYY-MM, and a period that runs forwards. */
function check(f: Filters): Partial<Record<keyof Filters, string>> {
  const errors: Partial<Record<keyof Filters, string>> = {};
  if (!MONTH.test(f.from)) errors.from = 'surveys.ui.pulseResults.error.month';
  if (!MONTH.test(f.to)) errors.to = 'surveys.ui.pulseResults.error.month';
  if (!errors.from && !errors.to && f.from > f.to) errors.to = 'surveys.ui.pulseResults.error.order';
  return errors;
}

export function PulseResultsPage() {
  const { t, locale } = useI18n();
  usePageTitle(t('surveys.ui.pulseResults.title'), t('app.name'));
  const [filters, setFilters] = useState<Filters>(defaults);
  const [draft, setDraft] = useState<Filters>(filters);
  const [errors, setErrors] = useState<Partial<Record<keyof Filters, string>>>({});
  const summaryRef = useRef<HTMLDivElement>(null);

  const fetcher = useCallback(() => {
    const q = new URLSearchParams({ from: filters.from, to: filters.to });
    if (filters.departmentId) q.set('departmentId', filters.departmentId);
    if (filters.teamId) q.set('teamId', filters.teamId);
    return api<Answer>('GET', `/pulse/results?${q}`);
  }, [filters]);
  const { load } = useLoad<Answer>(fetcher);
  const [org, setOrg] = useState<Pick<Answer, 'departments' | 'teams'> | null>(null);
  if (load.status === 'ready' && org?.departments !== load.data.departments)
    setOrg({ departments: load.data.departments, teams: load.data.teams });

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const found = check(draft);
    setErrors(found);
    if (Object.keys(found).length > 0) {
      requestAnimationFrame(() => summaryRef.current?.focus());
      return;
    }
    setFilters(draft);
  };
  const set = (key: keyof Filters) => (value: string) =>
    setDraft((d) => ({ ...d, [key]: value, ...(key === 'departmentId' ? { teamId: '' } : {}) }));
  const items: SummaryItem[] = (Object.keys(FIELDS) as (keyof Filters)[])
    .filter((k) => errors[k])
    .map((k) => ({ target: FIELDS[k], message: t(errors[k] ?? '') }));
  const teams = (org?.teams ?? []).filter(
    (x) => !draft.departmentId || x.departmentId === draft.departmentId,
  );

  return (
    <>
      <h1 tabIndex={-1}>{t('surveys.ui.pulseResults.title')}</h1>
      <p>{t('surveys.ui.pulseResults.intro')}</p>
      <ErrorSummary heading={t('surveys.ui.pulseResults.errorSummary')} items={items} ref={summaryRef} />
      <form onSubmit={onSubmit} noValidate aria-label={t('surveys.ui.pulseResults.filters')}>
        <div className="row">
          <div className="col-12 col-md-6 col-lg-3">
            <TextField
              id={FIELDS.from}
              label={t('surveys.ui.pulseResults.from')}
              hint={t('surveys.ui.pulseResults.monthHint')}
              value={draft.from}
              onChange={set('from')}
              error={errors.from && t(errors.from)}
              inputMode="numeric"
            />
          </div>
          <div className="col-12 col-md-6 col-lg-3">
            <TextField
              id={FIELDS.to}
              label={t('surveys.ui.pulseResults.to')}
              hint={t('surveys.ui.pulseResults.monthHint')}
              value={draft.to}
              onChange={set('to')}
              error={errors.to && t(errors.to)}
              inputMode="numeric"
            />
          </div>
          <div className="col-12 col-md-6 col-lg-3">
            <SelectField
              id={FIELDS.departmentId}
              label={t('surveys.ui.pulseResults.department')}
              value={draft.departmentId}
              onChange={set('departmentId')}
              optional
            >
              <option value="">{t('surveys.ui.pulseResults.all')}</option>
              {(org?.departments ?? []).map((d) => (
                <option key={d.id} value={d.id}>
                  {d.name}
                </option>
              ))}
            </SelectField>
          </div>
          <div className="col-12 col-md-6 col-lg-3">
            <SelectField
              id={FIELDS.teamId}
              label={t('surveys.ui.pulseResults.team')}
              value={draft.teamId}
              onChange={set('teamId')}
              optional
            >
              <option value="">{t('surveys.ui.pulseResults.all')}</option>
              {teams.map((x) => (
                <option key={x.id} value={x.id}>
                  {x.name}
                </option>
              ))}
            </SelectField>
          </div>
        </div>
        <button type="submit" className="button button-primary">
          {t('surveys.ui.pulseResults.apply')}
        </button>
      </form>
      <NoticeRegion>
        {load.status === 'loading' && <Loading text={t('surveys.ui.loading')} inLiveRegion />}
      </NoticeRegion>
      {load.status === 'failed' && <ErrorAlert text={load.message} />}
      {load.status === 'ready' && <Results answer={load.data} locale={locale} />}
    </>
  );
}

function Results({ answer, locale }: { answer: Answer; locale: 'da' | 'en' }) {
  const { t } = useI18n();
  const names = useMemo(() => {
    const m = new Map<string, string>();
    for (const d of answer.departments) m.set(d.id, d.name);
    for (const x of answer.teams) m.set(x.id, x.name);
    return m;
  }, [answer]);
  const group = (c: Cell) =>
    c.level === 'kommune'
      ? t('surveys.ui.pulseResults.kommune')
      : c.level === 'department'
        ? (names.get(c.departmentId ?? '') ?? '–')
        : `${names.get(c.departmentId ?? '') ?? '–'}: ${names.get(c.teamId ?? '') ?? '–'}`;
  const rows = [...answer.items].sort(
    (a, b) =>
      a.month.localeCompare(b.month) || a.level.localeCompare(b.level) || group(a).localeCompare(group(b)),
  );
  // The chart follows the broadest group shown (the kommune, else the first department or team), by month.
  const broadest = rows.find((c) => c.level === 'kommune') ?? rows[0];
  const line = broadest ? rows.filter((c) => group(c) === group(broadest)) : [];
  const question = (q: string) => t(`surveys.ui.pulseResults.q.${q}`);
  // biome-ignore lint/correctness/useExhaustiveDependencies: question and t follow the locale
  const option = useMemo<EChartsOption>(
    () => ({
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 48, right: 16, top: 40, bottom: 32 },
      xAxis: { type: 'category', data: line.map((c) => formatMonth(`${c.month}-01`, locale)) },
      yAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value} %' } },
      series: PULSE_QUESTIONS.map((q) => ({
        type: 'line',
        name: question(q),
        data: line.map((c) => Math.round(c.questions[q].agreeing * 100)),
      })),
    }),
    [answer, locale],
  );
  if (rows.length === 0)
    return <p className="mt-6">{t('surveys.ui.pulseResults.empty', { min: String(answer.minGroupSize) })}</p>;

  const head = [
    t('surveys.ui.pulseResults.month'),
    t('surveys.ui.pulseResults.group'),
    t('surveys.ui.pulseResults.answers'),
    ...PULSE_QUESTIONS.flatMap((q) => [
      `${question(q)}: ${t('surveys.ui.pulseResults.agreeing')}`,
      `${question(q)}: ${t('surveys.ui.pulseResults.mean')}`,
    ]),
  ];
  const body = rows.map((c) => [
    formatMonth(`${c.month}-01`, locale),
    group(c),
    formatNumber(c.answers, locale),
    ...PULSE_QUESTIONS.flatMap((q) => [
      formatPercent(c.questions[q].agreeing, locale),
      formatNumber(c.questions[q].mean, locale, 1),
    ]),
  ]);
  const tableName = t('surveys.ui.pulseResults.table');
  return (
    <section aria-labelledby="pulse-results-heading" className="mt-8">
      <h2 id="pulse-results-heading" className="h3">
        {t('surveys.ui.pulseResults.chartHeading', { group: broadest ? group(broadest) : '' })}
      </h2>
      <p>{t('surveys.ui.pulseResults.minimum', { min: String(answer.minGroupSize) })}</p>
      <ChartTable
        option={option}
        alt={t('surveys.ui.pulseResults.chartAlt')}
        caption={tableName}
        columns={head}
        rows={body.map(([first, ...rest], i) => ({
          key: `${rows[i]!.month}:${rows[i]!.level}:${rows[i]!.departmentId}:${rows[i]!.teamId}`,
          head: first,
          cells: rest,
        }))}
        scrollLabel={tableName}
      />
      <CsvButton
        label={t('surveys.ui.pulseResults.csv')}
        chart={tableName}
        className="mt-4"
        onClick={() => downloadCsv('medarbejderpuls.csv', [head, ...body])}
      />
    </section>
  );
}
