import { describe, expect, it } from 'vitest';
import type { StatusEvent } from '../schemas/municipality.ts';
import {
  currentPhase,
  eventCountsFrom,
  eventsInOrder,
  existsOn,
  lastChange,
  statusOn,
  type MunicipalityHistory,
} from './municipality-status.ts';

const DEFAULT = 'ikke-registrert';

function event(dato: string, status: string, extra: Partial<StatusEvent> = {}): StatusEvent {
  return { dato, status, kilde: { nyhet: 'kilde' }, ...extra };
}

const orland: MunicipalityHistory = {
  hendelser: [
    event('2021-03-11', 'opsjon-utlost', { merknad: 'Kommunestyret utløste opsjonen' }),
    event('2021-05-19', 'planlagt', { fase: 'fase-2' }),
    event('2022-03-15', 'avtale-signert'),
    event('2022-11-04', 'i-drift', { fase: 'fase-2' }),
  ],
};

describe('statusOn', () => {
  it('marks a plan as overdue once its planned period has ended with nothing newer', () => {
    const m: MunicipalityHistory = {
      hendelser: [event('2023-06-29', 'innforing-planlagt', { planlagt: '2025-04' })],
    };
    expect(statusOn(m, '2025-04-30', DEFAULT)).toMatchObject({ overdue: false, planned: { end: '2025-04-30' } });
    expect(statusOn(m, '2025-05-01', DEFAULT)).toMatchObject({ status: 'innforing-planlagt', overdue: true });
    const live: MunicipalityHistory = { hendelser: [...m.hendelser, event('2025-04-26', 'i-drift')] };
    expect(statusOn(live, '2026-12-01', DEFAULT)).toMatchObject({ status: 'i-drift', overdue: false });
  });

  it('counts an event known only by its month from the last day of that month', () => {
    const m: MunicipalityHistory = { hendelser: [event('2020-12', 'opsjon-utlost'), event('2020-12-15', 'avtale-signert')] };
    expect(statusOn(m, '2020-12-20', DEFAULT)?.status).toBe('avtale-signert');
    expect(statusOn(m, '2020-12-31', DEFAULT)?.status).toBe('opsjon-utlost');
  });

  it('shows a go-live on the planned day as live, not the plan for that day announced earlier in the same month', () => {
    // As Helse Møre og Romsdal: the board confirmed in «April 2024» the start
    // on 27 April 2024, listed after the go-live that day.
    const m: MunicipalityHistory = {
      hendelser: [
        event('2023-12', 'innforing-planlagt', { planlagt: '2024-04-27' }),
        event('2024-04-27', 'i-drift'),
        event('2024-04', 'innforing-planlagt', { planlagt: '2024-04-27' }),
      ],
    };
    expect(statusOn(m, '2026-12-01', DEFAULT)).toMatchObject({ status: 'i-drift', since: '2024-04-27', overdue: false });
    expect(statusOn(m, '2024-04-30', DEFAULT)).toMatchObject({ status: 'i-drift', overdue: false });
    // The day before the go-live, that plan is the current one (and not overdue).
    expect(statusOn(m, '2024-04-26', DEFAULT)).toMatchObject({ status: 'innforing-planlagt', overdue: false, event: { dato: '2024-04' } });
    expect(eventsInOrder(m).map((e) => e.dato)).toEqual(['2023-12', '2024-04', '2024-04-27']);
  });

  it('still counts a month-precision plan from the month\'s end when it plans for a later period', () => {
    const m: MunicipalityHistory = {
      hendelser: [event('2024-04', 'innforing-planlagt', { planlagt: '2024-10' }), event('2024-04-20', 'avtale-signert')],
    };
    expect(eventCountsFrom(m.hendelser[0]!)).toBe('2024-04-30');
    expect(statusOn(m, '2024-04-29', DEFAULT)?.status).toBe('avtale-signert');
    expect(statusOn(m, '2024-05-01', DEFAULT)).toMatchObject({ status: 'innforing-planlagt', overdue: false });
  });

  it('counts a plan for the first day of its own month, or for the whole month, from the month\'s end', () => {
    // start(dato) < start(planlagt) does not hold: nothing says the plan was known earlier in the month.
    expect(eventCountsFrom(event('2024-04', 'innforing-planlagt', { planlagt: '2024-04-01' }))).toBe('2024-04-30');
    expect(eventCountsFrom(event('2024-04', 'innforing-planlagt', { planlagt: '2024-04' }))).toBe('2024-04-30');
    expect(eventCountsFrom(event('2024-04', 'innforing-planlagt', { planlagt: '2024-04-02' }))).toBe('2024-04-01');
    expect(eventCountsFrom(event('2024-04-10', 'innforing-planlagt', { planlagt: '2024-04-27' }))).toBe('2024-04-10');
  });

  it('is the default status before the first event, set by no event', () => {
    expect(statusOn(orland, '2021-03-10', DEFAULT)).toEqual({ status: DEFAULT, since: undefined, event: undefined, planned: undefined, overdue: false });
  });

  it('takes effect on the event date itself', () => {
    expect(statusOn(orland, '2021-03-11', DEFAULT)?.status).toBe('opsjon-utlost');
  });

  it('ignores events after the date', () => {
    const result = statusOn(orland, '2022-06-01', DEFAULT);
    expect(result?.status).toBe('avtale-signert');
    expect(result?.since).toBe('2022-03-15');
    expect(result?.event?.dato).toBe('2022-03-15');
  });

  it('lets the event listed later in the file win when two share a date', () => {
    const m: MunicipalityHistory = {
      hendelser: [event('2022-03-01', 'opsjon-utlost'), event('2022-03-01', 'avtale-signert')],
    };
    expect(statusOn(m, '2022-03-01', DEFAULT)?.status).toBe('avtale-signert');
    const reversed: MunicipalityHistory = { hendelser: [...m.hendelser].reverse() };
    expect(statusOn(reversed, '2022-03-01', DEFAULT)?.status).toBe('opsjon-utlost');
  });

  it('sorts events by date even when the file lists them out of order', () => {
    const m: MunicipalityHistory = {
      hendelser: [event('2022-11-04', 'i-drift'), event('2021-03-11', 'opsjon-utlost')],
    };
    expect(statusOn(m, '2022-01-01', DEFAULT)?.status).toBe('opsjon-utlost');
    expect(statusOn(m, '2023-01-01', DEFAULT)?.status).toBe('i-drift');
  });

  it('counts «since» from the first of several events that keep the same status', () => {
    const m: MunicipalityHistory = {
      hendelser: [
        event('2021-03-11', 'opsjon-utlost'),
        event('2021-06-01', 'planlagt', { fase: 'fase-2' }),
        event('2022-02-23', 'planlagt', { fase: 'fase-3', merknad: 'Flyttet til fase 3' }),
      ],
    };
    const result = statusOn(m, '2022-03-01', DEFAULT);
    expect(result?.since).toBe('2021-06-01');
    expect(result?.event?.merknad).toBe('Flyttet til fase 3');
  });

  it('gives no status while the municipality does not exist', () => {
    const haram: MunicipalityHistory = { gyldigFra: '2024-01-01', hendelser: [] };
    expect(statusOn(haram, '2023-06-01', DEFAULT)).toBeUndefined();
    expect(statusOn(haram, '2024-01-01', DEFAULT)?.status).toBe(DEFAULT);

    const oldAlesund: MunicipalityHistory = {
      gyldigTil: '2023-12-31',
      hendelser: [event('2021-04-01', 'opsjon-utlost')],
    };
    expect(statusOn(oldAlesund, '2023-12-31', DEFAULT)?.status).toBe('opsjon-utlost');
    expect(statusOn(oldAlesund, '2024-01-01', DEFAULT)).toBeUndefined();
  });
});

