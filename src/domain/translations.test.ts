import { describe, expect, it } from 'vitest';
import { itemsForLanguage, translationPairs } from './translations.ts';

const nb = { id: 'ny-avtale', data: { sprak: 'nb' } };
const nn = { id: 'ny-avtale-nynorsk', data: { sprak: 'nn', oversettelseAv: 'ny-avtale' } };
const alone = { id: 'berre-nynorsk', data: { sprak: 'nn' } };

describe('translations', () => {
  it('pairs an item and the translation it names, both ways', () => {
    expect([...translationPairs([nb, nn, alone])]).toEqual([
      ['ny-avtale-nynorsk', 'ny-avtale'],
      ['ny-avtale', 'ny-avtale-nynorsk'],
    ]);
  });

  it('shows each reader the version in their own written form, and items with no translation in both', () => {
    expect(itemsForLanguage([nb, nn, alone], 'nb').map((i) => i.id)).toEqual(['ny-avtale', 'berre-nynorsk']);
    expect(itemsForLanguage([nb, nn, alone], 'nn').map((i) => i.id)).toEqual(['ny-avtale-nynorsk', 'berre-nynorsk']);
  });

  it('a translation that is not published is no translation', () => {
    expect(itemsForLanguage([nn, alone], 'nb').map((i) => i.id)).toEqual(['ny-avtale-nynorsk', 'berre-nynorsk']);
  });

  it('pairs a list once however many pages ask, and each new list afresh', () => {
    const list = [nb, nn, alone];
    expect(translationPairs(list)).toBe(translationPairs(list));
    expect(itemsForLanguage(list, 'nb')).toBe(itemsForLanguage(list, 'nb'));
    expect(itemsForLanguage(list, 'nn').map((i) => i.id)).toEqual(['ny-avtale-nynorsk', 'berre-nynorsk']);
    // Another list (another build's content) is not answered from the first one's result.
    expect([...translationPairs([nb, alone])]).toEqual([]);
  });
});
