import { notifyManager, type QueryClient } from '@tanstack/react-query';
import type { TalonError } from '../../client/errors/TalonError.js';
import type { UpdateCustomerSessionV2Input } from '../../client/operations/updateCustomerSessionV2.js';
import type { CartItem } from '../../schemas/CartItem.js';
import type { IntegrationCustomerSessionResponse } from '../../schemas/IntegrationCustomerSessionResponse.js';
import { queryState } from '../core/queryState.js';
import { talonKeys } from '../talonKeys.js';
import type { CartLine } from './CartLine.js';

/** A coupon code the shopper added (`applied`) or took out, as they typed it. */
interface CodeEdit {
  readonly code: string;
  readonly applied: boolean;
}

/** What the shopper changed that Talon.One has not answered yet. */
export interface CartDraft {
  /** The lines as the shopper set them; `undefined`: not changed, Talon.One's. */
  readonly lines: readonly CartLine[] | undefined;
  /**
   * The codes added or taken out, by code in lower case (Talon.One compares codes without case). Edits, not a list:
   * they apply over the session's codes as they are when the update goes, so a code another component (the kit's
   * CouponCodeForm) applied meanwhile stays.
   */
  readonly codes: ReadonlyMap<string, CodeEdit>;
}

/** What every `useCart` of one session renders: the draft and the last write's failure. */
export interface CartWriterState {
  readonly draft: CartDraft | undefined;
  readonly error: TalonError | null;
}

/** How to send: the calling hook's `mutateAsync` (the kit's session queue and cache rule), and the shopper. */
export interface CartWrite {
  readonly send: (input: UpdateCustomerSessionV2Input) => Promise<unknown>;
  readonly profileId: string | undefined;
}

/** The coalescing writer of one session's cart, shared by every `useCart` of that session under one QueryClient. */
export interface CartWriter {
  readonly getState: () => CartWriterState;
  readonly subscribe: (listener: () => void) => () => void;
  /** Changes the lines; false (and nothing sent) until the session has been read. */
  readonly editLines: (edit: (lines: readonly CartLine[]) => readonly CartLine[], write: CartWrite) => boolean;
  /** Adds or takes out a code; false (and nothing sent) until the session has been read. */
  readonly editCode: (code: string, applied: boolean, write: CartWrite) => boolean;
  /** The prices the caller gave, by SKU: lines read back from Talon.One carry them again. */
  readonly prices: ReadonlyMap<string, number>;
  /** Remembers the price the caller gave for a SKU. */
  readonly setPrice: (sku: string, price: number) => void;
}

const foldCode = (code: string) => code.toLowerCase();

const noEdits: ReadonlyMap<string, CodeEdit> = new Map();

/** The lines of a session as Talon.One holds it, with the prices the caller gave. */
export function storedLines(
  data: IntegrationCustomerSessionResponse | undefined,
  prices: ReadonlyMap<string, number>,
): CartLine[] {
  return (data?.customerSession?.cartItems ?? []).map(({ sku, quantity }) => {
    const price = prices.get(sku);
    return price === undefined ? { sku, quantity } : { sku, quantity, price };
  });
}

/** The session's codes with the shopper's edits applied: taken out ones gone, added ones at the end, once. */
export function codesWithEdits(
  codes: readonly string[],
  edits: ReadonlyMap<string, CodeEdit> = noEdits,
): readonly string[] {
  if (edits.size === 0) return codes;
  const result = codes.filter((code) => edits.get(foldCode(code))?.applied !== false);
  for (const edit of edits.values()) {
    if (edit.applied && !result.some((code) => foldCode(code) === foldCode(edit.code))) result.push(edit.code);
  }
  return result;
}

const toItem = ({ sku, quantity, price }: CartLine): CartItem =>
  price === undefined ? { sku, quantity } : { sku, quantity, price };

