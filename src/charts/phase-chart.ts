/**
 * The participants chart: how many municipalities and how many hospitals and
 * health trusts take part in each rollout phase, as grouped bars.
 */
import type { PhaseParticipantCount } from '../domain/phases.ts';
import type { I18n } from '../i18n/languages.ts';
import type { ChartModel } from './chart-spec.ts';

/** Bar colours: the site's own colour for municipalities, a neutral dark grey for organisations. */
export interface PhaseChartColours {
  municipalities: string;
  organisations: string;
}

/** The participants-per-phase chart from {@link participantCounts}, phases in the order given. */
export function phaseChart(counts: readonly PhaseParticipantCount[], colours: PhaseChartColours, i18n: I18n): ChartModel {
  const { t, tCount } = i18n;
  const municipalities = t('charts.phases.municipalities');
  const organisations = t('charts.phases.organisations');
  const perPhase = counts.map((phase) =>
    t('charts.phases.item', {
      phase: phase.label,
      municipalities: tCount('count.municipalities', phase.municipalities),
      organisations: tCount('count.organisations', phase.organisations),
    }),
  );
  return {
    spec: {
      kind: 'categories',
      config: {
        type: 'bar',
        data: {
          labels: counts.map((phase) => phase.label),
          datasets: [
            { label: municipalities, data: counts.map((p) => p.municipalities), backgroundColor: colours.municipalities },
            { label: organisations, data: counts.map((p) => p.organisations), backgroundColor: colours.organisations },
          ],
        },
        options: {
          maintainAspectRatio: false,
          scales: {
            x: { type: 'category', grid: { display: false } },
            y: { type: 'linear', beginAtZero: true, ticks: { precision: 0 }, title: { display: true, text: t('charts.phases.axis') } },
          },
          plugins: { legend: { position: 'bottom' } },
        },
      },
    },
    // Semicolons, not «og», between phases: each item already contains «og».
    summary: counts.length === 0 ? t('charts.phases.none') : t('charts.phases.summary', { phases: perPhase.join('; ') }),
    table: {
      caption: t('charts.phases.caption'),
      rowHeading: t('charts.phases.phase'),
      columns: [municipalities, organisations],
      contentLabels: 'rows',
      rows: counts.map((phase) => ({ label: phase.label, values: [phase.municipalities, phase.organisations] })),
    },
  };
}
