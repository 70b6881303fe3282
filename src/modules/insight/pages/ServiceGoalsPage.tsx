// The public service-goal page (/k/{kommunekode}/servicemaal): "Vores servicemål — og hvordan vi lever op til
// dem". Per area, each goal beside the practice over the last 12 months, as a table and a chart drawn on the
// server. No personal data, and no figure resting on fewer than 5 cases.
import { formatNumber, formatPercent } from '../../../core/insight.js';
import { formatDate } from '../../../i18n/format.js';
import { pageTranslator, type RequestFrame, renderPage, usePage } from '../../../platform/html/layout.js';
import type { PublicGoalSection } from '../../../platform/module.js';
import { barChartDataUrl } from '../chart-svg.js';
import type { AreaGoals, GoalPractice, ServiceGoals } from '../service-goals.js';

function promise(g: GoalPractice, t: (k: string, p?: Record<string, string | number>) => string): string {
  return g.goalDays === null ? t('insight.public.statutory') : t('insight.public.days', { days: g.goalDays });
}

function AreaSection({ area }: { area: AreaGoals }) {
  const { t, locale } = usePage();
  const measured = area.goals.filter((g) => g.measured && !g.tooFew);
  const headingId = `area-${area.areaId}`;
  return (
    <section aria-labelledby={headingId} className="mt-7">
      <h2 id={headingId}>{area.name}</h2>
      <div className="table-responsive-container">
        <table className="table table--compact">
          <caption className="sr-only">{area.name}</caption>
          <thead>
            <tr>
              <th scope="col">{t('insight.public.goal')}</th>
              <th scope="col">{t('insight.public.promise')}</th>
              <th scope="col">{t('insight.public.onTime')}</th>
              <th scope="col">{t('insight.public.median')}</th>
              <th scope="col">{t('insight.public.cases')}</th>
            </tr>
          </thead>
          <tbody>
            {area.goals.map((g) => (
              <tr key={g.goal}>
                <th scope="row">{t(`insight.goal.${g.goal}`)}</th>
                <td>{promise(g, t)}</td>
                {!g.measured ? (
                  <td colSpan={3}>{t('insight.public.notMeasured')}</td>
                ) : g.tooFew ? (
                  <td colSpan={3}>{t('insight.public.tooFew')}</td>
                ) : (
                  <>
                    <td>{g.share === null ? '–' : formatPercent(g.share, locale)}</td>
                    <td>
                      {g.medianDays === null
                        ? '–'
                        : t('insight.public.days', {
                            days: formatNumber(g.medianDays, locale, g.medianDays % 1 ? 1 : 0),
                          })}
                    </td>
                    <td>{formatNumber(g.count ?? 0, locale)}</td>
                  </>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {measured.length > 0 && (
        <img
          className="insight-chart"
          src={barChartDataUrl({
            categories: measured.map((g) => t(`insight.goal.${g.goal}`)),
            values: measured.map((g) => g.share),
            valueLabel: (v) => formatPercent(v, locale),
          })}
          alt={t('insight.public.chartAlt', { area: area.name })}
          width={560}
        />
      )}
    </section>
  );
}

/** A section another module adds (its texts already in the reader's language), in the same table and chart. */
function ContributedSection({ section }: { section: PublicGoalSection }) {
  const { t, locale } = usePage();
  const measured = section.rows.filter((r) => !r.tooFew && r.share !== null);
  const headingId = `goals-${section.key}`;
  return (
    <section aria-labelledby={headingId} className="mt-7">
      <h2 id={headingId}>{section.heading}</h2>
      <div className="table-responsive-container">
        <table className="table table--compact">
          <caption className="sr-only">{section.heading}</caption>
          <thead>
            <tr>
              <th scope="col">{t('insight.public.goal')}</th>
              <th scope="col">{t('insight.public.promise')}</th>
              <th scope="col">{t('insight.public.onTime')}</th>
              <th scope="col">{t('insight.public.median')}</th>
              <th scope="col">{section.countHeading}</th>
            </tr>
          </thead>
          <tbody>
            {section.rows.map((r) => (
              <tr key={r.key}>
                <th scope="row">{r.label}</th>
                <td>{r.promise}</td>
                {r.tooFew ? (
                  <td colSpan={3}>{section.tooFewText}</td>
                ) : (
                  <>
                    <td>{r.share === null ? '–' : formatPercent(r.share, locale)}</td>
                    <td>{r.actual ?? '–'}</td>
                    <td>{formatNumber(r.count ?? 0, locale)}</td>
                  </>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {measured.length > 0 && (
        <img
          className="insight-chart"
          src={barChartDataUrl({
            categories: measured.map((r) => r.label),
            values: measured.map((r) => r.share),
            valueLabel: (v) => formatPercent(v, locale),
          })}
          alt={t('insight.public.chartAlt', { area: section.heading })}
          width={560}
        />
      )}
    </section>
  );
}

function ServiceGoalsBody({ view, sections }: { view: ServiceGoals; sections: PublicGoalSection[] }) {
  const { t, locale } = usePage();
  return (
    <>
      <h1>{t('insight.public.title')}</h1>
      <p className="font-lead">{t('insight.public.lead')}</p>
      {view.asOf ? (
        <p>
          {t('insight.public.period', {
            from: formatDate(view.from, locale),
            to: formatDate(view.to, locale),
            asOf: formatDate(view.asOf, locale),
          })}
        </p>
      ) : (
        <p>{t('insight.public.notYet')}</p>
      )}
      <p>{t('insight.public.privacy')}</p>
      {view.areas.length === 0 ? (
        <p>{t('insight.public.noAreas')}</p>
      ) : (
        view.areas.map((a) => <AreaSection key={a.areaId} area={a} />)
      )}
      {sections.map((s) => (
        <ContributedSection key={s.key} section={s} />
      ))}
    </>
  );
}

export function renderServiceGoals(
  frame: RequestFrame,
  view: ServiceGoals,
  sections: PublicGoalSection[] = [],
): string {
  const title = pageTranslator(frame.locale)('insight.public.title');
  return renderPage({ ...frame, title }, <ServiceGoalsBody view={view} sections={sections} />);
}
