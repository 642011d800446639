import { describe, expect, it } from 'vitest';
import { foldingGroups, parseFoldingGroups, queryVariants, wordsOf } from './word-folding.ts';

describe('foldingGroups', () => {
  it('groups each word with æ, ø or å with the other spellings the text uses, and leaves other words out', () => {
    const words = wordsOf('Røros og roros, Roeros. Lørdag før jul, for en gangs skyld. Ørland, Særheim, Åfjord og Trondheim.');
    expect(foldingGroups(words)).toEqual(['for før', 'lørdag', 'roeros roros røros', 'særheim', 'åfjord', 'ørland']);
  });

  it('gives the same file for the same words in any order', () => {
    expect(foldingGroups(['før', 'for', 'før'])).toEqual(foldingGroups(['for', 'før']));
    expect(foldingGroups(['trondheim', 'helse'])).toEqual([]);
  });
});

describe('queryVariants', () => {
  const groups = parseFoldingGroups(foldingGroups(wordsOf('Røros roros roeros lørdag Ørland Særheim undersøkelse før for Åfjord')).join('\n'));

  it('gives every spelling of a query the same queries, so they find the same pages', () => {
    const expected = ['roeros', 'roros', 'røros'];
    for (const typed of ['roros', 'Røros', 'Roeros', 'RØROS']) expect(queryVariants(typed, groups), typed).toEqual(expected);
  });

  it('finds a body word typed with o or oe for ø, a or ae for æ, a or aa for å', () => {
    expect(queryVariants('lordag', groups)).toEqual(['lordag', 'lørdag']);
    expect(queryVariants('Oerland', groups)).toEqual(['oerland', 'ørland']);
    expect(queryVariants('Orland', groups)).toEqual(['orland', 'ørland']);
    expect(queryVariants('Saerheim', groups)).toEqual(['saerheim', 'særheim']);
    expect(queryVariants('Sarheim', groups)).toEqual(['sarheim', 'særheim']);
    expect(queryVariants('aafjord', groups)).toEqual(['aafjord', 'åfjord']);
  });

  it('spells out each word of a longer query and keeps what is between the words', () => {
    expect(queryVariants('Roros lordag', groups)).toEqual(
      ['roeros lordag', 'roeros lørdag', 'roros lordag', 'roros lørdag', 'røros lordag', 'røros lørdag'],
    );
    expect(queryVariants('"undersokelse"', groups)).toEqual(['"undersokelse"', '"undersøkelse"']);
  });

  it('leaves a query without such words as typed, and stops spelling out words past the limit', () => {
    expect(queryVariants('Helseplattformen', groups)).toEqual(['helseplattformen']);
    expect(queryVariants('  ', groups)).toEqual(['']);
    const many = queryVariants('roros for lordag', groups, 6);
    expect(many).toHaveLength(6);
    expect(many.every((query) => query.endsWith(' lordag'))).toBe(true);
  });
});