describe('existsOn', () => {
  it('treats a municipality without lifetime dates as always existing', () => {
    expect(existsOn(orland, '1900-01-01')).toBe(true);
    expect(existsOn(orland, '2100-01-01')).toBe(true);
  });

  it('includes both the first and the last day', () => {
    const created: MunicipalityHistory = { gyldigFra: '2024-01-01', hendelser: [] };
    expect(existsOn(created, '2023-12-31')).toBe(false);
    expect(existsOn(created, '2023-06-01')).toBe(false);
    expect(existsOn(created, '2024-01-01')).toBe(true);

    const ceased: MunicipalityHistory = { gyldigTil: '2023-12-31', hendelser: [] };
    expect(existsOn(ceased, '2023-12-31')).toBe(true);
    expect(existsOn(ceased, '2024-01-01')).toBe(false);
    expect(existsOn(ceased, '2024-06-01')).toBe(false);
  });
});

describe('currentPhase', () => {
  it('is the phase of the latest event up to the date that names one', () => {
    expect(currentPhase(orland, '2021-04-01')).toBeUndefined();
    expect(currentPhase(orland, '2021-05-19')).toBe('fase-2');
    // The signing event names no phase, so the phase carries over.
    expect(currentPhase(orland, '2022-06-01')).toBe('fase-2');
  });

  it('follows a move to another phase, and ignores later moves', () => {
    const m: MunicipalityHistory = {
      hendelser: [event('2021-06-01', 'planlagt', { fase: 'fase-2' }), event('2022-02-23', 'planlagt', { fase: 'fase-3' })],
    };
    expect(currentPhase(m, '2022-02-22')).toBe('fase-2');
    expect(currentPhase(m, '2022-02-23')).toBe('fase-3');
  });

  it('is undefined while the municipality does not exist', () => {
    const ceased: MunicipalityHistory = { gyldigTil: '2023-12-31', hendelser: [event('2021-06-01', 'planlagt', { fase: 'fase-2' })] };
    expect(currentPhase(ceased, '2024-01-01')).toBeUndefined();
  });
});

describe('lastChange', () => {
  it('is the latest event on or before the date', () => {
    expect(lastChange(orland, '2021-01-01')).toBeUndefined();
    expect(lastChange(orland, '2022-11-03')?.dato).toBe('2022-03-15');
    expect(lastChange(orland, '2022-11-04')?.status).toBe('i-drift');
  });

  it('is undefined while the municipality does not exist', () => {
    const created: MunicipalityHistory = { gyldigFra: '2024-01-01', hendelser: [event('2024-02-01', 'opsjon-utlost')] };
    expect(lastChange(created, '2023-06-01')).toBeUndefined();
  });
});

describe('eventsInOrder', () => {
  it('orders by date, keeps same-day file order, and leaves the content alone', () => {
    const hendelser = [event('2022-03-01', 'b'), event('2021-01-01', 'a'), event('2022-03-01', 'c')];
    expect(eventsInOrder({ hendelser }).map((e) => e.status)).toEqual(['a', 'b', 'c']);
    expect(hendelser.map((e) => e.status)).toEqual(['b', 'a', 'c']);
  });
});
