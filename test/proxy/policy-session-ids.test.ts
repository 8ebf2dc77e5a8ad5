// @vitest-environment node
// Minted customer session IDs (issue 9.3): what `mintSessionId` gives a shop's server, and what `verifySessionId`
// (and so the proxy) takes as minted for a shopper. Web Crypto only, as on edge runtimes.
import { mintSessionId, verifySessionId } from '../../src/proxy/index.js';

const secret = 'a-secret-for-these-tests-91c2f0e8b7';

describe('mintSessionId', () => {
  it('gives a new, URL-safe ID on every call, 70 characters long', async () => {
    const ids = await Promise.all(Array.from({ length: 50 }, () => mintSessionId('shopper-1', { secret })));
    expect(new Set(ids).size).toBe(50);
    for (const id of ids) {
      expect(id).toMatch(/^s1\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}$/);
      expect(encodeURIComponent(id)).toBe(id);
    }
  });

  it('says nothing of the shopper it was minted for', async () => {
    const id = await mintSessionId('ada@example.com', { secret });
    expect(id).not.toContain('ada');
  });

  it('refuses a secret shorter than 16 characters, and an empty shopper', async () => {
    await expect(mintSessionId('shopper-1', { secret: 'too-short' })).rejects.toThrow(
      'mintSessionId: the session secret must be a string of at least 16 characters',
    );
    await expect(mintSessionId('shopper-1', {} as never)).rejects.toThrow('at least 16 characters');
    await expect(mintSessionId('', { secret })).rejects.toThrow('shopperId must be a non-empty string');
  });
});

describe('verifySessionId', () => {
  it('takes an ID as minted only for its shopper, under its secret', async () => {
    const id = await mintSessionId('shopper-1', { secret });
    expect(await verifySessionId(id, 'shopper-1', { secret })).toBe(true);
    expect(await verifySessionId(id, 'shopper-2', { secret })).toBe(false);
    expect(await verifySessionId(id, 'shopper-1', { secret: `${secret}-rotated` })).toBe(false);
    // A shopper ID that only differs where the signed text could be shifted.
    expect(await verifySessionId(id, 'shopper-1 ', { secret })).toBe(false);
  });

  it('refuses every altered character, and any other shape', async () => {
    const id = await mintSessionId('shopper-1', { secret });
    for (let index = 0; index < id.length; index++) {
      const original = id[index] ?? '';
      const altered = `${id.slice(0, index)}${original === 'A' ? 'B' : 'A'}${id.slice(index + 1)}`;
      expect(await verifySessionId(altered, 'shopper-1', { secret }), `at ${index}`).toBe(false);
    }
    for (const other of ['', 'cart-123', `${id}x`, id.slice(0, -1), id.replace('s1.', ''), id.toUpperCase()]) {
      expect(await verifySessionId(other, 'shopper-1', { secret })).toBe(false);
    }
  });
});
