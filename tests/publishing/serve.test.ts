/** Drives `scripts/serve.ts` over a small published tree laid out as `npm run publish` leaves it. */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startScript, type Running } from './harness.ts';

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** Sends the path exactly as written, so `..` and `%2e%2e` reach the server unnormalised. */
function get(base: string, rawPath: string, method = 'GET'): Promise<Reply> {
  const { hostname, port } = new URL(base);
  return new Promise((resolve, reject) => {
    const req = request({ hostname, port, path: rawPath, method }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('npm run serve', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'hp-serve-'));
  const www = path.join(dir, '.published', 'site-20261122T100000-000', 'www');
  let server: Running;
  let base = '';

  beforeAll(async () => {
    const files: Record<string, string> = {
      'index.html': '<!doctype html><title>Forside</title>',
      '404.html': '<!doctype html><title>Fant ikke siden</title>',
      'nyheter/fase-2/index.html': '<!doctype html><title>Fase 2</title>',
      '_astro/side.css': 'body{}',
      '_astro/kart.js': 'export {}',
      'data/kommuner.json': '{}',
      'data/kommuner.csv': 'kommune;status',
      'nyheter/rss.xml': '<rss/>',
      'kart.svg': '<svg/>',
      'robots.txt': 'User-agent: *',
      'bilde.png': 'png',
      'bilde.jpg': 'jpg',
      'bilde.webp': 'webp',
      'bilde.avif': 'avif',
      'dokumenter/avtale/avtale.pdf': '%PDF',
      'pagefind/wasm.unknown.pagefind': 'wasm',
      'pagefind/pagefind.wasm': 'wasm',
      'pagefind/pagefind-entry.json': '{}',
      'pagefind/index/nb_1.pf_index': 'x',
      'pagefind/fragment/nb_1.pf_fragment': 'x',
      'pagefind/pagefind.nb_1.pf_meta': 'x',
      'fonts/system.woff2': 'x',
    };
    for (const [name, text] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(www, name)), { recursive: true });
      writeFileSync(path.join(www, name), text);
    }
    writeFileSync(path.join(dir, 'hemmelig.txt'), 'hemmelig');
    symlinkSync(path.join(dir, 'hemmelig.txt'), path.join(www, 'lenke-ut.txt'));
    symlinkSync(path.relative(dir, www), path.join(dir, 'site'));
    server = startScript('serve.ts', ['--published', path.join(dir, 'site'), '--port', '0']);
    await server.waitFor(() => /http:\/\/127\.0\.0\.1:\d+\//.test(server.output()), 30_000, 'the server address');
    base = /http:\/\/127\.0\.0\.1:\d+\//.exec(server.output())![0];
  });

  afterAll(async () => {
    await server?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('prints its loopback address', () => {
    expect(server.output()).toMatch(/^Viser .*site på http:\/\/127\.0\.0\.1:\d+\/$/m);
  });

  it.each([
    ['/', 'text/html; charset=utf-8'],
    ['/_astro/side.css', 'text/css; charset=utf-8'],
    ['/_astro/kart.js', 'text/javascript; charset=utf-8'],
    ['/data/kommuner.json', 'application/json; charset=utf-8'],
    ['/data/kommuner.csv', 'text/csv; charset=utf-8'],
    ['/nyheter/rss.xml', 'application/xml; charset=utf-8'],
    ['/kart.svg', 'image/svg+xml; charset=utf-8'],
    ['/robots.txt', 'text/plain; charset=utf-8'],
    ['/bilde.png', 'image/png'],
    ['/bilde.jpg', 'image/jpeg'],
    ['/bilde.webp', 'image/webp'],
    ['/bilde.avif', 'image/avif'],
    ['/dokumenter/avtale/avtale.pdf', 'application/pdf'],
    ['/pagefind/pagefind.wasm', 'application/wasm'],
    ['/fonts/system.woff2', 'font/woff2'],
    ['/pagefind/pagefind-entry.json', 'application/json; charset=utf-8'],
    ['/pagefind/index/nb_1.pf_index', 'application/octet-stream'],
    ['/pagefind/fragment/nb_1.pf_fragment', 'application/octet-stream'],
    ['/pagefind/pagefind.nb_1.pf_meta', 'application/octet-stream'],
    ['/pagefind/wasm.unknown.pagefind', 'application/octet-stream'],
  ])('serves %s as %s', async (url, type) => {
    const reply = await get(base, url);
    expect(reply.status).toBe(200);
    expect(reply.headers['content-type']).toBe(type);
  });

  it('serves a folder index, and redirects a folder without its slash', async () => {
    const page = await get(base, '/nyheter/fase-2/');
    expect(page.body).toContain('<title>Fase 2</title>');
    const redirect = await get(base, '/nyheter/fase-2?side=2');
    expect(redirect.status).toBe(301);
    expect(redirect.headers.location).toBe('/nyheter/fase-2/?side=2');
    expect((await get(base, '//nyheter/fase-2')).headers.location).toBe('/nyheter/fase-2/');
  });

  it('answers a missing page with the site’s own 404 page and status 404', async () => {
    for (const url of ['/finnes-ikke/', '/finnes-ikke.html', '/index.html/']) {
      const reply = await get(base, url);
      expect(reply.status).toBe(404);
      expect(reply.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(reply.body).toContain('Fant ikke siden');
    }
  });

  it('refuses paths that climb out of the site, however they are written', async () => {
    for (const url of ['/../hemmelig.txt', '/../../hemmelig.txt', '/%2e%2e/hemmelig.txt', '/nyheter/..%2f..%2fhemmelig.txt', '/..%5chemmelig.txt', '/lenke-ut.txt', '/%00']) {
      const reply = await get(base, url);
      expect(reply.status, url).toBe(403);
      expect(reply.body).not.toContain('hemmelig');
    }
  });

  it('answers HEAD without a body and refuses other methods', async () => {
    const head = await get(base, '/', 'HEAD');
    expect(head.status).toBe(200);
    expect(head.body).toBe('');
    expect(Number(head.headers['content-length'])).toBeGreaterThan(0);
    expect((await get(base, '/', 'POST')).status).toBe(405);
  });
});
