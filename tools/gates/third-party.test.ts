import { describe, expect, it } from 'vitest';
import { testPage, testSite } from './testing.ts';
import { checkThirdParty } from './third-party.ts';

const problemsOf = (page: { head?: string; body?: string }, extra: Record<string, string | null> = {}) =>
  checkThirdParty(testSite({ 'index.html': testPage(page), ...extra }));

describe('checkThirdParty', () => {
  it('allows plain links, forms and Open Graph addresses to other sites, and resources of its own', () => {
    expect(
      problemsOf({
        head: '<meta property="og:image" content="https://cdn.example/x.png"><link rel="stylesheet" href="https://innsyn.example/s.css">',
        body: '<a href="https://www.helse-midt.no/">Helse Midt-Norge</a> <img src="data:image/png;base64,AAAA" alt=""> <form action="https://sok.example/"></form>',
      }),
    ).toEqual([]);
  });

  it.each([
    ['a script', '<script src="https://cdn.example/lib.js"></script>', 'cdn.example'],
    ['a protocol-relative script', '<script src="//cdn.example/lib.js"></script>', 'cdn.example'],
    ['a stylesheet', '<link rel="stylesheet" href="https://fonts.googleapis.com/css2?family=Inter">', 'fonts.googleapis.com'],
    ['a preload', '<link rel="preload" as="font" href="https://fonts.gstatic.com/x.woff2" crossorigin>', 'fonts.gstatic.com'],
    ['a preconnect', '<link rel="preconnect" href="https://fonts.gstatic.com">', 'fonts.gstatic.com'],
    ['an icon', '<link rel="icon" href="https://cdn.example/favicon.ico">', 'cdn.example'],
    ['an image', '<img src="https://bilder.example/a.jpg" alt="">', 'bilder.example'],
    ['a srcset entry', '<img src="/a.jpg" srcset="/a.jpg 1x, https://bilder.example/a2.jpg 2x" alt="">', 'bilder.example'],
    ['an iframe', '<iframe src="https://www.youtube.com/embed/x" title="Video"></iframe>', 'www.youtube.com'],
    ['a video poster', '<video src="/v.mp4" poster="https://bilder.example/p.jpg"></video>', 'bilder.example'],
    ['an http image from the site’s own host', '<img src="http://innsyn.example/a.jpg" alt="">', 'innsyn.example'],
  ])('reports %s', (_, markup, host) => {
    const problems = problemsOf({ body: markup });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ gate: 'third-party', page: '/' });
    expect(problems[0]?.message).toContain(`from ${host}.`);
  });

  it('reports fonts and imports pulled in by a stylesheet', () => {
    const problems = checkThirdParty(
      testSite({
        'index.html': testPage(),
        '_astro/s.css': '@import "https://fonts.googleapis.com/css?family=Inter";@font-face{src:url(https://fonts.gstatic.com/i.woff2)}',
      }),
    );
    expect(problems.map((p) => [p.page, p.message.split(' loads')[0]])).toEqual([
      ['/_astro/s.css', 'url() on line 1'],
      ['/_astro/s.css', '@import on line 1'],
    ]);
  });
});
