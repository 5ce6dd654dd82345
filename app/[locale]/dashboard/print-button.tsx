'use client';

import { useEffect } from 'react';

// Tables behind "show as table" print open, so the handout carries every number: globals.css
// opens them where the browser styles ::details-content, this where it does not.
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

// The charts are in the page's HTML, so printing has nothing to wait for.
export function PrintButton({ label }: { label: string }) {
  useEffect(() => {
    window.addEventListener('beforeprint', openDetailsForPrint);
    return () => window.removeEventListener('beforeprint', openDetailsForPrint);
  }, []);
  return (
    <button
      type="button"
      onClick={() => window.print()}
      className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-700 hover:bg-slate-50"
    >
      {label}
    </button>
  );
}
