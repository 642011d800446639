/**
 * The progress chart: how many municipalities had each status over time, as
 * a stacked step chart (counts change on event dates and hold until the next
 * change), built from the domain's status counts.
 */
import type { StatusDefinition } from '../schemas/settings.ts';
import { countsOverTime, statusChartData, type CountedMunicipality } from '../domain/status-counts.ts';
import type { I18n } from '../i18n/languages.ts';
import { OVERDUE_COLOUR } from '../map/overdue-status.ts';
import type { ChartModel } from './chart-spec.ts';
import { dateToTime } from './date-axis.ts';


/**
 * The progress chart for `municipalities` from their first event up to
 * `endDate` (the build date): a stacked step chart with one band per status in
 * vocabulary order, each plan status followed by a band of its plans whose
 * date had passed on each date («Planlagt dato passert, ny dato ikke kjent»,
 * as in the key figures), a one-sentence summary, and a table with one row
 * per date on which the counts changed. `outside` names the counted
 * municipalities outside the region (e.g. «Bindal (Nordland)»), which the
 * summary then says it includes.
 */
export function progressChart(
  municipalities: readonly CountedMunicipality[],
  statuses: readonly Pick<StatusDefinition, 'id' | 'navn' | 'farge' | 'type'>[],
  endDate: string,
  i18n: I18n,
  outside: readonly string[] = [],
): ChartModel {
  const { t, formatDate, formatNumber, list } = i18n;
  const series = countsOverTime(municipalities, statuses, endDate);
  const data = statusChartData(series, statuses, { label: t('municipalities.keyFigures.passed'), color: OVERDUE_COLOUR }, (date) => date);
  const times = series.map((point) => dateToTime(point.date));
  const first = series[0]!.date;
  const latest = data.datasets.filter((d) => d.data.at(-1)! > 0).map((d) => `${formatNumber(d.data.at(-1)!)} «${d.label}»`);

  return {
    spec: {
      kind: 'dates',
      config: {
        type: 'line',
        data: {
          datasets: data.datasets.map((dataset, i) => ({
            label: dataset.label,
            data: dataset.data.map((y, j) => ({ x: times[j]!, y })),
            backgroundColor: dataset.color,
            borderColor: dataset.color,
            borderWidth: 1,
            // The count set on a date holds until the next change: step, do not slope.
            stepped: 'before',
            fill: i === 0 ? 'origin' : '-1',
            pointRadius: 0,
            pointHitRadius: 8,
          })),
        },
        options: {
          maintainAspectRatio: false,
          interaction: { mode: 'index', intersect: false },
          scales: {
            x: { type: 'linear', min: times[0], max: times.at(-1), grid: { display: false } },
            y: {
              type: 'linear',
              stacked: true,
              beginAtZero: true,
              ticks: { precision: 0 },
              title: { display: true, text: t('charts.progress.axis') },
            },
          },
          plugins: { legend: { position: 'bottom' } },
        },
      },
    },
    summary: [
      t('charts.progress.summary', { start: formatDate(first), end: formatDate(endDate), counts: list(latest) }),
      ...(outside.length > 0 ? [t('charts.progress.outside', { list: list([...outside]) })] : []),
    ].join(' '),
    table: {
      caption: t('charts.progress.caption'),
      rowHeading: t('charts.progress.date'),
      columns: data.datasets.map((d) => d.label),
      contentLabels: 'columns',
      // The passed plans' column is named in the page's own language, not by a status name.
      interfaceColumns: data.datasets.flatMap((d, i) => (d.passed ? [i] : [])),
      rows: series.map((point, j) => ({
        label: formatDate(point.date),
        date: point.date,
        values: data.datasets.map((d) => d.data[j]!),
      })),
    },
  };
}
