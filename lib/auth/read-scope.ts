import 'server-only';
import type { ReadScope } from '@/db/queries/read-scope';

// What the person making this request may read. Until staff accounts exist everyone reads as
// the public; the staff workspace makes signed-in users read internally.
export async function currentReadScope(): Promise<ReadScope> {
  return 'public';
}
