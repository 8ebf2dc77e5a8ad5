// @vitest-environment node
// Parallel updates of one session, as a shopper with two tabs on a storefront with two proxy instances makes them.
// Talon.One (here the sandbox server, with latency so that updates overlap) refuses an update that overlaps another
// of the same session with 409, unapplied. The proxy sends such an update again with backoff, and sends the updates of
// one session from one process one at a time, so that the shopper never sees the 409 and no update is lost.
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { serve } from '@hono/node-server';
import { createTalonClient } from '../../src/client/index.js';
import type { OperationId } from '../../src/client/routes.js';
import { createTalonSandbox, demoSeed, type TalonSandbox } from '../../src/mock/index.js';
import { createSandboxApp } from '../../src/mock/http/createSandboxApp.js';
import { API_KEY, NOW, shopperCookie, startProxy } from './harness.js';
import { ADA, GRACE } from './inputs.js';
import { startProxyProcess, type ProxyProcess } from './processes.js';

interface Talon {
  url: string;
  sandbox: TalonSandbox;
  /** The session updates the sandbox applied, in the order it applied them. */
  applied: Array<{ customerSessionId: string; sku: string; quantity: number }>;
  /** The statuses it answered to session updates. */
  statuses: number[];
  /** Every call the sandbox answered, in order. */
  calls: OperationId[];
  close(): Promise<void>;
}

