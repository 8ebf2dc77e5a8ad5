// The shop's server (`npm start`, after `npm run build`): the Talon.One proxy on /api/talon, the shop's own
// /api/me (the shopper and their cart), and the built app. PORT (default 3000) and HOST (default 127.0.0.1).
import { randomBytes } from 'node:crypto';
import { serve } from '@hono/node-server';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import { createTalonProxy, mintSessionId } from 'talon-react/proxy';
import { shopperOf } from './shopper.js';
import { talonUpstream } from './talon.js';

const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.HOST ?? '127.0.0.1';
const cartCookie = 'talon_cart';
// Carts are minted with it and the proxy checks them with it. Set your own to keep carts across restarts.
const sessionSecret = process.env.TALON_SESSION_SECRET || randomBytes(32).toString('hex');

const upstream = await talonUpstream(process.env);
const talonProxy = createTalonProxy({
  baseUrl: upstream.baseUrl,
  apiKey: upstream.apiKey,
  sessionSecret,
  basePath: '/api/talon',
  identify: (request) => shopperOf(request.headers),
});

const app = new Hono();
// The node bindings (c.env) give the proxy the client's address, for its per-IP rate limit.
app.all('/api/talon/*', (c) => talonProxy(c.req.raw, c.env));
app.get('/api/me', async (c) => {
  const shopperId = await shopperOf(c.req.raw.headers);
  if (!shopperId) return c.json({ message: 'Sign in first.' }, 401);
  let cartId = getCookie(c, cartCookie);
  if (!cartId) {
    cartId = await mintSessionId(shopperId, { secret: sessionSecret });
    setCookie(c, cartCookie, cartId, { httpOnly: true, sameSite: 'Lax', path: '/' });
  }
  c.header('Cache-Control', 'no-store');
  return c.json({ shopperId, cartId });
});
app.use('/*', serveStatic({ root: './dist' }));
app.get('*', serveStatic({ path: './dist/index.html' }));

const server = serve({ fetch: app.fetch, port, hostname }, (info) => {
  console.log(`The shop: http://${hostname}:${info.port}`);
});
const stop = () => {
  server.close();
  void upstream.close().then(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
