'use client';
import { skipToken, useQueryClient } from '@tanstack/react-query';
import { useCallback, useMemo, useSyncExternalStore } from 'react';
import type { TalonError } from '../../client/errors/TalonError.js';
import type { CartEffectsSummary } from '../../effects/CartEffectsSummary.js';
import type { CustomerSessionV2 } from '../../schemas/CustomerSessionV2.js';
import { queryState } from '../core/queryState.js';
import { useCustomerSession } from '../hooks/useCustomerSession.js';
import { useUpdateCustomerSession } from '../hooks/useUpdateCustomerSession.js';
import type { CartLine } from './CartLine.js';
import { cartWriterOf, codesWithEdits, storedLines, type CartWrite, type CartWriterState } from './cartWriter.js';
import { useCartSummary } from './useCartSummary.js';

/** Options of {@link useCart}. */
export interface CartOptions {
  /**
   * The shopper's integration ID, sent with every update: a session the first change creates belongs to them, and
   * their loyalty, inventory and achievements are marked stale after each write.
   */
  profileId?: string;
}

/** What {@link Cart.add} takes: how many to add, and the unit price if the browser prices the cart. */
export interface CartAddOptions {
  /** How many to add to the line (created if missing). Default 1. */
  quantity?: number;
  /** The unit price, remembered for the SKU and sent with its line: only if your proxy does not price the cart. */
  price?: number;
}

/** A cart kept in a Talon.One customer session: what {@link useCart} returns. */
export interface Cart {
  /** The lines as the shopper last set them: ahead of Talon.One while a write is under way. */
  lines: readonly CartLine[];
  /** The coupon codes the shopper means: the session's, with the codes added or taken out since. */
  couponCodes: readonly string[];
  /** The session as Talon.One last answered (totals, state, its priced `cartItems`); `undefined` until it exists. */
  session: CustomerSessionV2 | undefined;
  /** What the campaigns do to the cart Talon.One last answered for (see `useCartSummary`). */
  summary: CartEffectsSummary | undefined;
  /**
   * The session has been read, so changes can go: the cart is known (a session Talon.One does not know yet, 404, is
   * an empty cart and ready too). Changes made before do nothing.
   */
  ready: boolean;
  /** Changes are on their way to Talon.One (one write in flight, perhaps more merged behind it). */
  updating: boolean;
  /**
   * Why the last write failed; the cart is back to what Talon.One holds. Cleared by the next change. A write that is
   * refused (400) is not retried: the same cart would be refused again.
   */
  error: TalonError | null;
  /** Why the session could not be read (other than not existing yet); changes wait for `retry`. */
  loadError: TalonError | null;
  /** Reads the session again, after `loadError`. */
  retry: () => void;
  /** Sets a line's quantity: 0 or less takes the line out, a SKU not in the cart is added. */
  setQuantity: (sku: string, quantity: number) => void;
  /** Adds to a line (by default one more), or adds the line. */
  add: (sku: string, options?: CartAddOptions) => void;
  /** Takes a line out. */
  remove: (sku: string) => void;
  /**
   * Adds a code to the session's codes (once, compared without case). Whether Talon.One accepted it is in
   * `summary.acceptedCoupons` and `summary.rejectedCoupons` once it answered.
   */
  applyCoupon: (code: string) => void;
  /** Takes a code out of the session's codes. */
  removeCoupon: (code: string) => void;
}

const idle: CartWriterState = { draft: undefined, error: null };
const noSubscription = () => () => {};
const getIdle = () => idle;

function withQuantity(lines: readonly CartLine[], sku: string, quantity: number, price?: number): CartLine[] {
  if (quantity <= 0) return lines.filter((line) => line.sku !== sku);
  const line: CartLine = price === undefined ? { sku, quantity } : { sku, quantity, price };
  if (!lines.some((existing) => existing.sku === sku)) return [...lines, line];
  return lines.map((existing) => (existing.sku === sku ? { ...existing, ...line } : existing));
}

