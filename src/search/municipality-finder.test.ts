import { describe, expect, it } from 'vitest';
import { findMunicipalities, groupByCounty, prepareFinder, type FinderEntry } from './municipality-finder.ts';

const entry = (slug: string, name: string, number: string, county: string, otherNames: string[] = [], formerNumbers: FinderEntry['formerNumbers'] = []): FinderEntry => ({
  slug,
  name,
  number,
  county,
  otherNames,
  formerNumbers,
});
const entries = [
  entry('roros', 'Røros', '5025', 'Trøndelag'),
  entry('afjord', 'Åfjord', '5058', 'Trøndelag'),
  entry('royrvik', 'Røyrvik', '5043', 'Trøndelag', ['Raarvihke']),
  entry('snasa', 'Snåsa', '5041', 'Trøndelag', ['Snåase']),
  entry('midtre-gauldal', 'Midtre Gauldal', '5027', 'Trøndelag'),
  entry('orland', 'Ørland', '5057', 'Trøndelag'),
  entry('alesund', 'Ålesund', '1508', 'Møre og Romsdal', [], [{ number: '1507', until: '2023-12-31' }]),
  entry('rauma', 'Rauma', '1539', 'Møre og Romsdal'),
  entry('orsta', 'Ørsta', '1520', 'Møre og Romsdal'),
];
const finder = prepareFinder(entries);
const slugs = (query: string) => findMunicipalities(finder, query).map((hit) => hit.entry.slug);

describe('findMunicipalities', () => {
  it('finds a municipality typed with or without æ, ø and å', () => {
    for (const query of ['Røros', 'roros', 'Roeros', 'RØROS']) expect(slugs(query)[0], query).toBe('roros');
    for (const query of ['aafjord', 'afjord', 'Åfjord']) expect(slugs(query), query).toEqual(['afjord']);
  });

  it('finds a municipality by its name in another language, and says which name matched', () => {
    expect(findMunicipalities(finder, 'Raarvihke')).toEqual([{ entry: entries[2], matchedOtherName: 'Raarvihke' }]);
    expect(findMunicipalities(finder, 'snaase')).toEqual([{ entry: entries[3], matchedOtherName: 'Snåase' }]);
    // The main name matching as well wins: no other name to mention.
    expect(findMunicipalities(finder, 'snå')).toEqual([{ entry: entries[3] }]);
  });

  it('ranks the whole name, then names that start with the query, then a later word, then anywhere', () => {
    expect(slugs('r')).toEqual(['rauma', 'roros', 'royrvik', 'midtre-gauldal', 'orland', 'orsta', 'afjord']);
    expect(slugs('ro')).toEqual(['roros', 'royrvik']);
    expect(slugs('gauldal')).toEqual(['midtre-gauldal']);
    expect(slugs('sund')).toEqual(['alesund']);
    expect(slugs('rauma')).toEqual(['rauma']);
  });

  it('finds municipalities by number from its first digits', () => {
    expect(slugs('5025')).toEqual(['roros']);
    expect(slugs('50 2')).toEqual(['roros', 'midtre-gauldal']);
    expect(slugs('15')).toEqual(['alesund', 'orsta', 'rauma']);
    expect(slugs('9999')).toEqual([]);
  });

  it('finds a municipality by a former number, and says which number matched', () => {
    expect(findMunicipalities(finder, '1507')).toEqual([{ entry: entries[6], matchedFormerNumber: { number: '1507', until: '2023-12-31' } }]);
    // Today's number matching as well wins: no former number to mention.
    expect(findMunicipalities(finder, '150')).toEqual([{ entry: entries[6] }]);
  });

  it('finds a municipality typed with «kommune» (or «kommunne») after its name', () => {
    expect(slugs('Ålesund kommune')).toEqual(['alesund']);
    expect(slugs('roros kommunne')).toEqual(['roros']);
    expect(slugs('Midtre Gauldal  kommune')).toEqual(['midtre-gauldal']);
    expect(slugs('kommune')).toEqual([]);
  });

  it('finds nothing for an empty query or one without letters or digits', () => {
    expect(slugs('')).toEqual([]);
    expect(slugs('  ')).toEqual([]);
    expect(slugs('–')).toEqual([]);
    expect(slugs('xyz')).toEqual([]);
  });
});

describe('groupByCounty', () => {
  it('groups by county in Norwegian alphabetical order, with Æ, Ø, Å last', () => {
    const groups = groupByCounty(entries);
    expect(groups.map((g) => g.county)).toEqual(['Møre og Romsdal', 'Trøndelag']);
    expect(groups[0]!.entries.map((e) => e.name)).toEqual(['Rauma', 'Ørsta', 'Ålesund']);
    expect(groups[1]!.entries.map((e) => e.name)).toEqual(['Midtre Gauldal', 'Røros', 'Røyrvik', 'Snåsa', 'Ørland', 'Åfjord']);
  });
});
