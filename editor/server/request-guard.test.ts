import { request as httpRequest } from 'node:http';
import { mkdtempSync, rmSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { refusal, type GuardedRequest } from './request-guard.ts';
import { startEditServer, type EditServer } from './edit-server.ts';

const settings = { port: 4330, token: 'hemmelig-nokkel' };
const own = { host: '127.0.0.1:4330', origin: 'http://127.0.0.1:4330', 'sec-fetch-site': 'same-origin', 'x-redigering-token': 'hemmelig-nokkel', 'content-type': 'application/json' };
const post = (headers: GuardedRequest['headers']): GuardedRequest => ({ method: 'POST', path: '/api/v1', headers });

describe('refusal', () => {
  it('lets the editor page load and its own requests through', () => {
    expect(refusal({ method: 'GET', path: '/', headers: { host: '127.0.0.1:4330' } }, settings)).toBeUndefined();
    expect(refusal({ method: 'GET', path: '/', headers: { host: 'localhost:4330' } }, settings)).toBeUndefined();
    expect(refusal(post(own), settings)).toBeUndefined();
    expect(refusal(post({ ...own, 'content-type': 'application/json; charset=utf-8' }), settings)).toBeUndefined();
  });

  it.each([
    ['another host name (DNS rebinding)', { host: 'angriper.example:4330' }, 421],
    ['another port', { host: '127.0.0.1:8080' }, 421],
    ['no Host header', { host: undefined }, 421],
    ['another origin', { origin: 'https://angriper.example' }, 403],
    ['an origin of another local port', { origin: 'http://127.0.0.1:4331' }, 403],
    ['the null origin (a sandboxed frame or a file)', { origin: 'null' }, 403],
    ['a cross-site fetch', { 'sec-fetch-site': 'cross-site' }, 403],
    ['a same-site but other-origin fetch', { 'sec-fetch-site': 'same-site' }, 403],
    ['no Origin header on a POST', { origin: undefined }, 403],
    ['no token', { 'x-redigering-token': undefined }, 403],
    ['a wrong token', { 'x-redigering-token': 'gjettet' }, 403],
    ['a form post (not JSON)', { 'content-type': 'application/x-www-form-urlencoded' }, 415],
    ['a text/plain post (no preflight)', { 'content-type': 'text/plain' }, 415],
  ])('refuses %s', (_, change, status) => {
    const headers = { ...own, ...change } as GuardedRequest['headers'];
    for (const key of Object.keys(headers)) if (headers[key] === undefined) delete headers[key];
    expect(refusal(post(headers), settings)?.status).toBe(status);
  });

  it('refuses preflight and methods it does not use', () => {
    expect(refusal({ method: 'OPTIONS', path: '/api/v1', headers: own }, settings)?.status).toBe(403);
    expect(refusal({ method: 'PUT', path: '/api/v1', headers: own }, settings)?.status).toBe(405);
    expect(refusal({ method: 'POST', path: '/', headers: own }, settings)?.status).toBe(405);
  });

  it('refuses an API read without the token', () => {
    expect(refusal({ method: 'GET', path: '/api/oppsett', headers: { host: own.host } }, settings)?.status).toBe(403);
  });
});

describe('the server over HTTP', () => {
  let root: string;
  let server: EditServer;
  let token: string;
  beforeAll(async () => {
    root = mkdtempSync(path.join(tmpdir(), 'hp-guard-'));
    cpSync(path.resolve(import.meta.dirname, '../../tests/fixtures/valid'), path.join(root, 'content'), { recursive: true });
    server = await startEditServer({ contentDir: path.join(root, 'content'), port: 0, buildDate: () => '2026-12-01', log: () => {} });
    const page = await call({ path: '/' });
    token = /name="redigering-token" content="([^"]+)"/.exec(page.body)![1]!;
  });
  afterAll(async () => {
    await server.close();
    rmSync(root, { recursive: true, force: true });
  });

  function call(options: { path: string; method?: string; headers?: Record<string, string>; body?: string }): Promise<{ status: number; headers: Record<string, unknown>; body: string }> {
    return new Promise((resolve, reject) => {
      const req = httpRequest({ host: '127.0.0.1', port: server.port, path: options.path, method: options.method ?? 'GET', headers: { host: `127.0.0.1:${server.port}`, ...options.headers } }, (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      });
      req.on('error', reject);
      req.end(options.body);
    });
  }
  const apiHeaders = () => ({ origin: `http://127.0.0.1:${server.port}`, 'content-type': 'application/json', 'x-redigering-token': token });

  it('listens on 127.0.0.1 only', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const address = server.server.address();
    expect(typeof address === 'object' && address?.address).toBe('127.0.0.1');
  });

  it('serves the page with a strict policy and no CORS', async () => {
    const page = await call({ path: '/' });
    expect(page.status).toBe(200);
    expect(String(page.headers['content-security-policy'])).toContain("frame-ancestors 'none'");
    expect(String(page.headers['content-security-policy'])).toContain("connect-src 'self'");
    expect(page.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('answers its own API and refuses another origin, in Norwegian', async () => {
    const info = await call({ path: '/api/v1', method: 'POST', headers: apiHeaders(), body: '{"action":"info"}' });
    expect(info.status).toBe(200);
    const foreign = await call({ path: '/api/v1', method: 'POST', headers: { ...apiHeaders(), origin: 'https://angriper.example' }, body: '{"action":"info"}' });
    expect(foreign.status).toBe(403);
    expect(JSON.parse(foreign.body).error).toBe('Forespørselen kommer fra et annet nettsted, og er avvist.');
    expect(foreign.headers['access-control-allow-origin']).toBeUndefined();
    const rebinding = await call({ path: '/', headers: { host: `angriper.example:${server.port}` } });
    expect(rebinding.status).toBe(421);
  });

  it('serves no file but its own', async () => {
    for (const file of ['/package.json', '/editor/server/edit-server.ts', '/decap/../../package.json', '/decap/%2e%2e/%2e%2e/package.json', '/nyheter/mote.md', '/innstillinger.json']) {
      const response = await call({ path: file });
      expect(response.status, file).toBe(404);
    }
  });

  it('refuses through the API a path out of the content folder', async () => {
    const response = await call({
      path: '/api/v1',
      method: 'POST',
      headers: apiHeaders(),
      body: JSON.stringify({ action: 'getEntry', params: { path: '../../package.json' } }),
    });
    expect(response.status).toBe(403);
    expect(JSON.parse(response.body).error).toMatch(/peker ut av innholdsmappen/);
  });
});
