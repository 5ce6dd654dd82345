'use client';

import { useActionState } from 'react';
import { IDLE, type FormState } from '@/lib/validation/form-state';
import { RecordFormStatus } from './form-status';

// A form that is hidden fields and a button (mark a milestone met, publish a file, delete a
// record): when it works the page shows the change; when it is refused, this says why.
export function ActionForm({
  action,
  className,
  children,
}: {
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  className?: string;
  children: React.ReactNode;
}) {
  const [state, submit] = useActionState(action, IDLE);
  return (
    <form action={submit} className={className}>
      {children}
      <RecordFormStatus state={state.status === 'saved' ? IDLE : state} />
    </form>
  );
}
