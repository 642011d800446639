/**
 * The shipped nginx configuration (deploy/nginx/) in a real nginx, serving the
 * shared test build, with Chromium as the reader: every page type loads with
 * no Content-Security-Policy violation and no console error; HTML and assets
 * carry the security headers and the right cache policy; a missing page gets
 * the site's 404 page with status 404. Also: the production site.conf (TLS
 * included) passes `nginx -t`, and the CSP admits exactly the inline styles
 * it should. And no content can run a script or send the reader to another
 * site: not an attachment that is a web page with scripts, not a link, not a
 * refresh (the hostile document of tests/support/hostile-fixtures.ts).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, ConsoleMessage, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { parseNginxHeaders } from '../../tools/gates/deploy-headers.ts';
import { attr, byTag, parseHtml } from '../../tools/gates/html-document.ts';
import { HOSTILE_ATTACHMENTS, HOSTILE_DOCUMENT } from '../support/hostile-fixtures.ts';
import { filesUnder } from '../publishing/harness.ts';
import { launchBrowser, newPage } from '../support/browser.ts';

const NGINX = '/usr/sbin/nginx';
const DEPLOY = path.resolve('deploy/nginx');
const SECURITY_HEADERS = parseNginxHeaders(readFileSync(path.join(DEPLOY, 'security-headers.conf'), 'utf8'));
const IMMUTABLE = 'public, max-age=31536000, immutable';

/**
 * The page types of the site, by URL pattern. Each is looked up in the
 * built sitemap, so the test follows whatever pages exist, and fails for a
 * type that has none.
 */
const PAGE_TYPES: { name: string; pattern: RegExp }[] = [
  { name: 'front page', pattern: /^\/$/ },
  { name: 'news list', pattern: /^\/nyheter\/$/ },
  { name: 'news article', pattern: /^\/nyheter\/(?!emne\/|side\/)[^/]+\/$/ },
  { name: 'topic page', pattern: /^\/nyheter\/emne\/[^/]+\/$/ },
  { name: 'documents list', pattern: /^\/dokumenter\/$/ },
  { name: 'document page', pattern: /^\/dokumenter\/[^/]+\/$/ },
  { name: 'answers', pattern: /^\/sporsmal-og-svar\/$/ },
  { name: 'answer category', pattern: /^\/sporsmal-og-svar\/[^/]+\/$/ },
  { name: 'municipalities', pattern: /^\/kommuner\/$/ },
  { name: 'municipality page', pattern: /^\/kommuner\/[^/]+\/$/ },
  { name: 'rollout', pattern: /^\/innforing\/$/ },
  { name: 'open data', pattern: /^\/data\/$/ },
  { name: 'search', pattern: /^\/sok\/$/ },
  { name: 'about', pattern: /^\/om\/$/ },
  { name: 'accessibility statement', pattern: /^\/tilgjengelighet\/$/ },
  { name: 'privacy', pattern: /^\/personvern\/$/ },
];

interface Nginx {
  /** The shared test build. */
  site: string;
  /** Small pages that probe the CSP itself. */
  probe: string;
  stop: () => Promise<void>;
}

let siteDir: string;
let work: string;
let nginx: Nginx;
let browser: Browser;

beforeAll(async () => {
  siteDir = inject('siteDir');
  work = mkdtempSync(path.join(tmpdir(), 'hp-nginx-'));
  const probeRoot = path.join(work, 'probe');
  mkdirSync(probeRoot);
  writeProbePages(probeRoot);
  nginx = await startNginx(work, { site: siteDir, probe: probeRoot });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await nginx?.stop();
  if (work) rmSync(work, { recursive: true, force: true });
});

/** The URL paths in the built sitemap(s), decoded. */
function sitemapPaths(): string[] {
  const files = readdirSync(siteDir).filter((file) => /^sitemap-\d+\.xml$/.test(file));
  return files.flatMap((file) =>
    [...readFileSync(path.join(siteDir, file), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) =>
      decodeURI(new URL(match[1]!).pathname),
    ),
  );
}

/** Free loopback port: the kernel picks one, and it is handed to nginx. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/**
 * Runs nginx in the foreground as the current user, with the shipped
 * static-site.conf and security-headers.conf included exactly as in
 * production (copied to <conf>/helseplattformen/), one server per root.
 */
