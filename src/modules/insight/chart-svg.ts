// Charts for the citizen pages, drawn on the server with Apache ECharts' SVG renderer and sent as an image
// (a data: URL), so the page needs no script and its content security policy no exception. Every chart sits
// beside a table with the same figures; the image's alt text points to it.
import * as echarts from 'echarts';

export interface BarChart {
  categories: string[];
  /** Shares 0–1 (null: nothing to show for the category). */
  values: (number | null)[];
  valueLabel: (v: number) => string;
}

// Drawing costs tens of milliseconds a chart; the figures change only when the rollups are rebuilt, so the
// same chart is drawn once and kept (a bounded cache: the oldest goes first).
const drawn = new Map<string, string>();
const MAX_DRAWN = 2000;

/** A horizontal bar chart of shares, as an SVG data URL (drawn once per distinct chart). */
export function barChartDataUrl(c: BarChart, width = 560, height = 60 + 44 * c.categories.length): string {
  const key = JSON.stringify([
    c.categories,
    c.values,
    c.values.map((v) => (v === null ? '' : c.valueLabel(v))),
    width,
    height,
  ]);
  const hit = drawn.get(key);
  if (hit) return hit;
  const url = draw(c, width, height);
  if (drawn.size >= MAX_DRAWN) drawn.delete(drawn.keys().next().value as string);
  drawn.set(key, url);
  return url;
}

function draw(c: BarChart, width: number, height: number): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  chart.setOption({
    animation: false,
    grid: { left: 190, right: 60, top: 16, bottom: 28 },
    xAxis: { type: 'value', min: 0, max: 1, axisLabel: { formatter: (v: number) => c.valueLabel(v) } },
    yAxis: {
      type: 'category',
      data: c.categories,
      inverse: true,
      axisLabel: { width: 180, overflow: 'break' },
    },
    series: [
      {
        type: 'bar',
        data: c.values.map((v) => v ?? 0),
        itemStyle: { color: '#0059b3' },
        label: {
          show: true,
          position: 'right',
          formatter: (p: { dataIndex: number }) => {
            const v = c.values[p.dataIndex];
            return v === null || v === undefined ? '' : c.valueLabel(v);
          },
        },
      },
    ],
  });
  const svg = chart.renderToSVGString();
  chart.dispose();
  return `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
}
