import type { Role } from '@/lib/enums';

// Who may do what, as pure functions: the one place the rules live, called by every action,
// route handler and data-layer mutation, and unit-tested over every role × action × city.

export type Actor = {
  id: number;
  role: Role;
  // City codes an editor is limited to; empty means every city.
  cityCodes: string[];
};

export type Action =
  | 'read_internal'
  | 'update_project'
  | 'create_project'
  | 'publish_record'
  | 'edit_record'
  | 'manage_users'
  | 'manage_user_tokens'
  | 'manage_own_tokens'
  // Resetting a project's approved plan: only an admin, or a slip could be made to vanish.
  | 'rebaseline';

// The cities a record touches; a record touching none (circle-wide) needs an unrestricted editor.
export type Scope = { cityCodes: string[] };

function editorCovers(actor: Actor, scope: Scope): boolean {
  if (actor.cityCodes.length === 0) return true;
  if (scope.cityCodes.length === 0) return false;
  return scope.cityCodes.some((code) => actor.cityCodes.includes(code));
}

export function can(actor: Actor | null, action: Action, scope: Scope = { cityCodes: [] }): boolean {
  if (!actor) return false;
  if (actor.role === 'admin') return true;
  switch (action) {
    case 'read_internal':
    case 'manage_own_tokens':
      return true;
    case 'manage_users':
    case 'manage_user_tokens':
    case 'rebaseline':
      return false;
    case 'update_project':
    case 'create_project':
    case 'publish_record':
    case 'edit_record':
      return actor.role === 'editor' && editorCovers(actor, scope);
  }
}

// Whether the actor may change at least one project: who may use the CSV import at all.
export function canUpdateSomeProject(actor: Actor | null): boolean {
  return actor !== null && can(actor, 'update_project', { cityCodes: actor.cityCodes });
}
