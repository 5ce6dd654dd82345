'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useCallback, useEffect, useRef, type ReactNode } from 'react';
import { keepFocusWithin, MAP_FRAME_ID, returnPanelFocus, takePanelFocusRequest } from './panel-focus';

type Props = {
  panelKey: string;
  closeHref: string;
  closeText: string;
  closeLabel: string;
  headingId: string;
  children: ReactNode;
};

// The selected project's panel: beside the map on a wide screen, a bottom sheet on a phone.
// It takes the focus when someone opens it, closes with Escape, and hands the focus back once
// the page without it has rendered. On a phone, where it covers the list, Tab stays inside it.
const NARROW = '(max-width: 1023.98px)';

export function PanelSheet({ panelKey, closeHref, closeText, closeLabel, headingId, children }: Props) {
  const router = useRouter();
  const opener = useRef<HTMLElement | SVGElement | null>(null);
  const sheet = useRef<HTMLElement>(null);
  const closing = useRef(false);

  useEffect(() => {
    const request = takePanelFocusRequest();
    if (request === undefined) return;
    opener.current = request;
    // On a narrow screen the sheet covers the lower half: bring the map up above it, so the
    // reader sees where the project is.
    if (window.matchMedia(NARROW).matches) {
      const reduce = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
      document.getElementById(MAP_FRAME_ID)?.scrollIntoView({ block: 'start', behavior: reduce ? 'auto' : 'smooth' });
    }
    document.getElementById(headingId)?.focus({ preventScroll: true });
  }, [panelKey, headingId]);

  const close = useCallback(() => {
    closing.current = true;
    router.push(closeHref, { scroll: false });
  }, [router, closeHref]);

  // The panel leaves the page when the navigation that closes it has rendered: the list it
  // hands the focus back to is then the new one.
  useEffect(() => {
    const opened = opener;
    return () => {
      if (closing.current) requestAnimationFrame(() => returnPanelFocus(opened.current, panelKey));
    };
  }, [panelKey]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && !e.defaultPrevented) close();
      else if (sheet.current && window.matchMedia(NARROW).matches) keepFocusWithin(sheet.current, e);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [close]);

  return (
    <section
      ref={sheet}
      aria-labelledby={headingId}
      data-testid="project-panel"
      className="fixed inset-x-0 bottom-0 z-30 max-h-[50vh] overflow-y-auto max-lg:mb-0 rounded-t-2xl border-t border-slate-200 bg-white px-4 pb-6 pt-2 shadow-[0_-10px_30px_rgba(15,23,42,0.18)] lg:relative lg:inset-auto lg:z-auto lg:max-h-none lg:rounded-xl lg:border lg:pt-4 lg:shadow-sm"
    >
      <div aria-hidden="true" className="mx-auto mb-3 h-1.5 w-10 rounded-full bg-slate-300 lg:hidden" />
      <Link
        href={closeHref}
        scroll={false}
        aria-label={closeLabel}
        onClick={(e) => {
          e.preventDefault();
          close();
        }}
        className="absolute right-3 top-3 rounded-md px-2 py-1 text-sm text-slate-600 ring-1 ring-slate-300 hover:bg-slate-50"
      >
        {closeText} <span aria-hidden="true">✕</span>
      </Link>
      {children}
    </section>
  );
}
