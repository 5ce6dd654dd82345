export function securityHeaders(isProduction: boolean): { key: string; value: string }[];
