/**
 * Calendar arithmetic on `YYYY-MM-DD` strings, in whole UTC days, so the
 * corpus never depends on the machine's time zone or clock.
 */

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 for an ISO date. */
export function toDay(iso: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) throw new Error(`not a YYYY-MM-DD date: ${iso}`);
  const day = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) / DAY_MS;
  if (fromDay(day) !== iso) throw new Error(`not a real calendar date: ${iso}`);
  return day;
}

/** ISO date for a day number from {@link toDay}. */
export function fromDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** Adds whole days to an ISO date. */
export function addDays(iso: string, days: number): string {
  return fromDay(toDay(iso) + days);
}

const MONTHS = [
  'januar', 'februar', 'mars', 'april', 'mai', 'juni',
  'juli', 'august', 'september', 'oktober', 'november', 'desember',
];

/** A date in Norwegian words, e.g. «28. februar 2022». Written out by hand so it does not depend on ICU data. */
export function norwegianDate(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return `${day}. ${MONTHS[month - 1]} ${year}`;
}
