import { describe, expect, it } from 'vitest';
import { sharedExpiry } from './public-data-expiry';

function controlledSends() {
  const sends: { resolve: () => void; reject: (e: Error) => void }[] = [];
  const send = () => new Promise<void>((resolve, reject) => sends.push({ resolve, reject }));
  return { sends, send };
}

const tick = () => new Promise((r) => setTimeout(r, 0));

describe('sharedExpiry', () => {
  it('starts one expiry, and makes writes that come while it runs wait for the next one', async () => {
    const { sends, send } = controlledSends();
    const expire = sharedExpiry(send);
    const first = expire();
    expect(sends).toHaveLength(1);
    const settled: string[] = [];
    const second = expire().then(() => settled.push('second'));
    const third = expire().then(() => settled.push('third'));
    expect(sends).toHaveLength(1);
    sends[0].resolve();
    await first;
    await tick();
    // The first expiry began before the second and third writes: they wait for a new one.
    expect(settled).toEqual([]);
    expect(sends).toHaveLength(2);
    sends[1].resolve();
    await Promise.all([second, third]);
    expect(settled).toEqual(['second', 'third']);
  });

  it('passes a failure to the writes that waited for it, and starts afresh afterwards', async () => {
    const { sends, send } = controlledSends();
    const expire = sharedExpiry(send);
    const first = expire();
    const second = expire();
    sends[0].reject(new Error('down'));
    await expect(first).rejects.toThrow('down');
    await tick();
    sends[1].resolve();
    await expect(second).resolves.toBeUndefined();
    const third = expire();
    expect(sends).toHaveLength(3);
    sends[2].resolve();
    await expect(third).resolves.toBeUndefined();
  });
});
