const encoder = new TextEncoder();

// The purpose, so that a key made from the API key (the default secret) signs nothing but session IDs.
const purpose = 'talon-react/customer-session-id/v1';

/** Shortest secret accepted: a secret a shopper could guess lets them mint session IDs for everybody. */
const minimumSecretLength = 16;

/**
 * The HMAC-SHA-256 key of minted session IDs, derived from `secret` for this purpose only. Web Crypto, so it runs on
 * edge runtimes as well as Node.
 */
export async function sessionIdKey(secret: string, origin: string): Promise<CryptoKey> {
  if (typeof secret !== 'string' || secret.length < minimumSecretLength) {
    throw new TypeError(`${origin}: the session secret must be a string of at least ${minimumSecretLength} characters`);
  }
  const base = await crypto.subtle.importKey('raw', encoder.encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, [
    'sign',
  ]);
  const derived = await crypto.subtle.sign('HMAC', base, encoder.encode(purpose));
  return crypto.subtle.importKey('raw', derived, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign', 'verify']);
}
