'use client';

import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import type { UserFormState } from '../actions';
import { buttonClass, FormStatus, PasswordField, RoleAndCitiesFields, type CityOption } from '../form-parts';

type FormAction = (previous: UserFormState, formData: FormData) => Promise<UserFormState>;

export function AccessForm({ action, cities, defaults }: { action: FormAction; cities: CityOption[]; defaults: { role: string; cityCodes: string[] } }) {
  const t = useTranslations('staff.users');
  const [state, formAction, pending] = useActionState(action, {});
  return (
    <form action={formAction} noValidate aria-labelledby="access-heading" className="space-y-4 rounded-lg border border-slate-200 bg-white p-5">
      <h2 id="access-heading" className="text-lg font-semibold">{t('accessHeading')}</h2>
      <FormStatus state={state} savedKey="saved" />
      <RoleAndCitiesFields state={state} cities={cities} defaults={defaults} idPrefix="access" />
      <button type="submit" disabled={pending} className={buttonClass}>{t('saveAccess')}</button>
    </form>
  );
}

export function ResetPasswordForm({ action }: { action: FormAction }) {
  const t = useTranslations('staff.users');
  const [state, formAction, pending] = useActionState(action, {});
  return (
    <form action={formAction} noValidate aria-labelledby="reset-heading" className="space-y-4 rounded-lg border border-slate-200 bg-white p-5">
      <h2 id="reset-heading" className="text-lg font-semibold">{t('resetHeading')}</h2>
      <p className="text-sm text-slate-600">{t('resetHelp')}</p>
      <FormStatus state={state} savedKey="passwordReset" />
      <PasswordField state={state} id="reset-password" label={t('newPassword')} />
      <button type="submit" disabled={pending} className={buttonClass}>{t('resetPassword')}</button>
    </form>
  );
}

export function StatusForm({ action, disabled }: { action: (previous: UserFormState) => Promise<UserFormState>; disabled: boolean }) {
  const t = useTranslations('staff.users');
  const [state, formAction, pending] = useActionState(action, {});
  return (
    <form action={formAction} aria-labelledby="status-heading" className="space-y-3 rounded-lg border border-slate-200 bg-white p-5">
      <h2 id="status-heading" className="text-lg font-semibold">{t('statusHeading')}</h2>
      <p className="text-sm text-slate-600">{disabled ? t('disabledHelp') : t('disableHelp')}</p>
      <FormStatus state={state} savedKey="statusChanged" />
      <button type="submit" disabled={pending}
        className={disabled ? buttonClass : 'rounded-md bg-red-700 px-4 py-2 font-medium text-white hover:bg-red-800 disabled:opacity-60'}>
        {disabled ? t('enable') : t('disable')}
      </button>
    </form>
  );
}
