// @vitest-environment node
// What the proxy lets through, and what never: the API key in no response, header or log; nothing of the browser's
// request upstream but the checked input; no way from an ID to another path; no header injection; oversized,
// malformed and invalid requests stopped before Talon.One; Talon.One's errors passed on without its internals.
import { request as httpRequest } from 'node:http';
import { createTalonClient, type TalonClient } from '../../src/client/index.js';
import type { OperationId } from '../../src/client/routes.js';
import { demo } from '../../src/mock/index.js';
import {
  API_KEY,
  BASE_PATH,
  rejectionOf,
  responseText,
  shopperCookie,
  startProxy,
  startUpstream,
  type RunningProxy,
  type Upstream,
} from './harness.js';
import { ADA, CARDS, GRACE, POINTS, boundInputs, call, deniedInputs } from './inputs.js';

let upstream: Upstream;
let proxy: RunningProxy;

beforeAll(async () => {
  upstream = await startUpstream();
  // Reservations allowed, so that coupon codes reach Talon.One and their paths can be checked.
  proxy = await startProxy(upstream.url, { bodyLimit: 2_000, policy: { allowCouponReservation: () => true } });
});
afterAll(async () => {
  await proxy.close();
  await upstream.close();
});
beforeEach(() => {
  upstream.requests.length = 0;
  upstream.errorExtras = undefined;
});

/** Ada's session under `customerSessionId`, created by the shop's server: the proxy lets her use it by the look-up. */
const adasSession = (customerSessionId: string) =>
  upstream.sandbox.sandbox.call('updateCustomerSessionV2', {
    customerSessionId,
    body: { customerSession: { profileId: ADA } },
  });

/** A raw request to the proxy, for what the kit's client would never send. */
const send = (path: string, init: RequestInit = {}, shopper: string | null = ADA) =>
  fetch(`${proxy.url}${path}`, {
    ...init,
    headers: { ...(shopper === null ? {} : { cookie: shopperCookie(shopper) }), ...init.headers },
  });

/** A request with its target exactly as written (fetch would resolve `%2e%2e` before sending). */
const sendRaw = (path: string, method = 'GET', body?: string) =>
  new Promise<{ status: number; body: string }>((resolve, reject) => {
    const { hostname, port } = new URL(proxy.origin);
    const request = httpRequest(
      {
        host: hostname,
        port,
        path,
        method,
        headers: { cookie: shopperCookie(ADA), ...(body ? { 'content-type': 'application/json' } : {}) },
      },
      (response) => {
        let text = '';
        response.on('data', (chunk: Buffer) => (text += chunk.toString()));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body: text }));
      },
    );
    request.on('error', reject);
    request.end(body);
  });

const bodyOf = async (response: Response) => (await response.json()) as Record<string, unknown>;

describe('the API key', () => {
  it('is in no response, header or log entry, over every operation and every kind of error', async () => {
    const seen: string[] = [];
    const spy: typeof fetch = async (input, init) => {
      const response = await fetch(input, init);
      seen.push(await responseText(response.clone()));
      return response;
    };
    const as = (shopper: string | null): TalonClient =>
      createTalonClient({
        baseUrl: proxy.url,
        retry: 0,
        fetch: spy,
        headers: shopper === null ? {} : { cookie: shopperCookie(shopper) },
      });
    const settle = (promise: Promise<unknown>) => promise.catch(() => undefined);
    for (const [id, input] of boundInputs(ADA)) {
      await settle(call(as(ADA), id, input)); // the owner
      await settle(call(as(GRACE), id, input)); // somebody else
      await settle(call(as(null), id, input)); // signed out
    }
    for (const [id, input] of Object.entries(deniedInputs)) await settle(call(as(ADA), id as OperationId, input));
    // Talon.One's own errors, one of them carrying the key.
    upstream.errorExtras = { message: `invalid request for key ${API_KEY}`, requestId: 'req-1' };
    await settle(as(ADA).getLoyaltyBalances({ loyaltyProgramId: 999, integrationId: ADA }));
    upstream.errorExtras = undefined;
    // The proxy's own errors.
    for (const response of [
      await send('/v1/nothing'),
      await send('/v2/events', { method: 'POST', body: '{nope', headers: { 'content-type': 'application/json' } }),
      await send('/v2/events', { method: 'POST', body: 'x'.repeat(5_000), headers: { 'content-type': 'text/plain' } }),
      await send('/v1/loyalty_programs/abc/profile/x/balances'),
    ]) {
      seen.push(await responseText(response));
    }
    // Every request did reach Talon.One with the key, and only with it.
    expect(upstream.requests.length).toBeGreaterThan(20);
    expect(upstream.requests.every((request) => request.headers.authorization === `ApiKey-v1 ${API_KEY}`)).toBe(true);
    // The proxy's key refused by Talon.One.
    const wrongKey = await startProxy(upstream.url, { apiKey: 'another-unique-key-5d1e' });
    try {
      const response = await fetch(`${wrongKey.url}/v1/customer_profiles/${ADA}/inventory`, {
        headers: { cookie: shopperCookie(ADA) },
      });
      expect(response.status).toBe(502);
      const text = await responseText(response);
      expect(text).not.toContain('another-unique-key-5d1e');
      expect(JSON.stringify(wrongKey.logs)).not.toContain('another-unique-key-5d1e');
    } finally {
      await wrongKey.close();
    }

    expect(seen.length).toBeGreaterThan(60);
    expect(seen.filter((text) => text.includes(API_KEY))).toEqual([]);
    // The upstream message was passed on with the key blacked out.
    expect(seen.some((text) => text.includes('invalid request for key [redacted]'))).toBe(true);
    expect(proxy.logs.length).toBeGreaterThan(60);
    expect(JSON.stringify(proxy.logs)).not.toContain(API_KEY);
  });
});

