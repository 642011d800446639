import { describe, expect, it } from 'vitest';
import { checkInternalLinks } from './internal-links.ts';
import { testPage, testSite } from './testing.ts';

const problemsOf = (files: Record<string, string | null>) =>
  checkInternalLinks(testSite({ 'index.html': testPage(), '404.html': testPage({ path: '/404.html', canonical: null, noindex: true }), ...files }));

describe('checkInternalLinks', () => {
  it('passes links, images, scripts and stylesheets that lead to files of the site', () => {
    expect(
      problemsOf({
        'om/index.html': testPage({
          path: '/om/',
          head: '<link rel="stylesheet" href="/_astro/a.css"><script type="module" src="/_astro/a.js"></script>',
          body: `<a href="/">Forside</a> <a href="../">Opp</a> <a href="/om/#del">Del</a> <a href="#del">Del</a> <a href="#">Topp</a>
            <a href="#top">Topp</a> <a href="/vedlegg.pdf#page=2">PDF</a> <a href="https://example.org/mangler/">Ute</a>
            <a href="mailto:post@innsyn.example">E-post</a> <h2 id="del">Del</h2>
            <img src="/_astro/b.webp" srcset="/_astro/b.webp 1x, /_astro/b2.webp 2x" alt="">`,
        }),
        '_astro/a.css': '.x{background:url(b.webp)} .y{fill:url(#grad)}',
        '_astro/a.js': null,
        '_astro/b.webp': null,
        '_astro/b2.webp': null,
        'vedlegg.pdf': null,
      }),
    ).toEqual([]);
  });

  it('reports a link to a page that is not there, on the page that has it', () => {
    expect(problemsOf({ 'om/index.html': testPage({ path: '/om/', body: '<a href="/dokumenter/">Dokumenter</a>' }) })).toEqual([
      {
        gate: 'internal-links',
        page: '/om/',
        message: '<a href> «Dokumenter» on line 13 points to «/dokumenter/», but /dokumenter/ is not in the built site.',
      },
    ]);
  });

  it('reports a fragment with no element of that id, on this page or another', () => {
    const problems = problemsOf({
      'om/index.html': testPage({ path: '/om/', body: '<a href="#mangler">A</a> <a href="/#ingen">B</a>' }),
    });
    expect(problems.map((p) => p.message)).toEqual([
      '<a href> «A» on line 13 points to «#mangler», but /om/ has no element with id="mangler".',
      '<a href> «B» on line 13 points to «/#ingen», but / has no element with id="ingen".',
    ]);
  });

  it('reports a missing image, srcset entry, script, stylesheet and icon', () => {
    const problems = problemsOf({
      'om/index.html': testPage({
        path: '/om/',
        head: '<link rel="stylesheet" href="/_astro/borte.css"><link rel="icon" href="/favicon.svg"><script type="module" src="/_astro/borte.js"></script>',
        body: '<img src="/bilde.png" alt=""> <picture><source srcset="/a.avif 1x, /b.avif 2x"><img src="/a.png" alt=""></picture>',
      }),
      'a.avif': null,
      'a.png': null,
    });
    expect(problems.map((p) => /«(.*?)»/.exec(p.message)?.[1])).toEqual([
      '/_astro/borte.css',
      '/favicon.svg',
      '/_astro/borte.js',
      '/bilde.png',
      '/b.avif',
    ]);
  });

  it('reports a link to a folder without its trailing slash', () => {
    const [problem] = problemsOf({ 'om/index.html': testPage({ path: '/om/', body: '<a href="/om">Om</a>' }) });
    expect(problem?.message).toContain('/om is a folder: the page is /om/.');
  });

  it('follows the canonical and Open Graph addresses on the site’s own origin', () => {
    const problems = problemsOf({
      'om/index.html': testPage({ path: '/om/', canonical: 'https://innsyn.example/borte/', head: '<meta property="og:url" content="https://innsyn.example/om/">' }),
    });
    expect(problems.map((p) => p.message)).toEqual([
      '<link href> on line 6 points to «https://innsyn.example/borte/», but /borte/ is not in the built site.',
    ]);
  });

  it('follows links in the map’s SVG', () => {
    const problems = problemsOf({
      'kart/index.html': testPage({ path: '/kart/', body: '<svg viewBox="0 0 1 1" role="img" aria-label="Kart"><a href="/kommuner/roros/"><path d="M0 0"/></a></svg>' }),
    });
    expect(problems.map((p) => p.message)).toEqual([
      '<a href> on line 13 points to «/kommuner/roros/», but /kommuner/roros/ is not in the built site.',
    ]);
  });

  it('reports url() in stylesheets and links in sitemaps and feeds, by file', () => {
    const problems = problemsOf({
      '_astro/s.css': '@font-face{src:url(/fonts/borte.woff2)}',
      'sitemap-0.xml': '<urlset><url><loc>https://innsyn.example/</loc></url><url><loc>https://innsyn.example/borte/</loc></url></urlset>',
      'nyheter/rss.xml': '<rss><channel><link>https://innsyn.example/</link><item><link>https://innsyn.example/nyheter/borte/</link></item></channel></rss>',
    });
    expect(problems.map((p) => [p.page, /«(.*?)»/.exec(p.message)?.[1]])).toEqual([
      ['/_astro/s.css', '/fonts/borte.woff2'],
      ['/nyheter/rss.xml', 'https://innsyn.example/nyheter/borte/'],
      ['/sitemap-0.xml', 'https://innsyn.example/borte/'],
    ]);
  });
});
