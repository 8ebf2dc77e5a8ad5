// What the demo's own server endpoints (/demo-api/*) send and receive: shared by the server and the storefront, so
// both sides agree on the shapes. Types only; nothing here reaches the browser bundle.

/** A demo shopper one can sign in as: a customer profile of the Talon.One Application. */
export interface Shopper {
  /** The customer profile's integration ID, which the proxy binds every request to. */
  id: string;
  name: string;
}

/** A product of the demo catalog. */
export interface Product {
  sku: string;
  name: string;
  /** In the Application's currency. */
  price: number;
  category: string;
}

/** The storefront's settings: which Talon.One programs and campaigns it shows, in which locale and currency. */
export interface StoreSettings {
  name: string;
  locale: string;
  currency: string;
  /** The profile-based loyalty program (balance, history). */
  loyaltyProgramId: number;
  /** The card-based loyalty program (linking a card). */
  cardProgramId: number;
  /** The referral campaign whose code the referral page shows. */
  referralCampaignId: number;
  /** Campaign names by ID, for the coupon wallet and the cart (a storefront does not read campaigns itself). */
  campaignNames: Record<number, string>;
  /** The demo shoppers to sign in as. */
  shoppers: Shopper[];
  /** Hints shown on the pages: codes and cards that exist in the demo data. */
  hints: { validCoupon: string; expiredCoupon: string; unlinkedCard: string };
}

/** `GET /demo-api/me`, `POST /demo-api/sign-in` and `POST /demo-api/cart`: the signed-in shopper, or null. */
export interface Me {
  shopper: Shopper | null;
  /**
   * The customer session of the shopper's current order, minted for them by the shop's server (the proxy lets a
   * shopper create a session only under such an ID). The same until `POST /demo-api/cart` starts the next order.
   * Absent when signed out.
   */
  customerSessionId?: string;
}

/** `POST /demo-api/checkout`'s answer: the order as Talon.One closed it. */
export interface CheckoutResult {
  /** The closed customer session. */
  customerSessionId: string;
  /** The cart before discounts. */
  total: number;
  /** What the campaigns took off. */
  discount: number;
  /** What the shopper pays: total less discount. */
  paid: number;
  /** Loyalty points the order earned in the store's profile-based program (main ledger, active and pending). */
  points: number;
  /** The customer session of the shopper's next order, minted for them: `Me.customerSessionId` from now on. */
  nextCustomerSessionId: string;
}

/** The body of every error answer of /demo-api. */
export interface DemoApiErrorBody {
  message: string;
}