describe("the browser's request", () => {
  it('reaches Talon.One only as the checked input: no Authorization, cookies or other headers of its own', async () => {
    const browser = proxy.client(ADA, {
      Authorization: 'ApiKey-v1 browser-chosen-key',
      'X-Forwarded-For': '203.0.113.7',
      'X-Custom': 'hello',
      Origin: 'https://evil.example',
    });
    await browser.getLoyaltyBalances({ loyaltyProgramId: POINTS, integrationId: ADA });
    await browser.trackEventV2({ body: { type: 'product_viewed' } });
    expect(upstream.requests).toHaveLength(2);
    for (const { headers } of upstream.requests) {
      expect(headers.authorization).toBe(`ApiKey-v1 ${API_KEY}`);
      expect(Object.keys(headers).filter((name) => !upstreamHeaders.has(name))).toEqual([]);
      expect(headers.cookie).toBeUndefined();
    }
  });

  it("gets Talon.One's answer without its headers, cookies or internals", async () => {
    upstream.errorExtras = { requestId: 'req-42', trace: 'at handler (internal.go:12)', url: 'http://10.0.0.5/v1' };
    const response = await send(`/v1/loyalty_programs/999/profile/${ADA}/balances`);
    expect(response.status).toBe(404);
    expect(response.headers.get('x-upstream-secret')).toBeNull();
    expect(response.headers.get('set-cookie')).toBeNull();
    expect(response.headers.get('cache-control')).toBe('no-store');
    const body = await bodyOf(response);
    expect(Object.keys(body).sort()).toEqual(['StatusCode', 'errors', 'message']);
    expect(body).toEqual({
      message: 'loyalty program 999 not found',
      errors: [{ title: 'loyalty program 999 not found', source: {} }],
      StatusCode: 404,
    });
    // A success too: the body, never the upstream's headers.
    const ok = await send(`/v1/loyalty_programs/${POINTS}/profile/${ADA}/balances`);
    expect(ok.status).toBe(200);
    expect(ok.headers.get('x-upstream-secret')).toBeNull();
    expect(ok.headers.get('set-cookie')).toBeNull();
  });
});

// What ky and Node's fetch send by themselves, besides the proxy's Authorization and a body's Content-Type.
const upstreamHeaders = new Set([
  'host',
  'connection',
  'authorization',
  'content-type',
  'content-length',
  'accept',
  'accept-language',
  'accept-encoding',
  'sec-fetch-mode',
  'user-agent',
]);

