/**
 * How many municipalities have each status, on one date and over time, and
 * the same series shaped for a Chart.js line chart.
 */
import type { StatusDefinition } from '../schemas/settings.ts';
import { formatDate } from './format.ts';
import { eventCountsFrom, eventsInOrder, statusOn, type MunicipalityHistory } from './municipality-status.ts';

/** A municipality as counted here; `navn` only names it in error messages. */
export type CountedMunicipality = MunicipalityHistory & { navn?: string };

/** The number of municipalities with one status. */
export interface StatusCount {
  /** Status id from the settings' `statuser`. */
  statusId: string;
  count: number;
}

/** Counts on one date, one entry per status in vocabulary order. */
export interface CountsOnDate {
  date: string;
  counts: StatusCount[];
}

/** One line of the progress chart. */
export interface StatusDataset {
  statusId: string;
  /** The status's name, shown in the chart's legend. */
  label: string;
  /** The status's colour, `#rrggbb`; use it as `borderColor` and `backgroundColor`. */
  color: string;
  /** Count per label, in the order of `labels`. */
  data: number[];
}

/** Chart.js `data` for a line chart of progress over time. */
export interface StatusChartData {
  /** One label per point: the date, formatted for readers. */
  labels: string[];
  datasets: StatusDataset[];
}

type StatusIds = readonly Pick<StatusDefinition, 'id'>[];

/**
 * How many of the municipalities that exist on `date` have each status then.
 * Every status in `statuses` (the settings' `statuser`, whose first entry is
 * the status before any event) appears once, in vocabulary order, zero
 * included. Throws when an event uses a status that is not in the vocabulary.
 */
export function countsOn(
  municipalities: readonly CountedMunicipality[],
  statuses: StatusIds,
  date: string,
): StatusCount[] {
  const counts = statuses.map((status) => ({ statusId: status.id, count: 0 }));
  const index = new Map(statuses.map((status, i) => [status.id, i]));
  const defaultStatus = statuses[0]?.id;
  if (defaultStatus === undefined) throw new Error('countsOn needs at least one status in the vocabulary');
  for (const municipality of municipalities) {
    const current = statusOn(municipality, date, defaultStatus);
    if (!current) continue;
    const i = index.get(current.status);
    if (i === undefined) {
      throw new Error(
        `Status "${current.status}" of ${municipality.navn ?? 'a municipality'} on ${date} is not among the settings' statuser (${statuses.map((s) => s.id).join(', ')}).`,
      );
    }
    counts[i]!.count++;
  }
  return counts;
}

/**
 * How many of the municipalities that exist on `date` have a plan whose
 * date has passed then, with nothing newer registered (see `statusOn`);
 * with `status`, only those whose current status is that plan status.
 */
export function overdueOn(municipalities: readonly CountedMunicipality[], date: string, status?: string): number {
  return municipalities.filter((m) => {
    const current = statusOn(m, date, '');
    return current?.overdue === true && (status === undefined || current.status === status);
  }).length;
}

/**
 * Counts by status at every date where they change, from the earliest event
 * of any municipality up to `endDate`: the days events count from
 * (`eventCountsFrom`), the first day of a new
 * municipality (`gyldigFra`) and the day after one ceases (`gyldigTil` + 1).
 * A date whose counts equal the previous point's is left out; `endDate` is
 * always the last point, so the chart reaches the build date. With no event
 * on or before `endDate`, the series is that single point.
 */
export function countsOverTime(
  municipalities: readonly CountedMunicipality[],
  statuses: StatusIds,
  endDate: string,
): CountsOnDate[] {
  const eventDates = municipalities.flatMap((m) => eventsInOrder(m).map(eventCountsFrom));
  const start = eventDates.reduce<string | undefined>((min, d) => (min === undefined || d < min ? d : min), undefined);
  if (start === undefined || start > endDate) {
    return [{ date: endDate, counts: countsOn(municipalities, statuses, endDate) }];
  }

  const candidates = new Set(eventDates);
  for (const m of municipalities) {
    if (m.gyldigFra !== undefined) candidates.add(m.gyldigFra);
    if (m.gyldigTil !== undefined) candidates.add(dayAfter(m.gyldigTil));
  }
  const dates = [...candidates].filter((d) => d >= start && d < endDate).sort();

  const series: CountsOnDate[] = [];
  for (const date of dates) {
    const counts = countsOn(municipalities, statuses, date);
    if (!sameCounts(series.at(-1)?.counts, counts)) series.push({ date, counts });
  }
  series.push({ date: endDate, counts: countsOn(municipalities, statuses, endDate) });
  return series;
}

/**
 * The series from {@link countsOverTime} as Chart.js line-chart data: one
 * dataset per status in vocabulary order, named and coloured from the
 * settings. `formatLabel` turns each ISO date into a label (default: «23. februar 2022»).
 */
export function statusChartData(
  series: readonly CountsOnDate[],
  statuses: readonly Pick<StatusDefinition, 'id' | 'navn' | 'farge'>[],
  formatLabel: (isoDate: string) => string = formatDate,
): StatusChartData {
  return {
    labels: series.map((point) => formatLabel(point.date)),
    datasets: statuses.map((status) => ({
      statusId: status.id,
      label: status.navn,
      color: status.farge,
      data: series.map((point) => point.counts.find((c) => c.statusId === status.id)?.count ?? 0),
    })),
  };
}

function sameCounts(a: readonly StatusCount[] | undefined, b: readonly StatusCount[]): boolean {
  return a !== undefined && a.length === b.length && a.every((c, i) => c.count === b[i]!.count);
}

function dayAfter(isoDate: string): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}
