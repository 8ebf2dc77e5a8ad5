const pattern = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/;

/** An ISO 8601 duration's parts: years, months, weeks, days, hours, minutes, seconds. */
export type DurationParts = [number, number, number, number, number, number, number];

/** The parts of an ISO 8601 duration (`P1Y2M10DT2H30M`, `P2W`), absent ones 0; undefined if it is none. */
export function parseDuration(duration: string): DurationParts | undefined {
  const match = pattern.exec(duration);
  if (!match || duration === 'P' || duration.endsWith('T')) return undefined;
  return match.slice(1).map((part) => Number(part ?? 0)) as DurationParts;
}

/** Adds an ISO 8601 duration (`P1Y2M10DT2H30M`, `P2W`) to a date, in UTC: months and years by the calendar. */
export function addDuration(date: Date, duration: string): Date {
  const parts = parseDuration(duration);
  if (!parts) throw new Error(`Not an ISO 8601 duration: "${duration}"`);
  const [years, months, weeks, days, hours, minutes, seconds] = parts;
  const result = new Date(date.getTime());
  result.setUTCFullYear(result.getUTCFullYear() + years, result.getUTCMonth() + months);
  result.setUTCDate(result.getUTCDate() + weeks * 7 + days);
  result.setTime(result.getTime() + ((hours * 60 + minutes) * 60 + seconds) * 1000);
  return result;
}