async function startNginx(dir: string, roots: { site: string; probe: string }): Promise<Nginx> {
  const conf = path.join(dir, 'conf');
  mkdirSync(path.join(conf, 'helseplattformen'), { recursive: true });
  for (const file of ['static-site.conf', 'security-headers.conf']) {
    cpSync(path.join(DEPLOY, file), path.join(conf, 'helseplattformen', file));
  }
  const ports = { site: await freePort(), probe: await freePort() };
  const server = (port: number, root: string) => `
    server {
      listen 127.0.0.1:${port};
      server_name localhost;
      root ${root};
      include helseplattformen/static-site.conf;
    }`;
  writeFileSync(
    path.join(conf, 'nginx.conf'),
    `${process.getuid?.() === 0 ? 'user root;' : ''}
worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 128; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log off;
  sendfile on;
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
${server(ports.site, roots.site)}
${server(ports.probe, roots.probe)}
}
`,
  );
  const child: ChildProcess = spawn(NGINX, ['-p', dir, '-c', path.join(conf, 'nginx.conf'), '-e', path.join(dir, 'error.log'), '-g', 'daemon off;'], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk) => (stderr += chunk));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let running = true;
  void exited.then(() => (running = false));

  const site = `http://127.0.0.1:${ports.site}`;
  const deadline = Date.now() + 15_000;
  for (;;) {
    if (!running) {
      const log = existsSync(path.join(dir, 'error.log')) ? readFileSync(path.join(dir, 'error.log'), 'utf8') : '';
      throw new Error(`nginx stopped at start-up:\n${stderr}\n${log}`);
    }
    if (await fetch(site + '/').then((response) => response.ok, () => false)) break;
    if (Date.now() > deadline) throw new Error(`nginx did not answer on ${site} within 15 s:\n${stderr}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    site,
    probe: `http://127.0.0.1:${ports.probe}`,
    stop: async () => {
      if (running) {
        child.kill('SIGTERM');
        await exited;
      }
    },
  };
}

/**
 * Two pages for the CSP itself: one with what the policy must allow (the
 * hashed Markdown table alignments, a bundled script), one with what it must
 * block (another style attribute, an inline script).
 */
function writeProbePages(root: string) {
  const page = (body: string) =>
    `<!DOCTYPE html><html lang="nb"><head><meta charset="utf-8"><title>Prøve</title><script type="module" src="/probe.js"></script></head><body>${body}</body></html>`;
  writeFileSync(path.join(root, 'probe.js'), 'document.documentElement.dataset.probe = "ran";\n');
  writeFileSync(
    path.join(root, 'allowed.html'),
    page(
      '<table><tr><th style="text-align: left">A</th><th style="text-align: center">B</th><td style="text-align: right">1</td></tr></table>',
    ),
  );
  writeFileSync(
    path.join(root, 'blocked.html'),
    page('<p style="color: red">Rød</p><script>document.body.dataset.inline = "ran";</script>'),
  );
}

/** Problems seen while a page loads: CSP violations, console errors, uncaught exceptions. */
interface Watch {
  violations: () => Promise<string[]>;
  errors: string[];
}

