import { expect, test } from 'vitest';
import { compareWithNamed, reachedBy, statementsOn } from './statements.ts';

const kilde = { ekstern: 'k' };
const statuses = [
  { id: 'ikke-registrert', type: 'start' as const },
  { id: 'opsjon-utlost', type: 'steg' as const },
  { id: 'i-drift', type: 'drift' as const },
  { id: 'takket-nei', type: 'nei' as const },
];

test('the latest statement per status made by the date', () => {
  const statements = [
    { dato: '2021-05-26', status: 'opsjon-utlost', antall: 19 },
    { dato: '2023-09-12', status: 'opsjon-utlost', antall: 33 },
    { dato: '2024-04-27', status: 'i-drift', antall: 28 },
  ];
  expect([...statementsOn(statements, '2023-01-01').values()].map((s) => s.antall)).toEqual([19]);
  expect([...statementsOn(statements, '2026-12-01').values()].map((s) => s.antall)).toEqual([33, 28]);
});

test('named municipalities count when they had reached the status or a later step, never a refusal', () => {
  const histories = [
    { hendelser: [{ dato: '2020-12', status: 'opsjon-utlost', kilde }] },
    { hendelser: [{ dato: '2021-01-01', status: 'opsjon-utlost', kilde }, { dato: '2022-05-07', status: 'i-drift', kilde }] },
    { hendelser: [{ dato: '2021-01-01', status: 'opsjon-utlost', kilde }, { dato: '2023-10', status: 'takket-nei', kilde }] },
    { hendelser: [] },
  ];
  expect(reachedBy(histories, statuses, 'opsjon-utlost', '2021-05-26')).toBe(3);
  expect(reachedBy(histories, statuses, 'opsjon-utlost', '2026-12-01')).toBe(2);
  expect(reachedBy(histories, statuses, 'i-drift', '2026-12-01')).toBe(1);
  expect(compareWithNamed({ antall: 19 }, 3)).toBe('more');
});

test('a plan in a regional schedule does not name a municipality as having taken a step', () => {
  const withPlan = [
    ...statuses.slice(0, 2),
    { id: 'avtale-signert', type: 'steg' as const },
    { id: 'innforing-planlagt', type: 'plan' as const },
    ...statuses.slice(2),
  ];
  const histories = [
    // Only scheduled: no decision of its own is registered.
    { hendelser: [{ dato: '2021-11-11', status: 'innforing-planlagt', planlagt: '2023-04', kilde }] },
    // Signed, then scheduled: it reached both steps.
    { hendelser: [{ dato: '2022-03-01', status: 'avtale-signert', kilde }, { dato: '2022-06', status: 'innforing-planlagt', planlagt: '2023-04', kilde }] },
  ];
  expect(reachedBy(histories, withPlan, 'opsjon-utlost', '2023-09-12')).toBe(1);
  expect(reachedBy(histories, withPlan, 'avtale-signert', '2023-09-12')).toBe(1);
  expect(reachedBy(histories, withPlan, 'avtale-signert', '2022-02-28')).toBe(0);
  expect(reachedBy(histories, withPlan, 'innforing-planlagt', '2023-09-12')).toBe(2);
});
