import { getTranslations } from 'next-intl/server';
import type { ApiTokenSummary } from '@/db/accounts/api-token-queries';
import { formatMoment } from '@/lib/format-date';
import type { FormState } from '@/lib/validation/form-state';
import { RevokeTokenForm } from './token-forms';

type RevokeAction = (previous: FormState) => Promise<FormState>;

// A list of API tokens, each with its Revoke button: the user's own in /staff/tokens, and any
// user's for an admin in /staff/users/{id}.
export async function TokenList({
  tokens,
  heading,
  headingId,
  help,
  empty,
  revokeAction,
}: {
  tokens: ApiTokenSummary[];
  heading: string;
  headingId: string;
  help?: string;
  empty: string;
  revokeAction: (tokenId: number) => RevokeAction;
}) {
  const t = await getTranslations('staff.tokens');
  return (
    <section aria-labelledby={headingId} className="space-y-2">
      <h2 id={headingId} className="text-lg font-semibold">
        {heading}
      </h2>
      {help && <p className="text-sm text-slate-600">{help}</p>}
      {tokens.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-center text-slate-600">
          {empty}
        </p>
      ) : (
        <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
          {tokens.map((token) => (
            <li key={token.id} className="flex flex-col gap-2 px-4 py-3 sm:flex-row sm:items-center">
              <div className="min-w-0 flex-1">
                <p className="break-words font-medium">{token.label}</p>
                <p className="text-xs text-slate-500">
                  {t('createdAt', { at: formatMoment(token.createdAt) })} ·{' '}
                  {token.lastUsedAt ? t('lastUsedAt', { at: formatMoment(token.lastUsedAt) }) : t('neverUsed')}
                </p>
              </div>
              <RevokeTokenForm action={revokeAction(token.id)} label={token.label} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
