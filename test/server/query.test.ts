// @vitest-environment node
// The query strings of Talon.One's official SDKs (csv arrays with their commas percent-encoded, `achievementIds=1%2C2`)
// beside the kit's client's (literal commas), and query keys nobody may send (`__proto__` like `foo`), over real HTTP
// to the sandbox server and to the proxy in front of it: both decode with src/server.
import { demo } from '../../src/mock/index.js';
import {
  API_KEY,
  shopperCookie,
  startProxy,
  startUpstream,
  type RunningProxy,
  type Upstream,
} from '../proxy/harness.js';

const ada = demo.profiles.ada;
const { placeOrders, firstOrder } = demo.achievements;

let upstream: Upstream;
let proxy: RunningProxy;

beforeAll(async () => {
  upstream = await startUpstream();
  proxy = await startProxy(upstream.url);
});
afterAll(async () => {
  await proxy.close();
  await upstream.close();
});

const through = {
  'the sandbox server': (path: string) =>
    fetch(`${upstream.sandbox.url}${path}`, { headers: { authorization: `ApiKey-v1 ${API_KEY}` } }),
  'the proxy': (path: string) => fetch(`${proxy.url}${path}`, { headers: { cookie: shopperCookie(ada) } }),
};

interface Page {
  data: Array<{ id?: number; achievementId?: number; status?: string }>;
}

describe.each(Object.entries(through))('through %s', (_, send) => {
  const achievements = `/v1/customer_profiles/${ada}/achievements`;

  async function ids(path: string): Promise<number[]> {
    const response = await send(path);
    expect(response.status, await response.clone().text()).toBe(200);
    return ((await response.json()) as Page).data.map((entry) => entry.id ?? 0).sort();
  }

  it.each([
    ['percent-encoded, as the official SDKs send them', '%2C'],
    ['literal, as the kit sends them', ','],
  ])('reads csv arrays with their commas %s', async (_, comma) => {
    expect(await ids(`${achievements}?achievementIds=${placeOrders}${comma}${firstOrder}`)).toEqual([
      placeOrders,
      firstOrder,
    ]);
    // Ada has made progress in both, and not started the third.
    expect(await ids(`${achievements}?currentProgressStatus=inprogress${comma}completed`)).toEqual([
      placeOrders,
      firstOrder,
    ]);
    expect(await ids(`${achievements}?achievementIds=${placeOrders}${comma}${firstOrder}&achievementIds=3`)).toEqual([
      placeOrders,
      firstOrder,
      3,
    ]);
    const history = await send(`${achievements}/${placeOrders}?progressStatus=inprogress${comma}completed`);
    expect(history.status).toBe(200);
    expect(((await history.json()) as Page).data.map((entry) => entry.status)).toEqual(['inprogress']);
  });

  it('still refuses an item that is not one of the enum values, naming the parameter', async () => {
    const response = await send(`${achievements}?currentProgressStatus=inprogress%2Cfinished`);
    expect(response.status).toBe(400);
    const body = (await response.json()) as { errors: Array<{ source: unknown }> };
    expect(body.errors[0]?.source).toEqual({ parameter: 'currentProgressStatus' });
  });

  it.each(['__proto__', 'constructor', 'prototype', 'foo', '__proto__%5B0%5D'])(
    'refuses the unknown query key %s with 400 naming it',
    async (key) => {
      const response = await send(`/v1/customer_profiles/${ada}/inventory?${key}=x`);
      expect(response.status).toBe(400);
      const body = (await response.json()) as { message: string; errors: Array<{ source: unknown }> };
      expect(body.message).toContain(decodeURIComponent(key));
      expect(body.errors).toEqual([expect.objectContaining({ source: { parameter: decodeURIComponent(key) } })]);
    },
  );
});

describe('what fails the schema', () => {
  it('gets the same errors from the sandbox server and from the proxy, each named by parameter or pointer', async () => {
    const bad = {
      path: `/v2/customer_sessions/order-1?dry=maybe&foo=1`,
      init: {
        method: 'PUT',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ customerSession: { profileId: ada, cartItems: [{ sku: '', quantity: 0 }] } }),
      },
    };
    const [sandbox, proxied] = await Promise.all([
      fetch(`${upstream.sandbox.url}${bad.path}`, {
        ...bad.init,
        headers: { ...bad.init.headers, authorization: `ApiKey-v1 ${API_KEY}` },
      }),
      fetch(`${proxy.url}${bad.path}`, { ...bad.init, headers: { ...bad.init.headers, cookie: shopperCookie(ada) } }),
    ]);
    expect([sandbox.status, proxied.status]).toEqual([400, 400]);
    const errors = ((await sandbox.json()) as { errors: unknown[] }).errors;
    expect(((await proxied.json()) as { errors: unknown[] }).errors).toEqual(errors);
    expect(errors).toEqual([
      // The kind of what came, never its value.
      { title: 'dry: expected boolean, received string', source: { parameter: 'dry' } },
      {
        title: 'body.customerSession.cartItems[0].sku: must be at least 1 characters',
        source: { pointer: '/customerSession/cartItems/0/sku' },
      },
      {
        title: 'body.customerSession.cartItems[0].quantity: must be at least 1',
        source: { pointer: '/customerSession/cartItems/0/quantity' },
      },
      { title: 'unknown key "foo"', source: { parameter: 'foo' } },
    ]);
  });
});
