import { toBase64url } from './base64url.js';
import { formatSessionId, nonceBytes, signedText } from './sessionIdFormat.js';
import { sessionIdKey } from './sessionIdKey.js';

/** Options of {@link mintSessionId} and {@link verifySessionId}. */
export interface SessionIdOptions {
  /**
   * The proxy's `sessionSecret` (by default its `apiKey`): every instance of one deployment, and your server, use the
   * same one. At least 16 characters; use 32 random ones or more.
   */
  secret: string;
}

/**
 * A new customer session ID for `shopperId`, for your server to hand to the shopper's browser (a new cart, the next
 * order). The proxy lets a shopper create a session only under an ID minted for them, and checks it without asking
 * Talon.One: nobody else can create a session under it, take it before its shopper does, or guess the next one.
 * Each call gives a new ID (a random nonce and an HMAC of it and the shopper under `secret`); nothing is stored.
 *
 * ```ts
 * const customerSessionId = await mintSessionId(shopperId, { secret: process.env.TALON_SESSION_SECRET! });
 * ```
 */
export async function mintSessionId(shopperId: string, options: SessionIdOptions): Promise<string> {
  if (typeof shopperId !== 'string' || shopperId === '') {
    throw new TypeError('mintSessionId: shopperId must be a non-empty string');
  }
  const key = await sessionIdKey(options?.secret, 'mintSessionId');
  const nonce = toBase64url(crypto.getRandomValues(new Uint8Array(nonceBytes)));
  const tag = await crypto.subtle.sign('HMAC', key, signedText(nonce, shopperId));
  return formatSessionId(nonce, toBase64url(new Uint8Array(tag)));
}
