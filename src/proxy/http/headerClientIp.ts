import { plausibleIp } from './plausibleIp.js';

/**
 * `clientIp` from a header your platform sets itself, replacing whatever the client sent:
 * `headerClientIp('cf-connecting-ip')` on Cloudflare, `headerClientIp('x-real-ip')` on Vercel,
 * `headerClientIp('fly-client-ip')` on Fly.io. Any other header is the client's to write.
 */
export function headerClientIp(header: string): (request: Request) => string | null {
  return (request) => plausibleIp(request.headers.get(header));
}