/**
 * The shopper's cart, kept in their Talon.One customer session (`useCustomerSession`, and
 * `useUpdateCustomerSession` with `responseContent: ['customerSession']`), so that Talon.One evaluates the
 * campaigns on every change and every component showing the session (`CartPromotions`, `CouponCodeForm`) follows.
 *
 * Changes show at once (a draft). Writes are coalesced: while one update is in flight, every later change merges into
 * one pending cart, sent when the first settles; ten quick clicks send at most two updates and the last change wins
 * (Talon.One bills and rate-limits per call, and wants one session's updates one after another). A failed write
 * sets `error` and the cart returns to what Talon.One holds, dropping the changes that waited behind it.
 *
 * Every update sends the coupon codes the shopper means: Talon.One's `couponCodes: []` discards every code, so the
 * field goes only once the session's codes are known (or the shopper added one). Lines carry `sku` and `quantity`,
 * and a `price` only if you gave one to `add`.
 *
 * Every `useCart` of one session (the cart, the header's badge) shares the draft and the queue.
 *
 * @param customerSessionId The cart's session; `undefined` waits (`skipToken`), and changes do nothing meanwhile.
 * @param options `profileId`: the shopper the session belongs to.
 *
 * @example
 * const cart = useCart(cartId, { profileId: shopperId });
 * <button disabled={!cart.ready} onClick={() => cart.add('SKU-1')}>Add</button>
 */
export function useCart(customerSessionId: string | undefined, options: CartOptions = {}): Cart {
  const { profileId } = options;
  const queryClient = useQueryClient();
  const query = useCustomerSession(customerSessionId ? { customerSessionId } : skipToken);
  const { data: summary } = useCartSummary(customerSessionId);
  const { mutateAsync } = useUpdateCustomerSession();
  const writer = useMemo(
    () => (customerSessionId ? cartWriterOf(queryClient, customerSessionId) : undefined),
    [queryClient, customerSessionId],
  );
  const { draft, error } = useSyncExternalStore(
    writer?.subscribe ?? noSubscription,
    writer?.getState ?? getIdle,
    writer?.getState ?? getIdle,
  );

  const data = query.data;
  const lines = useMemo(() => draft?.lines ?? (writer ? storedLines(data, writer.prices) : []), [draft, data, writer]);
  const sessionCodes = data?.customerSession?.couponCodes;
  const couponCodes = useMemo(() => codesWithEdits(sessionCodes ?? [], draft?.codes), [sessionCodes, draft]);

  const write: CartWrite = useMemo(() => ({ send: mutateAsync, profileId }), [mutateAsync, profileId]);
  const setQuantity = useCallback(
    (sku: string, quantity: number) => {
      if (!Number.isFinite(quantity)) return;
      writer?.editLines((current) => withQuantity(current, sku, Math.trunc(quantity)), write);
    },
    [writer, write],
  );
  const add = useCallback(
    (sku: string, { quantity = 1, price }: CartAddOptions = {}) => {
      if (!writer || !Number.isFinite(quantity)) return;
      if (price !== undefined) writer.setPrice(sku, price);
      writer.editLines((current) => {
        const had = current.find((line) => line.sku === sku)?.quantity ?? 0;
        return withQuantity(current, sku, had + Math.trunc(quantity), writer.prices.get(sku));
      }, write);
    },
    [writer, write],
  );
  const remove = useCallback(
    (sku: string) => void writer?.editLines((current) => withQuantity(current, sku, 0), write),
    [writer, write],
  );
  const applyCoupon = useCallback(
    (code: string) => {
      const trimmed = code.trim();
      if (trimmed) writer?.editCode(trimmed, true, write);
    },
    [writer, write],
  );
  const removeCoupon = useCallback(
    (code: string) => {
      const trimmed = code.trim();
      if (trimmed) writer?.editCode(trimmed, false, write);
    },
    [writer, write],
  );

  const { refetch } = query;
  const retry = useCallback(() => void refetch(), [refetch]);
  const { notFound, failed } = queryState(query);

  return {
    lines,
    couponCodes,
    session: data?.customerSession,
    summary,
    ready: !!customerSessionId && (data !== undefined || notFound),
    updating: draft !== undefined,
    error,
    loadError: failed ? query.error : null,
    retry,
    setQuantity,
    add,
    remove,
    applyCoupon,
    removeCoupon,
  };
}
