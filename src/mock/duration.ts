const pattern = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/;

/** Adds an ISO 8601 duration (`P1Y2M10DT2H30M`, `P2W`) to a date, in UTC: months and years by the calendar. */
export function addDuration(date: Date, duration: string): Date {
  const match = pattern.exec(duration);
  if (!match || duration === 'P' || duration.endsWith('T')) throw new Error(`Not an ISO 8601 duration: "${duration}"`);
  const [years, months, weeks, days, hours, minutes, seconds] = match.slice(1).map((part) => Number(part ?? 0)) as [
    number,
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const result = new Date(date.getTime());
  result.setUTCFullYear(result.getUTCFullYear() + years, result.getUTCMonth() + months);
  result.setUTCDate(result.getUTCDate() + weeks * 7 + days);
  result.setTime(result.getTime() + ((hours * 60 + minutes) * 60 + seconds) * 1000);
  return result;
}
