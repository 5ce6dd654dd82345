import { NextIntlClientProvider } from 'next-intl';

// Only the areas with translated client components (sign-in and the staff workspace) ship the
// messages and the i18n runtime to the browser; public pages translate on the server alone.
export function ClientMessages({ children }: { children: React.ReactNode }) {
  return <NextIntlClientProvider>{children}</NextIntlClientProvider>;
}
