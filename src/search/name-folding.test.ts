import { describe, expect, it } from 'vitest';
import { foldKey, spellingVariants } from './name-folding.ts';

describe('foldKey', () => {
  it('gives every common spelling of a Norwegian name the same key', () => {
    expect(new Set(['Røros', 'roros', 'Roeros', 'RØROS', 'Röros'].map(foldKey))).toEqual(new Set(['roros']));
    expect(new Set(['Åfjord', 'aafjord', 'Afjord', 'AAFJORD'].map(foldKey))).toEqual(new Set(['afjord']));
    expect(new Set(['Nærøysund', 'naeroysund', 'Naeroeysund', 'narøysund'].map(foldKey))).toEqual(new Set(['naroysund']));
  });

  it('folds Sámi names with their own letters and double vowels', () => {
    expect(foldKey('Snåase')).toBe(foldKey('snaase'));
    expect(foldKey('Raarvihke')).toBe(foldKey('raarvihke'));
    expect(foldKey('Guovdageaidnu')).toBe('guovdageaidnu');
    expect(foldKey('Kárášjohka')).toBe(foldKey('karasjohka'));
    expect(foldKey('Unjárga')).toBe('unjarga');
    expect(foldKey('Deatnu – Tana')).toBe('deatnu tana');
    expect(foldKey('Ŋ đ ŧ')).toBe('n d t');
  });

  it('turns spaces, dashes and punctuation into single spaces and keeps digits', () => {
    expect(foldKey('  Midtre   Gauldal ')).toBe('midtre gauldal');
    expect(foldKey('Raarvihke – Røyrvik')).toBe('rarvihke royrvik');
    expect(foldKey('Nr. 5025')).toBe('nr 5025');
    expect(foldKey('–')).toBe('');
  });
});

describe('spellingVariants', () => {
  it('gives the one-letter and the two-letter spelling of each word with æ, ø or å', () => {
    expect(spellingVariants('Røros')).toEqual(['roros', 'roeros']);
    expect(spellingVariants('Åfjord')).toEqual(['afjord', 'aafjord']);
    expect(spellingVariants('Nærøysund')).toEqual(['naeroysund', 'naeroeysund']);
  });

  it('drops accents, skips plain words and repeats nothing', () => {
    expect(spellingVariants('Kárášjohka og Trondheim')).toEqual(['karasjohka']);
    expect(spellingVariants('Røros, Røros og Trondheim')).toEqual(['roros', 'roeros']);
    expect(spellingVariants('Snåase – Snåsa')).toEqual(['snaase', 'snaaase', 'snasa', 'snaasa']);
    expect(spellingVariants('Trondheim 2026')).toEqual([]);
    expect(spellingVariants('')).toEqual([]);
  });
});
