/** The shop's settings: the Talon.One loyalty program, and how numbers and money are shown. */
export const shop = {
  loyaltyProgramId: 1,
  locale: 'en-US',
  currency: 'EUR',
} as const;

/** Who is signed in and their cart, from the shop's own server (server/index.ts: `GET /api/me`). */
export interface Me {
  shopperId: string;
  /** The Talon.One customer session of the cart: an ID the server minted for this shopper. */
  cartId: string;
}
