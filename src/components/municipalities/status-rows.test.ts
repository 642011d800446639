import { describe, expect, it } from 'vitest';
import type { Municipality, StatusEvent } from '../../schemas/municipality.ts';
import type { StatusDefinition } from '../../schemas/settings.ts';
import type { PhaseInfo } from '../../domain/phases.ts';
import { dateChoiceStart, firstEventDate, goLiveDates, goLiveOf, statusRow } from './status-rows.ts';

const statuses: StatusDefinition[] = [
  { id: 'ikke-registrert', navn: 'Ikke registrert', beskrivelse: '-', type: 'start', farge: '#6b6b6b', symbol: '–' },
  { id: 'opsjon-utlost', navn: 'Opsjon utløst', beskrivelse: '-', type: 'steg', farge: '#b25000', symbol: 'O' },
  { id: 'innforing-planlagt', navn: 'Innføring planlagt', beskrivelse: '-', type: 'plan', farge: '#1d5fa3', symbol: 'P' },
  { id: 'i-drift', navn: 'I drift', beskrivelse: '-', type: 'drift', farge: '#1f6f43', symbol: 'D' },
  { id: 'takket-nei', navn: 'Takket nei', beskrivelse: '-', type: 'nei', farge: '#a4262c', symbol: 'N' },
];
const kilde = { nyhet: 'kilde' };
const phases: PhaseInfo[] = [
  { id: 'fase-1', navn: 'Fase 1', nummer: 1, planer: [{ dato: '2021-10-12', planlagt: '2022-04-30', kilde }], gjennomfort: { dato: '2022-05-07', kilde } },
  { id: 'fase-2', navn: 'Fase 2', nummer: 2, planer: [{ dato: '2021-05-19', planlagt: 'høsten 2022', kilde }], gjennomfort: undefined },
];
const event = (dato: string, status: string, extra: Partial<StatusEvent> = {}): StatusEvent => ({ dato, status, kilde, ...extra });
const item = (id: string, data: Partial<Municipality>) => ({
  id,
  data: { nummer: '5054', tidligereNummer: [], navn: id, andreNavn: [], fylke: 'Trøndelag', koordinater: { lat: 63, lon: 10 }, hendelser: [], ...data },
});

