'use client';

import Link from 'next/link';
import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { FormStatus } from '@/components/form-status';
import { IDLE } from '@/lib/validation/form-state';
import { submitCodeAction } from './actions';

// The 6-digit code form of /login/verify and /login/enrol: a numeric one-time-code field that
// phones fill from the authenticator and password managers recognise.
export function CodeForm({ next, submitLabel }: { next: string; submitLabel: 'submit' | 'enrolSubmit' }) {
  const t = useTranslations('staff.login.secondFactor');
  const [state, action, pending] = useActionState(submitCodeAction, IDLE);
  const codeError = state.errors?.code?.map((key) => t(key as 'codeWrong')).join(' ');
  return (
    <form
      action={action}
      noValidate
      className="space-y-4 rounded-lg border border-slate-200 bg-white p-5"
      aria-describedby="code-message"
    >
      <input type="hidden" name="next" value={next} />
      <FormStatus state={state} id="code-message">
        {(state.status === 'expired' || state.status === 'throttled') && (
          <>
            <p>{t(state.status)}</p>
            <p>
              <Link href={`/login?next=${encodeURIComponent(next)}`} className="underline">
                {t('startAgain')}
              </Link>
            </p>
          </>
        )}
      </FormStatus>
      <div>
        <label htmlFor="code" className="text-sm font-medium text-slate-700">
          {t('code')}
        </label>
        <input
          id="code"
          name="code"
          type="text"
          inputMode="numeric"
          autoComplete="one-time-code"
          pattern="[0-9 ]*"
          maxLength={7}
          required
          autoFocus
          aria-invalid={Boolean(codeError)}
          aria-describedby="code-help code-error"
          className="mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-base tracking-widest aria-[invalid=true]:border-red-600"
        />
        <p id="code-help" className="mt-1 text-sm text-slate-600">
          {t('codeHelp')}
        </p>
        <p id="code-error" aria-live="polite" className="mt-1 text-sm text-red-700">
          {codeError}
        </p>
      </div>
      <button
        type="submit"
        disabled={pending}
        className="w-full rounded-md bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-900 disabled:opacity-60"
      >
        {pending ? t('checking') : t(submitLabel)}
      </button>
    </form>
  );
}
