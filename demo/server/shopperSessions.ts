import { randomBytes } from 'node:crypto';
import type { Context } from 'hono';
import { deleteCookie, setSignedCookie } from 'hono/cookie';
import { parseSigned } from 'hono/utils/cookie';
import type { Shopper } from '../shared/types.js';

const cookieName = 'talon_demo_shopper';

/** The demo's sign-in: which shopper a request comes from, from an HMAC-signed cookie. */
export interface ShopperSessions {
  /** The signed-in shopper's ID, or null: for the proxy's `identify` and the demo's own endpoints. */
  identify(request: Request): Promise<string | null>;
  /** The demo shopper of this ID, if there is one. */
  find(id: string): Shopper | undefined;
  /** Signs the shopper in: sets the cookie on the answer. */
  signIn(c: Context, shopper: Shopper): Promise<void>;
  /** Signs out: clears the cookie. */
  signOut(c: Context): void;
}

/**
 * Sign-in for the demo shoppers, as a real shop's session would do it: an HttpOnly, SameSite=Lax cookie holding the
 * shopper's ID, signed with HMAC-SHA256 (Hono's signed cookies). The secret is new for every run, so restarting the
 * demo signs everybody out, and a cookie cannot be forged to become another shopper.
 */
export function createShopperSessions(shoppers: readonly Shopper[]): ShopperSessions {
  const secret = randomBytes(32);
  const byId = new Map(shoppers.map((shopper) => [shopper.id, shopper]));
  return {
    async identify(request) {
      const header = request.headers.get('cookie');
      if (!header) return null;
      const value = (await parseSigned(header, secret, cookieName))[cookieName];
      return typeof value === 'string' && byId.has(value) ? value : null;
    },
    find: (id) => byId.get(id),
    signIn: (c, shopper) =>
      setSignedCookie(c, cookieName, shopper.id, secret, {
        httpOnly: true,
        sameSite: 'Lax',
        path: '/',
        maxAge: 8 * 60 * 60,
      }),
    signOut: (c) => {
      deleteCookie(c, cookieName, { path: '/', httpOnly: true, sameSite: 'Lax' });
    },
  };
}
