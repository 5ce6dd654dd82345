'use client';

import { useEffect, useRef } from 'react';
import { useTranslations } from 'next-intl';
import { isRefusal, type FormStatus as Status } from '@/lib/validation/form-state';

// A form's outcome, announced: what was saved, or why nothing was (field errors show at the
// fields). `children` is the form's sentence for the outcome; none, nothing shows. A refused
// submit re-renders the form and leaves the focus on <body>, so the refusal takes it: keyboard
// and screen-reader users go on from what to correct. A new `state` is a new submit, even with
// the same status.
export function FormStatus({
  state,
  id,
  children,
}: {
  state: { status: Status };
  id?: string;
  children?: React.ReactNode;
}) {
  const alert = useRef<HTMLDivElement>(null);
  const refused = isRefusal(state.status) && Boolean(children);
  useEffect(() => {
    if (refused) alert.current?.focus();
  }, [state, refused]);
  return (
    <div id={id} aria-live="polite">
      {state.status === 'saved' && children && (
        <div role="status" className="rounded-md border border-green-300 bg-green-50 px-3 py-2 text-sm text-green-900">
          {children}
        </div>
      )}
      {refused && (
        <div
          ref={alert}
          role="alert"
          tabIndex={-1}
          className="space-y-1 rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-800"
        >
          {children}
        </div>
      )}
    </div>
  );
}

// The outcome of a form that edits a record, in the words of `editing.form`.
export function RecordFormStatus({ state }: { state: { status: Status } }) {
  const t = useTranslations('editing.form');
  return <FormStatus state={state}>{t.has(state.status) ? t(state.status as 'saved') : null}</FormStatus>;
}
