import { describe, expect, it } from 'vitest';
import { currentPhase, statusOn } from '../../domain/municipality-status.ts';
import type { StatusEvent } from '../../schemas/municipality.ts';
import { packHistories, unpackHistories } from './history-data.ts';

const statuses = [
  { id: 'ikke-registrert', navn: 'Ikke registrert' },
  { id: 'opsjon-utlost', navn: 'Opsjon utløst' },
  { id: 'innforing-planlagt', navn: 'Innføring planlagt' },
];
const event = (dato: string, status: string, fase?: string): StatusEvent => ({
  dato,
  status,
  ...(fase ? { fase } : {}),
  merknad: 'Lang merknad som ikke skal med til nettleseren.',
  kilde: { nyhet: 'kilde' },
});
const municipalities = [
  {
    id: 'indre-fosen',
    data: { hendelser: [event('2021-05-19', 'opsjon-utlost'), event('2021-05-19', 'innforing-planlagt', 'fase-2')] },
  },
  { id: 'haram', data: { gyldigFra: '2024-01-01', hendelser: [] } },
  { id: 'gamle-alesund', data: { gyldigTil: '2023-12-31', hendelser: [event('2021-06-01', 'opsjon-utlost')] } },
];

describe('packHistories', () => {
  const packed = packHistories(municipalities, statuses, ['fase-1', 'fase-2']);

  it('keeps only dates, status and phase indexes and lifetimes', () => {
    expect(packed.m['indre-fosen']).toEqual(['', '', [['2021-05-19', 1, -1, ''], ['2021-05-19', 2, 1, '']]]);
    expect(packed.m.haram).toEqual(['2024-01-01', '', []]);
    expect(JSON.stringify(packed)).not.toContain('merknad');
  });

  it('round-trips: statusOn gives the same answer on the unpacked histories', () => {
    const unpacked = unpackHistories(JSON.parse(JSON.stringify(packed)));
    for (const { id, data } of municipalities) {
      for (const date of ['2020-01-01', '2021-05-19', '2023-12-31', '2024-01-01', '2026-11-22']) {
        expect(statusOn(unpacked.get(id)!, date, 'ikke-registrert')?.status, `${id} ${date}`).toBe(
          statusOn(data, date, 'ikke-registrert')?.status,
        );
        expect(currentPhase(unpacked.get(id)!, date)).toBe(currentPhase(data, date));
      }
    }
  });

  it('refuses an unknown status or phase, naming the municipality', () => {
    expect(() => packHistories([{ id: 'x', data: { hendelser: [event('2021-01-01', 'ukjent')] } }], statuses, [])).toThrow(
      'x: status "ukjent"',
    );
    expect(() =>
      packHistories([{ id: 'y', data: { hendelser: [event('2021-01-01', 'opsjon-utlost', 'fase-9')] } }], statuses, []),
    ).toThrow('y: phase "fase-9"');
  });
});
