'use client';

import { useEffect } from 'react';
import { drawAllCharts } from './stage-chart-loader';

// Tables behind "show as table" print open, so the handout carries every number.
function openDetailsForPrint() {
  const closed = [...document.querySelectorAll<HTMLDetailsElement>('main details:not([open])')];
  closed.forEach((d) => {
    d.open = true;
  });
  window.addEventListener(
    'afterprint',
    () =>
      closed.forEach((d) => {
        d.open = false;
      }),
    { once: true },
  );
}

export function PrintButton({ label }: { label: string }) {
  useEffect(() => {
    window.addEventListener('beforeprint', openDetailsForPrint);
    return () => window.removeEventListener('beforeprint', openDetailsForPrint);
  }, []);
  return (
    // Charts are drawn when scrolled to; before printing, every one of them is.
    <button
      type="button"
      onClick={() => void drawAllCharts().then(() => window.print())}
      className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-700 hover:bg-slate-50"
    >
      {label}
    </button>
  );
}
