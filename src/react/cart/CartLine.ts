/** A line of a cart as `useCart` keeps it: what the shopper chose. */
export interface CartLine {
  /** The item's stock keeping unit. */
  sku: string;
  /** How many, at least 1. */
  quantity: number;
  /**
   * The unit price the caller gave with `add`, sent with every update of this line. Absent when the shop's side
   * prices the cart (the kit's proxy with `priceCart` refuses prices from the browser) or Talon.One's catalog does:
   * Talon.One's prices are in `session.cartItems`.
   */
  price?: number;
}
