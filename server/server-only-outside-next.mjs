// The data layer marks its modules 'server-only'; that package throws unless a bundler resolves
// it for the server, as Next does. The app's server (server/serve.ts) loads the data layer
// outside Next's bundle, in a server process, so there it resolves to an empty module.
import { register } from 'node:module';

register(
  'data:text/javascript,' +
    encodeURIComponent(`
export async function resolve(specifier, context, nextResolve) {
  if (specifier === 'server-only') return { url: 'data:text/javascript,', shortCircuit: true };
  return nextResolve(specifier, context);
}`),
);
