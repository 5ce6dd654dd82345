'use client';
import { useEffect, useRef, useState, type ComponentProps } from 'react';
import { flushSync } from 'react-dom';
import type { StageChart as StageChartType } from './stage-chart';
import {
  loadStageChart,
  loadStageChartOnIntent,
  loadedStageChart,
  nextTurn,
  registerChartDrawer,
} from './stage-chart-loader';
import { AXIS_HEIGHT, LEGEND_HEIGHT, ROW_HEIGHT } from './stage-chart-size';

type Props = Omit<ComponentProps<typeof StageChartType>, 'width'>;
// Start drawing a little before the chart scrolls in, so it is there when the reader arrives.
const AHEAD = '200px 0px';

// Holds the chart's place with a skeleton of its size until the chart is drawn; the table beside
// each chart carries its numbers meanwhile, and without JavaScript.
export function LazyStageChart(props: Props) {
  const place = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(0);
  // The chart's module, once loaded: kept in state so that rendering never creates a component.
  const [Chart, setChart] = useState<typeof StageChartType | null>(null);

  useEffect(() => {
    const node = place.current;
    if (!node) return;
    const measure = () => Math.floor(node.getBoundingClientRect().width);
    // Synchronous, so the chart is in the page before the browser lays it out for printing.
    const show = (chart: typeof StageChartType) =>
      flushSync(() => {
        setChart(() => chart);
        setWidth(measure());
      });
    const draw = () => {
      const chart = loadedStageChart();
      if (chart) show(chart);
    };
    let cancelled = false;
    const seen = new IntersectionObserver(
      (entries) => {
        if (!entries.some((e) => e.isIntersecting)) return;
        seen.disconnect();
        void loadStageChart().then(async (chart) => {
          await nextTurn();
          if (!cancelled) show(chart);
        });
      },
      { rootMargin: AHEAD },
    );
    seen.observe(node);
    // Follows the card's width (a turned phone, a resized window); an unchanged width is a no-op.
    const resized = new ResizeObserver(([entry]) => setWidth((w) => (w > 0 ? Math.floor(entry.contentRect.width) : w)));
    resized.observe(node);
    const unregister = registerChartDrawer(draw);
    const stopIntent = loadStageChartOnIntent();
    window.addEventListener('beforeprint', draw);
    return () => {
      cancelled = true;
      seen.disconnect();
      resized.disconnect();
      unregister();
      stopIntent();
      window.removeEventListener('beforeprint', draw);
    };
  }, []);

  return (
    <div ref={place} className="w-full">
      {Chart && width > 0 ? (
        <Chart {...props} width={width} />
      ) : (
        <div
          aria-hidden
          data-chart-placeholder
          className="w-full animate-pulse rounded-md bg-slate-100"
          style={{ height: LEGEND_HEIGHT + props.rows.length * ROW_HEIGHT + AXIS_HEIGHT }}
        />
      )}
    </div>
  );
}