function createCartWriter(queryClient: QueryClient, customerSessionId: string): CartWriter {
  const key = talonKeys.customerSession({ customerSessionId });
  const listeners = new Set<() => void>();
  const prices = new Map<string, number>();
  let state: CartWriterState = { draft: undefined, error: null };
  let inFlight = false;
  // A change arrived while a write was in flight: send the draft again when it settles.
  let dirty = false;
  let write: CartWrite | undefined;

  const set = (next: CartWriterState) => {
    state = next;
    for (const listener of listeners) listener();
  };

  // Read at the moment of the change or the write, not at the last render: ten clicks in one tick and the second
  // write (sent from a promise callback) must build on the newest cart.
  const cached = () => queryClient.getQueryData<IntegrationCustomerSessionResponse>(key);
  const known = () => {
    const query = queryClient.getQueryState(key);
    if (!query) return false;
    return query.data !== undefined || queryState({ ...query, isError: query.status === 'error' }).notFound;
  };

  function inputOf(draft: CartDraft, profileId: string | undefined): UpdateCustomerSessionV2Input {
    const sessionCodes = cached()?.customerSession?.couponCodes;
    // Talon.One's `couponCodes: []` discards every code: send the codes the shopper means, and nothing when the
    // session's codes are unknown (a new session) unless the shopper added some.
    const edited = codesWithEdits(sessionCodes ?? [], draft.codes);
    const couponCodes = sessionCodes || edited.length > 0 ? [...edited] : undefined;
    return {
      customerSessionId,
      body: {
        customerSession: {
          ...(profileId ? { profileId } : {}),
          // Lines the shopper did not change stay as Talon.One holds them: an update without cartItems keeps them.
          ...(draft.lines ? { cartItems: draft.lines.map(toItem) } : {}),
          ...(couponCodes ? { couponCodes } : {}),
        },
        // The answer carries the session, which the kit's cache rule writes into the session's query.
        responseContent: ['customerSession'],
      },
    };
  }

  function flush() {
    const draft = state.draft;
    if (!draft || !write) return;
    const input = inputOf(draft, write.profileId);
    const sent = JSON.stringify(input);
    inFlight = true;
    dirty = false;
    write.send(input).then(
      () => {
        const settled = state.draft;
        // Changes that add up to the update just answered (a code applied twice, a quantity set twice) need no request.
        if (dirty && settled && write && JSON.stringify(inputOf(settled, write.profileId)) !== sent) return flush();
        dirty = false;
        inFlight = false;
        // The answer is in the cache now, but useQuery tells React on notifyManager's next tick: drop the draft on
        // that tick too, after it, so the cart never shows the previous answer for a frame. A change made meanwhile
        // is a new draft, which stays.
        notifyManager.schedule(() => {
          if (!inFlight && state.draft === settled) set({ draft: undefined, error: null });
        });
      },
      (error: unknown) => {
        inFlight = false;
        dirty = false;
        // Back to what Talon.One holds: the failed write changed nothing there, and changes that were waiting were
        // made on top of it.
        set({ draft: undefined, error: error as TalonError });
      },
    );
  }

  function change(edit: (draft: CartDraft) => CartDraft, how: CartWrite): boolean {
    if (!known()) return false;
    write = how;
    set({ draft: edit(state.draft ?? { lines: undefined, codes: noEdits }), error: null });
    if (inFlight) dirty = true;
    else flush();
    return true;
  }

  return {
    getState: () => state,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    editLines: (edit, how) =>
      change((draft) => ({ ...draft, lines: edit(draft.lines ?? storedLines(cached(), prices)) }), how),
    editCode: (code, applied, how) =>
      change((draft) => {
        const codes = new Map(draft.codes);
        codes.set(foldCode(code), { code, applied });
        return { ...draft, codes };
      }, how),
    prices,
    setPrice: (sku, price) => void prices.set(sku, price),
  };
}

// One writer per session and QueryClient, so that every useCart of a cart (the cart page, the header's badge)
// shows one draft and coalesces into one queue. A writer is a few small objects; it stays for the page's life.
const writers = new WeakMap<QueryClient, Map<string, CartWriter>>();

/** The writer of a session's cart under this QueryClient. */
export function cartWriterOf(queryClient: QueryClient, customerSessionId: string): CartWriter {
  let byId = writers.get(queryClient);
  if (!byId) writers.set(queryClient, (byId = new Map()));
  let writer = byId.get(customerSessionId);
  if (!writer) byId.set(customerSessionId, (writer = createCartWriter(queryClient, customerSessionId)));
  return writer;
}
