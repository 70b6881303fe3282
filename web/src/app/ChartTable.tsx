// A chart with its accessible alternative: the same figures as a table beside it (a row header first in each
// row, an optional total below), and the button that downloads them as CSV. Shared by the modules' charts.
import type { EChartsOption } from 'echarts';
import type { ReactNode } from 'react';
import { EChart } from './EChart.js';

export interface TableRow {
  key: string;
  /** The row's header cell (th scope="row"). */
  head: ReactNode;
  cells: readonly ReactNode[];
}

export function ChartTable({
  option,
  alt,
  caption,
  columns,
  rows,
  total,
  scrollLabel,
}: {
  option: EChartsOption;
  alt: string;
  /** The table's name, for screen readers. */
  caption: string;
  columns: readonly string[];
  rows: readonly TableRow[];
  total?: Omit<TableRow, 'key'>;
  /** When the table may be wider than a phone: the scrolling region takes focus, under this name. */
  scrollLabel?: string;
}) {
  const line = (r: Omit<TableRow, 'key'>) => (
    <>
      <th scope="row">{r.head}</th>
      {r.cells.map((c, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the columns are fixed
        <td key={i}>{c}</td>
      ))}
    </>
  );
  const table = (
    <table className="table table--compact">
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr>
          {columns.map((c) => (
            <th key={c} scope="col">
              {c}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.key}>{line(r)}</tr>
        ))}
      </tbody>
      {total && (
        <tfoot>
          <tr>{line(total)}</tr>
        </tfoot>
      )}
    </table>
  );
  return (
    <>
      <EChart option={option} alt={alt} />
      {scrollLabel ? (
        // biome-ignore lint/a11y/noNoninteractiveTabindex: wider than a phone, the table scrolls on its own; a scrolling region must take focus to be scrolled from the keyboard
        <section className="table--responsive-scroll mt-5" tabIndex={0} aria-label={scrollLabel}>
          {table}
        </section>
      ) : (
        <div className="table--responsive-scroll">{table}</div>
      )}
    </>
  );
}

/** Downloads a chart's figures as CSV; its name says which chart. */
export function CsvButton({
  label,
  chart,
  onClick,
  className = '',
}: {
  label: string;
  chart: string;
  onClick: () => void;
  className?: string;
}) {
  return (
    <button
      type="button"
      className={`button button-secondary${className ? ` ${className}` : ''}`}
      onClick={onClick}
      aria-label={`${label}: ${chart}`}
    >
      {label}
    </button>
  );
}
