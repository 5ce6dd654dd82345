// After a direct write, the cached public pages must be expired before its answer goes out, as
// the route handler does. Expiring is a request to Next (revalidateTag works only inside one), so
// writes share them. A write may join an expiry sent in this same turn of the event loop: Next
// cannot receive that request before a later turn, and writes commit only in turns of their own
// (db/core/group-commit.ts), so whoever joins committed before anything was expired. A
// write that comes later waits for the next expiry, which all such writes share.
export function sharedExpiry(send: () => Promise<void>): () => Promise<void> {
  let running: Promise<void> | null = null;
  let joinable = false;
  let next: Promise<void> | null = null;
  const start = (): Promise<void> => {
    joinable = true;
    setImmediate(() => {
      joinable = false;
    });
    running = send().finally(() => {
      running = null;
    });
    return running;
  };
  return () => {
    if (!running) return start();
    if (joinable) return running;
    next ??= running
      .catch(() => undefined)
      .then(() => {
        next = null;
        return start();
      });
    return next;
  };
}
