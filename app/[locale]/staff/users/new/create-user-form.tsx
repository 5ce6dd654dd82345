'use client';

import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { createUserAction, type UserFormState } from '../actions';
import {
  buttonClass,
  FieldError,
  FormStatus,
  inputClass,
  PasswordField,
  RoleAndCitiesFields,
  type CityOption,
} from '../form-parts';

export function CreateUserForm({ cities }: { cities: CityOption[] }) {
  const t = useTranslations('staff.users');
  const [state, action, pending] = useActionState<UserFormState, FormData>(createUserAction, {});
  const key = JSON.stringify(state.values ?? {});
  return (
    <form action={action} noValidate className="space-y-4 rounded-lg border border-slate-200 bg-white p-5">
      <FormStatus state={state} saved="" />
      <div key={`email-${key}`}>
        <label htmlFor="new-email" className="text-sm font-medium text-slate-700">
          {t('email')}
        </label>
        <input
          id="new-email"
          name="email"
          type="email"
          autoComplete="off"
          defaultValue={state.values?.email}
          aria-invalid={Boolean(state.fieldErrors?.email)}
          aria-describedby="new-email-error"
          className={inputClass}
        />
        <FieldError id="new-email-error" message={state.fieldErrors?.email} />
      </div>
      <div key={`name-${key}`}>
        <label htmlFor="new-name" className="text-sm font-medium text-slate-700">
          {t('displayName')}
        </label>
        <input
          id="new-name"
          name="displayName"
          autoComplete="off"
          defaultValue={state.values?.displayName}
          aria-invalid={Boolean(state.fieldErrors?.displayName)}
          aria-describedby="new-name-error"
          className={inputClass}
        />
        <FieldError id="new-name-error" message={state.fieldErrors?.displayName} />
      </div>
      <RoleAndCitiesFields state={state} cities={cities} defaults={{ role: 'editor', cityCodes: [] }} idPrefix="new" />
      <PasswordField error={state.fieldErrors?.password} id="new-password" label={t('initialPassword')} />
      <button type="submit" disabled={pending} className={buttonClass}>
        {t('create')}
      </button>
    </form>
  );
}
