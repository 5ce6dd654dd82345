'use client';

import dynamic from 'next/dynamic';
import type { ComponentProps } from 'react';
import type { StageChart as StageChartType } from './stage-chart';

type Props = ComponentProps<typeof StageChartType>;

const ROW_HEIGHT = 46;

// The charts load after the page: recharts stays out of the first-load JavaScript and the
// server's HTML, and the table beside each chart already carries its numbers meanwhile.
const StageChart = dynamic(() => import('./stage-chart').then((m) => m.StageChart), {
  ssr: false,
  loading: () => <div aria-hidden className="w-full animate-pulse rounded-md bg-slate-100" style={{ height: 8 * ROW_HEIGHT + 70 }} />,
});

export function LazyStageChart(props: Props) {
  return <StageChart {...props} />;
}
