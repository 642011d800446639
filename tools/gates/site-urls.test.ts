import { describe, expect, it } from 'vitest';
import { pageBaseUrl, resolveUrl } from './site-urls.ts';
import { testPage, testSite } from './testing.ts';

const site = testSite({
  'index.html': testPage(),
  'nyheter/index.html': testPage({ path: '/nyheter/' }),
  'nyheter/økonomi/index.html': testPage({ path: '/nyheter/økonomi/' }),
  'data/status.csv': null,
  'favicon.svg': null,
});
const base = new URL('https://innsyn.example/nyheter/');

describe('resolveUrl', () => {
  it('serves a folder address from its index.html and ignores the query string', () => {
    expect(resolveUrl(site, base, '/nyheter/?side=2')).toMatchObject({ kind: 'file', file: 'nyheter/index.html', fragment: null });
    expect(resolveUrl(site, base, '../')).toMatchObject({ kind: 'file', file: 'index.html' });
    expect(resolveUrl(site, base, '/data/status.csv')).toMatchObject({ kind: 'file', file: 'data/status.csv' });
  });

  it('decodes percent-escaped paths and fragments', () => {
    expect(resolveUrl(site, base, '/nyheter/%C3%B8konomi/#f%C3%B8r')).toMatchObject({
      kind: 'file',
      file: 'nyheter/økonomi/index.html',
      fragment: 'før',
    });
    expect(resolveUrl(site, base, 'økonomi/')).toMatchObject({ kind: 'file', file: 'nyheter/økonomi/index.html' });
  });

  it('treats the site origin as internal and every other origin or scheme as external', () => {
    expect(resolveUrl(site, base, 'https://innsyn.example/favicon.svg')).toMatchObject({ kind: 'file' });
    for (const url of ['https://www.regjeringen.no/', '//cdn.example/x.js', 'mailto:post@innsyn.example', 'data:,x']) {
      expect(resolveUrl(site, base, url).kind, url).toBe('external');
    }
  });

  it('says what is wrong with an address that leads nowhere', () => {
    expect(resolveUrl(site, base, '/dokumenter/')).toEqual({ kind: 'broken', reason: '/dokumenter/ is not in the built site.' });
    expect(resolveUrl(site, base, '/nyheter')).toMatchObject({ kind: 'broken', reason: expect.stringMatching(/^\/nyheter is a folder: the page is \/nyheter\/\./) });
    expect(resolveUrl(site, base, '/%E0%A4%A/')).toEqual({ kind: 'broken', reason: 'it has a malformed %-escape.' });
    expect(resolveUrl(site, base, 'https://[::1')).toEqual({ kind: 'broken', reason: 'that is not a valid URL.' });
  });
});

describe('pageBaseUrl', () => {
  it('is the page address, or its <base href>', () => {
    const withBase = testSite({
      'a/index.html': testPage({ path: '/a/' }),
      'b/index.html': testPage({ path: '/b/', head: '<base href="/nyheter/">' }),
    });
    expect(pageBaseUrl(withBase, withBase.pages[0]!).href).toBe('https://innsyn.example/a/');
    expect(pageBaseUrl(withBase, withBase.pages[1]!).href).toBe('https://innsyn.example/nyheter/');
  });
});
