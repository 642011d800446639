import { i18nForTest } from '../i18n/testing.ts';
import { describe, expect, it } from 'vitest';
import { phaseChart } from './phase-chart.ts';

const counts = [
  { phaseId: 'fase-1', label: 'Fase 1', municipalities: 1, organisations: 2 },
  { phaseId: 'fase-2', label: 'Fase 2', municipalities: 6, organisations: 1 },
];
const colours = { municipalities: '#0b4f6c', organisations: '#4b4b4b' };

describe('phaseChart', () => {
  const chart = phaseChart(counts, colours, i18nForTest());
  const config = chart.spec.config as any;

  it('is a bar chart with a bar per phase for municipalities and for organisations', () => {
    expect(chart.spec.kind).toBe('categories');
    expect(config.type).toBe('bar');
    expect(config.data.labels).toEqual(['Fase 1', 'Fase 2']);
    expect(config.data.datasets).toEqual([
      { label: 'Kommuner', data: [1, 6], backgroundColor: '#0b4f6c' },
      { label: 'Sykehus og helseforetak', data: [2, 1], backgroundColor: '#4b4b4b' },
    ]);
    expect(JSON.parse(JSON.stringify(chart.spec))).toEqual(chart.spec);
  });

  it('has the same numbers as a table', () => {
    expect(chart.table).toEqual({
      caption: 'Antall deltakere per innføringsfase',
      rowHeading: 'Fase',
      columns: ['Kommuner', 'Sykehus og helseforetak'],
      // The phase names are content (bokmål), marked so on other languages' pages.
      contentLabels: 'rows',
      rows: [
        { label: 'Fase 1', values: [1, 2] },
        { label: 'Fase 2', values: [6, 1] },
      ],
    });
  });

  it('summarises every phase in one sentence, with Norwegian plurals', () => {
    expect(chart.summary).toBe(
      'Fase 1 har 1 kommune og 2 sykehus og helseforetak; Fase 2 har 6 kommuner og 1 sykehus eller helseforetak.',
    );
  });

  it('says so when there are no phases', () => {
    expect(phaseChart([], colours, i18nForTest()).summary).toBe('Ingen innføringsfaser er registrert ennå.');
  });
});
