import { expect, test } from 'vitest';
import { mapStatusId, withOverdueStatuses } from './overdue-status.ts';

const statuses = [
  { id: 'ikke-registrert', navn: 'Ikke registrert', beskrivelse: '-', farge: '#6b6b6b', symbol: '–', type: 'start' as const },
  { id: 'innforing-planlagt', navn: 'Innføring planlagt', beskrivelse: '-', farge: '#1d5fa3', symbol: 'P', type: 'plan' as const },
  { id: 'i-drift', navn: 'I drift', beskrivelse: '-', farge: '#1f6f43', symbol: 'D', type: 'drift' as const },
];

test('a plan status gets a «date has passed» variant of its own, right after it', () => {
  const map = withOverdueStatuses(statuses, { label: 'datoen er passert', description: 'Planlagt dato er passert.' });
  expect(map.map((s) => [s.id, s.navn, s.symbol])).toEqual([
    ['ikke-registrert', 'Ikke registrert', '–'],
    ['innforing-planlagt', 'Innføring planlagt', 'P'],
    ['innforing-planlagt--passert', 'Innføring planlagt – datoen er passert', 'P!'],
    ['i-drift', 'I drift', 'D'],
  ]);
  expect(map[2]!.farge).not.toBe(map[1]!.farge);
});

test('a municipality whose plan has passed is shown with the variant', () => {
  expect(mapStatusId({ status: 'innforing-planlagt', overdue: true })).toBe('innforing-planlagt--passert');
  expect(mapStatusId({ status: 'innforing-planlagt', overdue: false })).toBe('innforing-planlagt');
});
