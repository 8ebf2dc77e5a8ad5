import type { CartItem } from '../../schemas/CartItem.js';
import type { SandboxItemFilter } from './SandboxCampaign.js';

/** Money has two decimals; rounding each computed amount keeps sums such as 0.1 + 0.2 exact. */
export const roundMoney = (amount: number): number => Math.round((amount + Number.EPSILON) * 100) / 100;

/** Price x quantity of a cart line (an item without a price, and outside any catalog, is free). */
export const lineTotal = (item: CartItem): number => (item.price ?? 0) * item.quantity;

/** The session's totals, before discounts: cart items, additional costs (the session's and the items'), both. */
export function cartTotals(
  items: readonly CartItem[],
  additionalCosts: Readonly<Record<string, { readonly price: number }>> | undefined,
): { cartItemTotal: number; additionalCostTotal: number; total: number } {
  let cartItemTotal = 0;
  let additionalCostTotal = 0;
  for (const item of items) {
    cartItemTotal += lineTotal(item);
    if (item.additionalCosts) {
      for (const name in item.additionalCosts)
        additionalCostTotal += (item.additionalCosts[name]?.price ?? 0) * item.quantity;
    }
  }
  if (additionalCosts) for (const name in additionalCosts) additionalCostTotal += additionalCosts[name]?.price ?? 0;
  cartItemTotal = roundMoney(cartItemTotal);
  additionalCostTotal = roundMoney(additionalCostTotal);
  return { cartItemTotal, additionalCostTotal, total: roundMoney(cartItemTotal + additionalCostTotal) };
}

/**
 * Whether a cart item matches the filter: same SKU, and the attribute equal to the value. An attribute is looked up in
 * the item's `attributes` first, then among its own fields, so `category` or `name` work as well.
 */
export function matchesItem(item: CartItem, filter: SandboxItemFilter): boolean {
  if (filter.sku !== undefined && item.sku !== filter.sku) return false;
  const attribute = filter.attribute;
  if (attribute !== undefined) {
    const actual = item.attributes?.[attribute.name] ?? item[attribute.name];
    if (actual !== attribute.value) return false;
  }
  return true;
}

/** The value of the units returned so far (price x returned quantity). */
export function returnedValue(items: readonly CartItem[]): number {
  let value = 0;
  for (const item of items) value += (item.price ?? 0) * (item.returnedQuantity ?? 0);
  return value;
}
