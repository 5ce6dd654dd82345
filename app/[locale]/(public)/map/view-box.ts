import type { Box, XY } from '@/lib/geo/province-svg';

// The map zooms and pans by moving its SVG viewBox. These are the pure sums behind that.

export type Limits = { bounds: Box; minW: number; maxW: number };

// A box grown to the given width/height ratio (and a margin), centred on the original.
export function fitView(box: Box, aspect: number, margin = 0.06): Box {
  let w = box.w * (1 + margin * 2);
  let h = box.h * (1 + margin * 2);
  if (w / h > aspect) h = w / aspect;
  else w = h * aspect;
  return { x: box.x + box.w / 2 - w / 2, y: box.y + box.h / 2 - h / 2, w, h };
}

// Keeps the view's centre over the province, so the map can never be lost off screen.
export function clampView(view: Box, { bounds }: Limits): Box {
  const cx = Math.min(Math.max(view.x + view.w / 2, bounds.x), bounds.x + bounds.w);
  const cy = Math.min(Math.max(view.y + view.h / 2, bounds.y), bounds.y + bounds.h);
  return { ...view, x: cx - view.w / 2, y: cy - view.h / 2 };
}

// Zooms by `factor` (above 1 zooms in) keeping the point `at` where it is on screen.
export function zoomView(view: Box, factor: number, at: XY, limits: Limits): Box {
  const w = Math.min(Math.max(view.w / factor, limits.minW), limits.maxW);
  const scale = w / view.w;
  const h = view.h * scale;
  const x = at[0] - (at[0] - view.x) * scale;
  const y = at[1] - (at[1] - view.y) * scale;
  return clampView({ x, y, w, h }, limits);
}

export function panView(view: Box, dx: number, dy: number, limits: Limits): Box {
  return clampView({ ...view, x: view.x + dx, y: view.y + dy }, limits);
}

export function centreOf(view: Box): XY {
  return [view.x + view.w / 2, view.y + view.h / 2];
}

export function centreOn(view: Box, at: XY, limits: Limits): Box {
  return clampView({ ...view, x: at[0] - view.w / 2, y: at[1] - view.h / 2 }, limits);
}

export function isInside(view: Box, [x, y]: XY, margin = 0.08): boolean {
  const mx = view.w * margin;
  const my = view.h * margin;
  return x >= view.x + mx && x <= view.x + view.w - mx && y >= view.y + my && y <= view.y + view.h - my;
}

export function lerpView(a: Box, b: Box, t: number): Box {
  const mix = (p: number, q: number) => p + (q - p) * t;
  return { x: mix(a.x, b.x), y: mix(a.y, b.y), w: mix(a.w, b.w), h: mix(a.h, b.h) };
}

// The SVG point under a pointer, for a viewBox drawn with preserveAspectRatio="xMidYMid meet".
export function pointerToSvg(
  view: Box,
  rect: { left: number; top: number; width: number; height: number },
  clientX: number,
  clientY: number,
): XY {
  const scale = Math.min(rect.width / view.w, rect.height / view.h);
  const offsetX = (rect.width - view.w * scale) / 2;
  const offsetY = (rect.height - view.h * scale) / 2;
  return [view.x + (clientX - rect.left - offsetX) / scale, view.y + (clientY - rect.top - offsetY) / scale];
}

// SVG units per screen pixel: symbols and labels are multiplied by it to keep their size on screen.
export function unitsPerPixel(view: Box, rect: { width: number; height: number }): number {
  if (rect.width === 0 || rect.height === 0) return 1;
  return 1 / Math.min(rect.width / view.w, rect.height / view.h);
}

type Rect = { left: number; top: number; width: number; height: number };

// The view after pointers moved on screen from `before` to `after` (the same pointers, in the
// same order): one pointer pans; two pan with their midpoint and zoom as they spread or close.
export function dragView(view: Box, before: XY[], after: XY[], rect: Rect, limits: Limits): Box {
  const perPixel = unitsPerPixel(view, rect);
  if (after.length === 1)
    return panView(view, -(after[0][0] - before[0][0]) * perPixel, -(after[0][1] - before[0][1]) * perPixel, limits);
  const [a0, b0] = before;
  const [a1, b1] = after;
  const mid0: XY = [(a0[0] + b0[0]) / 2, (a0[1] + b0[1]) / 2];
  const mid1: XY = [(a1[0] + b1[0]) / 2, (a1[1] + b1[1]) / 2];
  const panned = panView(view, -(mid1[0] - mid0[0]) * perPixel, -(mid1[1] - mid0[1]) * perPixel, limits);
  const ratio = Math.hypot(a1[0] - b1[0], a1[1] - b1[1]) / Math.max(1, Math.hypot(a0[0] - b0[0], a0[1] - b0[1]));
  return zoomView(panned, ratio, pointerToSvg(panned, rect, mid1[0], mid1[1]), limits);
}
