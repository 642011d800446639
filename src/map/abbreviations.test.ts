import { describe, expect, it } from 'vitest';
import { midtNorgeCentres } from './fixtures/midt-norge-centres.ts';
import { labelCandidates, placeLabels } from './abbreviations.ts';

describe('labelCandidates', () => {
  it('starts with the first three letters of a one-word name', () => {
    expect(labelCandidates('Røros').slice(0, 3)).toEqual(['Rør', 'Røo', 'Røs']);
    expect(labelCandidates('Åfjord')[0]).toBe('Åfj');
  });

  it('uses initials for a name of several words, and the last part of a bilingual name', () => {
    expect(labelCandidates('Midtre Gauldal')[0]).toBe('MGa');
    expect(labelCandidates('Indre Fosen')[0]).toBe('IFo');
    expect(labelCandidates('Raarvihke – Røyrvik')[0]).toBe('Røy');
  });

  it('gives short names what they have', () => {
    expect(labelCandidates('Os')).toEqual(['Os']);
    expect(labelCandidates('')).toEqual([]);
  });
});

describe('placeLabels', () => {
  it('gives neighbours in the alphabet different labels, the first keeping the obvious one', () => {
    const labels = placeLabels([
      { id: 'hareid', name: 'Hareid' },
      { id: 'haram', name: 'Haram' },
      { id: 'namsskogan', name: 'Namsskogan' },
      { id: 'namsos', name: 'Namsos' },
    ]);
    expect(Object.fromEntries(labels)).toEqual({ haram: 'Har', hareid: 'Hae', namsos: 'Nam', namsskogan: 'Nas' });
  });

  it('labels every municipality of Central Norway uniquely with at most three letters', () => {
    const labels = placeLabels(midtNorgeCentres.map((m) => ({ id: m.id, name: m.navn })));
    expect(labels.size).toBe(midtNorgeCentres.length);
    expect(new Set(labels.values()).size).toBe(labels.size);
    for (const label of labels.values()) expect(label.length).toBeLessThanOrEqual(3);
    expect(labels.get('trondheim')).toBe('Tro');
  });

  it('numbers places whose names leave no free candidate', () => {
    expect([...placeLabels([{ id: 'a', name: 'Os' }, { id: 'b', name: 'Os' }]).values()]).toEqual(['Os', 'Os2']);
  });
});
