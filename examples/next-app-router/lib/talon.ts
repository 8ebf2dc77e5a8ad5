// Server-only: the Talon.One proxy (it holds the API key) and a client for Server Components that calls it in-process,
// with the visitor's cookies, so that a prefetch is bound to the shopper exactly as the browser's requests are.
import { headers } from 'next/headers';
import { createTalonClient } from 'talon-react';
import { createTalonProxy } from 'talon-react/proxy';
import { talonBasePath } from './paths';
import { shopperOf } from './shopper';

// Read when the first request comes, never at build time: `next build` evaluates this module without secrets.
export const talonProxy = createTalonProxy({
  baseUrl: process.env.TALON_BASE_URL ?? '',
  apiKey: process.env.TALON_API_KEY ?? '',
  sessionSecret: process.env.TALON_SESSION_SECRET,
  basePath: talonBasePath,
  identify: (request) => shopperOf(request.headers),
});

/** A client for Server Components: the proxy's answers for the visitor of this request, without an HTTP round trip. */
export async function serverTalonClient() {
  const cookie = (await headers()).get('cookie');
  return createTalonClient({
    baseUrl: `http://server${talonBasePath}`,
    headers: cookie ? { cookie } : {},
    fetch: (input, init) => talonProxy(new Request(input, init)),
  });
}
