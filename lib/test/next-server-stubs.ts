// Stand in for 'next/cache' and 'next/navigation' when a test calls a server action directly,
// outside a request:
//   vi.mock('next/cache', () => import('@/lib/test/next-server-stubs'));
//   vi.mock('next/navigation', () => import('@/lib/test/next-server-stubs'));
// redirect() ends the action by throwing, as Next's does; tests catch it as "redirected to".
export class Redirected extends Error {
  constructor(readonly url: string) {
    super(`redirect to ${url}`);
  }
}

export function redirect(url: string): never {
  throw new Redirected(url);
}

export function revalidatePath(): void {}
export function revalidateTag(): void {}

// The action's result, or where it redirected: a redirect is how several actions report success.
export async function outcome<T>(run: () => Promise<T>): Promise<T | { redirected: string }> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof Redirected) return { redirected: error.url };
    throw error;
  }
}
