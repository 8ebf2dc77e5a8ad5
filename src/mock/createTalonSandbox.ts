import * as z from 'zod/mini';
import * as operations from '../client/operations/index.js';
import type { OperationId } from '../client/routes.js';
import { applySeed } from './applySeed.js';
import { checkSeed } from './checkSeed.js';
import { createClock, type SandboxClock } from './SandboxClock.js';
import { createContext } from './SandboxContext.js';
import { SandboxError } from './SandboxError.js';
import type { SandboxSeed } from './SandboxSeed.js';
import { createState, type SandboxState } from './SandboxState.js';
import { handlers } from './operations/handlers.js';
import type { SandboxInput, SandboxOutput } from './operations/OperationHandler.js';
import { checkInput } from '../server/checkInput.js';

/** Options of {@link createTalonSandbox}. */
export interface TalonSandboxOptions {
  /** Freezes the sandbox's clock at this time (move it with `sandbox.clock`). Default: the system clock. */
  now?: Date | string;
}

/** A JSON-serializable copy of everything the sandbox holds. */
export type TalonSandboxSnapshot = Record<string, unknown>;

/** An in-memory Talon.One Integration API. */
export interface TalonSandbox {
  /**
   * Runs one operation as Talon.One would. The input is checked against the kit's schemas first. A refused request
   * throws a {@link SandboxError} (with Talon.One's status and error body) and leaves the sandbox exactly as it was.
   */
  call<Id extends OperationId>(operationId: Id, input: SandboxInput<Id>): SandboxOutput<Id>;
  /** The sandbox's time: advance it to make pending points active, coupons expire and achievements end. */
  readonly clock: SandboxClock;
  /** A deep copy of the whole state, to compare before and after. */
  snapshot(): TalonSandboxSnapshot;
  /** @internal The live state, for the sandbox's own modules. */
  readonly state: SandboxState;
}

/**
 * Creates an in-memory Talon.One Integration API: the 31 operations over profiles, sessions, coupons, referrals,
 * loyalty, achievements, audiences and catalogs, with campaigns that evaluate like the Rule Engine. Deterministic:
 * IDs and codes come from counters, and time from its own clock. Throws a `TypeError` for a seed that holds data the
 * spec forbids in Talon.One's answers (an achievement name that breaks its pattern, a coupon code too short).
 */
export function createTalonSandbox(seed: SandboxSeed = {}, options: TalonSandboxOptions = {}): TalonSandbox {
  checkSeed(seed);
  const state = createState(seed.applicationId ?? 1, seed.accountId ?? 1);
  const clock = createClock(options.now);
  state.journal.atomically(() => applySeed(createContext(state, clock), seed));
  // Compiled (`z.compile`, zod's code generator) on first use: the sandbox runs in tests, dev servers and Storybook,
  // never under a storefront's CSP, and validating a session's cart is most of the cost of an update.
  const inputs = new Map<OperationId, z.ZodMiniType>();
  const inputOf = (operationId: OperationId) => {
    let schema = inputs.get(operationId);
    if (!schema) inputs.set(operationId, (schema = z.compile(operations[operationId].input as z.ZodMiniType)));
    return schema;
  };
  return {
    clock,
    state,
    call(operationId, input) {
      const { data, errors } = checkInput(inputOf(operationId), input);
      if (errors)
        throw new SandboxError(400, `Invalid request: ${errors.map((error) => error.title).join('; ')}`, errors);
      const handler = handlers[operationId];
      return state.journal.atomically(() => handler(createContext(state, clock), data as never));
    },
    snapshot() {
      const { journal: _journal, ...rest } = state;
      return structuredClone(
        Object.fromEntries(
          Object.entries(rest).map(([name, value]) => [
            name,
            typeof value === 'object' && 'toObject' in value ? value.toObject() : value,
          ]),
        ),
      );
    },
  };
}
