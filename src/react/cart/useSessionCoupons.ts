'use client';
import { skipToken } from '@tanstack/react-query';
import { useCallback, useMemo, useState } from 'react';
import type { TalonError } from '../../client/errors/TalonError.js';
import { summarizeEffects } from '../../effects/summarizeEffects.js';
import { useCartSummary } from './useCartSummary.js';
import { useCustomerSession } from '../hooks/useCustomerSession.js';
import { useUpdateCustomerSession } from '../hooks/useUpdateCustomerSession.js';
import type { Effect } from '../../schemas/Effect.js';
import { queryState } from '../core/queryState.js';

/** What became of one apply or remove. */
export type CouponOutcome =
  | { action: 'apply'; code: string; status: 'accepted' }
  /** `reason` is Talon.One's `rejectionReason`, such as `CouponExpired`: put it in words with `couponRejection`. */
  | { action: 'apply'; code: string; status: 'rejected'; reason: string }
  | { action: 'remove'; code: string; status: 'removed' }
  | { action: 'apply' | 'remove'; code: string; status: 'failed'; error: TalonError };

/** How a code the session carries fares: accepted, or rejected with Talon.One's reason. */
export type SessionCouponStatus = { status: 'accepted' } | { status: 'rejected'; reason: string };

/** The coupon codes of a customer session, and writes that add or remove one. */
export interface SessionCoupons {
  /**
   * `idle` without a session ID, `loading`, `error` (the session could not be read: writing now would replace codes
   * it does not know), or `ready`. A session that does not exist yet (404) is `ready` with no codes: the first apply
   * creates it.
   */
  state: 'idle' | 'loading' | 'error' | 'ready';
  /** Why the session could not be read. */
  error: TalonError | null;
  /** A background refetch failed: the codes shown are the last ones read, and `retry` reads them again. */
  refreshFailed: boolean;
  /** Reads the session again. */
  retry: () => void;
  /** The session's `couponCodes`, as the shopper entered them. */
  codes: readonly string[];
  /** Whether the session's effects accepted or rejected a code (compared without case); `undefined` if neither. */
  statusOf: (code: string) => SessionCouponStatus | undefined;
  /** Adds a code to the session's `couponCodes` (once) and says whether Talon.One accepted it. Never throws. */
  apply: (code: string) => Promise<CouponOutcome>;
  /** Takes a code out of the session's `couponCodes`. Never throws. */
  remove: (code: string) => Promise<CouponOutcome>;
  /** The write under way, if any. Components ignore new writes meanwhile: each one sends the whole list of codes. */
  pending: { action: 'apply' | 'remove'; code: string } | undefined;
  /** The result of the last write. */
  outcome: CouponOutcome | undefined;
  /**
   * Counts the writes: a `key` for the element that shows `outcome`, so that a screen reader announces the same
   * words again when the same code gets the same result twice.
   */
  outcomeKey: number;
}

const fold = (code: string) => code.toLowerCase();
const none: readonly string[] = [];

function outcomeOf(code: string, effects: readonly Effect[] | undefined): CouponOutcome {
  const summary = summarizeEffects(effects);
  const wanted = fold(code);
  if (summary.acceptedCoupons.some((value) => fold(value) === wanted)) {
    return { action: 'apply', code, status: 'accepted' };
  }
  const rejected = summary.rejectedCoupons.find((entry) => fold(entry.value) === wanted);
  // Talon.One accepts or rejects every code a session carries; say "rejected" if an answer ever says neither.
  return { action: 'apply', code, status: 'rejected', reason: rejected?.reason ?? '' };
}

/**
 * Reads a session's coupon codes with `useCustomerSession` and changes them with `useUpdateCustomerSession`
 * (`responseContent: ['customerSession']`, so the answer goes straight into the session's cache entry and every
 * component showing the session updates). `CouponCodeForm` calls it; give its result to `CouponWallet` as `cart` to
 * apply the wallet's coupons to a cart, so that a page without a cart does not load the session code.
 *
 * @param customerSessionId The session; `undefined` waits (`skipToken`).
 * @param profileId Sent only when the session does not exist yet, so the new session belongs to this customer.
 *
 * @example
 * <CouponWallet integrationId={shopperId} cart={useSessionCoupons(cartId)} />
 */
export function useSessionCoupons(customerSessionId: string | undefined, profileId?: string): SessionCoupons {
  const session = useCustomerSession(customerSessionId ? { customerSessionId } : skipToken);
  const update = useUpdateCustomerSession();
  const [pending, setPending] = useState<SessionCoupons['pending']>();
  const [last, setLast] = useState<{ outcome: CouponOutcome; key: number }>();

  const { notFound, refreshFailed } = queryState(session);
  const state: SessionCoupons['state'] = !customerSessionId
    ? 'idle'
    : session.data
      ? 'ready'
      : notFound
        ? 'ready'
        : session.isError
          ? 'error'
          : 'loading';
  const isNew = !session.data && notFound;
  const codes = session.data?.customerSession?.couponCodes ?? none;
  // The session's summary as every reader shares it (one per answer); the write's own answer is summarized apart.
  const { data: summary } = useCartSummary(customerSessionId);

  const statuses = useMemo(() => {
    const map = new Map<string, SessionCouponStatus>();
    for (const entry of summary?.rejectedCoupons ?? [])
      map.set(fold(entry.value), { status: 'rejected', reason: entry.reason });
    for (const value of summary?.acceptedCoupons ?? []) map.set(fold(value), { status: 'accepted' });
    return map;
  }, [summary]);
  const statusOf = useCallback((code: string) => statuses.get(fold(code)), [statuses]);

  const { mutateAsync } = update;
  const write = useCallback(
    async (action: 'apply' | 'remove', code: string, next: string[]): Promise<CouponOutcome> => {
      if (!customerSessionId) throw new Error('talon-react: useSessionCoupons needs a customerSessionId to write.');
      setPending({ action, code });
      let result: CouponOutcome;
      try {
        const data = await mutateAsync({
          customerSessionId,
          body: {
            customerSession: { couponCodes: next, ...(isNew && profileId ? { profileId } : {}) },
            responseContent: ['customerSession'],
          },
        });
        result = action === 'apply' ? outcomeOf(code, data.effects) : { action, code, status: 'removed' };
      } catch (error) {
        result = { action, code, status: 'failed', error: error as TalonError };
      }
      setPending(undefined);
      setLast((previous) => ({ outcome: result, key: (previous?.key ?? 0) + 1 }));
      return result;
    },
    [customerSessionId, isNew, profileId, mutateAsync],
  );

  const apply = useCallback(
    (code: string) => {
      const trimmed = code.trim();
      const known = codes.some((value) => fold(value) === fold(trimmed));
      return write('apply', trimmed, known ? [...codes] : [...codes, trimmed]);
    },
    [codes, write],
  );
  const remove = useCallback(
    (code: string) =>
      write(
        'remove',
        code,
        codes.filter((value) => fold(value) !== fold(code)),
      ),
    [codes, write],
  );

  const { refetch } = session;
  const retry = useCallback(() => void refetch(), [refetch]);

  return {
    state,
    error: state === 'error' ? session.error : null,
    refreshFailed,
    retry,
    codes,
    statusOf,
    apply,
    remove,
    pending,
    outcome: last?.outcome,
    outcomeKey: last?.key ?? 0,
  };
}
