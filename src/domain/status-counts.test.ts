import { describe, expect, it } from 'vitest';
import type { StatusEvent } from '../schemas/municipality.ts';
import type { StatusDefinition } from '../schemas/settings.ts';
import { countsOn, countsOverTime, statusChartData, type CountedMunicipality } from './status-counts.ts';

const passedStyle = { label: 'Planlagt dato passert, ny dato ikke kjent', color: '#5a6b7a' };

const statuses: StatusDefinition[] = [
  { id: 'ikke-registrert', navn: 'Ikke registrert', beskrivelse: '-', type: 'steg', farge: '#767676', symbol: '–' },
  { id: 'opsjon-utlost', navn: 'Opsjon utløst', beskrivelse: '-', type: 'steg', farge: '#1f6f43', symbol: 'O' },
  { id: 'avtale-signert', navn: 'Avtale signert', beskrivelse: '-', type: 'steg', farge: '#1c4f9c', symbol: 'A' },
  { id: 'i-drift', navn: 'I drift', beskrivelse: '-', type: 'steg', farge: '#5a2d82', symbol: 'D' },
];

function event(dato: string, status: string): StatusEvent {
  return { dato, status, kilde: { nyhet: 'kilde' } };
}

const trondheim: CountedMunicipality = {
  navn: 'Trondheim',
  hendelser: [event('2020-10-01', 'opsjon-utlost'), event('2022-03-10', 'avtale-signert')],
};
const indreFosen: CountedMunicipality = { navn: 'Indre Fosen', hendelser: [event('2021-01-20', 'opsjon-utlost')] };
const roros: CountedMunicipality = { navn: 'Røros', hendelser: [] };
const oldAlesund: CountedMunicipality = {
  navn: 'Ålesund (til 2023)',
  gyldigTil: '2023-12-31',
  hendelser: [event('2021-06-01', 'opsjon-utlost')],
};
const newAlesund: CountedMunicipality = { navn: 'Ålesund', gyldigFra: '2024-01-01', hendelser: [] };
const haram: CountedMunicipality = { navn: 'Haram', gyldigFra: '2024-01-01', hendelser: [] };
const all = [trondheim, indreFosen, roros, oldAlesund, newAlesund, haram];

const asObject = (counts: { statusId: string; count: number }[]) =>
  Object.fromEntries(counts.map((c) => [c.statusId, c.count]));

describe('countsOn', () => {
  it('lists every status in vocabulary order, zero included', () => {
    const counts = countsOn(all, statuses, '2020-01-01');
    expect(counts.map((c) => c.statusId)).toEqual(['ikke-registrert', 'opsjon-utlost', 'avtale-signert', 'i-drift']);
    expect(asObject(counts)).toEqual({ 'ikke-registrert': 4, 'opsjon-utlost': 0, 'avtale-signert': 0, 'i-drift': 0 });
  });

  it('counts only municipalities that exist on the date', () => {
    expect(asObject(countsOn(all, statuses, '2023-12-31'))).toEqual({
      'ikke-registrert': 1,
      'opsjon-utlost': 2,
      'avtale-signert': 1,
      'i-drift': 0,
    });
    // 2024: the old Ålesund is gone, the new Ålesund and Haram start unregistered.
    expect(asObject(countsOn(all, statuses, '2024-01-01'))).toEqual({
      'ikke-registrert': 3,
      'opsjon-utlost': 1,
      'avtale-signert': 1,
      'i-drift': 0,
    });
  });

  it('names the municipality when an event uses an unknown status', () => {
    const bad: CountedMunicipality = { navn: 'Frøya', hendelser: [event('2021-01-01', 'live')] };
    expect(() => countsOn([bad], statuses, '2022-01-01')).toThrow(/"live" of Frøya/);
  });
});

describe('countsOverTime', () => {
  const series = countsOverTime(all, statuses, '2024-06-30');

  it('has a point at each date where the counts change, starting at the first event, ending at the end date', () => {
    expect(series.map((p) => p.date)).toEqual([
      '2020-10-01',
      '2021-01-20',
      '2021-06-01',
      '2022-03-10',
      '2024-01-01', // the day after the old Ålesund's last day, and the new municipalities' first
      '2024-06-30',
    ]);
  });

  it('carries the counts of that date', () => {
    expect(asObject(series[0]!.counts)).toEqual({ 'ikke-registrert': 3, 'opsjon-utlost': 1, 'avtale-signert': 0, 'i-drift': 0 });
    expect(asObject(series[4]!.counts)).toEqual({ 'ikke-registrert': 3, 'opsjon-utlost': 1, 'avtale-signert': 1, 'i-drift': 0 });
  });

  it('leaves out events after the end date', () => {
    expect(countsOverTime(all, statuses, '2021-12-31').map((p) => p.date)).toEqual([
      '2020-10-01',
      '2021-01-20',
      '2021-06-01',
      '2021-12-31',
    ]);
  });

  it('leaves out dates where nothing visible changes', () => {
    const moved: CountedMunicipality = {
      hendelser: [event('2021-01-01', 'opsjon-utlost'), event('2021-05-01', 'opsjon-utlost')],
    };
    expect(countsOverTime([moved], statuses, '2022-01-01').map((p) => p.date)).toEqual(['2021-01-01', '2022-01-01']);
  });

  it('is a single point at the end date when there are no events yet', () => {
    const series = countsOverTime([roros, haram], statuses, '2023-01-01');
    expect(series).toHaveLength(1);
    expect(series[0]!.date).toBe('2023-01-01');
    expect(asObject(series[0]!.counts)['ikke-registrert']).toBe(1);
  });
});

