import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { fetchOwnApiTokens } from '@/db/queries/api-tokens';
import { requireUser } from '@/lib/auth/current-user';
import { formatMoment } from '@/lib/format-date';
import { revokeTokenAction } from './actions';
import { CreateTokenForm, RevokeTokenForm } from './token-forms';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('staff.tokens'))('title') };
}

export default async function TokensPage() {
  const [user, t] = await Promise.all([requireUser(), getTranslations('staff.tokens')]);
  const tokens = fetchOwnApiTokens(user);
  return (
    <div className="max-w-3xl space-y-4">
      <h1 className="text-2xl font-semibold">{t('title')}</h1>
      <p className="text-sm text-slate-700">{t('lead')}</p>
      <CreateTokenForm />
      <section aria-labelledby="tokens-heading" className="space-y-2">
        <h2 id="tokens-heading" className="text-lg font-semibold">{t('listHeading')}</h2>
        {tokens.length === 0 ? (
          <p className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-center text-slate-600">{t('empty')}</p>
        ) : (
          <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
            {tokens.map((token) => (
              <li key={token.id} className="flex flex-col gap-2 px-4 py-3 sm:flex-row sm:items-center">
                <div className="min-w-0 flex-1">
                  <p className="break-words font-medium">{token.label}</p>
                  <p className="text-xs text-slate-500">
                    {t('createdAt', { at: formatMoment(token.createdAt) })} · {token.lastUsedAt ? t('lastUsedAt', { at: formatMoment(token.lastUsedAt) }) : t('neverUsed')}
                  </p>
                </div>
                <RevokeTokenForm action={revokeTokenAction.bind(null, token.id)} label={token.label} />
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
