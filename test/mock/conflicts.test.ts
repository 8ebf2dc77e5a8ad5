// @vitest-environment node
// Talon.One's 409 for parallel updates of one session, as the sandbox server simulates it with `latency`: an update
// that overlaps another of the same session is refused with Talon.One's body and not applied; other sessions, reads
// and updates one after another are not affected.
import { startTalonSandboxServer, type TalonSandboxServer } from '../../src/mock/index.js';

const API_KEY = 'conflict-key';
const NOW = '2026-01-15T12:00:00.000Z';

let server: TalonSandboxServer;

beforeAll(async () => {
  server = await startTalonSandboxServer({
    apiKey: API_KEY,
    latency: 60,
    seed: { profiles: [{ integrationId: 'ada' }] },
  });
  server.sandbox.clock.set(NOW);
});
afterAll(() => server.close());

const put = (session: string, sku: string) =>
  fetch(`${server.url}/v2/customer_sessions/${session}`, {
    method: 'PUT',
    headers: { authorization: `ApiKey-v1 ${API_KEY}`, 'content-type': 'application/json' },
    body: JSON.stringify({ customerSession: { profileId: 'ada', cartItems: [{ sku, quantity: 1, price: 1 }] } }),
  });

const cartOf = (session: string) =>
  server.sandbox
    .call('getCustomerSession', { customerSessionId: session })
    .customerSession?.cartItems?.map((item) => item.sku);

describe('the sandbox server with latency', () => {
  it('answers an update that overlaps another of the same session with 409, and does not apply it', async () => {
    const first = put('s-1', 'FIRST');
    await new Promise((resolve) => setTimeout(resolve, 10));
    const second = await put('s-1', 'SECOND');
    expect(second.status).toBe(409);
    expect(await second.json()).toEqual({
      message: 'Too many requests are updating this session at the same time',
      errors: [{ title: 'Too many requests are updating this session at the same time', source: {} }],
      StatusCode: 409,
    });
    expect((await first).status).toBe(200);
    expect(cartOf('s-1')).toEqual(['FIRST']);
  });

  it('takes `latency` to answer, and lets updates of other sessions, reads and later updates through', async () => {
    const started = performance.now();
    const answers = await Promise.all([
      put('s-2', 'A'),
      put('s-3', 'B'),
      fetch(`${server.url}/v2/customer_sessions/s-1`, { headers: { authorization: `ApiKey-v1 ${API_KEY}` } }),
    ]);
    expect(performance.now() - started).toBeGreaterThanOrEqual(55);
    expect(answers.map((response) => response.status)).toEqual([200, 200, 200]);
    expect((await put('s-2', 'C')).status).toBe(200);
    expect(cartOf('s-2')).toEqual(['C']);
  });
});

describe('the sandbox server without latency', () => {
  it('never answers 409: an update is applied before the next one is read', async () => {
    const quick = await startTalonSandboxServer({ apiKey: API_KEY, seed: { profiles: [{ integrationId: 'ada' }] } });
    try {
      const send = (sku: string) =>
        fetch(`${quick.url}/v2/customer_sessions/s-9`, {
          method: 'PUT',
          headers: { authorization: `ApiKey-v1 ${API_KEY}`, 'content-type': 'application/json' },
          body: JSON.stringify({ customerSession: { profileId: 'ada', cartItems: [{ sku, quantity: 1, price: 1 }] } }),
        });
      const statuses = (await Promise.all(['A', 'B', 'C', 'D'].map(send))).map((response) => response.status);
      expect(statuses).toEqual([200, 200, 200, 200]);
    } finally {
      await quick.close();
    }
  });
});
