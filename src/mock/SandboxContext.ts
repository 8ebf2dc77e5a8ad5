import type { SandboxClock } from './SandboxClock.js';
import type { SandboxState } from './SandboxState.js';

/** What an operation of the sandbox works with. */
export interface SandboxContext {
  readonly state: SandboxState;
  readonly clock: SandboxClock;
  /** The current time as RFC 3339, fixed for the whole request. */
  readonly now: string;
  /** The next ID of a kind of entity (`profile`, `session`, `coupon`, ...): 1, 2, 3, ... above the seeded ones. */
  nextId(kind: string): number;
  /** A deterministic, unique UUID (transaction UUIDs). */
  uuid(): string;
  /** A deterministic code from a pattern: each `#` becomes one of `characters`. */
  code(pattern?: string, characters?: readonly string[]): string;
}

const defaultCharacters = [...'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'];

export function createContext(state: SandboxState, clock: SandboxClock): SandboxContext {
  const nextId = (kind: string) => state.sequences.set(kind, (state.sequences.get(kind) ?? 0) + 1);
  return {
    state,
    clock,
    now: clock.now().toISOString(),
    nextId,
    uuid() {
      const n = nextId('uuid').toString(16).padStart(12, '0');
      return `00000000-0000-4000-8000-${n}`;
    },
    code(pattern = '####-####', characters = defaultCharacters) {
      // mulberry32 seeded by a journaled counter: the same requests give the same codes, and a rollback rewinds it.
      let seed = nextId('code') * 0x9e3779b9;
      const random = () => {
        seed = (seed + 0x6d2b79f5) | 0;
        let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
        t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
      };
      return pattern.replace(/#/g, () => characters[Math.floor(random() * characters.length)] ?? '#');
    },
  };
}
