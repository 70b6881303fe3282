// The root causes recorded in the conversations, in total and by month: is it the process or the decision?
// A stacked bar chart by month, a table of the totals, and the months as CSV.
import type { EChartsOption } from 'echarts';
import { ChartTable, CsvButton } from '../../../../web/src/app/ChartTable.js';
import { useI18n } from '../../../../web/src/app/i18n.js';
import { formatMonth, formatNumber, formatPercent } from '../../../core/insight.js';
import { downloadCsv } from './csv.js';
import type { RootCauseAnswer } from './insight-api.js';

const COLORS = ['#b3002d', '#0059b3', '#357f2f', '#8a5a00', '#6b2d8a', '#1f6f7a', '#5c5c5c'];

export function RootCausesCard({ answer }: { answer: RootCauseAnswer }) {
  const { t, locale } = useI18n();
  const title = t('insight.ui.rootCauses');
  const months = answer.months.map((m) => formatMonth(m.month, locale));
  const option: EChartsOption = {
    grid: { left: 48, right: 16, top: 56, bottom: 40 },
    legend: { top: 0, data: answer.causes.map((c) => t(`insight.cause.${c}`)) },
    xAxis: { type: 'category', data: months },
    yAxis: { type: 'value', minInterval: 1 },
    series: answer.causes.map((c, i) => ({
      type: 'bar',
      stack: 'causes',
      name: t(`insight.cause.${c}`),
      itemStyle: { color: COLORS[i % COLORS.length] },
      data: answer.months.map((m) => m.counts[c] ?? 0),
    })),
  };
  const csv = () =>
    downloadCsv(`root-causes_${answer.from}_${answer.to}.csv`, [
      [t('insight.ui.month'), ...answer.causes.map((c) => t(`insight.cause.${c}`)), t('insight.ui.total')],
      ...answer.months.map((m, i) => [
        months[i] ?? m.month,
        ...answer.causes.map((c) => m.counts[c] ?? 0),
        m.total,
      ]),
    ]);
  const total = answer.total.total;
  return (
    <section aria-labelledby="figure-root-causes" className="mt-8">
      <h2 id="figure-root-causes" className="h3">
        {title}
      </h2>
      <p>{t('insight.ui.rootCausesIntro')}</p>
      {total === 0 ? (
        <p>{t('insight.ui.empty')}</p>
      ) : (
        <ChartTable
          option={option}
          alt={t('insight.ui.chartAlt', { figure: title })}
          caption={title}
          columns={[t('insight.ui.cause'), t('insight.ui.count'), t('insight.ui.share')]}
          rows={answer.causes.map((c) => ({
            key: c,
            head: t(`insight.cause.${c}`),
            cells: [
              formatNumber(answer.total.counts[c] ?? 0, locale),
              formatPercent((answer.total.counts[c] ?? 0) / total, locale),
            ],
          }))}
          total={{
            head: t('insight.ui.total'),
            cells: [formatNumber(total, locale), formatPercent(1, locale)],
          }}
        />
      )}
      <p>
        <CsvButton label={t('insight.ui.csv')} chart={title} onClick={csv} />
      </p>
    </section>
  );
}
