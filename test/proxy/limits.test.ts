// @vitest-environment node
// Limits and operations: rate limits per shopper and per IP (429 with Retry-After), Talon.One down (502) or slow
// (504), CORS only for the configured origins, one structured log entry per request with identities pseudonymized,
// and a failing `identify` answered with a bare 500.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { TalonApiError } from '../../src/client/index.js';
import { API_KEY, rejectionOf, shopperCookie, startProxy, startUpstream, type Upstream } from './harness.js';
import { ADA, GRACE, POINTS } from './inputs.js';

let upstream: Upstream;

beforeAll(async () => {
  upstream = await startUpstream();
});
afterAll(() => upstream.close());
beforeEach(() => {
  upstream.requests.length = 0;
  upstream.delay = 0;
});

const balancesOf = (shopper: string) => `/v1/loyalty_programs/${POINTS}/profile/${shopper}/balances`;

describe('rate limits', () => {
  it('allows `limit` requests per shopper in the window, then 429 with Retry-After; other shoppers go on', async () => {
    const proxy = await startProxy(upstream.url, {
      rateLimit: { shopper: { limit: 3, windowMs: 60_000 }, ip: false },
    });
    try {
      const get = (shopper: string) =>
        fetch(`${proxy.url}${balancesOf(shopper)}`, { headers: { cookie: shopperCookie(shopper) } });
      for (let i = 0; i < 3; i++) expect((await get(ADA)).status).toBe(200);
      const limited = await get(ADA);
      expect(limited.status).toBe(429);
      const retryAfter = Number(limited.headers.get('retry-after'));
      expect(retryAfter).toBeGreaterThan(0);
      expect(retryAfter).toBeLessThanOrEqual(60);
      expect(await limited.json()).toEqual({
        message: 'too many requests from this shopper: try again later',
        errors: [{ title: 'too many requests from this shopper: try again later', source: {} }],
        StatusCode: 429,
      });
      expect(upstream.requests).toHaveLength(3);
      expect((await get(GRACE)).status).toBe(200);
      expect(proxy.logs.map((entry) => entry.outcome)).toEqual([
        'forwarded',
        'forwarded',
        'forwarded',
        'rate-limited',
        'forwarded',
      ]);
    } finally {
      await proxy.close();
    }
  });

  it('allows `limit` requests per IP, whoever the shopper, and counts refused ones too', async () => {
    const proxy = await startProxy(upstream.url, {
      rateLimit: { shopper: false, ip: { limit: 4, windowMs: 60_000 } },
    });
    try {
      const statuses: number[] = [];
      for (const shopper of [ADA, GRACE, 'somebody', ADA, GRACE]) {
        const response = await fetch(`${proxy.url}${balancesOf(ADA)}`, { headers: { cookie: shopperCookie(shopper) } });
        statuses.push(response.status);
      }
      expect(statuses).toEqual([200, 403, 403, 200, 429]);
      // The kit's client sees the 429 as an error it can retry after `Retry-After`.
      const error = await rejectionOf(
        proxy.client(ADA).getLoyaltyBalances({ loyaltyProgramId: POINTS, integrationId: ADA }),
      );
      expect(error).toBeInstanceOf(TalonApiError);
      expect((error as TalonApiError).status).toBe(429);
    } finally {
      await proxy.close();
    }
  });

  it('limits by default (120 per shopper, 300 per IP, per minute), with RateLimit headers', async () => {
    const proxy = await startProxy(upstream.url, { rateLimit: undefined });
    try {
      const response = await fetch(`${proxy.url}${balancesOf(ADA)}`, { headers: { cookie: shopperCookie(ADA) } });
      expect(response.status).toBe(200);
      // The shopper's limit answers last, so its headers are the ones sent.
      expect(response.headers.get('ratelimit-limit')).toBe('120');
      expect(response.headers.get('ratelimit-remaining')).toBe('119');
    } finally {
      await proxy.close();
    }
  });
});

describe('Talon.One down or slow', () => {
  it('answers 502 when Talon.One cannot be reached', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const { port } = closed.address() as AddressInfo;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const proxy = await startProxy(`http://127.0.0.1:${port}`);
    try {
      const response = await fetch(`${proxy.url}${balancesOf(ADA)}`, { headers: { cookie: shopperCookie(ADA) } });
      expect(response.status).toBe(502);
      const text = await response.text();
      expect(JSON.parse(text)).toEqual({
        message: 'Talon.One could not be reached',
        errors: [{ title: 'Talon.One could not be reached', source: {} }],
        StatusCode: 502,
      });
      expect(text).not.toContain(String(port));
      expect(proxy.logs.at(-1)).toMatchObject({ status: 502, outcome: 'upstream-unreachable' });
    } finally {
      await proxy.close();
    }
  });

  it('answers 504 when Talon.One takes longer than the timeout, without waiting for it', async () => {
    const proxy = await startProxy(upstream.url, { timeout: 150 });
    upstream.delay = 1_000;
    try {
      const started = performance.now();
      const response = await fetch(`${proxy.url}${balancesOf(ADA)}`, { headers: { cookie: shopperCookie(ADA) } });
      expect(performance.now() - started).toBeLessThan(900);
      expect(response.status).toBe(504);
      expect(await response.json()).toEqual({
        message: 'Talon.One did not answer in time',
        errors: [{ title: 'Talon.One did not answer in time', source: {} }],
        StatusCode: 504,
      });
      expect(proxy.logs.at(-1)).toMatchObject({ status: 504, outcome: 'upstream-timeout' });
    } finally {
      await proxy.close();
    }
  });
});

