import { i18nForTest } from '../i18n/testing.ts';
import { describe, expect, it } from 'vitest';
import type { StatusEvent } from '../schemas/municipality.ts';
import { progressChart } from './progress-chart.ts';
import { dateToTime } from './date-axis.ts';
import { contrastRatio } from '../map/map-model.ts';

const statuses = [
  { id: 'ikke-registrert', navn: 'Ikke registrert', farge: '#6b6b6b', type: 'start' as const },
  { id: 'opsjon-utlost', navn: 'Opsjon utløst', farge: '#b25000', type: 'steg' as const },
  { id: 'i-drift', navn: 'I drift', farge: '#1f6f43', type: 'drift' as const },
];
const event = (dato: string, status: string): StatusEvent => ({ dato, status, kilde: { nyhet: 'kilde' } });
const municipalities = [
  { navn: 'Trondheim', hendelser: [event('2020-10-01', 'opsjon-utlost'), event('2022-06-04', 'i-drift')] },
  { navn: 'Røros', hendelser: [event('2021-05-19', 'opsjon-utlost')] },
  { navn: 'Tydal', hendelser: [] },
];

describe('progressChart', () => {
  const chart = progressChart(municipalities, statuses, '2026-11-22', i18nForTest());
  const config = chart.spec.config as any;

  it('is a stacked step chart on a time axis, one band per status in vocabulary order, coloured from the settings', () => {
    expect(chart.spec.kind).toBe('dates');
    expect(config.type).toBe('line');
    expect(config.options.scales.y.stacked).toBe(true);
    expect(config.options.scales.x).toMatchObject({ type: 'linear', min: dateToTime('2020-10-01'), max: dateToTime('2026-11-22') });
    expect(config.data.datasets.map((d: any) => [d.label, d.backgroundColor, d.fill, d.stepped])).toEqual([
      ['Ikke registrert', '#6b6b6b', 'origin', 'before'],
      ['Opsjon utløst', '#b25000', '-1', 'before'],
      ['I drift', '#1f6f43', '-1', 'before'],
    ]);
  });

  it('has a point where counts change and at the end date, as {x: time, y: count}', () => {
    expect(config.data.datasets[1].data).toEqual([
      { x: dateToTime('2020-10-01'), y: 1 },
      { x: dateToTime('2021-05-19'), y: 2 },
      { x: dateToTime('2022-06-04'), y: 1 },
      { x: dateToTime('2026-11-22'), y: 1 },
    ]);
  });

  it('survives JSON, so the page can embed it', () => {
    expect(JSON.parse(JSON.stringify(chart.spec))).toEqual(chart.spec);
  });

  it('gives the same numbers as a table, one row per date', () => {
    expect(chart.table.columns).toEqual(['Ikke registrert', 'Opsjon utløst', 'I drift']);
    expect(chart.table.rows).toEqual([
      { label: '1. oktober 2020', date: '2020-10-01', values: [2, 1, 0] },
      { label: '19. mai 2021', date: '2021-05-19', values: [1, 2, 0] },
      { label: '4. juni 2022', date: '2022-06-04', values: [1, 1, 1] },
      { label: '22. november 2026', date: '2026-11-22', values: [1, 1, 1] },
    ]);
  });

  it('sums the bands to the municipalities that exist on every date', () => {
    for (const row of chart.table.rows) expect(row.values.reduce((a, b) => a + b)).toBe(3);
  });

  it('summarises the period and today’s non-zero counts in one sentence', () => {
    expect(chart.summary).toBe(
      'Antall kommuner med hver status fra 1. oktober 2020 til 22. november 2026; per 22. november 2026 er fordelingen 1 «Ikke registrert», 1 «Opsjon utløst» og 1 «I drift».',
    );
  });

  it('says which counted municipalities lie outside the region', () => {
    const withOutside = progressChart(municipalities, statuses, '2026-11-22', i18nForTest(), ['Bindal (Nordland)', 'Os (Innlandet)']);
    expect(withOutside.summary).toBe(`${chart.summary} Tallene tar med Bindal (Nordland) og Os (Innlandet), som ligger utenfor regionen.`);
  });

  it('with no events at all, is a single point at the end date', () => {
    const empty = progressChart([{ navn: 'Tydal', hendelser: [] }], statuses, '2026-11-22', i18nForTest());
    expect(empty.table.rows).toEqual([{ label: '22. november 2026', date: '2026-11-22', values: [1, 0, 0] }]);
  });

  describe('with a plan whose date has passed', () => {
    const withPlan = [...statuses.slice(0, 2), { id: 'innforing-planlagt', navn: 'Innføring planlagt', farge: '#1d5fa3', type: 'plan' as const }, statuses[2]!];
    const froya = { navn: 'Frøya', hendelser: [{ ...event('2021-11-11', 'innforing-planlagt'), planlagt: '2024-04' }] };
    const planned = progressChart([...municipalities, froya], withPlan, '2026-11-22', i18nForTest());
    const passed = 'Planlagt dato passert, ny dato ikke kjent';

    it('gives it a band and a column of its own, after the plan, in a colour with contrast on white like the statuses', () => {
      const datasets = (planned.spec.config as any).data.datasets;
      expect(datasets.map((d: any) => d.label)).toEqual(['Ikke registrert', 'Opsjon utløst', 'Innføring planlagt', passed, 'I drift']);
      expect(datasets[3].backgroundColor).not.toBe(datasets[2].backgroundColor);
      expect(contrastRatio(datasets[3].backgroundColor, '#ffffff')).toBeGreaterThanOrEqual(4.5);
      expect(planned.table.columns).toEqual(['Ikke registrert', 'Opsjon utløst', 'Innføring planlagt', passed, 'I drift']);
      expect(planned.table.interfaceColumns).toEqual([3]);
    });

    it('counts the plan as planned until its month ends, then as passed, in the table and the summary', () => {
      expect(planned.table.rows.find((r) => r.date === '2024-04-30')).toBeUndefined();
      expect(planned.table.rows.find((r) => r.date === '2024-05-01')?.values).toEqual([1, 1, 0, 1, 1]);
      expect(planned.table.rows.find((r) => r.date === '2022-06-04')?.values).toEqual([1, 1, 1, 0, 1]);
      for (const row of planned.table.rows) expect(row.values.reduce((a, b) => a + b)).toBe(4);
      expect(planned.summary).toContain(`1 «${passed}»`);
      expect(planned.summary).not.toContain('«Innføring planlagt»');
    });
  });
});
