import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
  BuiltSite,
  PHONE,
  chooseCandidate,
  cssReferences,
  evaluateSizes,
  htmlReferences,
  measurePage,
  mediaMatches,
  staticImports,
} from '../../tools/bench/page-weight.ts';
import { listPages, pageType, sitePathOf } from '../../tools/bench/page-types.ts';
import { measureSite } from '../../tools/bench/site-weight.ts';

const fixture = path.join(import.meta.dirname, 'fixtures', 'site');
const gz = (sitePath: string) => gzipSync(readFileSync(path.join(fixture, sitePath.endsWith('/') ? `${sitePath}index.html` : sitePath)), { level: 6 }).length;
const sum = (paths: string[]) => paths.reduce((total, p) => total + gz(p), 0);

describe('image choice for a 390 px phone', () => {
  it('evaluates sizes and media conditions at the viewport', () => {
    expect(evaluateSizes('(min-width: 48rem) 45rem, 100vw', PHONE)).toBe(390);
    expect(evaluateSizes('(max-width: 30em) 50vw, 720px', PHONE)).toBe(195);
    expect(evaluateSizes(undefined, PHONE)).toBe(390);
    expect(mediaMatches('(min-width: 20rem) and (max-width: 400px)', PHONE)).toBe(true);
    expect(mediaMatches('(orientation: landscape)', PHONE)).toBe(false);
  });

  it('takes the smallest width candidate that covers the slot, scaled by pixel ratio', () => {
    const srcset = '/a-360.avif 360w, /a-720.avif 720w, /a-1080.avif 1080w';
    expect(chooseCandidate(srcset, '100vw', PHONE)).toBe('/a-720.avif');
    expect(chooseCandidate(srcset, '(min-width: 48rem) 45rem, 100vw', { ...PHONE, dpr: 3 })).toBe('/a-1080.avif');
    expect(chooseCandidate(srcset, '300px', PHONE)).toBe('/a-360.avif');
    expect(chooseCandidate('/b.png 1x, /b@2x.png 2x', undefined, PHONE)).toBe('/b.png');
    expect(chooseCandidate('/b.png 1x, /b@2x.png 2x', undefined, { ...PHONE, dpr: 2 })).toBe('/b@2x.png');
  });
});

describe('references in HTML, CSS and JavaScript', () => {
  it('lists what a page loads and nothing it only mentions', () => {
    const refs = htmlReferences(readFileSync(path.join(fixture, 'index.html'), 'utf8'));
    expect(refs).toEqual({
      stylesheets: ['/_astro/base.css'],
      scripts: ['/_astro/preloaded.js', '/_astro/status.js', 'https://cdn.example.org/tracker.js'],
      // The JPEG XL source is skipped (not a supported type); template content is not rendered.
      images: ['/_astro/photo-720.avif', '/_astro/logo.png', '/_astro/missing.png', 'data:image/gif;base64,R0lGODlhAQABAAAAACw='],
      icons: ['/favicon.svg'],
    });
  });

  it('follows static imports, minified or not, but not dynamic import()', () => {
    const js = 'import{a as b}from"./x.js";import"./y.js";export*from"../z.js";const q=()=>import("./dyn.js");\nimport c from \'/abs.js\';';
    expect(staticImports(js)).toEqual(['./x.js', './y.js', '../z.js', '/abs.js']);
    expect(staticImports('const s = "import x from ./not-a-path";')).toEqual([]);
  });

  it('finds @import and one font file per @font-face, woff2 first', () => {
    expect(cssReferences(readFileSync(path.join(fixture, '_astro', 'base.css'), 'utf8'))).toEqual({
      imports: ['/_astro/imported.css'],
      fonts: ['/_astro/demo.woff2'],
    });
  });
});

