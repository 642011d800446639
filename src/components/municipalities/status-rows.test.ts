import { describe, expect, it } from 'vitest';
import type { Municipality, StatusEvent } from '../../schemas/municipality.ts';
import type { StatusDefinition } from '../../schemas/settings.ts';
import { dateChoiceStart, firstEventDate, goLiveDates, goLiveOf, statusRow } from './status-rows.ts';

const statuses: StatusDefinition[] = [
  { id: 'ikke-registrert', navn: 'Ikke registrert', beskrivelse: '-', farge: '#6b6b6b', symbol: '–' },
  { id: 'opsjon-utlost', navn: 'Opsjon utløst', beskrivelse: '-', farge: '#b25000', symbol: 'O' },
  { id: 'innforing-planlagt', navn: 'Innføring planlagt', beskrivelse: '-', farge: '#1d5fa3', symbol: 'P' },
];
const phases = [
  { id: 'fase-1', navn: 'Fase 1', nummer: 1, planlagt: '2022-04-30', gjennomfort: '2022-06-04', organisasjoner: [] },
  { id: 'fase-2', navn: 'Fase 2', nummer: 2, planlagtTekst: 'høsten 2022', organisasjoner: [] },
];
const event = (dato: string, status: string, fase?: string): StatusEvent => ({
  dato,
  status,
  ...(fase ? { fase } : {}),
  kilde: { nyhet: 'kilde' },
});
const item = (id: string, data: Partial<Municipality>) => ({
  id,
  data: { nummer: '5054', navn: id, fylke: 'Trøndelag', koordinater: { lat: 63, lon: 10 }, hendelser: [], ...data },
});

describe('statusRow', () => {
  const indreFosen = item('indre-fosen', {
    hendelser: [event('2021-05-19', 'opsjon-utlost'), event('2021-05-19', 'innforing-planlagt', 'fase-2')],
  });

  it('gives status, since, last change, phase and go-live on the date', () => {
    const row = statusRow(indreFosen, statuses, phases, '2026-11-22');
    expect(row).toMatchObject({ slug: 'indre-fosen', since: '2021-05-19', lastChange: '2021-05-19' });
    expect(row.status?.navn).toBe('Innføring planlagt');
    expect(row.phase?.id).toBe('fase-2');
    expect(row.goLive).toEqual({ text: 'høsten 2022', done: false });
  });

  it('gives the default status, no phase, before any event', () => {
    const row = statusRow(indreFosen, statuses, phases, '2021-01-01');
    expect(row.status?.id).toBe('ikke-registrert');
    expect([row.since, row.lastChange, row.phase, row.goLive]).toEqual([undefined, undefined, undefined, undefined]);
  });

  it('gives no status before a municipality exists', () => {
    expect(statusRow(item('haram', { gyldigFra: '2024-01-01' }), statuses, phases, '2023-06-01').status).toBeUndefined();
  });

  it('gives a ceased municipality its status on its last day', () => {
    const old = item('gamle', { gyldigTil: '2023-12-31', hendelser: [event('2021-06-01', 'opsjon-utlost')] });
    const row = statusRow(old, statuses, phases, '2026-11-22');
    expect(row.status?.id).toBe('opsjon-utlost');
    expect(row.validTo).toBe('2023-12-31');
  });
});

describe('goLiveOf', () => {
  it('prefers the actual date, then the planned date, then the plan in words', () => {
    expect(goLiveOf(phases[0]!)).toEqual({ text: 'Tatt i bruk 4. juni 2022', date: '2022-06-04', done: true });
    expect(goLiveOf({ ...phases[0]!, gjennomfort: undefined })).toEqual({ text: '30. april 2022', date: '2022-04-30', done: false });
    expect(goLiveOf(phases[1]!)).toEqual({ text: 'høsten 2022', done: false });
    expect(goLiveOf({ ...phases[1]!, planlagtTekst: undefined })).toBeUndefined();
  });
});

describe('goLiveDates', () => {
  it('lists the dated go-lives up to today, oldest first, and leaves out plans in words and future dates', () => {
    const third = { id: 'fase-3', navn: 'Fase 3', nummer: 3, planlagt: '2022-01-10', organisasjoner: [] };
    const fourth = { id: 'fase-4', navn: 'Fase 4', nummer: 4, planlagt: '2030-01-01', organisasjoner: [] };
    expect(goLiveDates([...phases, third, fourth], '2026-11-22')).toEqual([
      { date: '2022-01-10', phase: 'Fase 3', done: false },
      { date: '2022-06-04', phase: 'Fase 1', done: true },
    ]);
    expect(goLiveDates(phases, '2022-06-03')).toEqual([]);
  });
});

describe('firstEventDate', () => {
  it('is the earliest event of any municipality', () => {
    expect(firstEventDate([item('a', { hendelser: [event('2021-05-19', 'opsjon-utlost')] }), item('b', { hendelser: [event('2020-10-01', 'opsjon-utlost')] })])).toBe('2020-10-01');
    expect(firstEventDate([item('c', {})])).toBeUndefined();
  });
});

describe('dateChoiceStart', () => {
  it('is New Year of the first event’s year, so the state before it can be shown', () => {
    expect(dateChoiceStart('2021-05-19')).toBe('2021-01-01');
  });
});
