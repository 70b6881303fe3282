// One figure of the dashboard: its chart by month (with the department's method start marked), the same
// figures as a table, a CSV download, and — for a department that has started the method — the six months
// before and after with a plain-language note on how much the numbers can carry.
import type { EChartsOption } from 'echarts';
import { useMemo } from 'react';
import { ChartTable, CsvButton } from '../../../../web/src/app/ChartTable.js';
import { useI18n } from '../../../../web/src/app/i18n.js';
import { formatMonth, formatNumber, formatValue, monthOf } from '../../../core/insight.js';
import { formatDate } from '../../../i18n/format.js';
import { downloadCsv } from './csv.js';
import type { FigureAnswer } from './insight-api.js';

export function FigureCard({
  figure,
  departmentChosen,
}: {
  figure: FigureAnswer;
  departmentChosen: boolean;
}) {
  const { t, locale } = useI18n();
  const name = t(figure.label);
  const headingId = `figure-${figure.key.replace(/\W/g, '-')}`;
  const months = figure.points.map((p) => formatMonth(p.month, locale));
  const startMonth = figure.comparison
    ? formatMonth(monthOf(figure.comparison.methodStartedOn), locale)
    : null;
  const value = (v: number | null) => formatValue(v, figure.unit, locale);

  // Kept while the figure and language stay the same: a new option object redraws the chart.
  // biome-ignore lint/correctness/useExhaustiveDependencies: months, startMonth, value and t follow figure and locale
  const option = useMemo<EChartsOption>(
    () => ({
      grid: { left: 56, right: 16, top: 24, bottom: 40 },
      xAxis: { type: 'category', data: months },
      yAxis: {
        type: 'value',
        min: 0,
        ...(figure.unit === 'share' ? { max: 1 } : {}),
        axisLabel: { formatter: (v: number) => value(v) },
      },
      series: [
        {
          type: figure.unit === 'count' ? 'bar' : 'line',
          data: figure.points.map((p) => p.value),
          connectNulls: false,
          itemStyle: { color: '#0059b3' },
          ...(startMonth && months.includes(startMonth)
            ? {
                markLine: {
                  symbol: 'none',
                  label: { formatter: t('insight.ui.methodStart', { date: startMonth }) },
                  lineStyle: { color: '#b3002d', type: 'dashed' },
                  data: [{ xAxis: startMonth }],
                },
              }
            : {}),
        },
      ],
    }),
    [figure, locale],
  );

  const csv = () =>
    downloadCsv(`${figure.key}_${figure.from}_${figure.to}.csv`, [
      [t('insight.ui.month'), name, t('insight.ui.count')],
      ...figure.points.map((p, i) => [months[i] ?? p.month, value(p.value), p.count]),
      [t('insight.ui.total'), value(figure.total.value), figure.total.count],
    ]);

  const c = figure.comparison;
  return (
    <section aria-labelledby={headingId} className="mt-8">
      <h2 id={headingId} className="h3">
        {name}
      </h2>
      {figure.total.count === 0 ? (
        <p>{t('insight.ui.empty')}</p>
      ) : (
        <ChartTable
          option={option}
          alt={t('insight.ui.chartAlt', { figure: name })}
          caption={name}
          columns={[t('insight.ui.month'), t('insight.ui.value'), t('insight.ui.count')]}
          rows={figure.points.map((p, i) => ({
            key: p.month,
            head: months[i],
            cells: [value(p.value), formatNumber(p.count, locale)],
          }))}
          total={{
            head: t('insight.ui.total'),
            cells: [value(figure.total.value), formatNumber(figure.total.count, locale)],
          }}
        />
      )}
      <p>
        <CsvButton label={t('insight.ui.csv')} chart={name} onClick={csv} />
      </p>
      {c ? (
        <>
          <h3 className="h4">{t('insight.ui.comparison')}</h3>
          <p>{t('insight.ui.methodStart', { date: formatDate(c.methodStartedOn, locale) })}</p>
          <div className="table--responsive-scroll">
            <table className="table table--compact">
              <caption className="sr-only">{`${name}: ${t('insight.ui.comparison')}`}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('insight.ui.period')}</th>
                  <th scope="col">{t('insight.ui.value')}</th>
                  <th scope="col">{t('insight.ui.count')}</th>
                </tr>
              </thead>
              <tbody>
                {(['before', 'after'] as const).map((side) => (
                  <tr key={side}>
                    <th scope="row">
                      {t(`insight.ui.${side}`, {
                        from: formatDate(c[side].from, locale),
                        to: formatDate(c[side].to, locale),
                      })}
                    </th>
                    <td>{value(c[side].value)}</td>
                    <td>{formatNumber(c[side].count, locale)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <p>
            <strong>{t('insight.ui.evidence')}</strong> {t(`insight.evidence.${c.evidence}`)}
          </p>
        </>
      ) : (
        <p className="form-hint">
          {t(departmentChosen ? 'insight.ui.noStart' : 'insight.ui.chooseDepartment')}
        </p>
      )}
    </section>
  );
}