/** Opens a fresh page that records every CSP violation, console error and page error. */
async function watchedPage(): Promise<{ page: Page; watch: Watch; close: () => Promise<void> }> {
  const { context, page } = await newPage(browser);
  // Runs before any page script, through the DevTools protocol (not subject to the CSP).
  await context.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) => {
      seen.push(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`);
    });
  });
  const errors: string[] = [];
  const onConsole = (where: string) => (message: ConsoleMessage) => {
    const text = message.text();
    // Pagefind says so (as a warning) when its worker fails and it falls back to the main thread.
    if (message.type() === 'error' || /Content.Security.Policy|Pagefind/i.test(text)) {
      errors.push(`${where} console ${message.type()}: ${text}`);
    }
  };
  page.on('console', onConsole('page'));
  page.on('worker', (worker) => worker.on('console', onConsole('worker')));
  page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
  return {
    page,
    watch: {
      violations: () => page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations),
      errors,
    },
    close: () => context.close(),
  };
}

describe('every page type under the shipped headers in Chromium', () => {
  it.each(PAGE_TYPES)('$name loads with no CSP violation and no console error', async ({ name, pattern }) => {
    const pagePath = sitemapPaths().find((candidate) => pattern.test(candidate));
    expect(pagePath, `the built sitemap has no ${name} (${pattern})`).toBeDefined();
    const { page, watch, close } = await watchedPage();
    try {
      const response = await page.goto(nginx.site + pagePath, { waitUntil: 'networkidle' });
      expect(response?.status()).toBe(200);
      expect(response?.headers()['content-security-policy']).toBe(SECURITY_HEADERS.get('content-security-policy'));
      expect({ violations: await watch.violations(), errors: watch.errors }).toEqual({ violations: [], errors: [] });
    } finally {
      await close();
    }
  });

  it('runs a search, with Pagefind’s worker and WebAssembly, under the policy', async () => {
    const { page, watch, close } = await watchedPage();
    try {
      await page.goto(`${nginx.site}/sok/?q=helseplattformen`, { waitUntil: 'networkidle' });
      await page.locator('[data-results] li').first().waitFor({ timeout: 15_000 });
      expect(await page.locator('[data-results] li').count()).toBeGreaterThan(0);
      expect({ violations: await watch.violations(), errors: watch.errors }).toEqual({ violations: [], errors: [] });
    } finally {
      await close();
    }
  });

  it('shows the 404 page with status 404 for a missing page', async () => {
    const { page, watch, close } = await watchedPage();
    try {
      const response = await page.goto(`${nginx.site}/finnes-ikke/`);
      expect(response?.status()).toBe(404);
      const notFoundTitle = /<title>([^<]*)<\/title>/.exec(readFileSync(path.join(siteDir, '404.html'), 'utf8'))?.[1];
      expect(await page.title()).toBe(notFoundTitle);
      // The browser's own report of the 404 response is the one console error expected here.
      expect(watch.errors.filter((error) => !/status of 404/.test(error))).toEqual([]);
      expect(await watch.violations()).toEqual([]);
    } finally {
      await close();
    }
  });
});

describe('the policy itself', () => {
  it('allows the hashed table alignments and bundled scripts', async () => {
    const { page, watch, close } = await watchedPage();
    try {
      await page.goto(`${nginx.probe}/allowed.html`, { waitUntil: 'networkidle' });
      expect(await page.evaluate(() => document.documentElement.dataset.probe)).toBe('ran');
      expect(await page.locator('td').evaluate((cell) => getComputedStyle(cell).textAlign)).toBe('right');
      expect(await watch.violations()).toEqual([]);
    } finally {
      await close();
    }
  });

  it('blocks any other style attribute and inline scripts', async () => {
    const { page, watch, close } = await watchedPage();
    try {
      await page.goto(`${nginx.probe}/blocked.html`, { waitUntil: 'networkidle' });
      expect(await page.evaluate(() => document.body.dataset.inline)).toBeUndefined();
      expect((await watch.violations()).map((violation) => violation.split(' ')[0]).sort()).toEqual(['script-src-elem', 'style-src-attr']);
    } finally {
      await close();
    }
  });
});

describe('response headers', () => {
  const get = (url: string) => fetch(url, { redirect: 'manual', headers: { 'accept-encoding': 'gzip' } });
  const expectSecurityHeaders = (response: Response) => {
    for (const [name, value] of SECURITY_HEADERS) expect(response.headers.get(name), name).toBe(value);
  };
  const firstFile = (folder: string, extension: string) => {
    const file = readdirSync(path.join(siteDir, folder)).find((name) => name.endsWith(extension));
    if (!file) throw new Error(`The build has no ${extension} file in ${folder}/.`);
    return `/${folder}/${file}`;
  };

  it('HTML: security headers, revalidated every time, compressed, UTF-8', async () => {
    const response = await get(`${nginx.site}/`);
    expect(response.status).toBe(200);
    expectSecurityHeaders(response);
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-encoding')).toBe('gzip');
    expect(response.headers.get('vary')).toBe('Accept-Encoding');
  });

  it('fingerprinted bundles under /_astro/: cached for good, with the security headers', async () => {
    for (const asset of [firstFile('_astro', '.css'), firstFile('_astro', '.js')]) {
      const response = await get(nginx.site + asset);
      expect(response.status, asset).toBe(200);
      expect(response.headers.get('cache-control'), asset).toBe(IMMUTABLE);
      expectSecurityHeaders(response);
    }
  });

  it('Pagefind: hashed index files cached for good, its entry files revalidated', async () => {
    const fragment = await get(nginx.site + firstFile('pagefind/fragment', '.pf_fragment'));
    expect(fragment.status).toBe(200);
    expect(fragment.headers.get('cache-control')).toBe(IMMUTABLE);
    const meta = await get(nginx.site + firstFile('pagefind', '.pf_meta'));
    expect(meta.headers.get('cache-control')).toBe(IMMUTABLE);
    for (const entry of ['/pagefind/pagefind.js', '/pagefind/pagefind-entry.json']) {
      const response = await get(nginx.site + entry);
      expect(response.status, entry).toBe(200);
      expect(response.headers.get('cache-control'), entry).toBe('no-cache');
    }
  });

  it('feeds and data files: revalidated, with their types in UTF-8', async () => {
    const feed = await get(`${nginx.site}/nyheter/rss.xml`);
    expect(feed.status).toBe(200);
    expect(feed.headers.get('cache-control')).toBe('no-cache');
    expect(feed.headers.get('content-type')).toBe('text/xml; charset=utf-8');
    const csv = await get(nginx.site + firstFile('data', '.csv'));
    expect(csv.status).toBe(200);
    expect(csv.headers.get('cache-control')).toBe('no-cache');
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expectSecurityHeaders(csv);
  });

  it('a missing page or file: the 404 page, status 404, with the headers', async () => {
    const notFound = readFileSync(path.join(siteDir, '404.html'), 'utf8');
    for (const missing of ['/finnes-ikke/', '/nyheter/finnes-ikke/', '/_astro/finnes-ikke.js', '/404.html', '/_astro/']) {
      const response = await get(nginx.site + missing);
      expect(response.status, missing).toBe(404);
      expect(await response.text(), missing).toBe(notFound);
      expect(response.headers.get('cache-control'), missing).toBe('no-cache');
      expectSecurityHeaders(response);
    }
  });

  it('an address without its trailing slash: a relative redirect to the page', async () => {
    const response = await get(`${nginx.site}/om`);
    expect(response.status).toBe(301);
    expect(response.headers.get('location')).toBe('/om/');
  });
});

describe('the production site.conf', () => {
  it('passes nginx -t with TLS, given a certificate', () => {
    const dir = path.join(work, 'production');
    const conf = path.join(dir, 'conf');
    mkdirSync(path.join(conf, 'helseplattformen'), { recursive: true });
    for (const file of ['site.conf', 'static-site.conf', 'security-headers.conf']) {
      cpSync(path.join(DEPLOY, file), path.join(conf, 'helseplattformen', file));
    }
    const cert = path.join(dir, 'cert.pem');
    const key = path.join(dir, 'key.pem');
    const openssl = spawnSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=localhost', '-keyout', key, '-out', cert], {
      encoding: 'utf8',
    });
    expect(openssl.status, openssl.stderr).toBe(0);
    const siteConf = path.join(conf, 'helseplattformen', 'site.conf');
    const original = readFileSync(siteConf, 'utf8');
    const withCert = original.replace(/ssl_certificate \S+;/, `ssl_certificate ${cert};`).replace(/ssl_certificate_key \S+;/, `ssl_certificate_key ${key};`);
    expect(withCert).not.toBe(original);
    writeFileSync(siteConf, withCert);
    writeFileSync(
      path.join(conf, 'nginx.conf'),
      `pid ${dir}/nginx.pid;\nevents {}\nhttp {\n  include /etc/nginx/mime.types;\n  include helseplattformen/site.conf;\n}\n`,
    );
    const test = spawnSync(NGINX, ['-t', '-p', dir, '-c', path.join(conf, 'nginx.conf'), '-e', path.join(dir, 'error.log')], { encoding: 'utf8' });
    expect(test.stderr).toContain('test is successful');
    expect(test.status).toBe(0);
  });
});

/** Every file under `dir` (default: the build), as an address: relative, with a leading slash and `prefix`. */
function builtFiles(dir = siteDir, prefix = ''): string[] {
  return filesUnder(dir).map((file) => `${prefix}/${file}`);
}

describe('content cannot run a script or send the reader elsewhere', () => {
  /** The attachments: every file beside a document's index.md in the content, at its address in the build. */
  const attachments = () => {
    const documents = path.join(inject('contentDir'), 'dokumenter');
    return builtFiles(documents, '/dokumenter').filter((file) => !/\/index\.mdx?$/.test(file));
  };

  it('the hostile test attachments are in the build, exactly as written', () => {
    for (const [name, text] of Object.entries(HOSTILE_ATTACHMENTS)) {
      expect(readFileSync(path.join(siteDir, 'dokumenter', HOSTILE_DOCUMENT, name), 'utf8')).toBe(text);
    }
  });

  it('no page links to javascript:, data: or vbscript:, has event attributes or a <base>, or refreshes to another site', () => {
    // The site's own address, as its sitemap gives it.
    const site = new URL(/<loc>([^<]+)<\/loc>/.exec(readFileSync(path.join(siteDir, 'sitemap-0.xml'), 'utf8'))![1]!);
    const found: string[] = [];
    const pages = builtFiles().filter((file) => file.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(100);
    for (const file of pages) {
      const document = parseHtml(readFileSync(path.join(siteDir, file), 'utf8'));
      const pageUrl = new URL(file.replace(/index\.html$/, ''), site);
      for (const element of document.elements) {
        for (const { name, value } of element.attrs) {
          if (/^on/i.test(name)) found.push(`${file}: <${element.tagName} ${name}>`);
          if (['href', 'src', 'action', 'formaction', 'srcdoc'].includes(name) && /^\s*(javascript|data|vbscript):/i.test(value)) {
            found.push(`${file}: <${element.tagName} ${name}="${value.slice(0, 40)}">`);
          }
        }
      }
      if (byTag(document, 'base').length > 0) found.push(`${file}: <base>`);
      for (const meta of byTag(document, 'meta')) {
        if (attr(meta, 'http-equiv')?.toLowerCase() !== 'refresh') continue;
        const target = /url\s*=\s*['"]?([^'"]+)/i.exec(attr(meta, 'content') ?? '')?.[1];
        if (!target || new URL(target, pageUrl).origin !== site.origin) found.push(`${file}: refresh to ${target}`);
      }
    }
    expect(found).toEqual([]);
  });

  it('every attachment is served as a file that cannot run: no HTML, SVG or script type, and no sniffing', async () => {
    const files = attachments();
    expect(files).toEqual(expect.arrayContaining(Object.keys(HOSTILE_ATTACHMENTS).map((name) => `/dokumenter/${HOSTILE_DOCUMENT}/${name}`)));
    for (const file of files) {
      const response = await fetch(nginx.site + encodeURI(file));
      expect(response.status, file).toBe(200);
      expect(response.headers.get('x-content-type-options'), file).toBe('nosniff');
      expect(response.headers.get('content-type') ?? '', file).not.toMatch(/html|xml|svg|javascript|ecmascript/i);
      await response.arrayBuffer();
    }
  });

  it('opening the hostile document and each attachment in Chromium runs nothing and stays on the site', async () => {
    const { context, page } = await newPage(browser);
    const offSite: string[] = [];
    const dialogs: string[] = [];
    const navigations: string[] = [];
    const origin = new URL(nginx.site).origin;
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (new URL(url).origin === origin) return route.continue();
      offSite.push(url);
      return route.abort();
    });
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    page.on('framenavigated', (frame) => {
      if (frame === page.mainFrame()) navigations.push(frame.url());
    });
    try {
      const urls = [`/dokumenter/${HOSTILE_DOCUMENT}/`, ...Object.keys(HOSTILE_ATTACHMENTS).map((name) => `/dokumenter/${HOSTILE_DOCUMENT}/${name}`)];
      for (const url of urls) {
        let shown = true;
        try {
          await page.goto(nginx.site + url, { waitUntil: 'networkidle' });
        } catch (error) {
          // A file the browser saves instead of showing cannot run either.
          if (!/Download is starting/.test(String(error))) throw error;
          shown = false;
        }
        if (shown && url.endsWith('.txt')) {
          // Shown as text: the markup is visible as characters, not run.
          expect(await page.evaluate(() => document.contentType)).toBe('text/plain');
          expect(await page.evaluate(() => document.body.innerText)).toContain('<script>alert("vedlegg")');
        }
        // A refresh of 0 s or a script would have moved the page by now; give a slow machine a moment more.
        await page.waitForLoadState('networkidle');
        expect(new URL(page.url()).origin, url).toBe(origin);
      }
      // The document page links elsewhere, but only a reader's click follows a link.
      await page.goto(`${nginx.site}/dokumenter/${HOSTILE_DOCUMENT}/`, { waitUntil: 'networkidle' });
      expect(await page.locator('main a[href="https://example.org/"]').count()).toBe(1);
      expect({ offSite, dialogs, elsewhere: navigations.filter((url) => new URL(url).origin !== origin) }).toEqual({ offSite: [], dialogs: [], elsewhere: [] });
    } finally {
      await context.close();
    }
  });
});
