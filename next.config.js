import createNextIntlPlugin from 'next-intl/plugin';
import { CONTENT_SECURITY_POLICY, securityHeaders as createSecurityHeaders } from './lib/security-headers.js';

const withNextIntl = createNextIntlPlugin('./lib/i18n/request.ts');
const isProduction = process.env.NODE_ENV === 'production';

const securityHeaders = createSecurityHeaders(isProduction);

/** @type {import('next').NextConfig} */
const nextConfig = {
  // better-sqlite3 and argon2 are native addons: load them from node_modules at run time.
  serverExternalPackages: ['better-sqlite3', '@node-rs/argon2'],
  poweredByHeader: false,
  // An ETag is a hash of the whole page, computed again for every response, cached ones too: it
  // was a tenth of the work of serving the cached map (bench/RESULTS.md). Pages are revalidated
  // by the cache (CDN or Next's), not by browsers' conditional requests.
  generateEtags: false,
  experimental: {
    // The largest form is the staff project form: up to 5 evidence files of 10 MB each
    // (db/evidence/check.ts) and under 1 MB of text. At Next's default 1 MB a single phone photo
    // failed before its content was checked. Anything larger is refused with 413 before the action
    // runs; a caller without a session cookie is held to far less by the proxy (lib/refuse-request.ts).
    serverActions: { bodySizeLimit: '51mb' },
    // The proxy (/staff) buffers a copy of the body; above this it would pass a truncated body on.
    proxyClientMaxBodySize: '52mb',
    // Cached public pages stay in memory only. On disk they would outlive the process, and a
    // restart may come with another database (a reset, a restored backup) they do not describe.
    isrFlushToDisk: false,
  },
  async headers() {
    return [
      { source: '/:path*', headers: securityHeaders.filter((h) => h.key !== CONTENT_SECURITY_POLICY) },
      // Evidence files carry their own sandboxing policy (app/evidence/[id]/route.ts): Next puts
      // these headers in place of a route handler's own, so the site's would replace it.
      { source: '/((?!evidence/).*)', headers: securityHeaders.filter((h) => h.key === CONTENT_SECURITY_POLICY) },
    ];
  },
};

export default withNextIntl(nextConfig);
