// An Apache ECharts chart in the staff app. Drawn as an SVG string (ECharts' server-side mode, which works in
// the browser too) and shown as an image: the staff app's content security policy allows no inline style, and
// an image needs none. The image's alt text points to the table beside it, which carries the same figures.
import * as echarts from 'echarts';
import { useLayoutEffect, useMemo, useRef, useState } from 'react';

function svgUrl(option: echarts.EChartsOption, width: number, height: number): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  chart.setOption({ animation: false, ...option });
  const svg = chart.renderToSVGString();
  chart.dispose();
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}

export function EChart({
  option,
  alt,
  height = 280,
}: {
  option: echarts.EChartsOption;
  alt: string;
  height?: number;
}) {
  const box = useRef<HTMLDivElement>(null);
  // Measured before the first paint, so each chart is drawn once at its real width rather than at a guess
  // and again when measured (a dashboard has some thirty charts, and drawing one is not free).
  const [width, setWidth] = useState<number | null>(null);
  useLayoutEffect(() => {
    const el = box.current;
    if (!el) return;
    const measure = () => setWidth(Math.max(280, Math.floor(el.clientWidth)));
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  const src = useMemo(() => (width === null ? null : svgUrl(option, width, height)), [option, width, height]);
  return (
    <div ref={box} className="chart-image">
      {src !== null && width !== null && <img src={src} alt={alt} width={width} height={height} />}
    </div>
  );
}
