import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { TokenList } from '@/app/[locale]/staff/tokens/token-list';
import { fetchUserApiTokens } from '@/db/accounts/api-token-queries';
import { fetchUser } from '@/db/accounts/user-queries';
import { requireUser } from '@/db/accounts/current-user';
import { can } from '@/lib/auth/permissions';
import {
  endSessionsAction,
  resetPasswordAction,
  resetSecondFactorAction,
  revokeUserTokenAction,
  setDisabledAction,
  updateAccessAction,
} from '../actions';
import { cityOptions } from '../city-options';
import { NotAllowed } from '../not-allowed';
import { ButtonForm } from '../form-parts';
import { AccessForm, ResetPasswordForm } from './user-forms';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('staff.users'))('title') };
}

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function UserPage({ params, searchParams }: Props) {
  const [{ id }, query, actor, t, locale] = await Promise.all([
    params,
    searchParams,
    requireUser(),
    getTranslations('staff'),
    getLocale(),
  ]);
  if (!can(actor, 'manage_users')) return <NotAllowed />;
  const userId = /^\d{1,9}$/.test(id) ? Number(id) : NaN;
  const user = Number.isSafeInteger(userId) ? fetchUser(actor, userId) : null;
  if (!user) notFound();
  const self = user.id === actor.id;
  return (
    <div className="max-w-2xl space-y-4">
      <Link href="/staff/users" className="text-sm text-brand-700 underline">
        {t('users.backToList')}
      </Link>
      <h1 className="text-2xl font-semibold">{user.displayName}</h1>
      {query.created === '1' && (
        <p role="status" className="rounded-md border border-green-300 bg-green-50 px-3 py-2 text-sm text-green-800">
          {t('users.created')}
        </p>
      )}
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
        <dt className="text-slate-600">{t('users.email')}</dt>
        <dd className="break-all">{user.email}</dd>
        <dt className="text-slate-600">{t('users.status')}</dt>
        <dd aria-live="polite">{user.disabled ? t('users.disabled') : t('users.active')}</dd>
        <dt className="text-slate-600">{t('users.secondFactor')}</dt>
        <dd aria-live="polite">{user.secondFactor ? t('users.secondFactorOn') : t('users.secondFactorOff')}</dd>
      </dl>
      {self && <p className="text-sm text-slate-600">{t('users.selfNote')}</p>}
      <AccessForm
        action={updateAccessAction.bind(null, user.id)}
        cities={cityOptions(locale)}
        defaults={{ role: user.role, cityCodes: user.cityCodes }}
      />
      <ResetPasswordForm action={resetPasswordAction.bind(null, user.id)} />
      <ButtonForm
        action={resetSecondFactorAction.bind(null, user.id)}
        heading={t('users.resetSecondFactorHeading')}
        help={t('users.resetSecondFactorHelp')}
        button={t('users.resetSecondFactor')}
        saved={t('users.secondFactorReset')}
        danger
      />
      {!self && (
        <ButtonForm
          action={setDisabledAction.bind(null, user.id, !user.disabled)}
          heading={t('users.statusHeading')}
          help={user.disabled ? t('users.disabledHelp') : t('users.disableHelp')}
          button={user.disabled ? t('users.enable') : t('users.disable')}
          saved={t('users.statusChanged')}
          danger={!user.disabled}
        />
      )}
      {!self && !user.disabled && (
        <ButtonForm
          action={endSessionsAction.bind(null, user.id)}
          heading={t('users.endSessionsHeading')}
          help={t('users.endSessionsHelp')}
          button={t('users.endSessions')}
          saved={t('users.sessionsEnded')}
        />
      )}
      <TokenList
        tokens={fetchUserApiTokens(actor, user.id) ?? []}
        heading={t('users.tokensHeading')}
        headingId="user-tokens"
        help={t('users.tokensHelp')}
        empty={t('users.tokensEmpty')}
        revokeAction={(tokenId) => revokeUserTokenAction.bind(null, user.id, tokenId)}
      />
    </div>
  );
}
