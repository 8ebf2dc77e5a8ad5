// Next.js's request proxy (formerly middleware), not Talon.One's: gives a shopper without a cart a new cart ID, minted
// for them (`mintSessionId`), so that Talon.One's proxy lets the browser create that session, and nobody else's.
import { NextResponse, type NextRequest } from 'next/server';
import { mintSessionId } from 'talon-react/proxy';
import { cartCookie } from './lib/shop';
import { shopperOf } from './lib/shopper';

export async function proxy(request: NextRequest) {
  if (request.cookies.has(cartCookie)) return NextResponse.next();
  const shopperId = await shopperOf(request.headers);
  if (!shopperId) return NextResponse.next();
  const secret = process.env.TALON_SESSION_SECRET;
  if (!secret) throw new Error("Set TALON_SESSION_SECRET (the proxy's sessionSecret) to give shoppers carts.");
  const cartId = await mintSessionId(shopperId, { secret });
  // This request's Server Components see the cookie too.
  request.cookies.set(cartCookie, cartId);
  const response = NextResponse.next({ request: { headers: request.headers } });
  response.cookies.set(cartCookie, cartId, { httpOnly: true, sameSite: 'lax', path: '/' });
  return response;
}

export const config = { matcher: ['/cart'] };
