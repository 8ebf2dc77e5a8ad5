// @vitest-environment node
// The proxy's transport to Talon.One: Node's HTTP client over keep-alive connections by default, or the app's fetch.
// Both must put the same request on the wire and fail the same ways (the kit's TalonApiError and TalonNetworkError),
// against a scripted server on loopback.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { TalonApiError, TalonNetworkError } from '../../src/client/index.js';
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
const update = { customerSessionId: 's-1', body: { customerSession: { profileId: 'ada', cartItems: [] } } };

describe.each([
  ['Node HTTP client (default)', undefined],
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

  it('retries through the kit’s transport when a call asks for it', async () => {
    let calls = 0;
    answer = (_request, res) => (++calls === 1 ? json(res, 503, { message: 'busy' }) : json(res, 200, { ok: 2 }));
    expect(await upstream().request(getCustomerSession, session, { retry: 1 })).toEqual({ ok: 2 });
    expect(calls).toBe(2);
  });
});

describe('Node HTTP client', () => {
  const upstream = () => createUpstream({ baseUrl: origin, apiKey: 'k', timeout: 2_000, fetch: undefined });

  it('keeps the connection to Talon.One open between calls', async () => {
    const talon = upstream();
    for (let i = 0; i < 3; i++) await talon.request(getCustomerSession, session);
    expect(new Set(seen.map((request) => request.connection)).size).toBe(1);
  });

  it('resends a GET or PUT that met a kept-alive connection the server had just closed, never a POST', async () => {
    const talon = upstream();
    await talon.request(getCustomerSession, session);
    const first = seen[0]?.connection;
    // The server drops the kept-alive connection as the next request arrives on it, as when its idle timeout ends.
    answer = (request, res) =>
      request.connection === first ? res.socket?.destroy() : json(res, 200, { ok: request.method });
    expect(await talon.request(updateCustomerSessionV2, update)).toEqual({ ok: 'PUT' });
    expect(seen.map((request) => request.method)).toEqual(['GET', 'PUT', 'PUT']);

    const next = seen.at(-1)?.connection;
    answer = (request, res) => (request.connection === next ? res.socket?.destroy() : json(res, 200, {}));
    const error = await rejectionOf(talon.request(trackEventV2, { body: { profileId: 'ada', type: 'x' } }));
    expect(error).toMatchObject({ name: 'TalonNetworkError', reason: 'network' });
    expect(seen.filter((request) => request.method === 'POST')).toHaveLength(1);
  });
});
