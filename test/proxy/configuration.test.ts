// @vitest-environment node
// A proxy created without its secrets: a build (`next build` evaluates route modules) must not fail for them, and a
// deployment that lacks them must fail loudly but safely: every request 500 without a word of the key, and one clear
// line for the operator at the first request.
import { createTalonProxy, type TalonProxyLogEntry } from '../../src/proxy/index.js';
import { startUpstream, type Upstream } from './harness.js';
import { ADA, POINTS } from './inputs.js';

let upstream: Upstream;

beforeAll(async () => {
  upstream = await startUpstream();
});
afterAll(() => upstream.close());

const path = `/v1/loyalty_programs/${POINTS}/profile/${ADA}/balances`;

describe.each([
  ['no apiKey', { apiKey: undefined as unknown as string }, 'no apiKey'],
  ['an empty apiKey', { apiKey: '' }, 'no apiKey'],
  ['no baseUrl', { baseUrl: undefined as unknown as string }, 'no valid baseUrl'],
  ['a baseUrl that is no URL', { baseUrl: 'yourbaseurl.talon.one' }, 'no valid baseUrl'],
])('a proxy with %s', (_name, missing, problem) => {
  const create = (extra: { onError?: (error: unknown) => void; logger?: (entry: TalonProxyLogEntry) => void }) =>
    createTalonProxy({ baseUrl: upstream.url, apiKey: 'a-key', identify: () => ADA, ...missing, ...extra });

  it('is created without throwing, answers every request 500 saying nothing of the key, and tells onError once', async () => {
    const errors: unknown[] = [];
    const logs: TalonProxyLogEntry[] = [];
    const handler = create({ onError: (error) => errors.push(error), logger: (entry) => logs.push(entry) });
    for (let i = 0; i < 3; i++) {
      const response = await handler(new Request(`http://shop.example${path}`));
      expect(response.status).toBe(500);
      const text = await response.text();
      expect(JSON.parse(text)).toEqual({
        message: 'internal error of the proxy',
        errors: [{ title: 'internal error of the proxy', source: {} }],
        StatusCode: 500,
      });
      expect(text.toLowerCase()).not.toContain('key');
      expect(text).not.toContain('baseUrl');
    }
    expect(errors).toEqual([expect.objectContaining({ message: expect.stringContaining(problem) })]);
    expect(logs.map((entry) => [entry.status, entry.outcome])).toEqual(Array(3).fill([500, 'error']));
    expect(upstream.requests).toEqual([]);
  });

  it('says it on the console once when there is no onError', async () => {
    const lines: unknown[][] = [];
    const spy = vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => void lines.push(args));
    try {
      const handler = create({});
      await handler(new Request(`http://shop.example${path}`));
      await handler(new Request(`http://shop.example${path}`));
      expect(lines).toEqual([[expect.stringContaining(problem)]]);
    } finally {
      spy.mockRestore();
    }
  });
});
