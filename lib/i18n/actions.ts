'use server';

import { cookies, headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { safeNextPath } from '@/lib/auth/safe-next';
import { LOCALE_COOKIE, toLocale } from './locales';

// The page is then loaded again at the same address: proxy.ts picks the language of every page
// request from this cookie, so the page must be requested anew to come back in the new language.
export async function switchLocale(formData: FormData): Promise<void> {
  const locale = toLocale(String(formData.get('locale') ?? ''));
  const [cookieStore, requestHeaders] = await Promise.all([cookies(), headers()]);
  cookieStore.set(LOCALE_COOKIE, locale, { path: '/', maxAge: 60 * 60 * 24 * 365, sameSite: 'lax' });
  redirect(safeNextPath(pathOnThisSite(requestHeaders.get('referer'), requestHeaders.get('host')), '/'));
}

function pathOnThisSite(referer: string | null, host: string | null): string | null {
  if (!referer) return null;
  try {
    const url = new URL(referer);
    return url.host === host ? url.pathname + url.search : null;
  } catch {
    return null;
  }
}
