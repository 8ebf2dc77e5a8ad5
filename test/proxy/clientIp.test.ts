// @vitest-environment node
// Whose IP the per-IP limit counts: never an entry the client could write itself. Behind balancers, the entry the
// trusted ones appended to X-Forwarded-For; on platforms that set a header of their own, that header; IPv6 clients by
// their /64. And the in-memory counts stay bounded however many clients come.
import { BoundedMemoryStore } from '../../src/proxy/limits/BoundedMemoryStore.js';
import { ipKey } from '../../src/proxy/limits/ipKey.js';
import { forwardedClientIp, headerClientIp } from '../../src/proxy/index.js';
import { shopperCookie, startProxy, startUpstream, type Upstream } from './harness.js';
import { ADA, POINTS } from './inputs.js';

const withHeaders = (headers: Record<string, string>) => new Request('http://shop.example/', { headers });

describe('forwardedClientIp', () => {
  it('takes the entry the outermost trusted balancer appended, never one the client wrote', () => {
    // The client wrote the first entry; the CDN appended the client's address, then the balancer the CDN's.
    const request = withHeaders({ 'x-forwarded-for': '6.6.6.6, 203.0.113.7, 198.51.100.2' });
    expect(forwardedClientIp(1)(request)).toBe('198.51.100.2');
    expect(forwardedClientIp(2)(request)).toBe('203.0.113.7');
    expect(forwardedClientIp(4)(request)).toBeNull();
    expect(forwardedClientIp(1)(withHeaders({}))).toBeNull();
    expect(forwardedClientIp(1)(withHeaders({ 'x-forwarded-for': '1.2.3.4, not an address' }))).toBeNull();
    expect(forwardedClientIp(1)(withHeaders({ 'x-forwarded-for': '1.2.3.4, 2001:db8::7' }))).toBe('2001:db8::7');
  });

  it('reads headers sent more than once as one list, in order', () => {
    const headers = new Headers();
    headers.append('x-forwarded-for', '6.6.6.6');
    headers.append('x-forwarded-for', '203.0.113.7');
    expect(forwardedClientIp(1)(new Request('http://shop.example/', { headers }))).toBe('203.0.113.7');
  });

  it('refuses a hop count that is not a positive integer', () => {
    expect(() => forwardedClientIp(0)).toThrow(TypeError);
    expect(() => forwardedClientIp(1.5)).toThrow(TypeError);
  });
});

describe('headerClientIp', () => {
  it("reads the platform's own header, and nothing that is not an address", () => {
    expect(headerClientIp('cf-connecting-ip')(withHeaders({ 'cf-connecting-ip': ' 203.0.113.9 ' }))).toBe(
      '203.0.113.9',
    );
    expect(headerClientIp('x-real-ip')(withHeaders({ 'x-real-ip': '2001:db8::1' }))).toBe('2001:db8::1');
    expect(headerClientIp('x-real-ip')(withHeaders({ 'x-forwarded-for': '203.0.113.9' }))).toBeNull();
    expect(headerClientIp('x-real-ip')(withHeaders({ 'x-real-ip': 'ada@example.com' }))).toBeNull();
  });
});

describe('ipKey', () => {
  it('counts an IPv6 client by its /64 and an IPv4 one by its address, however written', () => {
    expect(ipKey('2001:db8:1:2:aaaa::1')).toBe('2001:db8:1:2::/64');
    expect(ipKey('2001:0DB8:0001:0002:ffff:ffff:ffff:ffff')).toBe('2001:db8:1:2::/64');
    expect(ipKey('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(ipKey('[2001:db8:1:2::9]')).toBe('2001:db8:1:2::/64');
    expect(ipKey('::ffff:192.0.2.1')).toBe('192.0.2.1');
    expect(ipKey('192.0.2.1')).toBe('192.0.2.1');
  });
});

describe('the per-IP limit through the proxy', () => {
  let upstream: Upstream;

  beforeAll(async () => {
    upstream = await startUpstream();
  });
  afterAll(() => upstream.close());

  it('counts the appended entry whatever the client writes before it, and a /64 as one client', async () => {
    const proxy = await startProxy(upstream.url, {
      clientIp: forwardedClientIp(1),
      rateLimit: { shopper: false, ip: { limit: 2, windowMs: 60_000 } },
    });
    try {
      const get = (forwardedFor: string) =>
        fetch(`${proxy.url}/v1/loyalty_programs/${POINTS}/profile/${ADA}/balances`, {
          headers: { cookie: shopperCookie(ADA), 'x-forwarded-for': forwardedFor },
        });
      const statuses = [];
      for (const spoofed of ['1.1.1.1', '2.2.2.2', '3.3.3.3'])
        statuses.push((await get(`${spoofed}, 203.0.113.7`)).status);
      expect(statuses).toEqual([200, 200, 429]);
      const v6 = [];
      for (const address of ['2001:db8:1:2::1', '2001:db8:1:2::2', '2001:db8:1:2:ffff::3', '2001:db8:1:3::1']) {
        v6.push((await get(address)).status);
      }
      expect(v6).toEqual([200, 200, 429, 200]);
    } finally {
      await proxy.close();
    }
  });
});

describe('the in-memory store', () => {
  it('counts at most maxKeys clients, forgetting the oldest first, and keeps the counts of the others', () => {
    const store = new BoundedMemoryStore(3);
    store.init({ windowMs: 60_000 } as never);
    try {
      for (const key of ['a', 'b', 'c']) store.increment(key);
      store.increment('c');
      for (let i = 0; i < 1_000; i++) store.increment(`new-${i}`);
      expect(store.current.size + store.previous.size).toBe(3);
      (store as unknown as { clearExpired(): void }).clearExpired();
      for (const key of ['x', 'y']) store.increment(key);
      // The previous window's clients go first.
      expect([...store.current.keys(), ...store.previous.keys()].sort()).toEqual(['new-999', 'x', 'y']);
      expect(store.increment('y').totalHits).toBe(2);
    } finally {
      store.shutdown();
    }
  });
});
