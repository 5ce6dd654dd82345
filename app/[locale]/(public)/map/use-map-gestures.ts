'use client';

import { useEffect, useRef, type Dispatch, type RefObject, type SetStateAction } from 'react';
import type { Box, XY } from '@/lib/geo/province-svg';
import { dragView, pointerToSvg, type Limits } from './view-box';

const DRAG_THRESHOLD = 5;

type Options = {
  svgRef: RefObject<SVGSVGElement | null>;
  viewRef: RefObject<Box>;
  setView: Dispatch<SetStateAction<Box>>;
  limits: Limits;
  zoomBy: (factor: number, at?: XY) => void;
  // Called when a gesture starts, to stop any animation in flight.
  onStart: () => void;
};

// Drag to pan, pinch to zoom (touch pointers or a trackpad's Ctrl+wheel). `endedDrag` tells a
// click handler that the click closing a drag is not a choice.
export function useMapGestures({ svgRef, viewRef, setView, limits, zoomBy, onStart }: Options) {
  const gesture = useRef({ moved: false, start: [0, 0] as XY, pointers: new Map<number, XY>() });

  useEffect(() => {
    const svg = svgRef.current;
    if (!svg) return;
    // A plain wheel keeps scrolling the page; only Ctrl (or a trackpad pinch) zooms.
    const onWheel = (e: WheelEvent) => {
      if (!e.ctrlKey && !e.metaKey) return;
      e.preventDefault();
      zoomBy(
        Math.exp(-e.deltaY * 0.01),
        pointerToSvg(viewRef.current, svg.getBoundingClientRect(), e.clientX, e.clientY),
      );
    };
    svg.addEventListener('wheel', onWheel, { passive: false });
    return () => svg.removeEventListener('wheel', onWheel);
  }, [svgRef, viewRef, zoomBy]);

  function onPointerDown(e: React.PointerEvent<SVGSVGElement>) {
    if (e.pointerType === 'mouse' && e.button !== 0) return;
    const g = gesture.current;
    if (g.pointers.size === 0) {
      g.moved = false;
      g.start = [e.clientX, e.clientY];
    }
    g.pointers.set(e.pointerId, [e.clientX, e.clientY]);
    onStart();
  }

  function onPointerMove(e: React.PointerEvent<SVGSVGElement>) {
    const g = gesture.current;
    const svg = svgRef.current;
    if (!g.pointers.has(e.pointerId) || !svg) return;
    const current: XY = [e.clientX, e.clientY];
    if (
      !g.moved &&
      g.pointers.size === 1 &&
      Math.hypot(current[0] - g.start[0], current[1] - g.start[1]) < DRAG_THRESHOLD
    )
      return;
    if (!g.moved) {
      g.moved = true;
      // Captured only once it is a drag, so that a plain tap still reaches the link under it.
      for (const id of g.pointers.keys()) {
        try {
          svg.setPointerCapture(id);
        } catch {
          // The pointer was already released; the drag goes on without capture.
        }
      }
    }
    const before = [...g.pointers.values()];
    g.pointers.set(e.pointerId, current);
    const after = [...g.pointers.values()];
    const rect = svg.getBoundingClientRect();
    setView((v) => dragView(v, before.slice(0, 2), after.slice(0, 2), rect, limits));
  }

  function onPointerEnd(e: React.PointerEvent<SVGSVGElement>) {
    gesture.current.pointers.delete(e.pointerId);
  }

  function endedDrag(): boolean {
    const moved = gesture.current.moved;
    gesture.current.moved = false;
    return moved;
  }

  return { onPointerDown, onPointerMove, onPointerUp: onPointerEnd, onPointerCancel: onPointerEnd, endedDrag };
}