describe('IDs and codes cannot reach another path', () => {
  /** Every request Talon.One received was `method` on exactly `pattern` (one segment per parameter). */
  const expectOnly = (...expected: Array<[string, RegExp]>) => {
    expect(upstream.requests.length).toBeGreaterThan(0);
    for (const request of upstream.requests) {
      expect(
        expected.some(([method, pattern]) => method === request.method && pattern.test(request.url)),
        `${request.method} ${request.url}`,
      ).toBe(true);
      expect(request.url).not.toMatch(/\/\.\.?(\/|$)/);
    }
  };
  const session = /^\/v2\/customer_sessions\/[^/?]+$/;
  const reservation = /^\/v1\/coupon_reservations\/[^/?]+$/;

  it.each([
    '../../v1/customer_data/demo-shopper-2',
    '..%2F..%2Fv1%2Fcustomer_data%2Fdemo-shopper-2',
    '%2e%2e/%2e%2e/v1/customer_data/demo-shopper-2',
    'a/../../../v1/customer_data/demo-shopper-2?x=1#y',
  ])('a session ID %j stays one path segment', async (customerSessionId) => {
    adasSession(customerSessionId);
    const client = proxy.client(ADA);
    await client.updateCustomerSessionV2({ customerSessionId, body: { customerSession: {} } });
    await client.getCustomerSession({ customerSessionId });
    expectOnly(['GET', session], ['PUT', session]);
    expect(upstream.requests.at(-1)?.url).toBe(`/v2/customer_sessions/${encodeURIComponent(customerSessionId)}`);
  });

  it.each(['../customerprofiles/RESERVED10', '%2F..%2Fcustomerprofiles%2FRESERVED10', '%2e%2e', 'A%252FB'])(
    'a coupon code %j stays one path segment',
    async (couponValue) => {
      const error = await rejectionOf(
        proxy.client(ADA).createCouponReservation({ couponValue, body: { integrationIDs: [ADA] } }),
      );
      expect(error).toMatchObject({ status: 404 }); // No such coupon: the code went upstream as a code.
      expectOnly(['POST', reservation]);
      expect(upstream.requests[0]?.url).toBe(`/v1/coupon_reservations/${encodeURIComponent(couponValue)}`);
    },
  );

  it.each(['..', '.'])('a path parameter of %j never reaches Talon.One', async (value) => {
    // The kit's client refuses it itself.
    const error = await rejectionOf(
      proxy.client(ADA).createCouponReservation({ couponValue: value, body: { integrationIDs: [ADA] } }),
    );
    expect(error).toMatchObject({ name: 'TalonValidationError' });
    // Sent raw, literal or encoded, it is a dot segment: resolved away before routing, leaving no operation.
    const encoded = value.replace(/\./g, '%2E');
    for (const segment of [value, encoded]) {
      const response = await sendRaw(`${BASE_PATH}/v1/coupon_reservations/${segment}`, 'POST', '{"integrationIDs":[]}');
      expect(response.status).toBe(404);
    }
    expect(upstream.requests).toEqual([]);
  });

  it('a card ID with separators stays one path segment, and the ownership check sees the same card', async () => {
    const loyaltyCardId = `x/../../cards/${demo.loyaltyCards.linked}`;
    const error = await rejectionOf(proxy.client(ADA).getLoyaltyCardPoints({ loyaltyProgramId: CARDS, loyaltyCardId }));
    expect(error).toMatchObject({ status: 404 });
    expectOnly(['GET', /^\/v1\/loyalty_programs\/2\/cards\/[^/?]+\/balances$/]);
  });

  it.each([
    // Dot segments, literal or encoded, are resolved before routing: what is left is checked as what it names.
    ['/v1/loyalty_programs/1/profile/%2e%2e/balances', 404],
    [`/v1/customer_profiles/${ADA}/%2e%2e/${GRACE}/inventory`, 403],
    [`/v1/customer_profiles/${ADA}/inventory/../../${GRACE}/inventory`, 403],
    [`/v1/customer_profiles/${ADA}/%2e%2e/%2e%2e/customer_profiles/${GRACE}/inventory`, 403],
    // Encoded separators stay inside the segment.
    [`/v1/customer_profiles/..%2F${GRACE}/inventory`, 403],
    [`/v1/customer_profiles/${ADA}%2F..%2F${GRACE}/inventory`, 403],
    [`/v1/customer_data%2F${ADA}`, 404],
  ])('%s on the wire is answered %i and never reaches another profile', async (path, status) => {
    const response = await sendRaw(`${BASE_PATH}${path}`);
    expect(response.status).toBe(status);
    expect(upstream.requests).toEqual([]);
  });

  it('an encoded ID on the wire is decoded once and re-encoded once', async () => {
    const response = await sendRaw(
      `${BASE_PATH}/v1/coupon_reservations/A%252FB%2F..%2Fx`,
      'POST',
      JSON.stringify({ integrationIDs: [ADA] }),
    );
    expect(response.status).toBe(404);
    expect(upstream.requests.map((request) => request.url)).toEqual(['/v1/coupon_reservations/A%252FB%2F..%2Fx']);
  });
});

describe('header injection', () => {
  it('CR and LF in an ID travel percent-encoded in the path, never as a header', async () => {
    const customerSessionId = 'cart\r\nX-Injected: yes\r\n\r\nGET /v1/customer_data/x HTTP/1.1';
    adasSession(customerSessionId);
    await proxy.client(ADA).updateCustomerSessionV2({ customerSessionId, body: { customerSession: {} } });
    expect(upstream.requests.map((request) => request.url)).toEqual([
      `/v2/customer_sessions/${encodeURIComponent(customerSessionId)}`,
      `/v2/customer_sessions/${encodeURIComponent(customerSessionId)}`,
    ]);
    expect(upstream.requests.some((request) => 'x-injected' in request.headers)).toBe(false);
  });

  it('CR and LF in the shopper ID travel inside the JSON body, never as a header', async () => {
    const shopper = 'evil\r\nX-Injected: yes';
    await proxy.client(shopper).trackEventV2({ body: { type: 'product_viewed' } });
    expect(upstream.requests).toHaveLength(1);
    expect(JSON.parse(upstream.requests[0]?.body ?? '')).toMatchObject({ profileId: shopper });
    expect('x-injected' in (upstream.requests[0]?.headers ?? {})).toBe(false);
  });
});

