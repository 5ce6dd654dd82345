'use client';

import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { FormStatus } from '@/components/form-status';
import { IDLE } from '@/lib/validation/form-state';
import { signInAction } from './actions';
import { PasswordInput } from './password-input';

const input =
  'mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-base aria-[invalid=true]:border-red-600';

export function SignInForm({ next }: { next: string }) {
  const t = useTranslations('staff.login');
  const [state, action, pending] = useActionState(signInAction, IDLE);
  const email = (state.values?.email as string | undefined) ?? '';
  const error = (field: string) => state.errors?.[field]?.map((key) => t(key as 'emailRequired')).join(' ');
  return (
    <form
      action={action}
      noValidate
      className="space-y-4 rounded-lg border border-slate-200 bg-white p-5"
      aria-describedby="sign-in-message"
    >
      <input type="hidden" name="next" value={next} />
      <FormStatus state={state} id="sign-in-message">
        {state.status === 'denied' ? t('invalid') : state.status === 'throttled' ? t('throttled') : null}
      </FormStatus>
      <div>
        <label htmlFor="email" className="text-sm font-medium text-slate-700">
          {t('email')}
        </label>
        <input
          id="email"
          name="email"
          type="email"
          autoComplete="username"
          required
          defaultValue={email}
          key={email}
          aria-invalid={Boolean(state.errors?.email)}
          aria-describedby="email-error"
          className={input}
        />
        <p id="email-error" aria-live="polite" className="mt-1 text-sm text-red-700">
          {error('email')}
        </p>
      </div>
      <div>
        <label htmlFor="password" className="text-sm font-medium text-slate-700">
          {t('password')}
        </label>
        <PasswordInput
          id="password"
          name="password"
          autoComplete="current-password"
          invalid={Boolean(state.errors?.password)}
          describedBy="password-error"
        />
        <p id="password-error" aria-live="polite" className="mt-1 text-sm text-red-700">
          {error('password')}
        </p>
      </div>
      <button
        type="submit"
        disabled={pending}
        className="w-full rounded-md bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-900 disabled:opacity-60"
      >
        {pending ? t('signingIn') : t('submit')}
      </button>
    </form>
  );
}
