'use client';

import Link from 'next/link';
import type { ReactNode } from 'react';
import { requestPanelFocus } from './panel-focus';

// A project in the list: following it selects the project without scrolling the page away.
export function ProjectListLink({ href, current, children }: { href: string; current: boolean; children: ReactNode }) {
  return (
    <Link
      href={href}
      scroll={false}
      aria-current={current ? 'true' : undefined}
      onClick={(e) => requestPanelFocus(e.currentTarget)}
      className={`flex items-start gap-2.5 rounded-lg px-2.5 py-2 hover:bg-slate-50 ${current ? 'bg-brand-50 ring-2 ring-brand-600' : ''}`}
    >
      {children}
    </Link>
  );
}
