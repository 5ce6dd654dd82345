import { randomBytes } from 'node:crypto';
import http from 'node:http';
import { EXPIRE_PUBLIC_DATA_PATH, INTERNAL_SECRET_ENV, INTERNAL_SECRET_HEADER } from '@/lib/internal-secret';
import { sharedExpiry } from './public-data-expiry';
import { isUnsupportedMethod, refuseMethod } from './unsupported-method';

// The app's production server: Next for everything, except API project updates sent with a
// token, which go straight to the data layer (server/direct-project-writes.ts), and the methods
// Next cannot take (server/unsupported-method.ts). Started by
// `npm start`, the browser tests, the benchmark and the reliability tests (lib/server-command.ts).
// PORT and HOST as for `next start`.

const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST;
const secret = randomBytes(32).toString('hex');
process.env[INTERNAL_SECRET_ENV] = secret;

const { default: next } = await import('next');
const app = next({ dev: false, port });
await app.prepare();
// Imported once Next is prepared: it sets up the server environment (its async context among
// it) that the modules this one imports from Next expect.
const { answerProjectWrite, directProjectWrite } = await import('./direct-project-writes');
const handle = app.getRequestHandler();

// This server asks itself: on loopback unless it listens on one address only.
const selfHost = !host || host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host.includes(':') ? `[${host}]` : host;
const expirePublicData = sharedExpiry(async () => {
  const response = await fetch(`http://${selfHost}:${port}${EXPIRE_PUBLIC_DATA_PATH}`, {
    method: 'POST',
    headers: { [INTERNAL_SECRET_HEADER]: secret },
  });
  if (response.status !== 204) {
    await response.body?.cancel();
    throw new Error(`expiring the cached public pages answered ${response.status}`);
  }
});

const server = http.createServer((request, response) => {
  if (isUnsupportedMethod(request)) return refuseMethod(response);
  const code = directProjectWrite(request);
  if (code === null) void handle(request, response);
  else void answerProjectWrite(code, request, response, expirePublicData);
});
server.listen(port, host, () => console.log(`ready on http://${host ?? 'localhost'}:${port}`));

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    server.close(() => process.exit(0));
    server.closeAllConnections();
  });
}
