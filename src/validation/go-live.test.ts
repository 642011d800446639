import { describe, expect, it } from 'vitest';
import { goLiveLimit, goLiveProblem, planBeforeEventProblem, sourceDateProblem, type SourceDates } from './go-live.ts';

const TODAY = '2026-11-22';
const registered: SourceDates = {
  ekstern: new Map<string, unknown>([
    ['udatert', undefined],
    ['datert', '2026-04-10'],
  ]),
  dokument: new Map(),
  nyhet: new Map(),
};
const undated = { ekstern: 'udatert' };
const event = { kind: 'hendelse', status: 'i-drift', planStatus: 'innforing-planlagt' } as const;

describe('goLiveLimit', () => {
  it('refuses a go-live after its source’s date, and accepts one on that day', () => {
    expect(goLiveLimit({ dato: '2026-04-11', kilde: { ekstern: 'datert' } }, registered, TODAY)).toEqual({ by: 'kilde', date: '2026-04-10' });
    expect(goLiveLimit({ dato: '2026-04-10', kilde: { ekstern: 'datert' } }, registered, TODAY)).toBeUndefined();
  });

  it('refuses a go-live after the day it was registered, and accepts one on that day', () => {
    expect(goLiveLimit({ dato: '2026-06-02', kilde: undated, registrert: '2026-06-01' }, registered, TODAY)).toEqual({ by: 'registrert', date: '2026-06-01' });
    expect(goLiveLimit({ dato: '2026-06-01', kilde: undated, registrert: '2026-06-01' }, registered, TODAY)).toBeUndefined();
  });

  it('refuses a go-live after today whatever its source, and accepts one today or in the current month', () => {
    expect(goLiveLimit({ dato: '2026-11-23', kilde: undated }, registered, TODAY)).toEqual({ by: 'idag', date: TODAY });
    expect(goLiveLimit({ dato: '2027-04-15', kilde: { url: 'https://example.org/a', tittel: 'A', utgiver: 'B' } }, registered, TODAY)).toEqual({ by: 'idag', date: TODAY });
    expect(goLiveLimit({ dato: TODAY, kilde: undated }, registered, TODAY)).toBeUndefined();
    expect(goLiveLimit({ dato: '2026-11', kilde: undated }, registered, TODAY)).toBeUndefined();
    expect(goLiveLimit({ dato: '2026-12', kilde: undated }, registered, TODAY)).toEqual({ by: 'idag', date: TODAY });
  });

  it('leaves a date that is not one to the schema', () => {
    expect(goLiveLimit({ dato: 'snart', kilde: undated }, registered, TODAY)).toBeUndefined();
  });
});

describe('goLiveProblem', () => {
  it('applies only to a status of type drift', () => {
    expect(goLiveProblem({ dato: '2027-04-15', kilde: undated }, 'plan', event, registered, TODAY)).toBeUndefined();
  });

  it('words the problem for an event, a wave and a total', () => {
    const future = { dato: '2027-04-15', kilde: undated };
    expect(goLiveProblem(future, 'drift', event, registered, TODAY)).toEqual({
      what: '«i-drift» er datert 2027-04-15, fram i tid (i dag er 2026-11-22); en innføring kan bare registreres som gjennomført når den har skjedd',
      fix: 'Registrer en planlagt innføring i stedet: en hendelse med «status: innforing-planlagt» og «planlagt: 2027-04-15», datert den dagen planen ble kjent. Legg til «i-drift» når en kilde melder at overgangen er gjennomført, eller rett datoen hvis den er feil.',
    });
    expect(goLiveProblem({ ...future, registrert: '2026-11-01', dato: '2026-11-10' }, 'drift', event, registered, TODAY)?.what).toBe(
      '«i-drift» er datert 2026-11-10, etter dagen den ble registrert (registrert: 2026-11-01); en innføring kan bare registreres som gjennomført når den har skjedd',
    );
    expect(goLiveProblem(future, 'drift', { kind: 'fase' }, registered, TODAY)?.what).toBe(
      'fasen er meldt gjennomført 2027-04-15, fram i tid (i dag er 2026-11-22); en innføring kan bare registreres som gjennomført når den har skjedd',
    );
    expect(goLiveProblem({ dato: '2026-05', kilde: { ekstern: 'datert' } }, 'drift', { kind: 'tall', status: 'i-drift' }, registered, TODAY)).toEqual({
      what: 'tallet for «i-drift» gjelder 2026-05, etter kilden (datert 2026-04-10); en kilde kan ikke melde at overgangen er gjennomført før den har skjedd',
      fix: 'Skriv datoen kilden oppgir tallet for (senest 2026-04-10), eller vent med tallet til en kilde melder det. En planlagt innføring hører hjemme som plan i en fase.',
    });
  });
});

describe('sourceDateProblem', () => {
  it('refuses a source dated after today, and accepts today, the current month and year', () => {
    expect(sourceDateProblem('2026-11-23', TODAY)?.what).toBe('kilden er datert 2026-11-23, fram i tid (i dag er 2026-11-22); en kilde kan ikke være publisert senere enn i dag');
    expect(sourceDateProblem('2026-12', TODAY)).toBeDefined();
    expect(sourceDateProblem('2027', TODAY)).toBeDefined();
    for (const dato of [TODAY, '2026-11', '2026', undefined, 'ikke en dato']) expect(sourceDateProblem(dato, TODAY)).toBeUndefined();
  });
});

describe('planBeforeEventProblem', () => {
  it('refuses a plan aiming wholly before the month it was announced in, and accepts one in that month', () => {
    expect(planBeforeEventProblem({ dato: '2025-03-14', planlagt: '2025-02' })).toEqual({
      what: 'planen sikter mot 2025-02, før måneden den ble kjent («dato: 2025-03-14»); en plan kan ikke allerede være passert den dagen den ble meldt',
      fix: 'Sjekk de to datoene: «dato: 2025-03-14» er dagen kilden meldte planen, «planlagt: 2025-02» er når innføringen skal skje. Har innføringen skjedd, registrer den med en status for gjennomført innføring i stedet.',
    });
    expect(planBeforeEventProblem({ dato: '2025-03-14', planlagt: '2025-02-28' })).toBeDefined();
    expect(planBeforeEventProblem({ dato: '2025-03-14', planlagt: '2024' })).toBeDefined();
    expect(planBeforeEventProblem({ dato: '2025-03', planlagt: 'vinteren 2024' })).toBeUndefined(); // not a season the site knows: the schema says so
    for (const planlagt of ['2025-03-01', '2025-03', 'våren 2025', '2025', '2026-01']) {
      expect(planBeforeEventProblem({ dato: '2025-03-14', planlagt }), planlagt).toBeUndefined();
    }
  });

  it("points a wave's past plan to gjennomfort, and writes fields as the caller shows them", () => {
    expect(planBeforeEventProblem({ dato: '2025-03-14', planlagt: '2025-02' }, { kind: 'fase', written: (field, value) => `--${field} ${value}` })?.fix).toBe(
      'Sjekk de to datoene: --dato 2025-03-14 er dagen kilden meldte planen, --planlagt 2025-02 er når innføringen skal skje. Har innføringen skjedd, før den opp under «gjennomfort» i stedet.',
    );
  });
});
