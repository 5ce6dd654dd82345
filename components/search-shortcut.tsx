'use client';

import { useEffect } from 'react';

// `/` moves focus to the header's search box, as on many sites, unless the reader is typing
// somewhere already (a field, a select, an editable region) or holds a modifier key.
export function SearchShortcut({ target }: { target: string }) {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
      const active = event.target as HTMLElement | null;
      if (active?.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"]')) return;
      const box = document.getElementById(target);
      if (!box) return;
      event.preventDefault();
      box.focus();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [target]);
  return null;
}
