import { addDuration, parseDuration } from '../duration.js';
import type { SandboxAchievement } from '../SandboxSeed.js';
import type { AchievementProgressRecord } from '../SandboxState.js';

/** One period of an achievement: when it starts and, if ever, when it ends. */
export interface AchievementPeriod {
  start: string;
  end?: string;
}

const iso = (ms: number) => new Date(ms).toISOString();

/** `P1M` times `n`: `P{n}M`, so months and years stay calendar months and years. */
function times(duration: string, n: number): string {
  return duration.replace(/\d+/g, (digits) => String(Number(digits) * n));
}

/** The earlier of a period's own end and the achievement's end date. */
function endOf(achievement: SandboxAchievement, periodEnd?: number): string | undefined {
  const ends = [periodEnd, achievement.endDate === undefined ? undefined : Date.parse(achievement.endDate)].filter(
    (end): end is number => end !== undefined,
  );
  return ends.length ? iso(Math.min(...ends)) : undefined;
}

/**
 * The period that progress made at `at` falls in, or would start: for `user_action` one that begins then; for
 * `fixed_schedule` the window of the schedule (every `period` from `fixedStartDate`) holding `at`. Undefined while a
 * fixed schedule has not begun, and after the achievement's end date.
 */
export function periodAt(achievement: SandboxAchievement, at: string): AchievementPeriod | undefined {
  const now = Date.parse(at);
  if (achievement.endDate !== undefined && Date.parse(achievement.endDate) <= now) return undefined;
  const { period } = achievement;
  if (achievement.activationPolicy === 'fixed_schedule' && achievement.fixedStartDate !== undefined) {
    const first = Date.parse(achievement.fixedStartDate);
    if (now < first) return undefined;
    const length = period === undefined ? 0 : addDuration(new Date(first), period).getTime() - first;
    if (period === undefined || length <= 0) return { start: iso(first), ...optionalEnd(endOf(achievement)) };
    // Jump close to the window by the first period's length, then step: calendar periods vary in length.
    const startOf = (k: number) => (k === 0 ? first : addDuration(new Date(first), times(period, k)).getTime());
    let n = Math.max(0, Math.floor((now - first) / length) - 1);
    while (n > 0 && startOf(n) > now) n -= 1;
    let start = startOf(n);
    for (;;) {
      const next = startOf(n + 1);
      if (next > now) return { start: iso(start), ...optionalEnd(endOf(achievement, next)) };
      n += 1;
      start = next;
    }
  }
  const end = period === undefined ? undefined : addDuration(new Date(now), period).getTime();
  return { start: iso(now), ...optionalEnd(endOf(achievement, end)) };
}

function optionalEnd(end: string | undefined): { end?: string } {
  return end === undefined ? {} : { end };
}

/** When the record's period ends: as recorded, else (seeded progress) as the achievement's schedule says. */
function recordEnd(achievement: SandboxAchievement, record: AchievementProgressRecord): string | undefined {
  if (record.endDate !== undefined) return record.endDate;
  const periodEnd = periodAt({ ...achievement, endDate: undefined }, record.startDate)?.end;
  return endOf(achievement, periodEnd === undefined ? undefined : Date.parse(periodEnd));
}

/** The record as of `now`: a period that ended before completion is `expired`, with its end date filled in. */
export function settle(
  achievement: SandboxAchievement,
  record: AchievementProgressRecord,
  now: string,
): AchievementProgressRecord {
  const endDate = recordEnd(achievement, record);
  const ended = endDate !== undefined && Date.parse(endDate) <= Date.parse(now);
  return {
    ...record,
    ...(endDate === undefined ? {} : { endDate }),
    status: record.status === 'inprogress' && ended ? 'expired' : record.status,
  };
}

/**
 * Whether a new period may begin after `last` (settled): `no_recurrence` never; `on_completion` once it is completed
 * or expired; `on_expiration` once its period is over, completed or not.
 */
export function mayRenew(achievement: SandboxAchievement, last: AchievementProgressRecord, now: string): boolean {
  switch (achievement.recurrencePolicy ?? 'no_recurrence') {
    case 'no_recurrence':
      return false;
    case 'on_completion':
      return last.status !== 'inprogress';
    case 'on_expiration':
      return last.endDate !== undefined && Date.parse(last.endDate) <= Date.parse(now);
  }
}

/** The achievement's `period` in Talon.One's notation (`30D`, `1M`, `12h`) from the seed's ISO 8601 duration. */
export function talonPeriod(duration: string): string {
  const parts = parseDuration(duration);
  if (!parts) return duration;
  const [y, mo, w, d, h, mi, s] = parts;
  const only = parts.filter(Boolean).length === 1 ? parts.findIndex(Boolean) : -1;
  // One component keeps its unit (`P7D` is `7D`); several are summed in the largest unit that divides them.
  if (only >= 0) return `${parts[only]}${['Y', 'M', 'W', 'D', 'h', 'm', 's'][only]}`;
  const seconds = (((w * 7 + d) * 24 + h) * 60 + mi) * 60 + s;
  if (y || mo) return seconds ? duration : y && !mo ? `${y}Y` : `${y * 12 + mo}M`;
  const units: Array<[string, number]> = [
    ['W', 604800],
    ['D', 86400],
    ['h', 3600],
    ['m', 60],
    ['s', 1],
  ];
  const [unit, size] = units.find(([, size]) => seconds % size === 0) ?? ['s', 1];
  return `${seconds / size}${unit}`;
}
