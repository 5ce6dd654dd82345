// The server (server/serve.ts) and the route it asks to expire cached pages share a secret made
// at start, in this environment variable of their one process.
export const INTERNAL_SECRET_ENV = 'TRACKER_INTERNAL_SECRET';
export const INTERNAL_SECRET_HEADER = 'x-tracker-internal';
export const EXPIRE_PUBLIC_DATA_PATH = '/api/internal/expire-public-data';
