/**
 * The editor's local server (`npm run edit`): on 127.0.0.1 only, it serves
 * the editor page (Decap CMS from editor/node_modules, our additions from
 * editor/public), its configuration generated from the registry, Decap's
 * proxy protocol over the content folder, and the content check for a saved
 * file. Every request passes `refusal()` (host, origin, token); every path
 * passes content-paths.ts. It serves no file but those: the editor's own
 * assets by name, and content files through the protocol.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { kinds } from '../../src/content-model/registry.ts';
import { decapConfig } from '../config/decap-config.ts';
import { editorLocale } from '../config/locale.ts';
import { readVocabulary } from '../config/vocabulary.ts';
import { checkFile } from './check-file.ts';
import { PathRefused } from './content-paths.ts';
import type { Preview } from './preview.ts';
import { ApiError, proxyApi } from './proxy-api.ts';
import { refusal, TOKEN_HEADER } from './request-guard.ts';

/** The editor folder (editor/). */
export const editorDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const publicDir = path.join(editorDir, 'public');
/** Where Decap's browser bundle is installed. */
export const decapDist = path.join(editorDir, 'decap', 'node_modules', 'decap-cms', 'dist');

/** Largest request accepted: a 60 MB attachment, base64-encoded, with room to spare. */
const MAX_BODY = 90 * 1024 * 1024;

/** Options for `startEditServer`. */
export interface EditServerOptions {
  /** The content folder (absolute). */
  contentDir: string;
  /** Port on 127.0.0.1; 0 picks a free one. */
  port: number;
  /** The running preview, if any. */
  preview?: Preview;
  /** The date the check judges by (see `buildDate()`). */
  buildDate: () => string;
  /** Told each line worth showing in the terminal. */
  log: (line: string) => void;
}

/** A running editor server. */
export interface EditServer {
  url: string;
  port: number;
  server: Server;
  close(): Promise<void>;
}

const SECURITY_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-store',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'X-Frame-Options': 'DENY',
};

/**
 * The editor page's Content-Security-Policy: everything from this server,
 * nothing from anywhere else. Decap styles itself with inline styles
 * (emotion), checks its configuration with Ajv, which compiles its
 * validators with `new Function` ('unsafe-eval'), and writes its preview
 * pane into a frame from the page.
 */
function pagePolicy(previewUrl: string | undefined): string {
  return [
    "default-src 'self'",
    "script-src 'self' 'unsafe-eval'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self' blob: data:",
    `frame-src 'self' about: blob:${previewUrl ? ` ${new URL(previewUrl).origin}` : ''}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** Starts the server; resolves once it listens. */
export async function startEditServer(options: EditServerOptions): Promise<EditServer> {
  const token = randomBytes(24).toString('base64url');
  const decapFiles = existsSync(decapDist) ? new Set(readdirSync(decapDist).filter((name) => /^[\w.-]+\.js$/.test(name))) : new Set<string>();
  let port = options.port;
  const api = proxyApi({
    contentDir: options.contentDir,
    deployPreview: (collection, slug) => {
      const status = options.preview?.status();
      if (!status || status.state !== 'klar') return null;
      const definition = kinds.find((k) => k.id === collection);
      const page = definition && 'url' in definition && definition.url ? definition.url(slug) : '/';
      return { url: new URL(page, status.url).href, status: 'SUCCESS' };
    },
    onChange: (file, change) => {
      options.log(`Lagret: ${file} (${change})`);
      options.preview?.changed(file, change);
    },
  });

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      options.log(`Feil i redigeringsverktøyet: ${(error as Error).message}`);
      if (!response.headersSent) sendJson(response, 500, { error: 'Noe gikk galt i redigeringsverktøyet. Se meldingen i terminalvinduet.' });
      else response.end();
    });
  });

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const refused = refusal({ method: request.method ?? 'GET', path: url.pathname, headers: request.headers }, { port, token });
    if (refused) {
      request.resume();
      sendJson(response, refused.status, { error: refused.message });
      return;
    }
    const route = `${request.method} ${url.pathname}`;
    if (route === 'GET /' || route === 'GET /index.html') {
      const page = (await readFile(path.join(publicDir, 'index.html'), 'utf8')).replace('{{TOKEN}}', token);
      return send(response, 200, 'text/html; charset=utf-8', page, { 'Content-Security-Policy': pagePolicy(options.preview?.url) });
    }
    const own = /^\/(editor\.js|editor\.css|start\.js)$/.exec(url.pathname);
    if (request.method === 'GET' && own) {
      const type = own[1]!.endsWith('.css') ? 'text/css; charset=utf-8' : 'text/javascript; charset=utf-8';
      return send(response, 200, type, await readFile(path.join(publicDir, own[1]!)));
    }
    const decap = /^\/decap\/([\w.-]+\.js)$/.exec(url.pathname);
    if (request.method === 'GET' && decap && decapFiles.has(decap[1]!)) {
      return send(response, 200, 'text/javascript; charset=utf-8', await readFile(path.join(decapDist, decap[1]!)), { 'Cache-Control': 'max-age=3600' });
    }
    if (route === 'GET /api/oppsett') {
      const preview = options.preview?.url;
      const config = decapConfig({
        backend: { name: 'proxy', proxy_url: '/api/v1', branch: 'main' },
        vocabulary: readVocabulary(options.contentDir),
        ...(preview ? { previewUrl: preview } : {}),
      });
      return sendJson(response, 200, { config: { ...config, load_config_file: false }, locale: await editorLocale() });
    }
    if (route === 'GET /api/forhandsvisning') {
      return sendJson(response, 200, options.preview?.status() ?? { state: 'av', message: 'Forhåndsvisningen er slått av.' });
    }
    if (route === 'POST /api/v1' || route === 'POST /api/kontroll') {
      let body: unknown;
      try {
        body = JSON.parse((await readBody(request)).toString('utf8'));
      } catch (error) {
        return sendJson(response, error instanceof ApiError ? error.status : 400, { error: error instanceof ApiError ? error.message : 'Forespørselen kunne ikke leses.' });
      }
      if (route === 'POST /api/kontroll') {
        const file = typeof body === 'object' && body !== null ? (body as { path?: unknown }).path : undefined;
        try {
          return sendJson(response, 200, await checkFile(options.contentDir, file, options.buildDate()));
        } catch (error) {
          if (error instanceof PathRefused) return sendJson(response, 403, { error: error.message });
          throw error;
        }
      }
      try {
        return sendJson(response, 200, await api(body));
      } catch (error) {
        if (error instanceof ApiError) return sendJson(response, error.status, { error: error.message });
        throw error;
      }
    }
    sendJson(response, 404, { error: 'Fant ikke det du ba om.' });
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  port = typeof address === 'object' && address ? address.port : options.port;
  return {
    url: `http://127.0.0.1:${port}/`,
    port,
    server,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The request body, refused past `MAX_BODY`. */
function readBody(request: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY) {
        reject(new ApiError(413, 'Filen er for stor for redigeringsverktøyet (høyst 60 MB). Legg den i dokumentets mappe selv.'));
        request.destroy();
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks)));
    request.on('error', reject);
  });
}

function send(response: ServerResponse, status: number, type: string, body: string | Buffer, headers: Record<string, string> = {}): void {
  response.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': type, ...headers });
  response.end(body);
}

function sendJson(response: ServerResponse, status: number, value: unknown): void {
  send(response, status, 'application/json; charset=utf-8', JSON.stringify(value));
}

/** The header the editor page sends its token in (for editor/public/start.js). */
export { TOKEN_HEADER };
