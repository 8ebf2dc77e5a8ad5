import type { SessionIdOptions } from './mintSessionId.js';
import { parseSessionId, signedText } from './sessionIdFormat.js';
import { sessionIdKey } from './sessionIdKey.js';

/**
 * Whether `customerSessionId` was minted for `shopperId` by {@link mintSessionId} under the same secret: for your
 * server's own checks (a cart ID kept in a cookie, say). Constant-time; any other ID is simply `false`.
 */
export async function verifySessionId(
  customerSessionId: string,
  shopperId: string,
  options: SessionIdOptions,
): Promise<boolean> {
  const key = await sessionIdKey(options?.secret, 'verifySessionId');
  const parsed = parseSessionId(customerSessionId);
  if (!parsed) return false;
  return crypto.subtle.verify('HMAC', key, parsed.tag, signedText(parsed.nonce, shopperId));
}
