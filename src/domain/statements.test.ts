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
