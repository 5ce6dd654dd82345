import type { IncomingMessage, ServerResponse } from 'node:http';
import { securityHeaders } from '@/lib/security-headers.js';

// Next turns every request into a fetch Request, and fetch refuses these methods (CONNECT never
// reaches a request handler): Next answered a TRACE with 500 before any of the app's code, its
// proxy included, could run. So only this server can refuse them; `next start` alone cannot.
const FETCH_FORBIDDEN_METHODS = new Set(['CONNECT', 'TRACE', 'TRACK']);
const HEADERS = Object.fromEntries(securityHeaders(true).map((h) => [h.key, h.value]));

export function isUnsupportedMethod(request: IncomingMessage): boolean {
  return FETCH_FORBIDDEN_METHODS.has((request.method ?? '').toUpperCase());
}

export function refuseMethod(response: ServerResponse): void {
  response.writeHead(405, {
    ...HEADERS,
    Allow: 'GET, HEAD, OPTIONS, POST, PATCH',
    'Content-Type': 'text/plain; charset=utf-8',
  });
  response.end('Method Not Allowed.\n');
}
