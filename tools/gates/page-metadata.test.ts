import { describe, expect, it } from 'vitest';
import { checkPageMetadata } from './page-metadata.ts';
import { testPage, testSite, type TestPageOptions } from './testing.ts';

const notFound = testPage({ path: '/404.html', title: 'Fant ikke siden', canonical: null, noindex: true });
const messagesFor = (options: TestPageOptions) =>
  checkPageMetadata(testSite({ 'index.html': testPage(), '404.html': notFound, 'om/index.html': testPage({ path: '/om/', ...options }) }))
    .filter((problem) => problem.page === '/om/')
    .map((problem) => problem.message);

describe('checkPageMetadata', () => {
  it('passes pages with lang, a distinct title, one h1 and a canonical URL, and a noindex 404', () => {
    expect(checkPageMetadata(testSite({ 'index.html': testPage(), 'om/index.html': testPage({ path: '/om/' }), '404.html': notFound }))).toEqual([]);
  });

  it('reports a page without lang', () => {
    expect(messagesFor({ lang: null })).toEqual([expect.stringMatching(/^<html> has no lang attribute/)]);
    expect(messagesFor({ lang: ' ' })).toHaveLength(1);
  });

  it('reports a missing or empty title, and two titles', () => {
    expect(messagesFor({ title: ' ', h1: 'Om' })).toEqual([expect.stringMatching(/^It has no <title>/)]);
    expect(messagesFor({ head: '<title>To</title>' })).toEqual([expect.stringMatching(/^It has 2 <title> elements/)]);
  });

  it('reports a title another page has, on both pages', () => {
    const problems = checkPageMetadata(
      testSite({ 'a/index.html': testPage({ path: '/a/', title: 'Nyheter' }), 'b/index.html': testPage({ path: '/b/', title: ' Nyheter ' }) }),
    );
    expect(problems).toEqual([
      expect.objectContaining({ page: '/a/', message: expect.stringMatching(/^Its <title> «Nyheter» is also the title of \/b\/\./) }),
      expect.objectContaining({ page: '/b/', message: expect.stringMatching(/is also the title of \/a\/\./) }),
    ]);
  });

  it('counts only the HTML title, not an SVG one', () => {
    expect(messagesFor({ body: '<svg viewBox="0 0 1 1"><title>Kart</title></svg>' })).toEqual([]);
  });

  it('reports no h1 and more than one h1', () => {
    expect(messagesFor({ h1: null })).toEqual(['It has no <h1>. Every page has exactly one main heading.']);
    expect(messagesFor({ body: '<h1>Igjen</h1>' })).toEqual([expect.stringMatching(/^It has 2 <h1> elements \(lines 12, 13\)/)]);
  });

  it('reports a missing, relative, foreign or doubled canonical URL', () => {
    expect(messagesFor({ canonical: null })).toEqual(['It has no <link rel="canonical">. Every page names its own address on https://innsyn.example.']);
    expect(messagesFor({ canonical: '/om/' })).toEqual([expect.stringMatching(/^Its canonical URL «\/om\/» is not absolute/)]);
    expect(messagesFor({ canonical: 'https://annen.example/om/' })).toEqual([expect.stringMatching(/is not on the site's own origin/)]);
    expect(messagesFor({ head: '<link rel="canonical" href="https://innsyn.example/">' })).toEqual([
      'It has 2 <link rel="canonical"> elements; a page has exactly one.',
    ]);
  });

  it('requires noindex on the 404 page, and no canonical there', () => {
    const problems = checkPageMetadata(testSite({ '404.html': testPage({ path: '/404.html', canonical: null }) }));
    expect(problems).toEqual([
      { gate: 'page-metadata', page: '/404.html', message: 'The 404 page has no <meta name="robots" content="noindex">; search engines must not index it.' },
    ]);
  });

  it('leaves redirect stubs alone', () => {
    const stub = '<!doctype html><title>Redirecting to: /ny/</title><meta http-equiv="refresh" content="0;url=/ny/"><meta name="robots" content="noindex"><body><a href="/ny/">Videre</a></body>';
    expect(checkPageMetadata(testSite({ 'gammel/index.html': stub, 'gammel2/index.html': stub }))).toEqual([]);
  });
});
