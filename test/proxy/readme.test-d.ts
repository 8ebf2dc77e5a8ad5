// The README's proxy recipes for several instances and client IPs, as written there: if the API drifts from the
// README (or node-redis's from the adapter it shows), this stops compiling.
import { createClient } from 'redis';
import { RedisStore, type RedisClient } from 'hono-rate-limiter';
import { createTalonProxy, forwardedClientIp, headerClientIp, type TalonProxyOptions } from 'talon-react/proxy';

test('deploying on several instances: a Redis store per rule', async () => {
  const redis = createClient({ url: process.env.REDIS_URL, disableOfflineQueue: true });
  redis.on('error', (error) => console.error('redis', error.message));
  await redis.connect();
  const client: RedisClient = {
    scriptLoad: (script) => redis.scriptLoad(script),
    evalsha: (sha, keys, args) => redis.evalSha(sha, { keys, arguments: args.map(String) }) as never,
    decr: (key) => redis.decr(key),
    del: (key) => redis.del(key),
  };
  const handler = createTalonProxy({
    baseUrl: 'https://yourbaseurl.talon.one',
    apiKey: 'key',
    identify: () => null,
    rateLimit: {
      shopper: { store: new RedisStore({ client, prefix: 'talon-shopper:' }) },
      ip: { store: new RedisStore({ client, prefix: 'talon-ip:' }), onStoreFailure: 'closed' },
    },
  });
  expectTypeOf(handler).toEqualTypeOf<(request: Request, env?: unknown) => Promise<Response>>();
});

test("the client's IP", () => {
  const options: Array<TalonProxyOptions['clientIp']> = [
    forwardedClientIp(1),
    headerClientIp('cf-connecting-ip'),
    headerClientIp('x-real-ip'),
  ];
  expectTypeOf(options).toEqualTypeOf<Array<TalonProxyOptions['clientIp']>>();
  // @ts-expect-error onStoreFailure is 'open' or 'closed'
  const wrong: NonNullable<Exclude<TalonProxyOptions['rateLimit'], false>>['ip'] = { onStoreFailure: 'half-open' };
  void wrong;
});