describe('first-visit weight of one page', () => {
  it('sums each loaded file once, gzipped at level 6, by kind, with JavaScript apart', () => {
    const weight = measurePage(new BuiltSite(fixture), '/');
    const byKind = (kind: string) => weight.resources.filter((r) => r.kind === kind).map((r) => r.url).sort();
    expect(byKind('html')).toEqual(['/']);
    expect(byKind('css')).toEqual(['/_astro/base.css', '/_astro/imported.css']);
    expect(byKind('font')).toEqual(['/_astro/demo.woff2']);
    expect(byKind('js')).toEqual(['/_astro/format.js', '/_astro/preloaded.js', '/_astro/side-effect.js', '/_astro/status.js']);
    expect(byKind('image')).toEqual(['/_astro/logo.png', '/_astro/photo-720.avif', '/favicon.svg']);
    expect(weight.missing).toEqual(['/_astro/missing.png']);
    expect(weight.thirdParty).toEqual(['https://cdn.example.org/tracker.js']);

    expect(weight.html).toBe(gz('/'));
    expect(weight.css).toBe(sum(['_astro/base.css', '_astro/imported.css']));
    expect(weight.fonts).toBe(gz('_astro/demo.woff2'));
    expect(weight.js).toBe(sum(['_astro/format.js', '_astro/preloaded.js', '_astro/side-effect.js', '_astro/status.js']));
    expect(weight.images).toBe(sum(['_astro/logo.png', '_astro/photo-720.avif', 'favicon.svg']));
    expect(weight.total).toBe(weight.html + weight.css + weight.fonts + weight.js + weight.images);
  });

  it('counts no JavaScript for a page without scripts', () => {
    const weight = measurePage(new BuiltSite(fixture), '/nyheter/en-nyhet/');
    expect(weight.js).toBe(0);
    expect(weight.total).toBe(gz('/nyheter/en-nyhet/') + sum(['_astro/base.css', '_astro/imported.css', '_astro/demo.woff2', 'favicon.svg']));
  });

  it('treats absolute links to the site’s own address as local', () => {
    const site = new BuiltSite(fixture, 'https://innforing.example/');
    expect(site.resolve('https://innforing.example/_astro/base.css', '/')).toEqual({ path: '/_astro/base.css' });
    expect(site.resolve('https://elsewhere.example/x.css', '/')).toEqual({ thirdParty: 'https://elsewhere.example/x.css' });
    expect(site.file('/../../etc/passwd')).toBeUndefined();
  });
});

describe('page types and the whole site', () => {
  it('maps built files to site paths and types', () => {
    expect(sitePathOf('index.html')).toBe('/');
    expect(sitePathOf('nyheter/a/index.html')).toBe('/nyheter/a/');
    expect(sitePathOf('404.html')).toBe('/404.html');
    expect(listPages(fixture)).toEqual(['/', '/kommuner/utvikling/', '/nyheter/en-nyhet/', '/om/']);
    expect(pageType('/nyheter/en-nyhet/')).toBe('article');
    expect(pageType('/nyheter/side/2/')).toBe('news-list');
    expect(pageType('/nyheter/emne/drift/')).toBe('topic');
    expect(pageType('/nyheter/emne/drift/side/3/')).toBe('topic');
    expect(pageType('/sporsmal-og-svar/')).toBe('answers');
    expect(pageType('/sporsmal-og-svar/avtalene/')).toBe('answer-category');
    expect(pageType('/endringer/type/nyhet/side/2/')).toBe('changes');
    expect(pageType('/kommuner/utvikling/')).toBe('charts');
    expect(pageType('/kommuner/roros/')).toBe('municipality');
    expect(pageType('/dokumenter/')).toBe('documents-list');
    expect(pageType('/ukjent/side/')).toBe('other');
    // The nynorsk copy is typed as its bokmål twin, by the site's own address words.
    expect(pageType('/nn/')).toBe('front');
    expect(pageType('/nn/kommunar/roros/')).toBe('municipality');
    expect(pageType('/nn/kommunar/utvikling/')).toBe('charts');
    expect(pageType('/nn/nyheiter/en-nyhet/')).toBe('article');
    expect(pageType('/nn/nyheiter/side/2/')).toBe('news-list');
    expect(pageType('/nn/endringar/type/nyhet/side/2/')).toBe('changes');
    expect(pageType('/nn/tilgjengelegheit/')).toBe('text');
    expect(pageType('/nn/ukjent/side/')).toBe('other');
  });

  it('summarises every page by type and finds chart JavaScript outside chart pages', () => {
    const site = measureSite(fixture);
    expect(site.pages).toBe(4);
    expect(site.types.map((t) => [t.id, t.pages])).toEqual([
      ['front', 1],
      ['article', 1],
      ['charts', 1],
      ['text', 1],
    ]);
    const charts = site.types.find((t) => t.id === 'charts')!;
    expect(charts.heaviest.jsFiles.sort()).toEqual(
      ['/_astro/Chart.astro_astro_type_script_index_0_lang.abc123.js', '/_astro/chart-lib.js', '/_astro/format.js', '/_astro/side-effect.js', '/_astro/status.js'].sort(),
    );
    expect(site.types.find((t) => t.id === 'article')!.pagesWithJs).toBe(0);

    // format.js is shared with a non-chart script, so it does not make a page a chart page; but it is part of what charts cost.
    expect(site.charts.files).toEqual(['/_astro/Chart.astro_astro_type_script_index_0_lang.abc123.js', '/_astro/chart-lib.js', '/_astro/format.js']);
    expect(site.charts.gzip).toBe(sum(['_astro/Chart.astro_astro_type_script_index_0_lang.abc123.js', '_astro/chart-lib.js', '_astro/format.js']));
    expect(site.charts.chartPages).toEqual(['/kommuner/utvikling/']);
    expect(site.charts.strayPages).toEqual(['/om/']);
    expect(site.charts.chartPagesWithout).toEqual([]);
    expect(site.missing).toEqual([{ path: '/_astro/missing.png', page: '/' }]);
  });
});
