import { useCallback, useMemo, useRef, useState } from 'react';
import {
  summarizeEffects,
  TalonApiError,
  useCustomerSession,
  useUpdateCustomerSession,
  type CustomerSessionV2,
  type TalonError,
} from 'talon-react';

/** A line of the cart: what the browser sends. Prices are the shop's business: the proxy fills them in. */
export interface CartLine {
  sku: string;
  quantity: number;
}

/** The cart of one order, kept in its Talon.One customer session. */
export interface Cart {
  /** The lines as the shopper last set them (ahead of Talon.One while a write runs). */
  lines: readonly CartLine[];
  /** The session as Talon.One last answered: totals, state. Undefined until it exists. */
  session: CustomerSessionV2 | undefined;
  /** What the campaigns take off the cart, summed. */
  discount: number;
  /** False until the session has been read (a new order's session does not exist yet: that is ready too). */
  ready: boolean;
  /** A write is under way. */
  updating: boolean;
  /** Why the session could not be read (other than not existing yet). */
  loadError: TalonError | null;
  /** Reads the session again. */
  retry(): void;
  /** Why the last write failed, if it did. */
  error: TalonError | null;
  setQuantity(sku: string, quantity: number): void;
}

function withQuantity(lines: readonly CartLine[], sku: string, quantity: number): CartLine[] {
  if (quantity <= 0) return lines.filter((line) => line.sku !== sku);
  if (!lines.some((line) => line.sku === sku)) return [...lines, { sku, quantity }];
  return lines.map((line) => (line.sku === sku ? { sku, quantity } : line));
}

/**
 * The shopper's cart as a customer session: every change sends the whole cart with `useUpdateCustomerSession`
 * (`profileId` the shopper's), and the answer updates every component showing the session (CartPromotions,
 * CouponCodeForm) and marks the shopper's loyalty and achievements stale. The kit runs session writes one after
 * another, so quick clicks each send the cart as it was meant at that moment, and the last one wins.
 */
export function useCart(customerSessionId: string, shopperId: string): Cart {
  const session = useCustomerSession({ customerSessionId });
  const { mutateAsync } = useUpdateCustomerSession();
  // The cart the shopper sees while writes run; undefined when Talon.One's answer is the truth again.
  const [draft, setDraft] = useState<readonly CartLine[]>();
  const [error, setError] = useState<TalonError | null>(null);
  const writes = useRef(0);

  const stored = session.data?.customerSession;
  const notFound = session.error instanceof TalonApiError && session.error.status === 404;
  const lines: readonly CartLine[] = useMemo(
    () => draft ?? stored?.cartItems.map((item) => ({ sku: item.sku, quantity: item.quantity })) ?? [],
    [draft, stored],
  );

  const setQuantity = useCallback(
    (sku: string, quantity: number) => {
      const next = withQuantity(lines, sku, quantity);
      setDraft(next);
      setError(null);
      const write = ++writes.current;
      mutateAsync({
        customerSessionId,
        body: {
          customerSession: { profileId: shopperId, cartItems: next.map(({ sku, quantity }) => ({ sku, quantity })) },
          responseContent: ['customerSession'],
        },
      })
        .catch((failure: TalonError) => setError(failure))
        .finally(() => {
          // Only the last write's answer is the cart the shopper meant.
          if (writes.current === write) setDraft(undefined);
        });
    },
    [lines, customerSessionId, shopperId, mutateAsync],
  );

  return {
    lines,
    session: stored,
    discount: summarizeEffects(session.data?.effects).totalDiscount,
    ready: !!session.data || notFound,
    updating: draft !== undefined,
    loadError: session.data || notFound ? null : session.error,
    retry: () => void session.refetch(),
    error,
    setQuantity,
  };
}
