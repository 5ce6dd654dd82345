import type { StageChart } from './stage-chart';

// Recharts is loaded and the charts are drawn only when a reader is about to see them or prints:
// mounting one chart is a few hundred milliseconds of main thread on a mid-range phone, and at
// page load that was the dashboard's whole Total Blocking Time (see bench/LIGHTHOUSE.md).
let loaded: typeof StageChart | null = null;
let loading: Promise<typeof StageChart> | null = null;

export function loadedStageChart(): typeof StageChart | null {
  return loaded;
}

export function loadStageChart(): Promise<typeof StageChart> {
  loading ??= import('./stage-chart').then((m) => (loaded = m.StageChart));
  return loading;
}

// A press or a key (Ctrl+P included) says a reader is here: fetch recharts then, so that printing
// right after still finds it loaded.
export function loadStageChartOnIntent(): () => void {
  const events = ['pointerdown', 'keydown', 'touchstart'] as const;
  const load = () => void loadStageChart();
  for (const type of events) window.addEventListener(type, load, { once: true, passive: true });
  return () => events.forEach((type) => window.removeEventListener(type, load));
}

// Charts that scroll into view together are drawn one per task, so that the page answers input
// between them instead of blocking for all of them at once.
let queue: Promise<void> = Promise.resolve();
export function nextTurn(): Promise<void> {
  queue = queue.then(() => new Promise<void>((resolve) => setTimeout(resolve, 0)));
  return queue;
}

// Every chart on the page, drawn at once when the reader prints (the print button waits for
// this; the browser's own print command draws what is loaded by then).
const drawers = new Set<() => void>();
export function registerChartDrawer(draw: () => void): () => void {
  drawers.add(draw);
  return () => drawers.delete(draw);
}
export async function drawAllCharts(): Promise<void> {
  await loadStageChart();
  drawers.forEach((draw) => draw());
}
