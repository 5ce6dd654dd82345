import 'server-only';
import type { ReadScope } from '@/db/core/read-scope';
import { getCurrentUser } from './current-user';
import { can } from '@/lib/auth/permissions';

// What the person making this request may read: signed-in staff and officials read internally
// (drafts, internal notes); everyone else reads what is published.
export async function currentReadScope(): Promise<ReadScope> {
  return can(await getCurrentUser(), 'read_internal') ? 'internal' : 'public';
}
