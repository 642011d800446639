import { describe, expect, it } from 'vitest';
import { formatReport, runGates } from './run-gates.ts';
import { testPage, testSite } from './testing.ts';

describe('runGates', () => {
  it('finds nothing in a sound site', async () => {
    const site = testSite({
      'index.html': testPage({ body: '<a href="/om/">Om</a>' }),
      'om/index.html': testPage({ path: '/om/' }),
      '404.html': testPage({ path: '/404.html', canonical: null, noindex: true }),
    });
    expect(await runGates(site)).toEqual([]);
    expect(formatReport(site, [])).toMatchInlineSnapshot(`
      "✓ Valid HTML (html-validate)
      ✓ Internal links, images, scripts, stylesheets and #fragments
      ✓ No requests to other hosts
      ✓ Title, lang, one h1 and canonical URL on every page
      ✓ Nothing the Content-Security-Policy would block
      All gates pass (3 pages, 0 stylesheets, 0 feed or sitemap files)."
    `);
  });

  it('reports each problem once, with every page it is on, and what to do', async () => {
    const menu = '<a href="/borte/">Borte</a>';
    const site = testSite({
      'index.html': testPage({ body: menu }),
      'om/index.html': testPage({ path: '/om/', body: menu, h1: null }),
    });
    const problems = await runGates(site);
    expect(problems.map((p) => [p.gate, p.page])).toEqual([
      ['internal-links', '/'],
      ['internal-links', '/om/'],
      ['page-metadata', '/om/'],
    ]);
    expect(formatReport(site, problems)).toMatchInlineSnapshot(`
      "✓ Valid HTML (html-validate)
      ✗ Internal links, images, scripts, stylesheets and #fragments: 2 problems on 2 pages
        - <a href> «Borte» on line 13 points to «/borte/», but /borte/ is not in the built site.
          on 2 pages: /, /om/
        What to do: Correct the address, or restore the page, file or heading it pointed to.
      ✓ No requests to other hosts
      ✗ Title, lang, one h1 and canonical URL on every page: 1 problem on 1 page
        - It has no <h1>. Every page has exactly one main heading.
          on /om/
        What to do: Pass a distinct title to BaseLayout, give the page one <h1>, and let BaseLayout write lang and the canonical link.
      ✓ Nothing the Content-Security-Policy would block
      3 problems in 2 pages, 0 stylesheets, 0 feed or sitemap files. The site is not ready to publish until every gate passes."
    `);
  });
});
