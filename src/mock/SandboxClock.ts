import { addDuration } from './duration.js';

/** The sandbox's time. Frozen at a start time when given one, else the system clock; both can be moved forward. */
export interface SandboxClock {
  now(): Date;
  /** Moves time forward by milliseconds or an ISO 8601 duration (`P30D`, `PT2H`). */
  advance(by: number | string): void;
  /** Jumps to a time (forward or back: tests only). */
  set(to: Date | string): void;
}

export function createClock(start?: Date | string): SandboxClock {
  let base = start === undefined ? undefined : new Date(start).getTime();
  let offset = 0;
  const now = () => new Date((base ?? Date.now()) + offset);
  return {
    now,
    advance(by) {
      offset += typeof by === 'number' ? by : addDuration(now(), by).getTime() - now().getTime();
    },
    set(to) {
      base = new Date(to).getTime();
      offset = 0;
    },
  };
}
