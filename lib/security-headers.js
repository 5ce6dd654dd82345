// The headers every response carries, added by Next (next.config.js).
// Plain JavaScript, because next.config.js imports it.

// Next's own inline bootstrap scripts need 'unsafe-inline' without per-request nonces; eval is
// never allowed outside the dev server's hot reloader.
function contentSecurityPolicy(isProduction) {
  return [
    "default-src 'self'",
    `script-src 'self' 'unsafe-inline'${isProduction ? '' : " 'unsafe-eval'"}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
    "form-action 'self'",
  ].join('; ');
}

export const CONTENT_SECURITY_POLICY = 'Content-Security-Policy';

export function securityHeaders(isProduction) {
  return [
    { key: CONTENT_SECURITY_POLICY, value: contentSecurityPolicy(isProduction) },
    { key: 'X-Content-Type-Options', value: 'nosniff' },
    { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
    { key: 'X-Frame-Options', value: 'DENY' },
    { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=()' },
    ...(isProduction ? [{ key: 'Strict-Transport-Security', value: 'max-age=31536000; includeSubDomains' }] : []),
  ];
}
