import { describe, expect, it } from 'vitest';
import { checkHtmlValidity } from './html-validity.ts';
import { testPage, testSite } from './testing.ts';

describe('checkHtmlValidity', () => {
  it('passes a valid page with what Astro writes: a digit-first id, a long title, table alignment', async () => {
    const page = testPage({
      title: 'En svært lang tittel på en nyhetssak – Helseplattformen – innføringen i Midt-Norge',
      body: '<h2 id="19-kommuner">19 kommuner</h2>\n<table><thead><tr><th style="text-align: right">Antall</th></tr></thead><tbody><tr><td style="text-align: right">19</td></tr></tbody></table>',
    });
    expect(await checkHtmlValidity(testSite({ 'index.html': page }))).toEqual([]);
  });

  it('reports invalid markup with line, rule and page', async () => {
    const problems = await checkHtmlValidity(
      testSite({ 'om/index.html': testPage({ path: '/om/', body: '<p id="x">A</p>\n<p id="x">B</div>' }) }),
    );
    expect(problems.map((p) => [p.page, p.message])).toEqual([
      ['/om/', 'Line 14:2: Element <p> is implicitly closed by parent </main> (no-implicit-close at #innhold > p:nth-child(3)).'],
      ['/om/', 'Line 14:8: Duplicate ID "x" (no-dup-id at #innhold > p:nth-child(3)).'],
      ['/om/', "Line 14:13: Stray end tag '</div>' (close-order)."],
    ]);
  });

  it('reports any other inline style', async () => {
    const problems = await checkHtmlValidity(testSite({ 'index.html': testPage({ body: '<p style="color: red">Rød</p>' }) }));
    expect(problems.map((p) => p.message)).toEqual(['Line 13:4: Inline style is not allowed (no-inline-style at #innhold > p).']);
  });

  it('leaves out redirect stubs, which are Astro’s fixed template', async () => {
    const stub = '<!doctype html><title>Redirecting to: /ny/</title><meta http-equiv="refresh" content="0;url=/ny/"><body><a href="/ny/">Videre</a></body>';
    expect(await checkHtmlValidity(testSite({ 'gammel/index.html': stub }))).toEqual([]);
  });
});
