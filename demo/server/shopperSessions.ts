import { randomBytes } from 'node:crypto';
import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie, setSignedCookie } from 'hono/cookie';
import { parseSigned } from 'hono/utils/cookie';
import { mintSessionId, verifySessionId } from 'talon-react/proxy';
import type { Shopper } from '../shared/types.js';

const cookieName = 'talon_demo_shopper';
const cartCookieName = 'talon_demo_cart';
const cookieOptions = { httpOnly: true, sameSite: 'Lax', path: '/', maxAge: 8 * 60 * 60 } as const;

/** The demo's sign-in: which shopper a request comes from, from an HMAC-signed cookie, and their current cart. */
export interface ShopperSessions {
  /** The signed-in shopper's ID, or null: for the proxy's `identify` and the demo's own endpoints. */
  identify(request: Request): Promise<string | null>;
  /** The demo shopper of this ID, if there is one. */
  find(id: string): Shopper | undefined;
  /** Signs the shopper in: sets the cookie on the answer. */
  signIn(c: Context, shopper: Shopper): Promise<void>;
  /** Signs out: clears the cookies. */
  signOut(c: Context): void;
  /**
   * The customer session ID of the shopper's current order: the one in the cart cookie if it was minted for them,
   * else a new one (set in the cookie).
   */
  currentCart(c: Context, shopperId: string): Promise<string>;
  /** Starts the shopper's next order: a new session ID, minted for them, in the cart cookie. */
  newCart(c: Context, shopperId: string): Promise<string>;
}

/**
 * Sign-in for the demo shoppers, as a real shop's session would do it: an HttpOnly, SameSite=Lax cookie holding the
 * shopper's ID, signed with HMAC-SHA256 (Hono's signed cookies). The secret is new for every run, so restarting the
 * demo signs everybody out, and a cookie cannot be forged to become another shopper.
 *
 * Each order's customer session ID is minted for its shopper (`mintSessionId`, under the proxy's `sessionSecret`):
 * the proxy lets a shopper create a session only under such an ID, so nobody can take a cart before its shopper
 * does. It travels in a second cookie, which needs no signature of its own: an ID minted for somebody else is of no
 * use to the proxy or to `currentCart`.
 */
export function createShopperSessions(
  shoppers: readonly Shopper[],
  { sessionSecret }: { sessionSecret: string },
): ShopperSessions {
  const secret = randomBytes(32);
  const byId = new Map(shoppers.map((shopper) => [shopper.id, shopper]));
  const newCart = async (c: Context, shopperId: string) => {
    const customerSessionId = await mintSessionId(shopperId, { secret: sessionSecret });
    setCookie(c, cartCookieName, customerSessionId, cookieOptions);
    return customerSessionId;
  };
  return {
    async identify(request) {
      const header = request.headers.get('cookie');
      if (!header) return null;
      const value = (await parseSigned(header, secret, cookieName))[cookieName];
      return typeof value === 'string' && byId.has(value) ? value : null;
    },
    find: (id) => byId.get(id),
    signIn: (c, shopper) => setSignedCookie(c, cookieName, shopper.id, secret, cookieOptions),
    signOut: (c) => {
      deleteCookie(c, cookieName, { path: '/', httpOnly: true, sameSite: 'Lax' });
      deleteCookie(c, cartCookieName, { path: '/', httpOnly: true, sameSite: 'Lax' });
    },
    async currentCart(c, shopperId) {
      const stored = getCookie(c, cartCookieName);
      if (stored && (await verifySessionId(stored, shopperId, { secret: sessionSecret }))) return stored;
      return newCart(c, shopperId);
    },
    newCart,
  };
}
