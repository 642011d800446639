import { describe, expect, it } from 'vitest';
import { slugify, topicSlug } from './slug.ts';

describe('slugify', () => {
  it('turns Norwegian letters into plain ones', () => {
    expect(slugify('Ørland')).toBe('orland');
    expect(slugify('Åfjord')).toBe('afjord');
    expect(slugify('Særavtale for Hærøy')).toBe('saeravtale-for-haeroy');
  });

  it('joins words with single hyphens and trims the ends', () => {
    expect(slugify('Snåase – Snåsa')).toBe('snaase-snasa');
    expect(slugify('Raarvihke – Røyrvik')).toBe('raarvihke-royrvik');
    expect(slugify('  «Tjenesteavtale», versjon 2.1!  ')).toBe('tjenesteavtale-versjon-2-1');
  });

  it('drops accents and handles Sámi letters', () => {
    expect(slugify('Idé og café')).toBe('ide-og-cafe');
    expect(slugify('Čáhcesuolu Đ Ŋ')).toBe('cahcesuolu-d-n');
  });

  it('keeps digits', () => {
    expect(slugify('Fase 2: Helse Nord-Trøndelag')).toBe('fase-2-helse-nord-trondelag');
  });

  it('gives an empty string when nothing is left', () => {
    expect(slugify('– – –')).toBe('');
  });
});

describe('topicSlug', () => {
  it('gives one page to a topic however it is capitalised', () => {
    expect(topicSlug('Økonomi')).toBe('okonomi');
    expect(topicSlug('økonomi')).toBe(topicSlug('Økonomi'));
    expect(topicSlug('Samarbeidsrådet')).toBe('samarbeidsradet');
  });
});
