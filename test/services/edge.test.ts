// The proxy on a Workers-style runtime: the handler, unchanged, bundled for workerd (Cloudflare's runtime, the binary
// in Miniflare's npm package) with no Node module in it, in front of the sandbox server. There undici cannot run and
// the proxy reaches Talon.One with the global fetch.
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { Miniflare, Response as MiniflareResponse } from 'miniflare';
import { demoSeed, startTalonSandboxServer, type TalonSandboxServer } from '../../src/mock/index.js';
import { API_KEY, NOW } from '../proxy/harness.js';
import { ADA, GRACE, POINTS } from '../proxy/inputs.js';

let talon: TalonSandboxServer;
let worker: Miniflare;
let inputs: string[];
const seen: string[] = [];

beforeAll(async () => {
  talon = await startTalonSandboxServer({ apiKey: API_KEY, seed: demoSeed({ now: NOW }) });
  talon.sandbox.clock.set(NOW);
  const bundle = await build({
    entryPoints: [fileURLToPath(new URL('./edgeWorker.ts', import.meta.url))],
    bundle: true,
    format: 'esm',
    // As for a browser: a Node module anywhere in the graph fails the build.
    platform: 'browser',
    conditions: ['workerd', 'worker', 'browser'],
    target: 'es2022',
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  inputs = Object.keys(bundle.metafile.inputs);
  worker = new Miniflare({
    modules: true,
    script: bundle.outputFiles[0]!.text,
    compatibilityDate: '2025-07-01',
    bindings: { TALON_BASE_URL: talon.url, TALON_API_KEY: API_KEY },
    // What the Worker sends out, recorded on its way to the sandbox server.
    // (Miniflare's Request and Response are its own undici's, not Node's: copied across.)
    outboundService: async (request) => {
      seen.push(`${request.method} ${new URL(request.url).pathname} ${request.headers.get('authorization')}`);
      const headers = Object.fromEntries(request.headers.entries());
      const hasBody = request.method !== 'GET' && request.method !== 'HEAD';
      const answer = await fetch(request.url, {
        method: request.method,
        headers,
        ...(hasBody ? { body: await request.text() } : {}),
      });
      return new MiniflareResponse(answer.status === 204 ? null : await answer.text(), {
        status: answer.status,
        headers: { 'content-type': answer.headers.get('content-type') ?? 'application/json' },
      });
    },
  });
  await worker.ready;
}, 60_000);
afterAll(async () => {
  await worker?.dispose();
  await talon?.close();
});

const send = (path: string, shopper: string | null, init: { method?: string; body?: string; ip?: string } = {}) =>
  worker.dispatchFetch(`https://shop.example/api/talon${path}`, {
    method: init.method ?? 'GET',
    headers: {
      ...(shopper === null ? {} : { cookie: `shopper=${shopper}` }),
      'cf-connecting-ip': init.ip ?? '203.0.113.5',
      ...(init.body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    ...(init.body === undefined ? {} : { body: init.body }),
  });

describe('the proxy in workerd (Miniflare 3)', () => {
  it('bundles without undici or any Node module', () => {
    expect(inputs.filter((input) => /node_modules\/(undici|@hono\/node-server)|^node:/.test(input))).toEqual([]);
    expect(inputs.some((input) => input.includes('src/proxy/createTalonProxy.ts'))).toBe(true);
  });

  it("serves the shopper's own reads with the key from the bindings, over the global fetch", async () => {
    seen.length = 0;
    const response = await send(`/v1/loyalty_programs/${POINTS}/profile/${ADA}/balances`, ADA);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual(
      talon.sandbox.call('getLoyaltyBalances', { loyaltyProgramId: POINTS, integrationId: ADA }),
    );
    expect(seen).toEqual([`GET /v1/loyalty_programs/${POINTS}/profile/${ADA}/balances ApiKey-v1 ${API_KEY}`]);
    expect(response.headers.get('cache-control')).toBe('no-store');
  });

  it("updates the shopper's session", async () => {
    // Created by the shop's server, as the session of a signed-in shopper would be.
    talon.sandbox.call('updateCustomerSessionV2', {
      customerSessionId: 'ada-edge-cart',
      body: { customerSession: { profileId: ADA, cartItems: [] } },
    });
    const body = JSON.stringify({ customerSession: { cartItems: [{ sku: 'MUG', quantity: 2 }] } });
    const response = await send('/v2/customer_sessions/ada-edge-cart', ADA, { method: 'PUT', body });
    expect(response.status).toBe(200);
    const session = talon.sandbox.call('getCustomerSession', { customerSessionId: 'ada-edge-cart' }).customerSession;
    expect(session?.cartItems?.map((item) => [item.sku, item.quantity])).toEqual([['MUG', 2]]);
  });

  it('applies the policy, the body limits and the rate limit as on Node', async () => {
    seen.length = 0;
    expect((await send(`/v1/loyalty_programs/${POINTS}/profile/${GRACE}/balances`, ADA)).status).toBe(403);
    expect((await send(`/v1/customer_data/${ADA}`, ADA, { method: 'DELETE' })).status).toBe(403);
    expect((await send(`/v1/customer_profiles/${ADA}/inventory`, null)).status).toBe(401);
    const deep = `{"type":"x","attributes":${'['.repeat(100)}${']'.repeat(100)}}`;
    expect((await send('/v2/events', ADA, { method: 'POST', body: deep })).status).toBe(400);
    const big = JSON.stringify({ type: 'x', attributes: { note: 'x'.repeat(3_000) } });
    expect((await send('/v2/events', ADA, { method: 'POST', body: big })).status).toBe(413);
    expect(seen).toEqual([]);
    const statuses = [];
    for (let i = 0; i < 6; i++) statuses.push((await send(`/v1/customer_profiles/${GRACE}/inventory`, GRACE)).status);
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429]);
  });

  it('answers 502 when Talon.One cannot be reached from the Worker', async () => {
    const offline = new Miniflare({
      modules: true,
      script: (
        await build({
          entryPoints: [fileURLToPath(new URL('./edgeWorker.ts', import.meta.url))],
          bundle: true,
          format: 'esm',
          platform: 'browser',
          conditions: ['workerd', 'worker', 'browser'],
          write: false,
          logLevel: 'silent',
        })
      ).outputFiles[0]!.text,
      compatibilityDate: '2025-07-01',
      bindings: { TALON_BASE_URL: 'http://127.0.0.1:9', TALON_API_KEY: API_KEY },
    });
    try {
      const response = await offline.dispatchFetch(
        `https://shop.example/api/talon/v1/customer_profiles/${ADA}/inventory`,
        { headers: { cookie: `shopper=${ADA}` } },
      );
      expect(response.status).toBe(502);
      expect(await response.json()).toMatchObject({ message: 'Talon.One could not be reached' });
    } finally {
      await offline.dispose();
    }
  });
});
