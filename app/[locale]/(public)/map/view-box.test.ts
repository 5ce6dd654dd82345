import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  centreOf,
  centreOn,
  clampView,
  dragView,
  fitView,
  isInside,
  lerpView,
  panView,
  pointerToSvg,
  unitsPerPixel,
  zoomView,
  type Limits,
} from './view-box';

const bounds = { x: 0, y: 0, w: 1000, h: 600 };
const limits: Limits = { bounds, minW: 50, maxW: 1200 };

describe('fitView', () => {
  it('grows a box to the screen ratio around the same centre, with a margin', () => {
    const v = fitView({ x: 100, y: 100, w: 200, h: 100 }, 1, 0);
    expect(v).toEqual({ x: 100, y: 50, w: 200, h: 200 });
    const m = fitView({ x: 0, y: 0, w: 100, h: 100 }, 1, 0.1);
    expect(m.w).toBeCloseTo(120);
    expect(centreOf(m)).toEqual([50, 50]);
  });
});

describe('zoomView', () => {
  it('keeps the point under the pointer still', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.5, max: 2, noNaN: true }),
        fc.double({ min: 200, max: 800, noNaN: true }),
        (factor, px) => {
          const view = { x: 100, y: 100, w: 600, h: 400 };
          const at: [number, number] = [px, 300];
          const next = zoomView(view, factor, at, limits);
          // The pointer sits at the same fraction of the view before and after.
          expect((at[0] - next.x) / next.w).toBeCloseTo((at[0] - view.x) / view.w, 6);
        },
      ),
    );
  });

  it('stops at the zoom limits and keeps the ratio', () => {
    const view = { x: 0, y: 0, w: 600, h: 400 };
    expect(zoomView(view, 1000, [300, 200], limits).w).toBe(50);
    const out = zoomView(view, 0.001, [300, 200], limits);
    expect(out.w).toBe(1200);
    expect(out.w / out.h).toBeCloseTo(1.5);
  });
});

describe('panView and clampView', () => {
  it('moves the view', () => {
    expect(panView({ x: 100, y: 100, w: 200, h: 200 }, 10, -20, limits)).toEqual({ x: 110, y: 80, w: 200, h: 200 });
  });

  it('never lets the centre leave the province', () => {
    const far = clampView({ x: 5000, y: -5000, w: 200, h: 200 }, limits);
    expect(centreOf(far)).toEqual([1000, 0]);
    expect(centreOn({ x: 0, y: 0, w: 100, h: 100 }, [-50, 300], limits)).toEqual({ x: -50, y: 250, w: 100, h: 100 });
  });
});

describe('isInside and lerpView', () => {
  it('tells whether a point is comfortably in view', () => {
    const view = { x: 0, y: 0, w: 100, h: 100 };
    expect(isInside(view, [50, 50])).toBe(true);
    expect(isInside(view, [2, 50])).toBe(false);
    expect(isInside(view, [150, 50])).toBe(false);
  });

  it('moves between two views', () => {
    expect(lerpView({ x: 0, y: 0, w: 100, h: 100 }, { x: 100, y: 50, w: 200, h: 300 }, 0.5)).toEqual({
      x: 50,
      y: 25,
      w: 150,
      h: 200,
    });
  });
});

describe('pointerToSvg and unitsPerPixel', () => {
  it('maps a pointer to SVG units through a letterboxed viewBox', () => {
    // A 200×100 view in a 400×400 box: scale 2, drawn 100px down from the top.
    const rect = { left: 10, top: 20, width: 400, height: 400 };
    const view = { x: 50, y: 50, w: 200, h: 100 };
    expect(pointerToSvg(view, rect, 10, 120)).toEqual([50, 50]);
    expect(pointerToSvg(view, rect, 410, 320)).toEqual([250, 150]);
    expect(unitsPerPixel(view, rect)).toBe(0.5);
  });

  it('does not divide by zero before the map has a size', () => {
    expect(unitsPerPixel({ x: 0, y: 0, w: 10, h: 10 }, { width: 0, height: 0 })).toBe(1);
  });
});

describe('dragView', () => {
  // A 400×300 view drawn in a 400×300 pixel box: one SVG unit per pixel.
  const rect = { left: 0, top: 0, width: 400, height: 300 };
  const view = { x: 300, y: 150, w: 400, h: 300 };

  it('moves the map with one finger: dragging right shows what lies to the left', () => {
    expect(dragView(view, [[100, 100]], [[130, 90]], rect, limits)).toEqual({ x: 270, y: 160, w: 400, h: 300 });
  });

  it('zooms in twofold when two fingers spread to twice their distance, about their midpoint', () => {
    const next = dragView(
      view,
      [
        [100, 150],
        [300, 150],
      ],
      [
        [0, 150],
        [400, 150],
      ],
      rect,
      limits,
    );
    expect(next.w).toBeCloseTo(200);
    expect(next.h).toBeCloseTo(150);
    // The midpoint stayed at pixel 200,150, so the SVG point under it stays put too.
    expect(centreOf(next)[0]).toBeCloseTo(500);
    expect(centreOf(next)[1]).toBeCloseTo(300);
  });

  it('zooms out when two fingers pinch together, and pans with their midpoint', () => {
    const next = dragView(
      view,
      [
        [100, 150],
        [300, 150],
      ],
      [
        [170, 160],
        [270, 160],
      ],
      rect,
      limits,
    );
    expect(next.w).toBeCloseTo(800);
    expect(pointerToSvg(next, rect, 220, 160)[0]).toBeCloseTo(500);
  });
});
