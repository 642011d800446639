/**
 * The shipped deployment configuration says the same thing everywhere: the
 * nginx snippet, the `_headers` file and Astro's `<meta>` policy carry one
 * strict Content-Security-Policy, and every nginx location keeps the
 * security headers (nginx drops inherited add_header lines in a location that
 * sets its own).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import astroConfig from '../../astro.config.mjs';
import { cspHash, HASHED_STYLE_ATTRIBUTES } from '../../tools/gates/csp.ts';
import { nginxLocations, parseCsp, parseHeadersFile, parseNginxHeaders } from '../../tools/gates/deploy-headers.ts';

const nginxHeaders = parseNginxHeaders(readFileSync('deploy/nginx/security-headers.conf', 'utf8'));
const staticSite = readFileSync('deploy/nginx/static-site.conf', 'utf8');
const headersFile = parseHeadersFile(readFileSync('deploy/_headers', 'utf8'));
const csp = parseCsp(nginxHeaders.get('content-security-policy') ?? '');
const IMMUTABLE = 'public, max-age=31536000, immutable';

describe('the Content-Security-Policy', () => {
  it('lets only the site’s own files run and style the page', () => {
    expect(Object.fromEntries(csp)).toEqual({
      'default-src': ["'self'"],
      'script-src': ["'self'", "'wasm-unsafe-eval'"],
      'style-src': ["'self'"],
      'style-src-attr': ["'unsafe-hashes'", ...HASHED_STYLE_ATTRIBUTES.map((value) => `'${cspHash(value)}'`)],
      'img-src': ["'self'", 'data:'],
      'font-src': ["'self'"],
      'connect-src': ["'self'"],
      'object-src': ["'none'"],
      'base-uri': ["'self'"],
      'form-action': ["'self'"],
      'frame-ancestors': ["'none'"],
      'upgrade-insecure-requests': [],
    });
  });

  it('is the policy Astro writes into every page, less what only a header can carry', () => {
    const meta = astroConfig.security?.csp;
    if (typeof meta !== 'object') throw new Error('astro.config.mjs must set security.csp to the policy object.');
    const kind = (entry: string | { kind: string }) => (typeof entry === 'string' ? 'default' : entry.kind);
    const value = (entry: string | { resource: string } | { hash: string }) =>
      typeof entry === 'string' ? entry : 'resource' in entry ? entry.resource : `'${entry.hash}'`;
    const styleResources = meta.styleDirective?.resources ?? [];
    const styleHashes = meta.styleDirective?.hashes ?? [];
    const fromAstro = parseCsp(
      [
        ...(meta.directives ?? []),
        `script-src ${(meta.scriptDirective?.resources ?? []).map(value).join(' ')}`,
        `style-src ${styleResources.filter((e) => kind(e) === 'default').map(value).join(' ')}`,
        `style-src-attr ${[...styleResources, ...styleHashes].filter((e) => kind(e) === 'attribute').map(value).join(' ')}`,
      ].join(';'),
    );
    const fromHeader = new Map(csp);
    fromHeader.delete('frame-ancestors');
    expect(Object.fromEntries(fromAstro)).toEqual(Object.fromEntries(fromHeader));
  });
});

describe('the security headers', () => {
  it('are all there in the nginx snippet', () => {
    expect(Number(/max-age=(\d+)/.exec(nginxHeaders.get('strict-transport-security') ?? '')?.[1])).toBeGreaterThanOrEqual(31_536_000);
    expect(nginxHeaders.get('x-content-type-options')).toBe('nosniff');
    expect(nginxHeaders.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    expect(nginxHeaders.get('cross-origin-opener-policy')).toBe('same-origin');
    expect(nginxHeaders.get('x-frame-options')).toBe('DENY');
    const permissions = nginxHeaders.get('permissions-policy')?.split(/,\s*/) ?? [];
    for (const feature of ['camera', 'microphone', 'geolocation', 'payment', 'usb', 'interest-cohort', 'browsing-topics']) {
      expect(permissions).toContain(`${feature}=()`);
    }
  });

  it('are the same in _headers for every path', () => {
    expect(Object.fromEntries(headersFile.get('/*') ?? [])).toEqual(Object.fromEntries(nginxHeaders));
  });

  it('are added in every nginx location, each with its own Cache-Control', () => {
    const locations = nginxLocations(staticSite);
    expect(locations.length).toBeGreaterThanOrEqual(4);
    for (const { location, body } of locations) {
      expect(body, location).toContain('include helseplattformen/security-headers.conf;');
      expect(parseNginxHeaders(body).get('cache-control'), location).toMatch(/^(no-cache|public, max-age=31536000, immutable)$/);
    }
    expect(staticSite).not.toMatch(/^add_header/m);
  });
});

describe('caching', () => {
  it('keeps fingerprinted files for good and revalidates everything else in nginx', () => {
    const cache = new Map(nginxLocations(staticSite).map(({ location, body }) => [location, parseNginxHeaders(body).get('cache-control')]));
    expect(cache.get('/')).toBe('no-cache');
    expect(cache.get('= /404.html')).toBe('no-cache');
    expect(cache.get('^~ /_astro/')).toBe(IMMUTABLE);
    expect(cache.get('~ ^/pagefind/(fragment|index|filter)/[^/]+$')).toBe(IMMUTABLE);
  });

  it('does the same on Netlify and Cloudflare Pages', () => {
    for (const path of ['/_astro/*', '/pagefind/fragment/*', '/pagefind/index/*', '/pagefind/filter/*']) {
      expect(headersFile.get(path)?.get('cache-control'), path).toBe(IMMUTABLE);
    }
    // Joined, not replaced, with the rules above: HTML stays at the hosts' revalidating default.
    expect(headersFile.get('/*')?.has('cache-control')).toBe(false);
  });
});