async function startTalon(latency: number): Promise<Talon> {
  const inner = createTalonSandbox(demoSeed({ now: NOW }), { now: NOW });
  const applied: Talon['applied'] = [];
  const statuses: number[] = [];
  const calls: OperationId[] = [];
  const call = ((operationId: OperationId, input: never) => {
    const output = inner.call(operationId, input);
    calls.push(operationId);
    if (operationId === 'updateCustomerSessionV2') {
      const { customerSessionId, body } = input as {
        customerSessionId: string;
        body: { customerSession: { cartItems?: Array<{ sku: string; quantity: number }> } };
      };
      const [item] = body.customerSession.cartItems ?? [];
      if (item) applied.push({ customerSessionId, sku: item.sku, quantity: item.quantity });
    }
    return output;
  }) as TalonSandbox['call'];
  const sandbox = { ...inner, call };
  const app = createSandboxApp(sandbox, { apiKey: API_KEY, latency });
  const server = serve({
    fetch: async (request) => {
      const response = await app.fetch(request);
      if (request.method === 'PUT') statuses.push(response.status);
      return response;
    },
    port: 0,
    hostname: '127.0.0.1',
    overrideGlobalObjects: false,
  }) as Server;
  await new Promise<void>((resolve) => (server.listening ? resolve() : server.once('listening', () => resolve())));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    sandbox,
    applied,
    statuses,
    calls,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

// The session exists before the tabs open (created by the shop's server, with the key), so the test does not depend
// on how the proxy lets shoppers create sessions.
function createSession(talon: Talon, customerSessionId: string) {
  talon.sandbox.call('updateCustomerSessionV2', {
    customerSessionId,
    body: { customerSession: { profileId: ADA, cartItems: [] } },
  });
  talon.applied.length = 0;
}

const cartOf = (talon: Talon, customerSessionId: string) =>
  talon.sandbox
    .call('getCustomerSession', { customerSessionId })
    .customerSession?.cartItems?.map(({ sku, quantity }) => ({ sku, quantity }));

/** One tab of the shopper: the kit's client (no retries) through one proxy instance. */
const tab = (url: string) => createTalonClient({ baseUrl: url, retry: 0, headers: { cookie: shopperCookie(ADA) } });

const update = (client: ReturnType<typeof tab>, customerSessionId: string, sku: string, quantity: number) =>
  client.updateCustomerSessionV2({
    customerSessionId,
    body: { customerSession: { cartItems: [{ sku, quantity }] }, responseContent: ['customerSession'] },
  });

describe('two tabs on two proxy instances updating one session', () => {
  let talon: Talon;
  let instances: ProxyProcess[];

  beforeAll(async () => {
    talon = await startTalon(15);
    instances = await Promise.all([1, 2].map(() => startProxyProcess({ baseUrl: talon.url, apiKey: API_KEY })));
  }, 30_000);
  afterAll(async () => {
    await Promise.all(instances.map((instance) => instance.close()));
    await talon.close();
  });

  it('loses no update and shows the shopper no error; the final cart is the last update applied', async () => {
    const session = 'ada-two-tabs';
    createSession(talon, session);
    // Each tab sends its 20 updates one after another, as the kit's session scope does; the tabs run side by side.
    const tabs = [
      { sku: 'MUG', client: tab(instances[0]!.url) },
      { sku: 'SOCKS', client: tab(instances[1]!.url) },
    ];
    const answers = await Promise.all(
      tabs.map(async ({ sku, client }) => {
        const carts = [];
        for (let quantity = 1; quantity <= 20; quantity++) {
          const answer = await update(client, session, sku, quantity);
          carts.push(answer.customerSession?.cartItems?.map((item) => `${item.sku} x${item.quantity}`));
        }
        return carts;
      }),
    );

    // No error reached either tab (Promise.all would have rejected), and each answer shows the update just sent.
    expect(answers).toEqual(tabs.map(({ sku }) => Array.from({ length: 20 }, (_, i) => [`${sku} x${i + 1}`])));
    // Talon.One did refuse overlapping updates: the proxies sent those again.
    expect(talon.statuses.filter((status) => status === 409).length).toBeGreaterThan(0);
    // None lost, none applied twice: each tab's 20 updates, each applied once, in the order the tab sent them.
    for (const { sku } of tabs) {
      expect(talon.applied.filter((entry) => entry.sku === sku).map((entry) => entry.quantity)).toEqual(
        Array.from({ length: 20 }, (_, i) => i + 1),
      );
    }
    expect(talon.applied).toHaveLength(40);
    // The final cart is the cart of the last update Talon.One applied: the 20th of the tab that finished last.
    const last = talon.applied.at(-1)!;
    expect(last.quantity).toBe(20);
    expect(cartOf(talon, session)).toEqual([{ sku: last.sku, quantity: 20 }]);
    expect(instances.flatMap((instance) => instance.errors)).toEqual([]);
  }, 60_000);
});

describe('one proxy instance', () => {
  it('sends the updates of one session one at a time: 20 at once from the browser meet no 409', async () => {
    const talon = await startTalon(10);
    const proxy = await startProxy(talon.url);
    try {
      const session = 'ada-one-tab';
      createSession(talon, session);
      const client = tab(proxy.url);
      const answers = await Promise.all(Array.from({ length: 20 }, (_, i) => update(client, session, 'MUG', i + 1)));
      expect(answers).toHaveLength(20);
      expect(talon.statuses.filter((status) => status === 409)).toEqual([]);
      expect(talon.applied.map((entry) => entry.quantity).sort((a, b) => a - b)).toEqual(
        Array.from({ length: 20 }, (_, i) => i + 1),
      );
      expect(proxy.errors).toEqual([]);
    } finally {
      await proxy.close();
      await talon.close();
    }
  });

  it("never makes the owner's updates wait behind another shopper's requests naming the session", async () => {
    const talon = await startTalon(30);
    const proxy = await startProxy(talon.url);
    try {
      const session = 'ada-targeted';
      createSession(talon, session);
      talon.calls.length = 0;
      const intruder = createTalonClient({ baseUrl: proxy.url, retry: 0, headers: { cookie: shopperCookie(GRACE) } });
      // Ten refused updates from another shopper (each costs the proxy a look-up), then the owner's.
      const refused = Array.from({ length: 10 }, () =>
        update(intruder, session, 'MUG', 99).then(
          () => 'applied',
          (error: { status?: number }) => error.status,
        ),
      );
      await new Promise((resolve) => setTimeout(resolve, 5));
      await update(tab(proxy.url), session, 'MUG', 1);
      for (const status of await Promise.all(refused)) expect([403, 404]).toContain(status);
      // The owner's look-up and update went up beside the intruder's look-ups, not after all ten of them.
      const before = talon.calls.indexOf('updateCustomerSessionV2');
      expect(talon.calls.slice(0, before).filter((id) => id === 'getCustomerSession').length).toBeLessThan(6);
      expect(cartOf(talon, session)).toEqual([{ sku: 'MUG', quantity: 1 }]);
    } finally {
      await proxy.close();
      await talon.close();
    }
  });
});
