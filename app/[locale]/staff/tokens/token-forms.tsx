'use client';

import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { FormStatus } from '@/components/form-status';
import { IDLE, type FormState } from '@/lib/validation/form-state';
import { createTokenAction } from './actions';

const button = 'rounded-md bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-900 disabled:opacity-60';

// Why a token form was refused; its success shows in the page.
function TokenFormStatus({ state }: { state: FormState<unknown> }) {
  const t = useTranslations('staff.tokens.errors');
  return <FormStatus state={state}>{t.has(state.status) ? t(state.status as 'invalid') : null}</FormStatus>;
}

export function CreateTokenForm() {
  const t = useTranslations('staff.tokens');
  const [state, action, pending] = useActionState<FormState<string>, FormData>(createTokenAction, IDLE);
  const label = state.values?.label as string | undefined;
  const labelError = state.errors?.label?.[0];
  return (
    <form
      action={action}
      noValidate
      aria-labelledby="create-token-heading"
      className="space-y-3 rounded-lg border border-slate-200 bg-white p-5"
    >
      <h2 id="create-token-heading" className="text-lg font-semibold">
        {t('createHeading')}
      </h2>
      <div aria-live="polite">
        {state.result && (
          <div className="space-y-2 rounded-md border border-green-300 bg-green-50 p-3 text-sm">
            <p className="font-medium text-green-900">{t('createdOnce', { label: label ?? '' })}</p>
            <label htmlFor="new-token" className="block text-slate-700">
              {t('tokenValue')}
            </label>
            <input
              id="new-token"
              readOnly
              value={state.result}
              onFocus={(e) => e.currentTarget.select()}
              className="block w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 font-mono text-sm"
            />
            <p className="text-slate-700">{t('usage')}</p>
          </div>
        )}
      </div>
      <TokenFormStatus state={state} />
      <div>
        <label htmlFor="token-label" className="text-sm font-medium text-slate-700">
          {t('label')}
        </label>
        <input
          key={state.result ?? label}
          id="token-label"
          name="label"
          maxLength={200}
          defaultValue={state.result ? '' : label}
          aria-invalid={Boolean(labelError)}
          aria-describedby="token-label-hint token-label-error"
          className="mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-base aria-[invalid=true]:border-red-600"
        />
        <p id="token-label-hint" className="mt-1 text-sm text-slate-600">
          {t('labelHint')}
        </p>
        <p id="token-label-error" aria-live="polite" className="mt-1 text-sm text-red-700">
          {labelError && t(`errors.${labelError}` as 'errors.labelRequired')}
        </p>
      </div>
      <button type="submit" disabled={pending} className={button}>
        {t('create')}
      </button>
    </form>
  );
}

export function RevokeTokenForm({
  action,
  label,
}: {
  action: (previous: FormState) => Promise<FormState>;
  label: string;
}) {
  const t = useTranslations('staff.tokens');
  const [state, formAction, pending] = useActionState(action, IDLE);
  return (
    <form action={formAction}>
      <button
        type="submit"
        disabled={pending}
        aria-label={t('revokeLabel', { label })}
        className="rounded-md border border-red-300 bg-white px-3 py-1.5 text-sm font-medium text-red-800 hover:bg-red-50 disabled:opacity-60"
      >
        {t('revoke')}
      </button>
      <TokenFormStatus state={state} />
    </form>
  );
}
