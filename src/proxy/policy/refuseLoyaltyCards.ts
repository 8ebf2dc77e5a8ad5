import { TalonProxyRefusal } from '../TalonProxyRefusal.js';

/**
 * Refuses loyalty cards named by the browser. A rule that spends points would spend them from whatever card the
 * request names, and the proxy cannot tell whose card an identifier is without knowing its program: attach cards in
 * your server, or allow them with a policy function that checks the card is the shopper's.
 */
export function refuseLoyaltyCards(cards: readonly string[] | undefined, pointer: string): void {
  if (!cards?.length) return;
  throw new TalonProxyRefusal(
    403,
    'loyaltyCards are attached by your server, not the browser: allow them with a policy function that checks the card',
    { pointer },
  );
}
