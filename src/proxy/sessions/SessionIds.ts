import { parseSessionId, signedText } from './sessionIdFormat.js';
import { sessionIdKey } from './sessionIdKey.js';

/** The proxy's check of minted session IDs, with its key made once, on first use. */
export interface SessionIds {
  /** Whether the ID was minted for the shopper: no look-up, constant-time. */
  isMintedFor(customerSessionId: string, shopperId: string): Promise<boolean>;
}

/**
 * The check under the secret `secret()` returns (the proxy's `sessionSecret`, else its `apiKey`). Read on first use,
 * like the API key, so a missing secret fails the first request that needs it, not the module that creates the proxy.
 */
export function createSessionIds(secret: () => string | undefined): SessionIds {
  let key: Promise<CryptoKey> | undefined;
  const keyOf = () => {
    if (!key) {
      key = sessionIdKey(secret() ?? '', 'createTalonProxy (sessionSecret)');
      // A failure (no secret yet) is not kept: the next request tries again.
      key.catch(() => (key = undefined));
    }
    return key;
  };
  return {
    async isMintedFor(customerSessionId, shopperId) {
      const parsed = parseSessionId(customerSessionId);
      if (!parsed) return false;
      return crypto.subtle.verify('HMAC', await keyOf(), parsed.tag, signedText(parsed.nonce, shopperId));
    },
  };
}
