'use client';

import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { signInAction, type SignInState } from './actions';
import { PasswordInput } from './password-input';

const input =
  'mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-base aria-[invalid=true]:border-red-600';

export function SignInForm({ next }: { next: string }) {
  const t = useTranslations('staff.login');
  const [state, action, pending] = useActionState<SignInState, FormData>(signInAction, { email: '' });
  return (
    <form
      action={action}
      noValidate
      className="space-y-4 rounded-lg border border-slate-200 bg-white p-5"
      aria-describedby="sign-in-message"
    >
      <input type="hidden" name="next" value={next} />
      <div id="sign-in-message" aria-live="polite">
        {state.message && (
          <p role="alert" className="rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-800">
            {t(state.message)}
          </p>
        )}
      </div>
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
          defaultValue={state.email}
          key={state.email}
          aria-invalid={Boolean(state.fieldErrors?.email)}
          aria-describedby="email-error"
          className={input}
        />
        <p id="email-error" aria-live="polite" className="mt-1 text-sm text-red-700">
          {state.fieldErrors?.email && t(state.fieldErrors.email)}
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
          invalid={Boolean(state.fieldErrors?.password)}
          describedBy="password-error"
        />
        <p id="password-error" aria-live="polite" className="mt-1 text-sm text-red-700">
          {state.fieldErrors?.password && t(state.fieldErrors.password)}
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
