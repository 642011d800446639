import { describe, expect, it } from 'vitest';
import type { StatusEvent } from '../schemas/event.ts';
import { currentPlan, eventPlanHistory, newerOwnPlan, nextGoLive, nextPlannedGoLive, participantCounts, phaseMembership, phaseState, phasesInOrder, planHistory, type PhaseInfo } from './phases.ts';

const kilde = { ekstern: 'kilde' };
/** Helse Nord-Trøndelag's wave, as the facts give it: postponed four times. */
const hnt: PhaseInfo = {
  id: 'hnt',
  navn: 'Helse Nord-Trøndelag',
  nummer: 3,
  planer: [
    { dato: '2021-11-11', planlagt: '2022-11', kilde },
    { dato: '2022-09-05', planlagt: '2023-02-11', kilde },
    { dato: '2023-01', planlagt: '2023-11-04', kilde },
    { dato: '2023-05', planlagt: 'høsten 2024', kilde },
    { dato: '2023-06-29', planlagt: '2024-11-09', kilde },
  ],
  gjennomfort: undefined,
};
const first: PhaseInfo = {
  id: 'forste',
  navn: 'Første innføring',
  nummer: 1,
  planer: [{ dato: '2021-10-12', planlagt: '2022-04-30', kilde }],
  gjennomfort: { dato: '2022-05-07', kilde },
};
const later: PhaseInfo = { id: 'pulje-2025-04', navn: 'April 2025', nummer: 5, planer: [{ dato: '2023-06-29', planlagt: '2025-04', kilde }], gjennomfort: undefined };

describe('planHistory', () => {
  it('keeps every plan, oldest first, and says how each changed the one before', () => {
    const steps = planHistory(hnt, '2026-12-01');
    expect(steps.map((s) => [s.plan.planlagt, s.change])).toEqual([
      ['2022-11', 'forste'],
      ['2023-02-11', 'utsatt'],
      ['2023-11-04', 'utsatt'],
      ['høsten 2024', 'utsatt'],
      ['2024-11-09', 'presisert'],
    ]);
    expect(steps[1]!.previous).toMatchObject({ text: '2022-11' });
  });

  it('knows only the plans decided by the date', () => {
    expect(planHistory(hnt, '2022-12-31').map((s) => s.plan.planlagt)).toEqual(['2022-11', '2023-02-11']);
    expect(currentPlan(hnt, '2022-12-31')?.plan.planlagt).toBe('2023-02-11');
    expect(currentPlan(hnt, '2021-01-01')).toBeUndefined();
  });
});

describe('planHistory, restated plans', () => {
  it('reads a plan restated less precisely as the same plan, not as brought forward', () => {
    const wave: PhaseInfo = {
      ...later,
      planer: [
        { dato: '2023-01', planlagt: '2024-04-27', kilde },
        { dato: '2023-05', planlagt: '2024-04', kilde },
        { dato: '2023-12', planlagt: '2024-04-27', kilde },
      ],
    };
    expect(planHistory(wave, '2026-12-01').map((s) => s.change)).toEqual(['forste', 'uendret', 'presisert']);
  });
});