describe('CORS', () => {
  const preflight = (url: string, origin: string) =>
    fetch(url, {
      method: 'OPTIONS',
      headers: { origin, 'access-control-request-method': 'PUT', 'access-control-request-headers': 'content-type' },
    });

  it('lets the configured origins in, with credentials when asked, and nobody else', async () => {
    const proxy = await startProxy(upstream.url, { cors: { origins: ['https://shop.example'], credentials: true } });
    try {
      const url = `${proxy.url}/v2/customer_sessions/c1`;
      const allowed = await preflight(url, 'https://shop.example');
      expect(allowed.status).toBe(204);
      expect(allowed.headers.get('access-control-allow-origin')).toBe('https://shop.example');
      expect(allowed.headers.get('access-control-allow-credentials')).toBe('true');
      expect(allowed.headers.get('access-control-allow-methods')).toBe('GET,POST,PUT,DELETE');
      const denied = await preflight(url, 'https://evil.example');
      expect(denied.headers.get('access-control-allow-origin')).toBeNull();
      const read = await fetch(`${proxy.url}${balancesOf(ADA)}`, {
        headers: { origin: 'https://shop.example', cookie: shopperCookie(ADA) },
      });
      expect(read.headers.get('access-control-allow-origin')).toBe('https://shop.example');
      const foreign = await fetch(`${proxy.url}${balancesOf(ADA)}`, {
        headers: { origin: 'https://evil.example', cookie: shopperCookie(ADA) },
      });
      expect(foreign.headers.get('access-control-allow-origin')).toBeNull();
      expect(proxy.logs[0]).toMatchObject({ method: 'OPTIONS', outcome: 'preflight', operationId: null });
    } finally {
      await proxy.close();
    }
  });

  it('sends no CORS headers at all without configured origins: same origin only', async () => {
    const proxy = await startProxy(upstream.url);
    try {
      const response = await preflight(`${proxy.url}/v2/customer_sessions/c1`, 'https://shop.example');
      expect(response.status).toBe(404);
      expect([...response.headers.keys()].filter((name) => name.startsWith('access-control-'))).toEqual([]);
      const read = await fetch(`${proxy.url}${balancesOf(ADA)}`, {
        headers: { origin: 'https://shop.example', cookie: shopperCookie(ADA) },
      });
      expect([...read.headers.keys()].filter((name) => name.startsWith('access-control-'))).toEqual([]);
    } finally {
      await proxy.close();
    }
  });
});

describe('logs', () => {
  it('writes one entry per request, with pseudonyms for the shopper and the IP and never the key', async () => {
    const proxy = await startProxy(upstream.url);
    try {
      const ada = proxy.client(ADA);
      await ada.getLoyaltyBalances({ loyaltyProgramId: POINTS, integrationId: ADA });
      await rejectionOf(ada.getLoyaltyBalances({ loyaltyProgramId: POINTS, integrationId: GRACE }));
      await rejectionOf(proxy.client(GRACE).deleteCustomerData({ integrationId: GRACE }));
      await fetch(`${proxy.url}/v1/nowhere`);
      expect(proxy.logs).toHaveLength(4);
      const [first, second, third, fourth] = proxy.logs;
      expect(first).toEqual({
        time: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
        method: 'GET',
        operationId: 'getLoyaltyBalances',
        status: 200,
        durationMs: expect.any(Number),
        outcome: 'forwarded',
        shopper: expect.stringMatching(/^[0-9a-f]{16}$/),
        ip: expect.stringMatching(/^[0-9a-f]{16}$/),
      });
      expect(second).toMatchObject({
        status: 403,
        outcome: 'refused',
        reason: 'integrationId must be the signed-in shopper',
        shopper: first?.shopper,
        ip: first?.ip,
      });
      expect(third).toMatchObject({ operationId: 'deleteCustomerData', status: 403, outcome: 'refused' });
      expect(third?.shopper).not.toBe(first?.shopper);
      expect(fourth).toMatchObject({ operationId: null, status: 404, outcome: 'not-found', shopper: null });
      const text = JSON.stringify(proxy.logs);
      for (const secret of [API_KEY, ADA, GRACE, '127.0.0.1', 'balances', 'customer_data']) {
        expect(text).not.toContain(secret);
      }
    } finally {
      await proxy.close();
    }
  });

  it('answers a failing identify with a bare 500, and tells onError', async () => {
    const proxy = await startProxy(upstream.url, {
      identify: () => {
        throw new Error(`session store down (${API_KEY})`);
      },
    });
    try {
      const response = await fetch(`${proxy.url}${balancesOf(ADA)}`);
      expect(response.status).toBe(500);
      const text = await response.text();
      expect(JSON.parse(text)).toEqual({
        message: 'internal error of the proxy',
        errors: [{ title: 'internal error of the proxy', source: {} }],
        StatusCode: 500,
      });
      expect(text).not.toContain(API_KEY);
      expect(proxy.errors).toEqual([expect.objectContaining({ message: expect.stringContaining('session store') })]);
      expect(proxy.logs.at(-1)).toMatchObject({ status: 500, outcome: 'error' });
      expect(upstream.requests).toEqual([]);
    } finally {
      await proxy.close();
    }
  });
});
