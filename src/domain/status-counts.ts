/**
 * How many municipalities have each status, on one date and over time, and
 * the same series shaped for a Chart.js line chart.
 */
import type { StatusDefinition } from '../schemas/settings.ts';
import { formatDate } from './format.ts';
import { eventCountsFrom, eventsInOrder, statusOn, type MunicipalityHistory } from './municipality-status.ts';
import { periodEnd } from './period.ts';

/** A municipality as counted here; `navn` only names it in error messages. */
export type CountedMunicipality = MunicipalityHistory & { navn?: string };

/** The number of municipalities with one status. */
export interface StatusCount {
  /** Status id from the settings' `statuser`. */
  statusId: string;
  count: number;
}

/**
 * Counts on one date, each municipality in exactly one entry: a plan whose
 * date had passed by `date` is not a current plan, so it is counted in
 * `passed`, not in its plan status's entry of `counts`.
 */
export interface CountsOnDate {
  date: string;
  /** One entry per status in vocabulary order; a plan status's count leaves out its plans whose date had passed. */
  counts: StatusCount[];
  /** One entry per plan status (type «plan») in vocabulary order: its plans whose date had passed on `date` ({@link overdueOn}). */
  passed: StatusCount[];
}

/** One line of the progress chart. */
export interface StatusDataset {
  /** The status id; for a plan's passed plans, the plan's id followed by {@link PASSED_SUFFIX}. */
  statusId: string;
  /** The status's name, or the passed plans' label, shown in the chart's legend. */
  label: string;
  /** True for a plan status's plans whose date had passed: its label is interface text, not a status name. */
  passed?: boolean;
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
type TypedStatusIds = readonly Pick<StatusDefinition, 'id' | 'type'>[];

/** Added to a plan status's id for the dataset of its plans whose date has passed (as on the map and in the key figures). */
export const PASSED_SUFFIX = '--passert';

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
 * The counts on `date` with each plan status's plans whose date had passed
 * by then ({@link overdueOn}, judged on `date`, not on the build date) taken
 * out of its count and counted apart, so every municipality that exists on
 * `date` is in exactly one entry, as in the key figures.
 */
export function countsWithPassedOn(
  municipalities: readonly CountedMunicipality[],
  statuses: TypedStatusIds,
  date: string,
): CountsOnDate {
  const counts = countsOn(municipalities, statuses, date);
  const passed = statuses.flatMap((status, i) => {
    if (status.type !== 'plan') return [];
    const count = overdueOn(municipalities, date, status.id);
    counts[i]!.count -= count;
    return [{ statusId: status.id, count }];
  });
  return { date, counts, passed };
}

/**
 * Counts by status ({@link countsWithPassedOn}: passed plans apart) at every
 * date where they change, from the earliest event of any municipality up to
 * `endDate`: the days events count from (`eventCountsFrom`), the day after a
 * plan's planned period ends (its date has passed from then on), the first
 * day of a new municipality (`gyldigFra`) and the day after one ceases
 * (`gyldigTil` + 1). A date whose counts equal the previous point's is left
 * out; `endDate` is always the last point, so the chart reaches the build
 * date. With no event on or before `endDate`, the series is that single point.
 */
export function countsOverTime(
  municipalities: readonly CountedMunicipality[],
  statuses: TypedStatusIds,
  endDate: string,
): CountsOnDate[] {
  const eventDates = municipalities.flatMap((m) => eventsInOrder(m).map(eventCountsFrom));
  const start = eventDates.reduce<string | undefined>((min, d) => (min === undefined || d < min ? d : min), undefined);
  if (start === undefined || start > endDate) {
    return [countsWithPassedOn(municipalities, statuses, endDate)];
  }

  const candidates = new Set(eventDates);
  for (const m of municipalities) {
    if (m.gyldigFra !== undefined) candidates.add(m.gyldigFra);
    if (m.gyldigTil !== undefined) candidates.add(dayAfter(m.gyldigTil));
    // Whether the plan is still current then is for countsWithPassedOn to judge; this only adds the day to look.
    for (const event of m.hendelser) if (event.planlagt !== undefined) candidates.add(dayAfter(periodEnd(event.planlagt)));
  }
  const dates = [...candidates].filter((d) => d >= start && d < endDate).sort();

  const series: CountsOnDate[] = [];
  for (const date of dates) {
    const point = countsWithPassedOn(municipalities, statuses, date);
    if (!samePoint(series.at(-1), point)) series.push(point);
  }
  series.push(countsWithPassedOn(municipalities, statuses, endDate));
  return series;
}

/** The words and colour of a plan status's «date has passed» dataset. */
export interface PassedSeriesStyle {
  /** Its legend label, the key figures' group name: «Planlagt dato passert, ny dato ikke kjent». */
  label: string;
  /** `#rrggbb`. */
  color: string;
}

/**
 * The series from {@link countsOverTime} as Chart.js line-chart data: one
 * dataset per status in vocabulary order, named and coloured from the
 * settings, each plan status followed by a dataset of its plans whose date
 * had passed, named and coloured by `passed`. `formatLabel` turns each ISO
 * date into a label (default: «23. februar 2022»).
 */
export function statusChartData(
  series: readonly CountsOnDate[],
  statuses: readonly Pick<StatusDefinition, 'id' | 'navn' | 'farge' | 'type'>[],
  passed: PassedSeriesStyle,
  formatLabel: (isoDate: string) => string = formatDate,
): StatusChartData {
  const countOf = (counts: readonly StatusCount[], id: string) => counts.find((c) => c.statusId === id)?.count ?? 0;
  return {
    labels: series.map((point) => formatLabel(point.date)),
    datasets: statuses.flatMap((status) => {
      const own = { statusId: status.id, label: status.navn, color: status.farge, data: series.map((point) => countOf(point.counts, status.id)) };
      if (status.type !== 'plan') return [own];
      return [
        own,
        {
          statusId: `${status.id}${PASSED_SUFFIX}`,
          label: passed.label,
          passed: true,
          color: passed.color,
          data: series.map((point) => countOf(point.passed, status.id)),
        },
      ];
    }),
  };
}

function samePoint(a: CountsOnDate | undefined, b: CountsOnDate): boolean {
  return a !== undefined && sameCounts(a.counts, b.counts) && sameCounts(a.passed, b.passed);
}

function sameCounts(a: readonly StatusCount[], b: readonly StatusCount[]): boolean {
  return a.length === b.length && a.every((c, i) => c.count === b[i]!.count);
}

function dayAfter(isoDate: string): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}
