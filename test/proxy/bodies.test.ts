// @vitest-environment node
// Request bodies as they arrive on the wire: chunked ones under the limit served like any other (also without the
// adapter's global Request), slow uploads cut at the body deadline with 408, JSON nested deeper than the depth limit
// refused with 400 before anything parses it, and a log that carries only what the proxy chose to say.
import { request as httpRequest } from 'node:http';
import { shopperCookie, startProxy, startUpstream, type RunningProxy, type Upstream } from './harness.js';
import { ADA } from './inputs.js';

let upstream: Upstream;
let proxy: RunningProxy;

beforeAll(async () => {
  upstream = await startUpstream();
  proxy = await startProxy(upstream.url, { bodyLimit: 40_000, bodyTimeout: 300 });
});
afterAll(async () => {
  await proxy.close();
  await upstream.close();
});
beforeEach(() => {
  upstream.requests.length = 0;
  proxy.logs.length = 0;
  proxy.errors.length = 0;
});

interface RawAnswer {
  status: number;
  body: string;
  /** Whether the proxy closed the connection after answering. */
  closed: boolean;
  ms: number;
}

/**
 * Sends `chunks` as a request body, each after `gap` ms: chunked (no Content-Length) unless `length` is given.
 * The harness serves the proxy with `overrideGlobalObjects: false`, as the kit's own servers run.
 */
function sendBody(path: string, chunks: string[], { gap = 0, length }: { gap?: number; length?: number } = {}) {
  return new Promise<RawAnswer>((resolve, reject) => {
    const { hostname, port } = new URL(proxy.origin);
    const started = performance.now();
    const request = httpRequest({
      host: hostname,
      port,
      path: `/api/talon${path}`,
      method: 'POST',
      headers: {
        cookie: shopperCookie(ADA),
        'content-type': 'application/json',
        ...(length === undefined ? {} : { 'content-length': String(length) }),
      },
    });
    request.on('response', (response) => {
      let body = '';
      response.on('data', (chunk: Buffer) => (body += chunk.toString()));
      response.on('end', () =>
        resolve({
          status: response.statusCode ?? 0,
          body,
          closed: response.headers.connection === 'close',
          ms: performance.now() - started,
        }),
      );
    });
    request.on('error', reject);
    void (async () => {
      for (const chunk of chunks) {
        if (request.destroyed) return;
        request.write(chunk);
        if (gap > 0) await new Promise((wait) => setTimeout(wait, gap));
      }
      if (!request.destroyed) request.end();
    })();
  });
}

const event = JSON.stringify({ type: 'product_viewed', attributes: { sku: 'MUG' } });
const halves = [event.slice(0, 20), event.slice(20)];

describe('chunked bodies', () => {
  it('answers a chunked body under the limit as the same body sent with its length, never 500', async () => {
    const sized = await sendBody('/v2/events', [event], { length: Buffer.byteLength(event) });
    const chunked = await sendBody('/v2/events', halves);
    expect(sized.status).toBeLessThan(500);
    expect(chunked.status).toBe(sized.status);
    expect(chunked.body).toBe(sized.body);
    expect(upstream.requests.map((request) => request.body)).toEqual([
      upstream.requests[0]?.body,
      upstream.requests[0]?.body,
    ]);
    expect(proxy.errors).toEqual([]);
  });
});

describe('the body deadline', () => {
  it('answers 408 to a body still arriving at the deadline, chunked or with a length, and closes the connection', async () => {
    const slowChunks = Array.from({ length: 20 }, () => ' ');
    for (const answer of [
      await sendBody('/v2/events', [...slowChunks, event], { gap: 50 }),
      await sendBody('/v2/events', [...slowChunks, event], { gap: 50, length: 20 + Buffer.byteLength(event) }),
    ]) {
      expect(answer.status).toBe(408);
      expect(answer.ms).toBeLessThan(900);
      expect(JSON.parse(answer.body)).toEqual({
        message: 'the request body did not arrive within 300 ms',
        errors: [{ title: 'the request body did not arrive within 300 ms', source: {} }],
        StatusCode: 408,
      });
      expect(answer.closed).toBe(true);
    }
    expect(upstream.requests).toEqual([]);
    expect(proxy.logs.map((entry) => [entry.status, entry.outcome, entry.reason])).toEqual([
      [408, 'invalid', 'the request body did not arrive in time'],
      [408, 'invalid', 'the request body did not arrive in time'],
    ]);
  });

  it('lets a body that arrives in pieces within the deadline through', async () => {
    const answer = await sendBody('/v2/events', halves, { gap: 100 });
    expect(answer.status).toBeLessThan(500);
    expect(answer.status).not.toBe(408);
    expect(upstream.requests).toHaveLength(1);
  });
});

describe('the JSON depth limit', () => {
  const nested = (levels: number) => `${'{"a":'.repeat(levels - 1)}{}${'}'.repeat(levels - 1)}`;
  const eventWith = (attributes: string) => `{"type":"product_viewed","attributes":${attributes}}`;

  it('refuses 5,000 levels in attributes (30 kB) with 400 before anything parses it', async () => {
    const body = eventWith(`${'['.repeat(5_000)}${']'.repeat(5_000)}`);
    for (const answer of [
      await sendBody('/v2/events', [body]),
      await sendBody('/v2/events', [eventWith(nested(5_000))]),
    ]) {
      expect(answer.status).toBe(400);
      expect(JSON.parse(answer.body)).toMatchObject({
        message: 'the request body nests deeper than 32 levels',
        StatusCode: 400,
      });
    }
    expect(upstream.requests).toEqual([]);
    expect(proxy.errors).toEqual([]);
  });

  it('counts brackets inside strings as text, and lets 32 levels through', async () => {
    const inString = await sendBody('/v2/events', [eventWith(JSON.stringify({ note: '['.repeat(200) }))]);
    // The body's object and 31 levels of attributes: 32 in all.
    const deepest = await sendBody('/v2/events', [eventWith(nested(31))]);
    const tooDeep = await sendBody('/v2/events', [eventWith(nested(32))]);
    expect(inString.status).toBeLessThan(400);
    expect(deepest.status).toBeLessThan(400);
    expect(tooDeep.status).toBe(400);
    expect(upstream.requests).toHaveLength(2);
  });
});

describe('the log', () => {
  it('says what kind of problem a request had, never the text the browser sent', async () => {
    const names = `ada.lovelace@example.com%0Aforged log line`;
    await fetch(`${proxy.url}/v1/customer_profiles/${ADA}/inventory?${names}=%E0%A4%A`, {
      headers: { cookie: shopperCookie(ADA) },
    });
    await fetch(`${proxy.url}/v1/customer_profiles/${ADA}/inventory?customerSessionId=${names}`, {
      headers: { cookie: shopperCookie(ADA) },
    });
    expect(proxy.logs.map((entry) => [entry.status, entry.reason])).toEqual([
      [400, 'the request is malformed'],
      [400, 'the request does not match the schema'],
    ]);
    const text = JSON.stringify(proxy.logs);
    expect(text).not.toContain('ada.lovelace');
    expect(text).not.toContain('forged');
    expect(text).not.toMatch(/\\n/);
  });
});
