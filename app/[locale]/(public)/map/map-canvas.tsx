'use client';

import { useRouter } from 'next/navigation';
import {
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  useTransition,
  type CSSProperties,
  type ReactNode,
} from 'react';
import type { Box, XY } from '@/lib/geo/province-svg';
import { MAP_FRAME_ID, requestPanelFocus } from './panel-focus';
import { useMapGestures } from './use-map-gestures';
import {
  centreOf,
  centreOn,
  fitView,
  isInside,
  lerpView,
  panView,
  unitsPerPixel,
  zoomView,
  type Limits,
} from './view-box';

type Labels = {
  map: string;
  hint: string;
  busy: string;
  controls: string;
  zoomIn: string;
  zoomOut: string;
  reset: string;
  province: string;
};

type Props = {
  province: Box;
  // What to show: the chosen city, or the whole circle. A new key animates the view to it.
  focus: Box;
  focusKey: string;
  selectedAt: XY | null;
  labels: Labels;
  children: ReactNode;
};

const ZOOM_STEP = 1.6;

// The interactive frame around the server-drawn map: zoom, pan, pinch and client-side links.
export function MapCanvas({ province, focus, focusKey, selectedAt, labels, children }: Props) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const svgRef = useRef<SVGSVGElement>(null);
  const [size, setSize] = useState<{ width: number; height: number } | null>(null);
  const [view, setView] = useState<Box>(() => fitView(focus, 4 / 3));
  const viewRef = useRef(view);
  // Gestures and animations read the view between renders; layout effects run before theirs.
  useLayoutEffect(() => {
    viewRef.current = view;
  }, [view]);
  const frame = useRef(0);
  const limits = useMemo<Limits>(
    () => ({ bounds: province, minW: province.w / 30, maxW: province.w * 1.25 }),
    [province],
  );

  const animateTo = useCallback((target: Box) => {
    cancelAnimationFrame(frame.current);
    if (window.matchMedia('(prefers-reduced-motion: reduce)').matches) {
      setView(target);
      return;
    }
    const from = viewRef.current;
    const started = performance.now();
    const step = (now: number) => {
      const t = Math.min(1, (now - started) / 380);
      setView(lerpView(from, target, 1 - (1 - t) ** 3));
      if (t < 1) frame.current = requestAnimationFrame(step);
    };
    frame.current = requestAnimationFrame(step);
  }, []);

  useEffect(() => {
    const svg = svgRef.current;
    if (!svg) return;
    const observer = new ResizeObserver(([entry]) =>
      setSize({ width: entry.contentRect.width, height: entry.contentRect.height }),
    );
    observer.observe(svg);
    return () => observer.disconnect();
  }, []);

  const aspect = size && size.height > 0 ? size.width / size.height : null;
  const fitted = useRef<string | null>(null);
  useEffect(() => {
    if (!aspect) return;
    const target = fitView(focus, aspect);
    const withSelection = selectedAt && !isInside(target, selectedAt) ? centreOn(target, selectedAt, limits) : target;
    if (fitted.current === null) setView(withSelection);
    else if (fitted.current !== focusKey) animateTo(withSelection);
    else {
      // A resize: keep the zoom and centre, match the new shape.
      setView((v) => {
        const h = v.w / aspect;
        return { ...v, y: v.y + v.h / 2 - h / 2, h };
      });
    }
    fitted.current = focusKey;
    // Only a new focus or a new shape re-fits: re-fitting when the selection changes would
    // undo the reader's own zoom.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the dependencies are the triggers
  }, [aspect, focusKey]);

  const selectedKey = selectedAt ? selectedAt.join() : '';
  const lastSelected = useRef(selectedKey);
  useEffect(() => {
    if (selectedKey === lastSelected.current) return;
    lastSelected.current = selectedKey;
    if (selectedAt && !isInside(viewRef.current, selectedAt)) animateTo(centreOn(viewRef.current, selectedAt, limits));
    // eslint-disable-next-line react-hooks/exhaustive-deps -- a new selection is the only trigger
  }, [selectedKey]);

  const zoomBy = useCallback(
    (factor: number, at?: XY) => {
      cancelAnimationFrame(frame.current);
      setView((v) => zoomView(v, factor, at ?? centreOf(v), limits));
    },
    [limits],
  );

  const gestures = useMapGestures({
    svgRef,
    viewRef,
    setView,
    limits,
    zoomBy,
    onStart: () => cancelAnimationFrame(frame.current),
  });

  function onClick(e: React.MouseEvent<SVGSVGElement>) {
    if (gestures.endedDrag()) {
      e.preventDefault();
      return;
    }
    const link = (e.target as Element).closest('a');
    const href = link?.getAttribute('href');
    if (!link || !href?.startsWith('/') || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    // Picking a corridor's line hands the focus back to its symbol, the link keyboards use.
    const code = link.dataset.code ?? link.dataset.lineOf;
    if (code)
      requestPanelFocus(
        link.dataset.code ? link : (svgRef.current?.querySelector(`a[data-code="${CSS.escape(code)}"]`) ?? null),
      );
    startTransition(() => router.push(href, { scroll: false }));
  }

  function onKeyDown(e: React.KeyboardEvent<SVGSVGElement>) {
    const step = 0.15;
    const v = viewRef.current;
    const moves: Record<string, [number, number]> = {
      ArrowLeft: [-v.w * step, 0],
      ArrowRight: [v.w * step, 0],
      ArrowUp: [0, -v.h * step],
      ArrowDown: [0, v.h * step],
    };
    if (moves[e.key]) setView(panView(v, ...moves[e.key], limits));
    else if (e.key === '+' || e.key === '=') zoomBy(ZOOM_STEP);
    else if (e.key === '-' || e.key === '_') zoomBy(1 / ZOOM_STEP);
    else if (e.key === '0' && aspect) animateTo(fitView(focus, aspect));
    else return;
    e.preventDefault();
  }

  const style = { '--k': size ? unitsPerPixel(view, size) : view.w / 720, touchAction: 'none' } as CSSProperties;
  const button =
    'flex h-10 w-10 items-center justify-center rounded-md bg-white text-lg font-semibold text-slate-800 shadow ring-1 ring-slate-300 hover:bg-slate-50';

  return (
    <div
      id={MAP_FRAME_ID}
      className="relative scroll-mt-2 overflow-hidden rounded-xl border border-slate-300 bg-[#dfe8f1]"
    >
      <svg
        ref={svgRef}
        viewBox={`${view.x} ${view.y} ${view.w} ${view.h}`}
        preserveAspectRatio="xMidYMid meet"
        className={`block aspect-square w-full select-none sm:aspect-[4/3] ${pending ? 'opacity-80' : ''}`}
        style={style}
        role="group"
        aria-label={labels.map}
        aria-describedby="map-hint"
        aria-busy={pending || undefined}
        tabIndex={0}
        onPointerDown={gestures.onPointerDown}
        onPointerMove={gestures.onPointerMove}
        onPointerUp={gestures.onPointerUp}
        onPointerCancel={gestures.onPointerCancel}
        onClick={onClick}
        onKeyDown={onKeyDown}
        data-testid="map-canvas"
      >
        {children}
      </svg>
      <div role="toolbar" aria-label={labels.controls} className="absolute right-2 top-2 flex flex-col gap-1.5">
        <button
          type="button"
          className={button}
          onClick={() => zoomBy(ZOOM_STEP)}
          aria-label={labels.zoomIn}
          title={labels.zoomIn}
        >
          +
        </button>
        <button
          type="button"
          className={button}
          onClick={() => zoomBy(1 / ZOOM_STEP)}
          aria-label={labels.zoomOut}
          title={labels.zoomOut}
        >
          −
        </button>
        <button
          type="button"
          className={button}
          onClick={() => aspect && animateTo(fitView(focus, aspect))}
          aria-label={labels.reset}
          title={labels.reset}
        >
          <svg
            viewBox="0 0 20 20"
            width="18"
            height="18"
            aria-hidden="true"
            fill="none"
            stroke="currentColor"
            strokeWidth="2"
          >
            <path d="M3 8V3h5M17 12v5h-5M3 3l5 5M17 17l-5-5" />
          </svg>
        </button>
        <button
          type="button"
          className={button}
          onClick={() => aspect && animateTo(fitView(province, aspect, 0.02))}
          aria-label={labels.province}
          title={labels.province}
        >
          <svg
            viewBox="0 0 20 20"
            width="18"
            height="18"
            aria-hidden="true"
            fill="none"
            stroke="currentColor"
            strokeWidth="2"
          >
            <rect x="3" y="3" width="14" height="14" rx="2" />
            <path d="M7 3v14M3 10h4" />
          </svg>
        </button>
      </div>
      <p className="sr-only" aria-live="polite">
        {pending ? labels.busy : ''}
      </p>
      <p id="map-hint" className="border-t border-slate-300 bg-white/80 px-3 py-1.5 text-xs text-slate-600">
        {labels.hint}
      </p>
    </div>
  );
}
