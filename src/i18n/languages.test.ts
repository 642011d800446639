import { describe, expect, it } from 'vitest';
import { languageRoutes } from '../build/languages.ts';
import { alternatesOf, createI18n, isTranslatedPage, routeOfPageFile, translatePath, type LanguageSet } from './languages.ts';

const files = [
  'index.astro',
  'nyheter/[...side].astro',
  'nyheter/[slug].astro',
  'nyheter/emne/[emne].astro',
  'nyheter/rss.xml.ts',
  'dokumenter/[facet]/[value]/index.astro',
  'dokumenter/[slug]/index.astro',
  'dokumenter/[slug]/[...file].ts',
  'data/[fil].ts',
  'tema.css.ts',
  '[...adresse].astro',
];
const routes = files.filter(isTranslatedPage).map(routeOfPageFile);
const set: LanguageSet = {
  codes: ['nb', 'nn'],
  strings: { nb: { 'lang.locale': 'nb-NO', 'page.title': 'Nyheter', 'page.count.one': '{count} nyhet', 'page.count.other': '{count} nyheter' }, nn: { 'lang.locale': 'nn-NO', 'url.nyheter': 'nyheiter', 'url.dokumenter': 'dokument', 'page.title': 'Nyheiter', 'page.count.one': '{count} nyheit', 'page.count.other': '{count} nyheiter' } },
};

describe('addresses in each language', () => {
  it('translates the fixed words of a page address, never its slugs, and keeps query and fragment', () => {
    expect(translatePath('/nyheter/', 'nb', 'nn', set, routes)).toBe('/nn/nyheiter/');
    expect(translatePath('/nyheter/emne/nyheter/', 'nb', 'nn', set, routes)).toBe('/nn/nyheiter/emne/nyheter/');
    expect(translatePath('/dokumenter/type/tjenesteavtale/?x=1#y', 'nb', 'nn', set, routes)).toBe('/nn/dokument/type/tjenesteavtale/?x=1#y');
    expect(translatePath('/', 'nb', 'nn', set, routes)).toBe('/nn/');
    expect(translatePath('/nn/nyheiter/side/2/', 'nn', 'nb', set, routes)).toBe('/nyheter/side/2/');
  });

  it('leaves files, attachments and unknown addresses as they are', () => {
    expect(translatePath('/dokumenter/avtale/vedlegg.pdf', 'nb', 'nn', set, routes)).toBe('/dokumenter/avtale/vedlegg.pdf');
    expect(translatePath('/data/kommuner.csv', 'nb', 'nn', set, routes)).toBe('/data/kommuner.csv');
    expect(translatePath('/tema.css', 'nb', 'nn', set, routes)).toBe('/tema.css');
    expect(translatePath('/gammel-side/', 'nb', 'nn', set, routes)).toBe('/gammel-side/');
    expect(translatePath('/nyheter/rss.xml', 'nb', 'nn', set, routes)).toBe('/nn/nyheiter/rss.xml');
  });

  it('gives every language’s address of a page, for hreflang', () => {
    expect(alternatesOf('/nn/dokument/avtale/', set, routes)).toEqual([
      { lang: 'nb', path: '/dokumenter/avtale/' },
      { lang: 'nn', path: '/nn/dokument/avtale/' },
    ]);
  });
});

describe('strings and formats per language', () => {
  it('speaks the page’s language: strings, plurals, dates, seasons and numbers', () => {
    const nn = createI18n('nn', set, routes);
    expect(nn.t('page.title')).toBe('Nyheiter');
    expect(nn.tCount('page.count', 1)).toBe('1 nyheit');
    expect(nn.tCount('page.count', 1200)).toBe('1\u00a0200 nyheiter');
    expect(nn.formatDate('2024-05-02')).toBe('2. mai 2024');
    expect(nn.formatPeriod('høsten 2022')).toBe('hausten 2022');
    expect(nn.path('/nyheter/x/')).toBe('/nn/nyheiter/x/');
    expect(createI18n('nb', set, routes).path('/nyheter/x/')).toBe('/nyheter/x/');
  });

  it('writes a date the same each time it is asked, and refuses a wrong one each time (one language\'s helpers serve all its pages)', () => {
    const nb = createI18n('nb', set, routes);
    for (let i = 0; i < 2; i++) {
      expect(nb.formatPeriod('2024-05-02')).toBe('2. mai 2024');
      expect(nb.formatDate('2024-05-02')).toBe('2. mai 2024');
      expect(nb.formatPeriod('2024-05')).toBe('mai 2024');
      expect(() => nb.formatPeriod('2024-13-45')).toThrow(RangeError);
      expect(() => nb.formatDate('2. mai')).toThrow(RangeError);
    }
  });

  it('marks a part in another language than the page’s, and only then: content with no language of its own is bokmål', () => {
    const nn = createI18n('nn', set, routes);
    const nb = createI18n('nb', set, routes);
    expect(nn.partLang()).toBe('nb');
    expect(nn.partLang('nb')).toBe('nb');
    expect(nn.partLang('nn')).toBeUndefined();
    expect(nb.partLang()).toBeUndefined();
    expect(nb.partLang('nn')).toBe('nn');
  });

  it('a third language is one strings file and one settings entry; a string it lacks falls back to the main language', () => {
    const withSami: LanguageSet = { codes: ['nb', 'nn', 'se'], strings: { ...set.strings, se: { 'lang.locale': 'se-NO', 'url.nyheter': 'odasat', 'page.title': 'Ođđasat' } } };
    const se = createI18n('se', withSami, routes);
    expect(se.t('page.title')).toBe('Ođđasat');
    expect(se.t('page.count.one', { count: 1 })).toBe('1 nyhet');
    expect(se.path('/nyheter/emne/x/')).toBe('/se/odasat/emne/x/');
    expect(alternatesOf('/se/odasat/', withSami, routes).map((a) => a.path)).toEqual(['/nyheter/', '/nn/nyheiter/', '/se/odasat/']);
    // The build adds the same pages under the new language's prefix, from the same page files.
    expect(languageRoutes(files, withSami).filter((r) => r.lang === 'se')).toEqual([
      { pattern: '/se', file: 'index.astro', lang: 'se' },
      { pattern: '/se/odasat/[...side]', file: 'nyheter/[...side].astro', lang: 'se' },
      { pattern: '/se/odasat/[slug]', file: 'nyheter/[slug].astro', lang: 'se' },
      { pattern: '/se/odasat/emne/[emne]', file: 'nyheter/emne/[emne].astro', lang: 'se' },
      { pattern: '/se/odasat/rss.xml', file: 'nyheter/rss.xml.ts', lang: 'se' },
      { pattern: '/se/dokumenter/[facet]/[value]', file: 'dokumenter/[facet]/[value]/index.astro', lang: 'se' },
      { pattern: '/se/dokumenter/[slug]', file: 'dokumenter/[slug]/index.astro', lang: 'se' },
    ]);
  });
});
