const encoder = new TextEncoder();

/**
 * Pseudonyms for log entries: the first 16 hex digits of an HMAC-SHA-256 under a random key made here. A plain hash
 * of an integrationId or an IP would be reversed by hashing guesses; this cannot be without the key, which only lives
 * in memory. Web Crypto, so it runs on edge runtimes as well as Node.
 */
export function createPseudonymizer(): (value: string | null) => Promise<string | null> {
  const key = crypto.subtle.generateKey({ name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  return async (value) => {
    if (value === null) return null;
    const signature = await crypto.subtle.sign('HMAC', await key, encoder.encode(value));
    return Array.from(new Uint8Array(signature, 0, 8), (byte) => byte.toString(16).padStart(2, '0')).join('');
  };
}
