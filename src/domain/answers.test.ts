import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { answerAddress, answerCategories, answerPlaces, indexAnchor, oldAnswerAnchors, permanentAnswerAddress, permanentOfAnswerLink, rewriteAnswerLinks } from './answers.ts';
import { pageFiles, routesOf } from '../build/languages.ts';
import { isTranslatedPage } from '../i18n/languages.ts';
import { i18nForTest } from '../i18n/testing.ts';

describe('answerCategories', () => {
  it('gives each category a page named by its slug, unique, in the order given', () => {
    const pages = answerCategories([
      { name: 'Økonomi', answers: [1] },
      { name: 'Pasienter og pårørende', answers: [2, 3] },
      { name: 'økonomi', answers: [4] },
      { name: '???', answers: [5] },
    ]);
    expect(pages.map((c) => [c.slug, c.answers])).toEqual([
      ['okonomi', [1]],
      ['pasienter-og-parorende', [2, 3]],
      ['okonomi-2', [4]],
      ['kategori', [5]],
    ]);
  });
});

describe('answer addresses', () => {
  it('reads an answer on its category page, while its permanent address stays its anchor on the index', () => {
    expect(answerAddress('hva-er-helsami', 'om-systemet')).toBe('/sporsmal-og-svar/om-systemet/#hva-er-helsami');
    expect(permanentAnswerAddress('hva-er-helsami')).toBe('/sporsmal-og-svar/#hva-er-helsami');
    expect(permanentOfAnswerLink('/sporsmal-og-svar/om-systemet/#hva-er-helsami')).toBe('/sporsmal-og-svar/#hva-er-helsami');
    expect(permanentOfAnswerLink('/sporsmal-og-svar/#hva-er-helsami')).toBeUndefined();
    expect(permanentOfAnswerLink('/nyheter/a/#b')).toBeUndefined();
    expect(indexAnchor('/sporsmal-og-svar/#x')).toBe('x');
    expect(indexAnchor('/sporsmal-og-svar/')).toBeUndefined();
  });
});

describe('oldAnswerAnchors', () => {
  it('keeps moved anchors beside the answer they lead to now, and removed anchors with date and reason', () => {
    const record = {
      flyttet: [
        { fra: '/sporsmal-og-svar/#a', til: '/sporsmal-og-svar/#b', dato: '2026-01-01' },
        { fra: '/sporsmal-og-svar/#b', til: '/sporsmal-og-svar/#c', dato: '2026-02-01' },
        { fra: '/nyheter/x/', til: '/nyheter/y/', dato: '2026-02-01' },
      ],
      fjernet: [{ fra: '/sporsmal-og-svar/#d', dato: '2026-03-01', grunn: 'Utdatert.' }],
    };
    const current = (address: string) => (address === '/sporsmal-og-svar/#b' ? '/sporsmal-og-svar/#c' : address);
    const { moved, removed } = oldAnswerAnchors(record, current);
    expect([...moved]).toEqual([['c', ['a', 'b']]]);
    expect(removed).toEqual([{ anchor: 'd', date: '2026-03-01', reason: 'Utdatert.' }]);
  });
});

describe('links between answers on category pages', () => {
  const categories = answerCategories([
    { name: 'Om systemet', answers: [{ id: 'hva-er-helsami' }, { id: 'hvem-eier' }] },
    { name: 'Kostnader', answers: [{ id: 'hva-kostet' }] },
  ]);
  const places = answerPlaces(categories, new Map([['hva-kostet', ['gammel-kostnad']]]));
  const body = [
    '<p>Se <a href="#hva-kostet">Hva kostet det?</a>, <a href="#gammel-kostnad">det gamle svaret</a>,',
    '<a href="#hvem-eier">Hvem eier?</a>, <a href="#bakgrunn">bakgrunnen</a>,',
    '<a href="/sporsmal-og-svar/#hva-kostet">den faste adressen</a> og <a class="x" href="#hva-kostet">igjen</a>.</p>',
    '<h2 id="hva-kostet">Ikke en lenke</h2>',
  ].join('\n');

  it('sends a bare #<id> to an answer in another category to that answer on its category page', () => {
    const html = rewriteAnswerLinks(body, 'om-systemet', places);
    expect(html).toContain('<a href="/sporsmal-og-svar/kostnader/#hva-kostet">Hva kostet det?</a>');
    expect(html).toContain('<a href="/sporsmal-og-svar/kostnader/#gammel-kostnad">det gamle svaret</a>');
    expect(html).toContain('<a class="x" href="/sporsmal-og-svar/kostnader/#hva-kostet">igjen</a>');
  });

  it('leaves links within the page, to headings, and to other addresses as written', () => {
    const html = rewriteAnswerLinks(body, 'om-systemet', places);
    expect(html).toContain('<a href="#hvem-eier">Hvem eier?</a>');
    expect(html).toContain('<a href="#bakgrunn">bakgrunnen</a>');
    expect(html).toContain('<a href="/sporsmal-og-svar/#hva-kostet">den faste adressen</a>');
    expect(html).toContain('<h2 id="hva-kostet">');
    expect(rewriteAnswerLinks(body, 'kostnader', places)).toContain('<a href="#hva-kostet">Hva kostet det?</a>');
  });

  it('writes a main-language address, which the nynorsk page puts under /nn/ with the anchor kept', () => {
    const href = /<a href="([^"]+)">Hva kostet det\?<\/a>/.exec(rewriteAnswerLinks(body, 'om-systemet', places))?.[1];
    const routes = routesOf(pageFiles(path.resolve(import.meta.dirname, '../pages')).filter(isTranslatedPage));
    expect(i18nForTest('nn', ['nb', 'nn'], routes).path(href!)).toBe('/nn/sporsmal-og-svar/kostnader/#hva-kostet');
  });
});
