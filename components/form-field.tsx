'use client';

import { useTranslations } from 'next-intl';

export const inputClass =
  'mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-base aria-[invalid=true]:border-red-600';

export type FieldControlProps = { id: string; name: string; 'aria-invalid': boolean; 'aria-describedby': string };

// A labelled control with its error right below it, announced when it appears.
export function FormField({
  name,
  label,
  hint,
  errors,
  children,
}: {
  name: string;
  label: string;
  hint?: string;
  errors?: string[];
  children: (props: FieldControlProps) => React.ReactNode;
}) {
  const t = useTranslations('editing.errors');
  const id = `field-${name}`;
  return (
    <div>
      <label htmlFor={id} className="text-sm font-medium text-slate-700">
        {label}
      </label>
      {hint && (
        <p id={`${id}-hint`} className="text-xs text-slate-500">
          {hint}
        </p>
      )}
      {children({
        id,
        name,
        'aria-invalid': Boolean(errors?.length),
        'aria-describedby': `${id}-error${hint ? ` ${id}-hint` : ''}`,
      })}
      <p id={`${id}-error`} aria-live="polite" className="mt-1 text-sm text-red-700">
        {errors?.map((key) => (t.has(key) ? t(key as 'required') : key)).join(' ')}
      </p>
    </div>
  );
}

export function CheckboxGroup({
  name,
  legend,
  options,
  checked,
  errors,
}: {
  name: string;
  legend: string;
  options: { value: string; label: string }[];
  checked: string[];
  errors?: string[];
}) {
  const t = useTranslations('editing.errors');
  return (
    <fieldset aria-describedby={`field-${name}-error`} aria-invalid={Boolean(errors?.length)}>
      <legend className="text-sm font-medium text-slate-700">{legend}</legend>
      <div className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
        {options.map((o) => (
          <label key={o.value} className="flex items-center gap-1.5 text-sm">
            <input
              type="checkbox"
              name={name}
              value={o.value}
              defaultChecked={checked.includes(o.value)}
              className="h-4 w-4"
            />
            {o.label}
          </label>
        ))}
      </div>
      <p id={`field-${name}-error`} aria-live="polite" className="mt-1 text-sm text-red-700">
        {errors?.map((k) => (t.has(k) ? t(k as 'required') : k)).join(' ')}
      </p>
    </fieldset>
  );
}
