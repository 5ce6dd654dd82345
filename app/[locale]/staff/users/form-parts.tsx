'use client';

import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { FormStatus } from '@/components/form-status';
import { ROLES } from '@/lib/enums';
import { IDLE, type FormState } from '@/lib/validation/form-state';
import { PasswordInput } from '@/app/[locale]/login/password-input';

export type CityOption = { code: string; name: string };

export const inputClass =
  'mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-base aria-[invalid=true]:border-red-600';
export const buttonClass =
  'rounded-md bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-900 disabled:opacity-60';

const PASSWORD_POLICY_KEYS = ['tooShort', 'tooLong', 'common', 'context'];

// The error under a field, announced when it appears; the field points at it with aria-describedby.
export function FieldError({ id, errors }: { id: string; errors?: string[] }) {
  const t = useTranslations('staff');
  const sentence = (key: string) =>
    t((PASSWORD_POLICY_KEYS.includes(key) ? `password.${key}` : `errors.${key}`) as 'password.common');
  return (
    <p id={id} aria-live="polite" className="mt-1 text-sm text-red-700">
      {errors?.map(sentence).join(' ')}
    </p>
  );
}

// A user or account form's outcome: `saved` when it worked, else why not, in the words of
// staff.errors (field errors show at the fields).
export function UserFormStatus({ state, saved }: { state: FormState; saved: string }) {
  const t = useTranslations('staff.errors');
  return (
    <FormStatus state={state}>
      {state.status === 'saved' ? saved : t.has(state.status) ? t(state.status as 'invalid') : null}
    </FormStatus>
  );
}

export function RoleAndCitiesFields({
  state,
  cities,
  defaults,
  idPrefix,
}: {
  state: FormState;
  cities: CityOption[];
  defaults: { role: string; cityCodes: string[] };
  idPrefix: string;
}) {
  const t = useTranslations('staff');
  const role = (state.values?.role as string | undefined) ?? defaults.role;
  const chosen = new Set((state.values?.cityCodes as string[] | undefined) ?? defaults.cityCodes);
  // A new key after each submit resets the uncontrolled fields to what was just sent.
  const key = JSON.stringify(state.values ?? defaults);
  return (
    <>
      <div key={`role-${key}`}>
        <label htmlFor={`${idPrefix}-role`} className="text-sm font-medium text-slate-700">
          {t('users.role')}
        </label>
        <select
          id={`${idPrefix}-role`}
          name="role"
          defaultValue={role}
          aria-invalid={Boolean(state.errors?.role)}
          aria-describedby={`${idPrefix}-role-error`}
          className={inputClass}
        >
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {t(`roles.${r}`)}
            </option>
          ))}
        </select>
        <FieldError id={`${idPrefix}-role-error`} errors={state.errors?.role} />
      </div>
      <fieldset key={`cities-${key}`} aria-describedby={`${idPrefix}-cities-hint ${idPrefix}-cities-error`}>
        <legend className="text-sm font-medium text-slate-700">{t('users.cities')}</legend>
        <p id={`${idPrefix}-cities-hint`} className="text-sm text-slate-600">
          {t('users.citiesHint')}
        </p>
        <div className="mt-1 grid grid-cols-2 gap-1 sm:grid-cols-4">
          {cities.map((c) => (
            <label key={c.code} className="flex items-center gap-2 py-1 text-sm">
              <input
                type="checkbox"
                name="cityCodes"
                value={c.code}
                defaultChecked={chosen.has(c.code)}
                className="h-4 w-4"
              />
              {c.name}
            </label>
          ))}
        </div>
        <FieldError id={`${idPrefix}-cities-error`} errors={state.errors?.cityCodes} />
      </fieldset>
    </>
  );
}

// A new password, with the policy stated up front.
export function PasswordField({
  errors,
  id,
  name = 'password',
  label,
}: {
  errors?: string[];
  id: string;
  name?: string;
  label: string;
}) {
  const t = useTranslations('staff.password');
  return (
    <div>
      <label htmlFor={id} className="text-sm font-medium text-slate-700">
        {label}
      </label>
      <PasswordInput
        id={id}
        name={name}
        autoComplete="new-password"
        invalid={Boolean(errors)}
        describedBy={`${id}-hint ${id}-error`}
      />
      <p id={`${id}-hint`} className="mt-1 text-sm text-slate-600">
        {t('hint')}
      </p>
      <FieldError id={`${id}-error`} errors={errors} />
    </div>
  );
}

// A form that is one button: disable or enable the account, end the user's sessions.
export function ButtonForm({
  action,
  heading,
  help,
  button,
  saved,
  danger = false,
}: {
  action: (previous: FormState) => Promise<FormState>;
  heading: string;
  help: string;
  button: string;
  saved: string;
  danger?: boolean;
}) {
  const [state, formAction, pending] = useActionState(action, IDLE);
  return (
    <form
      action={formAction}
      aria-label={heading}
      className="space-y-3 rounded-lg border border-slate-200 bg-white p-5"
    >
      <h2 className="text-lg font-semibold">{heading}</h2>
      <p className="text-sm text-slate-600">{help}</p>
      <UserFormStatus state={state} saved={saved} />
      <button
        type="submit"
        disabled={pending}
        className={
          danger
            ? 'rounded-md bg-red-700 px-4 py-2 font-medium text-white hover:bg-red-800 disabled:opacity-60'
            : buttonClass
        }
      >
        {button}
      </button>
    </form>
  );
}
