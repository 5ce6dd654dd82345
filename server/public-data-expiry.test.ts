import { describe, expect, it } from 'vitest';
import { sharedExpiry } from './public-data-expiry';

function controlledSends() {
  const sends: { resolve: () => void; reject: (e: Error) => void }[] = [];
  const send = () => new Promise<void>((resolve, reject) => sends.push({ resolve, reject }));
  return { sends, send };
}

const nextTurn = () => new Promise((r) => setImmediate(r));

describe('sharedExpiry', () => {
  it('lets the writes of one turn share an expiry, and makes later ones wait for the next', async () => {
    const { sends, send } = controlledSends();
    const expire = sharedExpiry(send);
    const settled: string[] = [];
    const first = expire().then(() => settled.push('first'));
    const sameTurn = expire().then(() => settled.push('same turn'));
    expect(sends).toHaveLength(1);
    await nextTurn();
    const later = expire().then(() => settled.push('later'));
    const laterStill = expire().then(() => settled.push('later still'));
    expect(sends).toHaveLength(1);
    sends[0].resolve();
    await Promise.all([first, sameTurn]);
    await nextTurn();
    // The first expiry was sent before the later writes: they wait for one of their own.
    expect(settled).toEqual(['first', 'same turn']);
    expect(sends).toHaveLength(2);
    sends[1].resolve();
    await Promise.all([later, laterStill]);
    expect(settled).toEqual(['first', 'same turn', 'later', 'later still']);
  });

  it('passes a failure to the writes that waited for it, and starts afresh afterwards', async () => {
    const { sends, send } = controlledSends();
    const expire = sharedExpiry(send);
    const first = expire();
    await nextTurn();
    const second = expire();
    sends[0].reject(new Error('down'));
    await expect(first).rejects.toThrow('down');
    await nextTurn();
    sends[1].resolve();
    await expect(second).resolves.toBeUndefined();
    await nextTurn();
    const third = expire();
    expect(sends).toHaveLength(3);
    sends[2].resolve();
    await expect(third).resolves.toBeUndefined();
  });
});
