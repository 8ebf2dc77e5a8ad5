// @vitest-environment node
// The proxy's transport to Talon.One: undici over keep-alive connections by default, or the app's fetch.
// Both must put the same request on the wire and fail the same ways (the kit's TalonApiError and TalonNetworkError),
// against a scripted server on loopback.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createTalonClient, TalonApiError, TalonNetworkError } from '../../src/client/index.js';
import { createAudienceV2 } from '../../src/client/operations/createAudienceV2.js';
import { deleteCouponReservation } from '../../src/client/operations/deleteCouponReservation.js';
import { getCustomerSession } from '../../src/client/operations/getCustomerSession.js';
import { trackEventV2 } from '../../src/client/operations/trackEventV2.js';
import { updateCustomerSessionV2 } from '../../src/client/operations/updateCustomerSessionV2.js';
import { createUpstream } from '../../src/proxy/upstream/createUpstream.js';
import { rejectionOf } from './harness.js';

interface Seen {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  body: string;
  /** Which connection (0, 1, ...) it came on. */
  connection: number;
}

let server: Server;
let origin: string;
let seen: Seen[];
let answer: (request: Seen, res: ServerResponse) => void;
const sockets = new WeakMap<object, number>();
let connections = 0;

beforeAll(async () => {
  server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const request = {
        method: req.method ?? '',
        url: req.url ?? '',
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8'),
        connection: sockets.get(req.socket) ?? -1,
      };
      seen.push(request);
      answer(request, res);
    });
  });
  server.on('connection', (socket) => sockets.set(socket, connections++));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(
  () =>
    new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    }),
);
beforeEach(() => {
  seen = [];
  answer = (_request, res) => res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}');
});

const json = (res: ServerResponse, status: number, body: unknown) =>
  res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));

const session = { customerSessionId: 'a b/../c' };
// Talon.One's answer to an update of a session that another update is changing.
const talonConflict = {
  message: 'Too many requests are updating this session at the same time',
  errors: [],
  StatusCode: 409,
};
const update = { customerSessionId: 's-1', body: { customerSession: { profileId: 'ada', cartItems: [] } } };

describe.each([
  ['undici (default)', undefined],
  ['the app’s fetch', (input: RequestInfo | URL, init?: RequestInit) => fetch(input, init)],
] as const)('%s', (_name, fetchOption) => {
  const upstream = (timeout = 2_000) =>
    createUpstream({ baseUrl: `${origin}/`, apiKey: 'key-1', timeout, fetch: fetchOption });

  it('sends the operation with the key, encoded IDs and a JSON body, and resolves to the answer', async () => {
    expect(await upstream().request(getCustomerSession, session)).toEqual({ ok: true });
    expect(await upstream().request(updateCustomerSessionV2, update)).toEqual({ ok: true });
    expect(seen.map(({ method, url }) => `${method} ${url}`)).toEqual([
      'GET /v2/customer_sessions/a%20b%2F..%2Fc',
      'PUT /v2/customer_sessions/s-1',
    ]);
    expect(seen[0]?.headers.authorization).toBe('ApiKey-v1 key-1');
    expect(seen[0]?.headers['content-type']).toBeUndefined();
    expect(seen[1]?.headers['content-type']).toBe('application/json');
    expect(JSON.parse(seen[1]?.body ?? '')).toEqual(update.body);
    expect(seen[1]?.headers['content-length']).toBe(String(Buffer.byteLength(seen[1]?.body ?? '')));
  });

  it('resolves to undefined for 204, and rejects with TalonApiError and the body for an error', async () => {
    answer = (_request, res) => res.writeHead(204).end();
    expect(await upstream().request(trackEventV2, { body: { profileId: 'ada', type: 'x' } })).toBeUndefined();
    answer = (_request, res) => json(res, 404, { message: 'no such session', errors: [], StatusCode: 404 });
    const error = await rejectionOf(upstream().request(getCustomerSession, session));
    expect(error).toBeInstanceOf(TalonApiError);
    expect(error).toMatchObject({ status: 404, body: { message: 'no such session' } });
  });

  it('rejects with a network error when Talon.One cannot be reached', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const { port } = closed.address() as AddressInfo;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const unreachable = createUpstream({
      baseUrl: `http://127.0.0.1:${port}`,
      apiKey: 'k',
      timeout: 2_000,
      fetch: fetchOption,
    });
    expect(await rejectionOf(unreachable.request(getCustomerSession, session))).toMatchObject({
      name: 'TalonNetworkError',
      reason: 'network',
    });
  });

  it('rejects with a timeout without waiting for a slow answer, body included', async () => {
    answer = (_request, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('{"ok":');
      setTimeout(() => res.end('true}'), 1_000);
    };
    const started = performance.now();
    const error = await rejectionOf(upstream(150).request(getCustomerSession, session));
    expect(performance.now() - started).toBeLessThan(900);
    expect(error).toBeInstanceOf(TalonNetworkError);
    expect(error).toMatchObject({ reason: 'timeout' });
  });

  it('rejects as aborted when the browser goes away, before or during the call', async () => {
    answer = (_request, res) => setTimeout(() => json(res, 200, {}), 1_000);
    const gone = AbortSignal.abort();
    expect(await rejectionOf(upstream().request(getCustomerSession, session, { signal: gone }))).toMatchObject({
      reason: 'aborted',
    });
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    const started = performance.now();
    const error = await rejectionOf(upstream().request(getCustomerSession, session, { signal: controller.signal }));
    expect(performance.now() - started).toBeLessThan(900);
    expect(error).toMatchObject({ name: 'TalonNetworkError', reason: 'aborted' });
  });

  it('reads an answer that is not JSON as its text, as the kit’s client does', async () => {
    answer = (_request, res) => res.writeHead(502, { 'content-type': 'text/html' }).end('<h1>Bad gateway</h1>');
    const error = await rejectionOf(upstream().request(getCustomerSession, session));
    expect(error).toMatchObject({ name: 'TalonApiError', status: 502, body: '<h1>Bad gateway</h1>' });
    const client = createTalonClient({ baseUrl: origin, retry: 0 });
    expect(await rejectionOf(client.getCustomerSession(session))).toMatchObject({
      status: 502,
      body: '<h1>Bad gateway</h1>',
    });
  });

  it('sends a session update again after a 409 (another update was running: not applied), with backoff', async () => {
    let conflicts = 2;
    answer = (_request, res) =>
      conflicts-- > 0 ? json(res, 409, talonConflict) : json(res, 200, { customerSession: { state: 'open' } });
    expect(await upstream().request(updateCustomerSessionV2, update)).toEqual({ customerSession: { state: 'open' } });
    expect(seen.map((request) => request.method)).toEqual(['PUT', 'PUT', 'PUT']);
    expect(seen.map((request) => request.body)).toEqual(Array(3).fill(JSON.stringify(update.body)));
  });

  it('gives up on 409 within the timeout, and never retries a 409 of other operations', async () => {
    answer = (_request, res) => json(res, 409, talonConflict);
    const started = performance.now();
    const error = await rejectionOf(upstream(300).request(updateCustomerSessionV2, update));
    expect(performance.now() - started).toBeLessThan(300);
    expect(error).toMatchObject({ name: 'TalonApiError', status: 409, body: talonConflict });
    expect(seen.length).toBeGreaterThan(2);
    seen = [];
    const audience = await rejectionOf(upstream().request(createAudienceV2, { body: { name: 'VIP' } }));
    expect(audience).toMatchObject({ status: 409 });
    expect(seen).toHaveLength(1);
  });

  it('retries through the kit’s transport when a call asks for it', async () => {
    let calls = 0;
    answer = (_request, res) => (++calls === 1 ? json(res, 503, { message: 'busy' }) : json(res, 200, { ok: 2 }));
    expect(await upstream().request(getCustomerSession, session, { retry: 1 })).toEqual({ ok: 2 });
    expect(calls).toBe(2);
  });
});

