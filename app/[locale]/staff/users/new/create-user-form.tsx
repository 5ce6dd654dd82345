'use client';

import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { IDLE } from '@/lib/validation/form-state';
import { createUserAction } from '../actions';
import {
  buttonClass,
  FieldError,
  inputClass,
  PasswordField,
  RoleAndCitiesFields,
  UserFormStatus,
  type CityOption,
} from '../form-parts';

export function CreateUserForm({ cities }: { cities: CityOption[] }) {
  const t = useTranslations('staff.users');
  const [state, action, pending] = useActionState(createUserAction, IDLE);
  const key = JSON.stringify(state.values ?? {});
  const value = (name: string) => state.values?.[name] as string | undefined;
  return (
    <form action={action} noValidate className="space-y-4 rounded-lg border border-slate-200 bg-white p-5">
      <UserFormStatus state={state} saved="" />
      <div key={`email-${key}`}>
        <label htmlFor="new-email" className="text-sm font-medium text-slate-700">
          {t('email')}
        </label>
        <input
          id="new-email"
          name="email"
          type="email"
          autoComplete="off"
          defaultValue={value('email')}
          aria-invalid={Boolean(state.errors?.email)}
          aria-describedby="new-email-error"
          className={inputClass}
        />
        <FieldError id="new-email-error" errors={state.errors?.email} />
      </div>
      <div key={`name-${key}`}>
        <label htmlFor="new-name" className="text-sm font-medium text-slate-700">
          {t('displayName')}
        </label>
        <input
          id="new-name"
          name="displayName"
          autoComplete="off"
          defaultValue={value('displayName')}
          aria-invalid={Boolean(state.errors?.displayName)}
          aria-describedby="new-name-error"
          className={inputClass}
        />
        <FieldError id="new-name-error" errors={state.errors?.displayName} />
      </div>
      <RoleAndCitiesFields state={state} cities={cities} defaults={{ role: 'editor', cityCodes: [] }} idPrefix="new" />
      <PasswordField errors={state.errors?.password} id="new-password" label={t('initialPassword')} />
      <button type="submit" disabled={pending} className={buttonClass}>
        {t('create')}
      </button>
    </form>
  );
}
