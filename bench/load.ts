import autocannon from 'autocannon';

export type LoadResult = {
  name: string;
  requests: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  non2xx: number;
  serverErrors: number;
  errors: number;
};

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

export function summarize(
  name: string,
  latencies: number[],
  seconds: number,
  counts: { non2xx: number; serverErrors: number; errors: number },
): LoadResult {
  const sorted = [...latencies].sort((a, b) => a - b);
  return {
    name,
    requests: sorted.length,
    rps: sorted.length / seconds,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    ...counts,
  };
}

type Request = autocannon.Request;

function drive(
  options: { url: string; seconds: number; connections: number; requests?: Request[] },
  onResponse?: (statusCode: number, responseTime: number) => void,
): Promise<autocannon.Result> {
  return new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: options.url,
        duration: options.seconds,
        connections: options.connections,
        requests: options.requests,
      },
      (error, finished) => (error ? reject(error) : resolve(finished)),
    );
    if (onResponse)
      instance.on('response', (_client, statusCode, _bytes, responseTime) => onResponse(statusCode, responseTime));
  });
}

// Drives one scenario with autocannon and keeps every response time, since autocannon's own
// summary has no 95th percentile. A warm-up at the same load comes first and is not counted:
// the figures are for a server in its steady state, as "sustained" means, not for its first
// seconds of compiling code and filling caches. Requests that keep state (writes that follow
// each project's version) get requests of their own for the warm-up, on other projects.
export type Warmup = { seconds: number; requests?: Request[] };

export async function runLoad(
  name: string,
  options: { url: string; seconds: number; connections: number; requests?: Request[]; path?: string; warmup?: Warmup },
): Promise<LoadResult> {
  const url = options.url + (options.path ?? '');
  if (options.warmup)
    await drive({
      url,
      seconds: options.warmup.seconds,
      connections: options.connections,
      requests: options.warmup.requests ?? options.requests,
    });
  const latencies: number[] = [];
  let non2xx = 0;
  let serverErrors = 0;
  const result = await drive(
    { url, seconds: options.seconds, connections: options.connections, requests: options.requests },
    (statusCode, responseTime) => {
      latencies.push(responseTime);
      if (statusCode < 200 || statusCode >= 300) non2xx++;
      if (statusCode >= 500) serverErrors++;
    },
  );
  return summarize(name, latencies, result.duration, { non2xx, serverErrors, errors: result.errors });
}
