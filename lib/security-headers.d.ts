export const CONTENT_SECURITY_POLICY: 'Content-Security-Policy';
export function securityHeaders(isProduction: boolean): { key: string; value: string }[];