describe('undici', () => {
  const upstream = () => createUpstream({ baseUrl: origin, apiKey: 'k', timeout: 2_000, fetch: undefined });

  it('is what sends by default: nothing on the wire but what the proxy chose (fetch adds its own headers)', async () => {
    await upstream().request(updateCustomerSessionV2, update);
    expect(Object.keys(seen[0]?.headers ?? {}).sort()).toEqual([
      'authorization',
      'connection',
      'content-length',
      'content-type',
      'host',
    ]);
  });

  it('keeps connections to Talon.One open between calls', async () => {
    const talon = upstream();
    for (let i = 0; i < 10; i++) await talon.request(getCustomerSession, session);
    // undici's pool may open a second connection while the first is finishing an answer; never one per call.
    expect(new Set(seen.map((request) => request.connection)).size).toBeLessThanOrEqual(2);
  });

  it('sends a read once more when the connection breaks after Talon.One got it, and only once', async () => {
    const talon = upstream();
    let drops = 1;
    // The server reads the request, then the connection breaks before any answer (a reset, an idle timeout).
    answer = (request, res) => (drops-- > 0 ? res.socket?.destroy() : json(res, 200, { ok: request.method }));
    expect(await talon.request(getCustomerSession, session)).toEqual({ ok: 'GET' });
    expect(seen.map((request) => request.method)).toEqual(['GET', 'GET']);

    seen = [];
    drops = 2;
    expect(await rejectionOf(talon.request(getCustomerSession, session))).toMatchObject({ reason: 'network' });
    expect(seen.map((request) => request.method)).toEqual(['GET', 'GET']);
  });

  it('never sends a write again after a broken connection: Talon.One may have applied it', async () => {
    const talon = upstream();
    const writes = [
      () => talon.request(updateCustomerSessionV2, update),
      () => talon.request(trackEventV2, { body: { profileId: 'ada', type: 'x' } }),
      () => talon.request(deleteCouponReservation, { couponValue: 'C1', body: { integrationIDs: ['ada'] } }),
    ];
    for (const write of writes) {
      seen = [];
      let drops = 1;
      answer = (_request, res) => (drops-- > 0 ? res.socket?.destroy() : json(res, 200, {}));
      const error = await rejectionOf(write());
      expect(error).toMatchObject({ name: 'TalonNetworkError', reason: 'network' });
      expect(seen).toHaveLength(1);
    }
  });
});