describe('statusRow', () => {
  const indreFosen = item('indre-fosen', {
    hendelser: [event('2020-12', 'opsjon-utlost'), event('2021-05-19', 'innforing-planlagt', { fase: 'fase-2', planlagt: 'høsten 2022' })],
  });

  it('gives status, since, last change, phase and the planned go-live on the date', () => {
    const row = statusRow(indreFosen, statuses, phases, '2022-06-01');
    expect(row).toMatchObject({ slug: 'indre-fosen', since: '2021-05-19', lastChange: '2021-05-19', overdue: false });
    expect(row.status?.navn).toBe('Innføring planlagt');
    expect(row.phase?.id).toBe('fase-2');
    expect(row.goLive).toEqual({ text: 'høsten 2022', date: '2022-08-01', planned: 'høsten 2022', done: false, overdue: false });
  });

  it('marks a plan whose date has passed with nothing newer as overdue, never as current', () => {
    const row = statusRow(indreFosen, statuses, phases, '2026-12-01');
    expect(row.overdue).toBe(true);
    expect(row.goLive).toMatchObject({ text: 'høsten 2022', overdue: true, done: false });
  });

  it('says «Tatt i bruk i april 2026» when only the month is known', () => {
    const live = item('averoy', { hendelser: [event('2026-04', 'i-drift', { fase: 'fase-2' })] });
    expect(statusRow(live, statuses, phases, '2026-12-01').goLive?.text).toBe('Tatt i bruk i april 2026');
  });

  it('gives the date a municipality went live', () => {
    const live = item('trondheim', { hendelser: [event('2021-10-12', 'innforing-planlagt', { fase: 'fase-1', planlagt: '2022-04-30' }), event('2022-05-07', 'i-drift', { fase: 'fase-1' })] });
    expect(statusRow(live, statuses, phases, '2026-12-01').goLive).toEqual({ text: 'Tatt i bruk 7. mai 2022', date: '2022-05-07', doneOn: '2022-05-07', done: true, overdue: false });
  });

  it('puts a municipality that declined after joining a wave in no wave, keeping the wave it left as history', () => {
    const declined = item('averoy', { hendelser: [event('2021-05-19', 'innforing-planlagt', { fase: 'fase-2', planlagt: 'høsten 2022' }), event('2023-10', 'takket-nei')] });
    const row = statusRow(declined, statuses, phases, '2026-12-01');
    expect(row.phase).toBeUndefined();
    expect(row.goLive).toBeUndefined();
    expect(row.formerPhase).toEqual({ phase: phases[1], until: '2023-10' });
    expect(statusRow(declined, statuses, phases, '2022-06-01').phase?.id).toBe('fase-2');
  });

  it('gives the default status, no phase, before any event', () => {
    const row = statusRow(indreFosen, statuses, phases, '2020-11-01');
    expect(row.status?.id).toBe('ikke-registrert');
    expect([row.since, row.lastChange, row.phase, row.goLive]).toEqual([undefined, undefined, undefined, undefined]);
  });

  it('counts an event known only by its month from the end of that month', () => {
    expect(statusRow(indreFosen, statuses, phases, '2020-12-30').status?.id).toBe('ikke-registrert');
    expect(statusRow(indreFosen, statuses, phases, '2020-12-31').status?.id).toBe('opsjon-utlost');
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

  it('shows the number valid on the date', () => {
    const alesund = item('alesund', { nummer: '1508', tidligereNummer: [{ nummer: '1507', til: '2023-12-31' }] });
    expect(statusRow(alesund, statuses, phases, '2023-06-01').nummer).toBe('1507');
    expect(statusRow(alesund, statuses, phases, '2024-06-01').nummer).toBe('1508');
  });
});

describe('goLiveOf', () => {
  it('gives the go-live, the current plan, or the plan marked as passed', () => {
    expect(goLiveOf(phases[0]!, '2026-12-01')).toEqual({ text: 'Tatt i bruk 7. mai 2022', date: '2022-05-07', doneOn: '2022-05-07', done: true, overdue: false });
    expect(goLiveOf(phases[0]!, '2022-01-01')).toEqual({ text: '30. april 2022', date: '2022-04-30', planned: '2022-04-30', done: false, overdue: false });
    expect(goLiveOf(phases[1]!, '2026-12-01')).toMatchObject({ text: 'høsten 2022', overdue: true });
    expect(goLiveOf(phases[1]!, '2021-01-01')).toBeUndefined();
  });
});

describe('goLiveDates', () => {
  it('lists the dated go-lives up to today, oldest first, and leaves out plans in words and future dates', () => {
    const third: PhaseInfo = { id: 'fase-3', navn: 'Fase 3', nummer: 3, planer: [{ dato: '2021-01-01', planlagt: '2022-01-10', kilde }], gjennomfort: undefined };
    const fourth: PhaseInfo = { id: 'fase-4', navn: 'Fase 4', nummer: 4, planer: [{ dato: '2021-01-01', planlagt: '2030-01-01', kilde }], gjennomfort: undefined };
    expect(goLiveDates([...phases, third, fourth], '2026-11-22')).toEqual([
      { date: '2022-01-10', phase: 'Fase 3', done: false },
      { date: '2022-05-07', phase: 'Fase 1', done: true },
    ]);
    expect(goLiveDates(phases, '2022-04-30')).toEqual([]);
  });
});

describe('firstEventDate', () => {
  it('is the earliest event of any municipality', () => {
    expect(firstEventDate([item('a', { hendelser: [event('2021-05-19', 'opsjon-utlost')] }), item('b', { hendelser: [event('2020-10', 'opsjon-utlost')] })])).toBe('2020-10-01');
    expect(firstEventDate([item('c', {})])).toBeUndefined();
  });
});

describe('dateChoiceStart', () => {
  it('is New Year of the first event’s year, so the state before it can be shown', () => {
    expect(dateChoiceStart('2021-05-19')).toBe('2021-01-01');
  });
});