describe('eventPlanHistory', () => {
  const postponed = new Set(['innforing-utsatt']);
  const events = [
    { dato: '2021-05', status: 'innforing-planlagt', planlagt: 'høsten 2022', kilde },
    { dato: '2022-09-05', status: 'innforing-planlagt', planlagt: '2023-02-11', kilde },
    { dato: '2022-10-01', status: 'avtale-signert', kilde },
    { dato: '2023-01', status: 'innforing-planlagt', planlagt: '2023-11-04', kilde },
    { dato: '2023-01', status: 'innforing-utsatt', kilde },
    { dato: '2023-05', status: 'innforing-planlagt', planlagt: 'høsten 2024', kilde },
    { dato: '2023-06-29', status: 'innforing-planlagt', planlagt: '2024-11-09', kilde },
  ];

  it('keeps every plan and postponement of a health trust, oldest first, and leaves other events out', () => {
    const steps = eventPlanHistory(events, postponed, '2026-12-01');
    expect(steps.map((s) => (s.kind === 'plan' ? [s.event.planlagt, s.change] : ['utsatt', s.previous?.text]))).toEqual([
      ['høsten 2022', 'forste'],
      ['2023-02-11', 'utsatt'],
      ['2023-11-04', 'utsatt'],
      ['utsatt', '2023-11-04'],
      ['høsten 2024', 'utsatt'],
      ['2024-11-09', 'presisert'],
    ]);
  });

  it('knows only what was decided by the date (a month counts from its last day)', () => {
    expect(eventPlanHistory(events, postponed, '2023-01-30')).toHaveLength(2);
    expect(eventPlanHistory(events, postponed, '2023-01-31')).toHaveLength(4);
  });

  it('knows a plan announced in the month it plans for from the day before the planned day', () => {
    const confirmed = [...events, { dato: '2024-04', status: 'innforing-planlagt', planlagt: '2024-11-09', kilde }];
    expect(eventPlanHistory(confirmed, postponed, '2024-04-30')).toHaveLength(7);
    const sameMonth = [...events, { dato: '2024-11', status: 'innforing-planlagt', planlagt: '2024-11-09', kilde }];
    expect(eventPlanHistory(sameMonth, postponed, '2024-11-07')).toHaveLength(6);
    expect(eventPlanHistory(sameMonth, postponed, '2024-11-08').at(-1)).toMatchObject({ kind: 'plan', change: 'uendret', event: { dato: '2024-11' } });
  });
});

describe('phaseState', () => {
  it('is carried out once the go-live is reported', () => {
    expect(phaseState(first, '2022-05-07')).toEqual({ kind: 'gjennomfort', date: '2022-05-07' });
    expect(phaseState(first, '2022-05-06').kind).toBe('passert');
    expect(phaseState(first, '2022-04-30').kind).toBe('planlagt');
  });

  it('marks a plan whose date has passed with nothing newer as passed, never current', () => {
    expect(phaseState(hnt, '2026-12-01')).toMatchObject({ kind: 'passert', period: { text: '2024-11-09' } });
    expect(phaseState(hnt, '2024-11-09').kind).toBe('planlagt');
  });
});

describe('nextGoLive', () => {
  it('is the earliest plan that has not passed, never a passed one', () => {
    expect(nextGoLive([hnt, first, later], '2024-06-01')?.phase.id).toBe('hnt');
    expect(nextGoLive([hnt, first, later], '2024-11-10')?.phase.id).toBe('pulje-2025-04');
    expect(nextGoLive([hnt, first, later], '2026-12-01')).toBeUndefined();
  });
});

describe('nextPlannedGoLive', () => {
  // Orkland in the April 2025 wave, given a new date after the wave's passed: as `npm run new -- hendelse` writes it.
  const waveEvent: StatusEvent = { dato: '2023-06-29', status: 'innforing-planlagt', fase: 'pulje-2025-04', planlagt: '2025-04', kilde };
  const orkland = { id: 'orkland', navn: 'Orkland', hendelser: [waveEvent, { dato: '2026-11-30', status: 'innforing-planlagt', planlagt: 'våren 2027', kilde }] };
  const skaun = { id: 'skaun', navn: 'Skaun', hendelser: [waveEvent] };

  it('finds a municipality\'s own newer plan when no wave has a plan ahead', () => {
    expect(nextPlannedGoLive([hnt, first, later], [skaun], '2026-12-01')).toBeUndefined();
    const next = nextPlannedGoLive([hnt, first, later], [skaun, orkland], '2026-12-01');
    expect(next).toMatchObject({ planlagt: 'våren 2027', dato: '2026-11-30', phases: [] });
    expect(next?.histories.map((h) => h.navn)).toEqual(['Orkland']);
  });

  it('never takes a plan stated after the date, or one whose date has passed', () => {
    expect(nextPlannedGoLive([later], [orkland], '2026-11-29')).toBeUndefined();
    expect(nextPlannedGoLive([later], [orkland], '2027-07-01')).toBeUndefined();
  });

  it('names the wave, not its members, when the wave is next', () => {
    const next = nextPlannedGoLive([later], [skaun, orkland], '2024-06-01');
    expect(next?.phases.map((p) => p.id)).toEqual(['pulje-2025-04']);
    expect(next?.histories).toEqual([]);
  });
});

