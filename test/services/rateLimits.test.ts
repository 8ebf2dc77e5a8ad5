// Rate limits shared by the instances of one deployment, in a real Redis (redis-server on a loopback port, through
// hono-rate-limiter's RedisStore and the `redis` client, as the README sets them up): two proxy processes together
// allow exactly the limit. And Redis going away mid-run, killed or frozen: never a hang or a 500, but what
// `onStoreFailure` says (open: requests pass uncounted; closed: 503), and counting again once it is back.
import { createTalonClient } from '../../src/client/index.js';
import { demoSeed, startTalonSandboxServer, type TalonSandboxServer } from '../../src/mock/index.js';
import { API_KEY, NOW, shopperCookie } from '../proxy/harness.js';
import { ADA, GRACE, POINTS } from '../proxy/inputs.js';
import { startProxyProcess, type ProxyProcess } from '../proxy/processes.js';
import { startRedisServer, type RedisServer } from './redisServer.js';

let talon: TalonSandboxServer;

beforeAll(async () => {
  talon = await startTalonSandboxServer({ apiKey: API_KEY, seed: demoSeed({ now: NOW }) });
  talon.sandbox.clock.set(NOW);
});
afterAll(() => talon.close());

interface Answer {
  status: number;
  ms: number;
  body: string;
  retryAfter: string | null;
}

/** A read of the shopper's balances through `instance`, as the browser sends it. */
async function read(instance: ProxyProcess, shopper: string): Promise<Answer> {
  const started = performance.now();
  const response = await fetch(`${instance.url}/v1/loyalty_programs/${POINTS}/profile/${shopper}/balances`, {
    headers: { cookie: shopperCookie(shopper) },
  });
  return {
    status: response.status,
    ms: performance.now() - started,
    body: await response.text(),
    retryAfter: response.headers.get('retry-after'),
  };
}

const count = (answers: Answer[], status: number) => answers.filter((answer) => answer.status === status).length;

describe('two proxy instances sharing one Redis', () => {
  let redis: RedisServer;
  let instances: ProxyProcess[];

  beforeAll(async () => {
    redis = await startRedisServer();
    const config = { baseUrl: talon.url, apiKey: API_KEY, redis: { url: redis.url, limit: 10, windowMs: 60_000 } };
    instances = await Promise.all([1, 2].map(() => startProxyProcess(config)));
  }, 30_000);
  afterAll(async () => {
    await Promise.all(instances.map((instance) => instance.close()));
    await redis.close();
  });

  it('together allow exactly the limit per shopper, in a burst spread over both', async () => {
    const answers = await Promise.all(Array.from({ length: 30 }, (_, i) => read(instances[i % 2]!, ADA)));
    expect(count(answers, 200)).toBe(10);
    expect(count(answers, 429)).toBe(20);
    // Another shopper has a limit of their own, also shared.
    const grace = [];
    for (let i = 0; i < 12; i++) grace.push(await read(instances[i % 2]!, GRACE));
    expect(grace.map((answer) => answer.status)).toEqual([...Array(10).fill(200), 429, 429]);
    expect(instances.flatMap((instance) => instance.errors)).toEqual([]);
    // The kit's client sees the 429 as Talon.One's error shape.
    const client = createTalonClient({ baseUrl: instances[0]!.url, retry: 0, headers: { cookie: shopperCookie(ADA) } });
    await expect(client.getLoyaltyBalances({ loyaltyProgramId: POINTS, integrationId: ADA })).rejects.toMatchObject({
      status: 429,
    });
  });
});

describe('Redis going away mid-run', () => {
  let redis: RedisServer;
  let open: ProxyProcess;
  let closed: ProxyProcess;

  beforeAll(async () => {
    redis = await startRedisServer();
    const config = (onStoreFailure: 'open' | 'closed') => ({
      baseUrl: talon.url,
      apiKey: API_KEY,
      redis: { url: redis.url, limit: 3, windowMs: 60_000, onStoreFailure, prefix: `talon-${onStoreFailure}:` },
    });
    [open, closed] = await Promise.all([startProxyProcess(config('open')), startProxyProcess(config('closed'))]);
  }, 30_000);
  afterAll(async () => {
    await Promise.all([open.close(), closed.close()]);
    await redis.close();
  });

  it('killed: fail-open lets requests through, fail-closed answers 503, no 500 and no wait; both count again after', async () => {
    // Counting works before: the limit of 3 is reached.
    for (const instance of [open, closed]) {
      const before = [];
      for (let i = 0; i < 4; i++) before.push((await read(instance, ADA)).status);
      expect(before).toEqual([200, 200, 200, 429]);
    }

    await redis.kill();
    const whileDown = { open: [] as Answer[], closed: [] as Answer[] };
    for (let i = 0; i < 10; i++) {
      whileDown.open.push(await read(open, GRACE));
      whileDown.closed.push(await read(closed, GRACE));
    }
    expect(whileDown.open.map((answer) => answer.status)).toEqual(Array(10).fill(200));
    expect(whileDown.closed.map((answer) => answer.status)).toEqual(Array(10).fill(503));
    expect(JSON.parse(whileDown.closed[0]!.body)).toEqual({
      message: 'the proxy cannot count requests right now: try again later',
      errors: [{ title: 'the proxy cannot count requests right now: try again later', source: {} }],
      StatusCode: 503,
    });
    expect(whileDown.closed[0]!.retryAfter).toBe('1');
    // No request waited for the dead Redis (the client fails at once while disconnected).
    expect(Math.max(...[...whileDown.open, ...whileDown.closed].map((answer) => answer.ms))).toBeLessThan(1_500);
    // One line per outage and instance, not one per request.
    expect(open.errors).toEqual([expect.stringContaining('requests are let through uncounted')]);
    expect(closed.errors).toEqual([expect.stringContaining('requests are refused with 503')]);

    // Back (empty): after a moment to reconnect, requests are counted again, from zero.
    await redis.restart();
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    for (const instance of [open, closed]) {
      const after = [];
      for (let i = 0; i < 4; i++) after.push((await read(instance, ADA)).status);
      expect(after).toEqual([200, 200, 200, 429]);
    }
  }, 30_000);

  it('frozen (connections open, no answers): a request waits at most a second, then the rule decides', async () => {
    redis.freeze();
    try {
      const answers = { open: [] as Answer[], closed: [] as Answer[] };
      for (let i = 0; i < 5; i++) {
        answers.open.push(await read(open, ADA));
        answers.closed.push(await read(closed, ADA));
      }
      expect(answers.open.map((answer) => answer.status)).toEqual(Array(5).fill(200));
      expect(answers.closed.map((answer) => answer.status)).toEqual(Array(5).fill(503));
      for (const answer of [...answers.open, ...answers.closed]) expect(answer.ms).toBeLessThan(2_500);
    } finally {
      redis.thaw();
    }
  }, 30_000);
});
