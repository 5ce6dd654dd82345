import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { fetchOwnApiTokens } from '@/db/accounts/api-token-queries';
import { requireUser } from '@/db/accounts/current-user';
import { revokeTokenAction } from './actions';
import { CreateTokenForm } from './token-forms';
import { TokenList } from './token-list';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('staff.tokens'))('title') };
}

export default async function TokensPage() {
  const [user, t] = await Promise.all([requireUser(), getTranslations('staff.tokens')]);
  return (
    <div className="max-w-3xl space-y-4">
      <h1 className="text-2xl font-semibold">{t('title')}</h1>
      <p className="text-sm text-slate-700">{t('lead')}</p>
      <CreateTokenForm />
      <TokenList
        tokens={fetchOwnApiTokens(user)}
        heading={t('listHeading')}
        headingId="tokens-heading"
        empty={t('empty')}
        revokeAction={(tokenId) => revokeTokenAction.bind(null, tokenId)}
      />
    </div>
  );
}