describe('countsOverTime with a plan whose date passes', () => {
  const withPlan: StatusDefinition[] = [
    ...statuses.slice(0, 3),
    { id: 'innforing-planlagt', navn: 'Innføring planlagt', beskrivelse: '-', type: 'plan', farge: '#1d5fa3', symbol: 'P' },
    ...statuses.slice(3),
  ];
  const plan = (dato: string, planlagt: string): StatusEvent => ({ ...event(dato, 'innforing-planlagt'), planlagt });
  // Frøya plans for October 2022 and hears nothing more; Hitra plans for the same month and goes live in it.
  const froya: CountedMunicipality = { navn: 'Frøya', hendelser: [plan('2021-11-11', '2022-10')] };
  const hitra: CountedMunicipality = { navn: 'Hitra', hendelser: [plan('2021-11-11', '2022-10'), event('2022-10-15', 'i-drift')] };
  const series = countsOverTime([froya, hitra, roros], withPlan, '2023-06-30');
  const at = (date: string) => series.find((p) => p.date === date)!;

  it('moves the plan from its status to «passed» on the first day after the planned month, not before', () => {
    expect(series.map((p) => p.date)).toEqual(['2021-11-11', '2022-10-15', '2022-11-01', '2023-06-30']);
    expect(asObject(at('2022-10-15').counts)['innforing-planlagt']).toBe(1);
    expect(asObject(at('2022-10-15').passed)).toEqual({ 'innforing-planlagt': 0 });
    expect(asObject(at('2022-11-01').counts)['innforing-planlagt']).toBe(0);
    expect(asObject(at('2022-11-01').passed)).toEqual({ 'innforing-planlagt': 1 });
    // Judged on each date drawn, not on the end date: in 2021 the plan was current.
    expect(asObject(at('2021-11-11').counts)['innforing-planlagt']).toBe(2);
    expect(asObject(at('2021-11-11').passed)).toEqual({ 'innforing-planlagt': 0 });
  });

  it('keeps every municipality in exactly one group on every date', () => {
    for (const point of series) {
      const total = [...point.counts, ...point.passed].reduce((sum, c) => sum + c.count, 0);
      expect(total, point.date).toBe(3);
    }
  });

  it('draws the passed plans as their own dataset right after the plan, named and coloured apart', () => {
    const chart = statusChartData(series, withPlan, passedStyle, (d) => d);
    expect(chart.datasets.map((d) => [d.statusId, d.label])).toEqual([
      ['ikke-registrert', 'Ikke registrert'],
      ['opsjon-utlost', 'Opsjon utløst'],
      ['avtale-signert', 'Avtale signert'],
      ['innforing-planlagt', 'Innføring planlagt'],
      ['innforing-planlagt--passert', 'Planlagt dato passert, ny dato ikke kjent'],
      ['i-drift', 'I drift'],
    ]);
    expect(chart.datasets[3]!.data).toEqual([2, 1, 0, 0]);
    expect(chart.datasets[4]).toMatchObject({ color: '#5a6b7a', passed: true, data: [0, 0, 1, 1] });
  });
});

describe('statusChartData', () => {
  it('gives one labelled, coloured dataset per status with one number per date', () => {
    const chart = statusChartData(countsOverTime(all, statuses, '2021-12-31'), statuses, passedStyle);
    expect(chart.labels).toEqual(['1. oktober 2020', '20. januar 2021', '1. juni 2021', '31. desember 2021']);
    expect(chart.datasets.map((d) => d.label)).toEqual(['Ikke registrert', 'Opsjon utløst', 'Avtale signert', 'I drift']);
    expect(chart.datasets[1]).toEqual({ statusId: 'opsjon-utlost', label: 'Opsjon utløst', color: '#1f6f43', data: [1, 2, 3, 3] });
    expect(chart.datasets[3]!.data).toEqual([0, 0, 0, 0]);
  });

  it('accepts another label format', () => {
    const chart = statusChartData(countsOverTime(all, statuses, '2021-12-31'), statuses, passedStyle, (d) => d);
    expect(chart.labels[0]).toBe('2020-10-01');
  });
});
