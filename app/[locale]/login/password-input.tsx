'use client';

import { useState } from 'react';
import { useTranslations } from 'next-intl';

// A masked password field that its owner may unmask to check what they typed (ASVS 5.0 V6.2.6).
// Paste and password managers work as with any password field.
export function PasswordInput({
  id,
  name,
  autoComplete,
  invalid,
  describedBy,
}: {
  id: string;
  name: string;
  autoComplete: 'current-password' | 'new-password';
  invalid: boolean;
  describedBy: string;
}) {
  const t = useTranslations('staff.password');
  const [shown, setShown] = useState(false);
  return (
    <div className="mt-1 flex gap-2">
      <input
        id={id}
        name={name}
        type={shown ? 'text' : 'password'}
        autoComplete={autoComplete}
        aria-invalid={invalid}
        aria-describedby={describedBy}
        spellCheck={false}
        autoCapitalize="none"
        className="block w-full min-w-0 rounded-md border border-slate-300 bg-white px-3 py-2 text-base aria-[invalid=true]:border-red-600"
      />
      <button
        type="button"
        onClick={() => setShown(!shown)}
        aria-pressed={shown}
        aria-controls={id}
        className="shrink-0 rounded-md border border-slate-300 bg-white px-3 text-sm hover:bg-slate-100"
      >
        {t('show')}
      </button>
    </div>
  );
}
