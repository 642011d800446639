import { describe, expect, it } from 'vitest';
import type { StatusEvent } from '../schemas/municipality.ts';
import { nextGoLive, participantCounts, phaseMembership, phasesInOrder, type PhaseInfo } from './phases.ts';

function event(dato: string, status: string, fase?: string): StatusEvent {
  return { dato, status, kilde: { nyhet: 'kilde' }, ...(fase ? { fase } : {}) };
}

const fase1: PhaseInfo = { id: 'fase-1', navn: 'Fase 1', nummer: 1, planlagt: '2022-04-30', organisasjoner: ['st-olavs-hospital'] };
const fase2: PhaseInfo = {
  id: 'fase-2',
  navn: 'Fase 2',
  nummer: 2,
  planlagtTekst: 'høsten 2022',
  organisasjoner: ['helse-nord-trondelag', 'sykehuset-levanger'],
};
const fase3: PhaseInfo = { id: 'fase-3', navn: 'Fase 3', nummer: 3, organisasjoner: [] };
// Listed out of order on purpose: results follow `nummer`.
const phases = [fase3, fase2, fase1];

const organisations = [
  { id: 'st-olavs-hospital', navn: 'St. Olavs hospital HF' },
  { id: 'helse-nord-trondelag', navn: 'Helse Nord-Trøndelag HF' },
  { id: 'sykehuset-levanger', navn: 'Sykehuset Levanger' },
];

const municipalities = [
  { navn: 'Trondheim', hendelser: [event('2021-01-01', 'planlagt', 'fase-1')] },
  { navn: 'Åfjord', hendelser: [event('2021-05-19', 'planlagt', 'fase-2')] },
  { navn: 'Ørland', hendelser: [event('2021-05-19', 'planlagt', 'fase-2')] },
  {
    navn: 'Levanger',
    hendelser: [event('2021-05-19', 'planlagt', 'fase-2'), event('2022-02-23', 'planlagt', 'fase-3')],
  },
  { navn: 'Røros', hendelser: [] },
  { navn: 'Haram', gyldigFra: '2024-01-01', hendelser: [event('2024-01-01', 'planlagt', 'fase-3')] },
];

describe('phaseMembership', () => {
  it('lists each phase in order with its municipalities (alphabetically) and organisations', () => {
    const result = phaseMembership(phases, municipalities, organisations, '2021-12-31');
    expect(result.map((p) => p.phase.id)).toEqual(['fase-1', 'fase-2', 'fase-3']);
    expect(result[0]!.municipalities.map((m) => m.navn)).toEqual(['Trondheim']);
    expect(result[1]!.municipalities.map((m) => m.navn)).toEqual(['Levanger', 'Ørland', 'Åfjord']);
    expect(result[1]!.organisations.map((o) => o.navn)).toEqual(['Helse Nord-Trøndelag HF', 'Sykehuset Levanger']);
    expect(result[2]!.municipalities).toEqual([]);
  });

  it('moves a municipality when a later event names another phase', () => {
    const result = phaseMembership(phases, municipalities, organisations, '2022-02-23');
    expect(result[1]!.municipalities.map((m) => m.navn)).toEqual(['Ørland', 'Åfjord']);
    expect(result[2]!.municipalities.map((m) => m.navn)).toEqual(['Levanger']);
  });

  it('leaves out municipalities that do not exist on the date', () => {
    expect(phaseMembership(phases, municipalities, organisations, '2023-06-01')[2]!.municipalities.map((m) => m.navn)).toEqual([
      'Levanger',
    ]);
    expect(phaseMembership(phases, municipalities, organisations, '2024-01-01')[2]!.municipalities.map((m) => m.navn)).toEqual([
      'Haram',
      'Levanger',
    ]);
  });

  it('refuses an organisation id it cannot find', () => {
    expect(() => phaseMembership([{ ...fase1, organisasjoner: ['ukjent'] }], [], organisations, '2022-01-01')).toThrow(
      /"fase-1" lists organisation "ukjent"/,
    );
  });
});

describe('participantCounts', () => {
  it('counts municipalities and organisations per phase', () => {
    expect(participantCounts(phaseMembership(phases, municipalities, organisations, '2022-06-01'))).toEqual([
      { phaseId: 'fase-1', label: 'Fase 1', municipalities: 1, organisations: 1 },
      { phaseId: 'fase-2', label: 'Fase 2', municipalities: 2, organisations: 2 },
      { phaseId: 'fase-3', label: 'Fase 3', municipalities: 1, organisations: 0 },
    ]);
  });
});

describe('nextGoLive', () => {
  it('is the earliest dated phase on or after the date', () => {
    expect(nextGoLive(phases, '2022-02-24')?.id).toBe('fase-1');
    expect(nextGoLive(phases, '2022-04-30')?.id).toBe('fase-1');
  });

  it('picks the earliest date, not the lowest number', () => {
    const early = { ...fase3, planlagt: '2022-03-01' };
    expect(nextGoLive([fase1, fase2, early], '2022-01-01')?.id).toBe('fase-3');
  });

  it('skips phases that have been carried out or whose date has passed', () => {
    const done = { ...fase1, gjennomfort: '2022-06-04' };
    expect(nextGoLive([done, fase2, fase3], '2022-05-01')?.id).toBe('fase-2');
    expect(nextGoLive(phases, '2022-05-01')?.id).toBe('fase-2');
  });

  it('falls back to a phase planned only in words, in phase order', () => {
    const later = { ...fase3, planlagtTekst: '2023' };
    const result = nextGoLive([later, fase2], '2022-05-01');
    expect(result?.id).toBe('fase-2');
    expect(result?.planlagtTekst).toBe('høsten 2022');
  });

  it('is undefined when nothing more is planned', () => {
    expect(nextGoLive([{ ...fase1, gjennomfort: '2022-06-04' }, fase3], '2022-07-01')).toBeUndefined();
  });
});

describe('phasesInOrder', () => {
  it('sorts by number without touching the input', () => {
    expect(phasesInOrder(phases).map((p) => p.nummer)).toEqual([1, 2, 3]);
    expect(phases.map((p) => p.nummer)).toEqual([3, 2, 1]);
  });
});