describe('newerOwnPlan', () => {
  const waveEvent: StatusEvent = { dato: '2023-06-29', status: 'innforing-planlagt', fase: 'pulje-2025-04', planlagt: '2025-04', kilde };
  it('is the member\'s plan stated after its wave\'s, for another date, while it has not passed', () => {
    const orkland = { hendelser: [waveEvent, { dato: '2026-11-30', status: 'innforing-planlagt', planlagt: 'våren 2027', kilde }] };
    expect(newerOwnPlan(orkland, later, '2026-12-01')?.planlagt).toBe('våren 2027');
    expect(newerOwnPlan(orkland, later, '2027-07-01')).toBeUndefined();
    expect(newerOwnPlan({ hendelser: [waveEvent] }, later, '2024-06-01')).toBeUndefined();
    expect(newerOwnPlan({ hendelser: [waveEvent] }, later, '2026-12-01')).toBeUndefined();
  });
});

describe('phaseMembership', () => {
  const event = (dato: string, fase: string): StatusEvent => ({ dato, status: 'innforing-planlagt', fase, planlagt: '2024-11-09', kilde });
  const municipalities = [
    { navn: 'Verdal', hendelser: [event('2021-11-11', 'hnt')] },
    { navn: 'Frøya', hendelser: [event('2023-06-29', 'hnt')] },
    { navn: 'Aure', hendelser: [] },
  ];
  const organisations = [{ navn: 'Helse Nord-Trøndelag HF', hendelser: [event('2021-11-11', 'hnt')] }];
  const statuses = [
    { id: 'ikke-registrert', type: 'start' as const },
    { id: 'innforing-planlagt', type: 'plan' as const },
    { id: 'takket-nei', type: 'nei' as const },
  ];

  it('derives each wave’s municipalities and organisations from their latest events naming a wave', () => {
    const members = phaseMembership([later, hnt, first], municipalities, organisations, statuses, '2026-12-01');
    expect(members.map((m) => m.phase.id)).toEqual(['forste', 'hnt', 'pulje-2025-04']);
    expect(members[1]!.municipalities.map((m) => m.navn)).toEqual(['Frøya', 'Verdal']);
    expect(members[1]!.organisations.map((o) => o.navn)).toEqual(['Helse Nord-Trøndelag HF']);
    expect(participantCounts(members)).toEqual([
      { phaseId: 'forste', label: 'Første innføring', municipalities: 0, organisations: 0 },
      { phaseId: 'hnt', label: 'Helse Nord-Trøndelag', municipalities: 2, organisations: 1 },
      { phaseId: 'pulje-2025-04', label: 'April 2025', municipalities: 0, organisations: 0 },
    ]);
  });

  it('leaves out those whose events come later', () => {
    const members = phaseMembership([hnt], municipalities, organisations, statuses, '2022-01-01');
    expect(members[0]!.municipalities.map((m) => m.navn)).toEqual(['Verdal']);
  });

  it('leaves out one that declined after it was named in the wave, from the day it declined', () => {
    const averoy = { navn: 'Averøy', hendelser: [event('2023-06-29', 'hnt'), { dato: '2023-10', status: 'takket-nei', kilde }] };
    const before = phaseMembership([hnt], [...municipalities, averoy], organisations, statuses, '2023-09-01');
    expect(before[0]!.municipalities.map((m) => m.navn)).toEqual(['Averøy', 'Frøya', 'Verdal']);
    expect(before[0]!.declined).toEqual([]);
    const after = phaseMembership([hnt], [...municipalities, averoy], organisations, statuses, '2026-12-01');
    expect(after[0]!.municipalities.map((m) => m.navn)).toEqual(['Frøya', 'Verdal']);
    expect(after[0]!.declined.map((m) => m.navn)).toEqual(['Averøy']);
  });
});

it('orders waves by number', () => {
  expect(phasesInOrder([later, first, hnt]).map((p) => p.nummer)).toEqual([1, 3, 5]);
});
