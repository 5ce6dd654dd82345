import { currentReadScope } from '@/db/accounts/current-read-scope';
import { HomeContent } from './home-content';

// Signed-out readers are sent to the cached copy of this page (proxy.ts); staff read it here.
export default async function HomePage() {
  return <HomeContent scope={await currentReadScope()} />;
}
