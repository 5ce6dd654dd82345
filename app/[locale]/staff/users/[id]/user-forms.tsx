'use client';

import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { IDLE, type FormState } from '@/lib/validation/form-state';
import { buttonClass, PasswordField, RoleAndCitiesFields, UserFormStatus, type CityOption } from '../form-parts';

type FormAction = (previous: FormState, formData: FormData) => Promise<FormState>;

export function AccessForm({
  action,
  cities,
  defaults,
}: {
  action: FormAction;
  cities: CityOption[];
  defaults: { role: string; cityCodes: string[] };
}) {
  const t = useTranslations('staff.users');
  const [state, formAction, pending] = useActionState(action, IDLE);
  return (
    <form
      action={formAction}
      noValidate
      aria-labelledby="access-heading"
      className="space-y-4 rounded-lg border border-slate-200 bg-white p-5"
    >
      <h2 id="access-heading" className="text-lg font-semibold">
        {t('accessHeading')}
      </h2>
      <UserFormStatus state={state} saved={t('saved')} />
      <RoleAndCitiesFields state={state} cities={cities} defaults={defaults} idPrefix="access" />
      <button type="submit" disabled={pending} className={buttonClass}>
        {t('saveAccess')}
      </button>
    </form>
  );
}

export function ResetPasswordForm({ action }: { action: FormAction }) {
  const t = useTranslations('staff.users');
  const [state, formAction, pending] = useActionState(action, IDLE);
  return (
    <form
      action={formAction}
      noValidate
      aria-labelledby="reset-heading"
      className="space-y-4 rounded-lg border border-slate-200 bg-white p-5"
    >
      <h2 id="reset-heading" className="text-lg font-semibold">
        {t('resetHeading')}
      </h2>
      <p className="text-sm text-slate-600">{t('resetHelp')}</p>
      <UserFormStatus state={state} saved={t('passwordReset')} />
      <PasswordField errors={state.errors?.password} id="reset-password" label={t('newPassword')} />
      <button type="submit" disabled={pending} className={buttonClass}>
        {t('resetPassword')}
      </button>
    </form>
  );
}
