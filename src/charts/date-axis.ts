/**
 * A time axis for Chart.js without a date adapter: dates become UTC
 * milliseconds on a linear scale, with ticks on New Year's Day. Shared by the
 * build (data points) and the browser (tick and tooltip callbacks), so it
 * imports nothing but the date formatter.
 */
import { formatDate } from '../domain/format.ts';

/** UTC midnight of an ISO date (`YYYY-MM-DD`), in milliseconds. */
export function dateToTime(isoDate: string): number {
  return Date.parse(`${isoDate}T00:00:00Z`);
}

/** The ISO date (`YYYY-MM-DD`) of a UTC timestamp in milliseconds. */
export function timeToDate(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}

/** New Year's Days (UTC ms) from `min` to `max`, both included; the axis ticks. */
export function yearTicks(min: number, max: number): number[] {
  const ticks: number[] = [];
  for (let year = new Date(min).getUTCFullYear(); year <= new Date(max).getUTCFullYear(); year++) {
    const time = Date.UTC(year, 0, 1);
    if (time >= min && time <= max) ticks.push(time);
  }
  return ticks;
}

/** A tick label: the year of a New Year's Day tick. */
export function yearLabel(time: number): string {
  return String(new Date(time).getUTCFullYear());
}

/** A tooltip title: the full Norwegian date of a point, «19. mai 2021». */
export function pointLabel(time: number): string {
  return formatDate(timeToDate(time));
}
