// After a direct write, the cached public pages must be expired before its answer goes out, as
// the route handler does. Expiring is a request to Next (revalidateTag works only inside one), so
// writes share them: a write waits for an expiry that began after its commit, and every write
// committed while one runs waits for the single next one.
export function sharedExpiry(send: () => Promise<void>): () => Promise<void> {
  let running: Promise<void> | null = null;
  let next: Promise<void> | null = null;
  const start = (): Promise<void> => {
    running = send().finally(() => {
      running = null;
    });
    return running;
  };
  return () => {
    if (!running) return start();
    next ??= running.catch(() => undefined).then(() => {
      next = null;
      return start();
    });
    return next;
  };
}
