'use client';

import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { PasswordInput } from '@/app/[locale]/login/password-input';
import { IDLE } from '@/lib/validation/form-state';
import { buttonClass, FieldError, PasswordField, UserFormStatus } from '../users/form-parts';
import { changePasswordAction, endOtherSessionsAction } from './actions';

function CurrentPasswordField({ id, errors }: { id: string; errors?: string[] }) {
  const t = useTranslations('staff.account');
  return (
    <div>
      <label htmlFor={id} className="text-sm font-medium text-slate-700">
        {t('currentPassword')}
      </label>
      <PasswordInput
        id={id}
        name="currentPassword"
        autoComplete="current-password"
        invalid={Boolean(errors)}
        describedBy={`${id}-error`}
      />
      <FieldError id={`${id}-error`} errors={errors} />
    </div>
  );
}

export function ChangePasswordForm() {
  const t = useTranslations('staff.account');
  const [state, action, pending] = useActionState(changePasswordAction, IDLE);
  return (
    <form
      action={action}
      noValidate
      aria-labelledby="change-password-heading"
      className="space-y-4 rounded-lg border border-slate-200 bg-white p-5"
    >
      <h2 id="change-password-heading" className="text-lg font-semibold">
        {t('changePasswordHeading')}
      </h2>
      <p className="text-sm text-slate-600">{t('changePasswordHelp')}</p>
      <UserFormStatus state={state} saved={t('passwordChanged')} />
      <CurrentPasswordField id="change-current" errors={state.errors?.currentPassword} />
      <PasswordField id="change-new" name="newPassword" label={t('newPassword')} errors={state.errors?.newPassword} />
      <button type="submit" disabled={pending} className={buttonClass}>
        {t('changePassword')}
      </button>
    </form>
  );
}

export function EndOtherSessionsForm() {
  const t = useTranslations('staff.account');
  const [state, action, pending] = useActionState(endOtherSessionsAction, IDLE);
  return (
    <form
      action={action}
      noValidate
      aria-labelledby="end-sessions-heading"
      className="space-y-3 rounded-lg border border-slate-200 bg-white p-5"
    >
      <h2 id="end-sessions-heading" className="text-lg font-semibold">
        {t('endOthersHeading')}
      </h2>
      <p className="text-sm text-slate-600">{t('endOthersHelp')}</p>
      <UserFormStatus state={state} saved={t('othersEnded')} />
      <CurrentPasswordField id="end-current" errors={state.errors?.currentPassword} />
      <button type="submit" disabled={pending} className={buttonClass}>
        {t('endOthers')}
      </button>
    </form>
  );
}
