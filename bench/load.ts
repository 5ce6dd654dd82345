import autocannon from 'autocannon';

export type LoadResult = { name: string; requests: number; rps: number; p50: number; p95: number; p99: number; non2xx: number; serverErrors: number; errors: number };

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

export function summarize(name: string, latencies: number[], seconds: number, counts: { non2xx: number; serverErrors: number; errors: number }): LoadResult {
  const sorted = [...latencies].sort((a, b) => a - b);
  return {
    name, requests: sorted.length, rps: sorted.length / seconds,
    p50: percentile(sorted, 50), p95: percentile(sorted, 95), p99: percentile(sorted, 99), ...counts,
  };
}

type Request = autocannon.Request;

// Drives one scenario with autocannon and keeps every response time, since autocannon's own
// summary has no 95th percentile.
export async function runLoad(name: string, options: { url: string; seconds: number; connections: number; requests?: Request[]; path?: string }): Promise<LoadResult> {
  const latencies: number[] = [];
  let non2xx = 0;
  let serverErrors = 0;
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon({
      url: options.url + (options.path ?? ''), duration: options.seconds, connections: options.connections,
      requests: options.requests,
    }, (error, finished) => (error ? reject(error) : resolve(finished)));
    instance.on('response', (_client, statusCode, _bytes, responseTime) => {
      latencies.push(responseTime);
      if (statusCode < 200 || statusCode >= 300) non2xx++;
      if (statusCode >= 500) serverErrors++;
    });
  });
  return summarize(name, latencies, result.duration, { non2xx, serverErrors, errors: result.errors });
}
