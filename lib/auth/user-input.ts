import { z } from 'zod';
import { ROLES } from '@/lib/enums';
import { passwordSchema } from './password';

// What an admin types about a user. Messages are keys under staff.users.errors (and
// staff.password for the password), translated by the form.
const cityCodes = z.array(z.string().regex(/^\d{6}$/, 'cityUnknown')).max(20, 'cityUnknown');

export const userAccessSchema = z.object({
  role: z.enum(ROLES, 'roleInvalid'),
  cityCodes,
});

export const newUserSchema = userAccessSchema.extend({
  email: z.string().trim().toLowerCase().max(254, 'emailInvalid').pipe(z.email('emailInvalid')),
  displayName: z.string().trim().min(1, 'nameRequired').max(100, 'nameTooLong'),
  password: passwordSchema,
});

export const resetPasswordSchema = z.object({ password: passwordSchema });

export const changePasswordSchema = z
  .object({
    currentPassword: z.string().min(1, 'currentRequired').max(1024, 'currentWrong'),
    newPassword: passwordSchema,
  })
  .refine((p) => p.newPassword !== p.currentPassword, { path: ['newPassword'], message: 'sameAsCurrent' });

export const apiTokenLabelSchema = z.string().trim().min(1, 'labelRequired').max(80, 'labelTooLong');

export type NewUserInput = z.input<typeof newUserSchema>;
export type UserAccessInput = z.input<typeof userAccessSchema>;

// Field → first message key, the shape every form here shows.
export type FieldErrors = Record<string, string | undefined>;

export function firstFieldErrors(error: z.ZodError): FieldErrors {
  const fields = z.flattenError(error).fieldErrors as Record<string, string[] | undefined>;
  return Object.fromEntries(Object.entries(fields).map(([field, messages]) => [field, messages?.[0]]));
}