describe('bodies and parameters', () => {
  const json = { 'content-type': 'application/json' };

  it('refuses a body over the limit with 413, by Content-Length or as it streams', async () => {
    const big = JSON.stringify({ type: 'product_viewed', attributes: { note: 'x'.repeat(3_000) } });
    const declared = await send('/v2/events', { method: 'POST', body: big, headers: json });
    expect(declared.status).toBe(413);
    expect(await bodyOf(declared)).toEqual({
      message: 'the request body is larger than 2000 bytes',
      errors: [{ title: 'the request body is larger than 2000 bytes', source: {} }],
      StatusCode: 413,
    });
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < 10; i++) controller.enqueue(new TextEncoder().encode(' '.repeat(500)));
        controller.close();
      },
    });
    const streamed = await send('/v2/events', {
      method: 'POST',
      body: stream,
      headers: json,
      duplex: 'half',
    } as RequestInit);
    expect(streamed.status).toBe(413);
    expect(upstream.requests).toEqual([]);
    expect(proxy.logs.at(-1)).toMatchObject({ status: 413, outcome: 'invalid', operationId: 'trackEventV2' });
  });

  it('refuses malformed JSON with 400 and a body that is not JSON with 415', async () => {
    const malformed = await send('/v2/events', { method: 'POST', body: '{"type": "x",', headers: json });
    expect(malformed.status).toBe(400);
    expect((await bodyOf(malformed)).message).toBe('the request body is not valid JSON');
    // A cross-site form can post text/plain without a preflight: only JSON is taken.
    const form = await send('/v2/events', {
      method: 'POST',
      body: '{"type": "x"}',
      headers: { 'content-type': 'text/plain' },
    });
    expect(form.status).toBe(415);
    expect(upstream.requests).toEqual([]);
  });

  it.each([
    [
      'a body field',
      `/v2/customer_sessions/c1`,
      'PUT',
      { customerSession: { cartItems: [{ sku: 'MUG', quantity: 'two' }] } },
      { pointer: '/customerSession/cartItems/0/quantity' },
    ],
    [
      'a path parameter',
      `/v1/loyalty_programs/abc/profile/${ADA}/balances`,
      'GET',
      undefined,
      { parameter: 'loyaltyProgramId' },
    ],
    [
      'a query parameter',
      `/v1/loyalty_programs/1/profile/${ADA}/points?pageSize=5000`,
      'GET',
      undefined,
      { parameter: 'pageSize' },
    ],
    [
      'an unknown query parameter',
      `/v1/customer_profiles/${ADA}/inventory?admin=true`,
      'GET',
      undefined,
      { parameter: 'admin' },
    ],
    ['a missing body', '/v2/events', 'POST', undefined, { pointer: '' }],
    [
      'bad percent-encoding',
      `/v1/customer_profiles/${ADA}/inventory?profile=%E0%A4%A`,
      'GET',
      undefined,
      { parameter: 'profile' },
    ],
  ])('refuses %s that fails the schema with 400 naming it', async (_, path, method, body, source) => {
    const response = await send(path, {
      method,
      ...(body === undefined ? {} : { body: JSON.stringify(body), headers: json }),
    });
    expect(response.status).toBe(400);
    const answer = await bodyOf(response);
    expect(answer).toMatchObject({ StatusCode: 400, errors: [{ source }] });
    expect(upstream.requests).toEqual([]);
  });
});

describe('unknown paths', () => {
  it.each([
    ['GET', '/v1/nothing'],
    ['POST', `/v1/customer_profiles/${ADA}/inventory`],
    ['GET', '/v3/customer_sessions/x'],
    ['GET', `/v1/customer_profiles/${ADA}/inventory/more`],
  ])('%s %s is 404 in Talon.One’s shape', async (method, path) => {
    const response = await send(path, { method });
    expect(response.status).toBe(404);
    expect(await bodyOf(response)).toEqual({
      message: `no operation of the proxy answers ${method} on this path`,
      errors: [{ title: `no operation of the proxy answers ${method} on this path`, source: {} }],
      StatusCode: 404,
    });
    expect(upstream.requests).toEqual([]);
  });

  it('answers nothing outside its base path', async () => {
    const response = await fetch(`${proxy.origin}/v1/customer_profiles/${ADA}/inventory`, {
      headers: { cookie: shopperCookie(ADA) },
    });
    expect(response.status).toBe(404);
    expect(upstream.requests).toEqual([]);
  });
});
