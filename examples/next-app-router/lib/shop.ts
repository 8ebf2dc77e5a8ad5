// The shop's settings, for server and browser code alike: the Talon.One loyalty program, and how numbers and money
// are shown (the same on the server and in the browser, so the server's HTML hydrates unchanged).
export const shop = {
  loyaltyProgramId: 1,
  locale: 'en-US',
  currency: 'EUR',
} as const;

/** The cookie that holds the ID of the shopper's cart (a Talon.One customer session), set by ../proxy.ts. */
export const cartCookie = 'talon_cart';
