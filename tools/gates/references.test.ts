import { describe, expect, it } from 'vitest';
import { parseHtml } from './html-document.ts';
import { pageReferences, parseSrcset, stylesheetReferences, xmlReferences } from './references.ts';

const refs = (html: string) => pageReferences(parseHtml(html)).map(({ url, loadsWithPage }) => ({ url, loadsWithPage }));

describe('parseSrcset', () => {
  it('reads URLs with width and density descriptors', () => {
    expect(parseSrcset('/a-640.webp 640w, /a-1280.webp 1280w')).toEqual(['/a-640.webp', '/a-1280.webp']);
    expect(parseSrcset('a.png 1x,b.png 2x')).toEqual(['a.png', 'b.png']);
  });

  it('reads a lone URL and URLs without descriptors', () => {
    expect(parseSrcset('  /bilde.png  ')).toEqual(['/bilde.png']);
    expect(parseSrcset('/a.png, /b.png')).toEqual(['/a.png', '/b.png']);
  });

  it('keeps commas that belong to a URL, as in data: URLs', () => {
    expect(parseSrcset('data:image/png;base64,iVBOR= 1x, /b.png 2x')).toEqual(['data:image/png;base64,iVBOR=', '/b.png']);
  });
});

describe('pageReferences', () => {
  it('tells links the reader follows from resources the page loads', () => {
    expect(
      refs(`<link rel="stylesheet" href="/s.css"><link rel="canonical" href="https://x.example/">
        <link rel="alternate" type="application/rss+xml" href="/rss.xml"><link rel="icon" href="/f.svg">
        <link rel="preconnect" href="https://cdn.example"><script src="/a.js"></script>
        <a href="/om/">Om</a><form action="/sok/"></form><img src="/i.png" srcset="/i-2.png 2x" alt="">`),
    ).toEqual([
      { url: '/s.css', loadsWithPage: true },
      { url: 'https://x.example/', loadsWithPage: false },
      { url: '/rss.xml', loadsWithPage: false },
      { url: '/f.svg', loadsWithPage: true },
      { url: 'https://cdn.example', loadsWithPage: true },
      { url: '/a.js', loadsWithPage: true },
      { url: '/om/', loadsWithPage: false },
      { url: '/sok/', loadsWithPage: false },
      { url: '/i.png', loadsWithPage: true },
      { url: '/i-2.png', loadsWithPage: true },
    ]);
  });

  it('finds links and sprites inside SVG, such as the map, with href or xlink:href', () => {
    expect(
      refs(`<svg viewBox="0 0 10 10"><a href="/kommuner/roros/"><path d="M0 0"/></a>
        <use href="/ikoner.svg#pil"/><use xlink:href="#sirkel"/><image href="/kart.png"/></svg>`),
    ).toEqual([
      { url: '/kommuner/roros/', loadsWithPage: false },
      { url: '/ikoner.svg#pil', loadsWithPage: true },
      { url: '#sirkel', loadsWithPage: true },
      { url: '/kart.png', loadsWithPage: true },
    ]);
  });

  it('decodes character references and reads Open Graph and refresh targets', () => {
    expect(
      refs(`<meta property="og:url" content="https://x.example/a/"><meta http-equiv="refresh" content="0;url=/ny/">
        <a href="/sok/?q=a&amp;type=b">Søk</a>`),
    ).toEqual([
      { url: 'https://x.example/a/', loadsWithPage: false },
      { url: '/ny/', loadsWithPage: false },
      { url: '/sok/?q=a&type=b', loadsWithPage: false },
    ]);
  });

  it('leaves out the content of <template>, which is not part of the page', () => {
    expect(refs('<template><img src="/mal.png" alt=""></template>')).toEqual([]);
  });

  it('says where each reference is', () => {
    const [reference] = pageReferences(parseHtml('<p>\n<a href="/x/">Til   x</a></p>'));
    expect(reference?.where).toBe('<a href> «Til x» on line 2');
  });
});

describe('stylesheetReferences', () => {
  it('reads url() in every quoting and @import, but not inside comments', () => {
    const css = `@import "/base.css";\n@font-face{src:url(/f.woff2) format("woff2"),url('/f.woff')}\n/* url(/gammel.png) */\n.a{background:url( "/b.png" )}`;
    expect(stylesheetReferences(css).map((r) => [r.url, r.where])).toEqual([
      ['/f.woff2', 'url() on line 2'],
      ['/f.woff', 'url() on line 2'],
      ['/b.png', 'url() on line 4'],
      ['/base.css', '@import on line 1'],
    ]);
  });
});

describe('xmlReferences', () => {
  it('reads sitemap locations, feed links and href attributes, decoded', () => {
    const xml = `<urlset><url><loc>https://x.example/a/?b=1&amp;c=2</loc></url></urlset>
<rss><channel><link>https://x.example/</link><atom:link href="https://x.example/rss.xml" rel="self"/></channel></rss>`;
    expect(xmlReferences(xml).map((r) => r.url)).toEqual([
      'https://x.example/a/?b=1&c=2',
      'https://x.example/',
      'https://x.example/rss.xml',
    ]);
  });
});
