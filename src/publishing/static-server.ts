import { open, realpath, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import path from 'node:path';

/** Content types by file extension; text types carry their charset. */
export const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.xsl': 'application/xslt+xml; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml; charset=utf-8',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.pdf': 'application/pdf',
  '.wasm': 'application/wasm',
  '.woff2': 'font/woff2',
  '.geojson': 'application/geo+json; charset=utf-8',
  '.topojson': 'application/json; charset=utf-8',
  '.zip': 'application/zip',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  // Pagefind's index and WebAssembly chunks are opaque binary files.
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
  '.pagefind': 'application/octet-stream',
};

/** The Content-Type for a file name; unknown extensions are served as binary. */
export function contentType(file: string): string {
  return CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

type Resolution =
  | { kind: 'file'; file: string }
  | { kind: 'redirect'; location: string }
  | { kind: 'missing' }
  | { kind: 'forbidden' };

/**
 * Maps a request path to a file under `root` the way a static host does:
 * `/x/` serves `x/index.html`, `/x` redirects to `/x/` when x is a folder.
 * Paths that climb out of the root (`..`, encoded or not, backslashes, NUL)
 * and links pointing outside it are refused.
 */
export async function resolveRequest(root: string, rawUrl: string): Promise<Resolution> {
  const url = new URL(rawUrl, 'http://localhost');
  // Segments come from the raw path, not from URL(), which quietly folds `/../` and `/%2e%2e/`:
  // a request that tries to climb out is refused outright instead of being rewritten.
  const rawPath = rawUrl.startsWith('/') ? rawUrl.split(/[?#]/)[0]! : url.pathname;
  let decoded: string;
  try {
    decoded = decodeURIComponent(rawPath);
  } catch {
    return { kind: 'forbidden' };
  }
  const segments = decoded.split('/');
  if (decoded.includes('\0') || decoded.includes('\\') || segments.some((segment) => segment === '..' || segment === '.')) {
    return { kind: 'forbidden' };
  }
  // Resolved per request: the published path is a link that is swapped between requests.
  let base: string;
  try {
    base = await realpath(root);
  } catch {
    return { kind: 'missing' };
  }
  const candidate = path.join(base, ...segments);
  const inside = (file: string) => file === base || file.startsWith(base + path.sep);
  if (!inside(candidate)) return { kind: 'forbidden' };
  let real: string;
  try {
    real = await realpath(candidate);
  } catch {
    return { kind: 'missing' };
  }
  if (!inside(real)) return { kind: 'forbidden' };
  const stats = await stat(real);
  if (stats.isDirectory()) {
    // One leading slash only: `//host/` in a Location header would send the browser to another site.
    if (!decoded.endsWith('/')) return { kind: 'redirect', location: `/${rawPath.replace(/^\/+/, '')}/${url.search}` };
    const index = path.join(real, 'index.html');
    return (await isFile(index)) ? { kind: 'file', file: index } : { kind: 'missing' };
  }
  if (decoded.endsWith('/')) return { kind: 'missing' };
  return stats.isFile() ? { kind: 'file', file: real } : { kind: 'missing' };
}

async function isFile(file: string): Promise<boolean> {
  try {
    return (await stat(file)).isFile();
  } catch {
    return false;
  }
}

/** Request handler serving the published folder at `root`. */
export function staticHandler(root: string) {
  return async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const method = request.method ?? 'GET';
    if (method !== 'GET' && method !== 'HEAD') {
      response.writeHead(405, { Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' });
      response.end('Metoden er ikke tillatt.\n');
      return;
    }
    const resolution = await resolveRequest(root, request.url ?? '/').catch((): Resolution => ({ kind: 'missing' }));
    switch (resolution.kind) {
      case 'forbidden':
        response.writeHead(403, { 'Content-Type': 'text/plain; charset=utf-8' });
        response.end('Forespørselen peker utenfor nettstedet.\n');
        return;
      case 'redirect':
        response.writeHead(301, { Location: resolution.location });
        response.end();
        return;
      case 'file':
        return sendFile(response, resolution.file, 200, method === 'HEAD');
      case 'missing': {
        const notFound = await resolveRequest(root, '/404.html').catch((): Resolution => ({ kind: 'missing' }));
        if (notFound.kind === 'file') return sendFile(response, notFound.file, 404, method === 'HEAD');
        response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
        response.end('Fant ikke siden.\n');
      }
    }
  };
}

async function sendFile(response: ServerResponse, file: string, status: number, headOnly: boolean): Promise<void> {
  // One open file handle: its size and bytes come from the same file even if a swap happens meanwhile.
  let handle;
  try {
    handle = await open(file, 'r');
  } catch {
    response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
    response.end('Fant ikke siden.\n');
    return;
  }
  const { size } = await handle.stat();
  response.writeHead(status, {
    'Content-Type': contentType(file),
    'Content-Length': size,
    // A preview server: always show the newest build.
    'Cache-Control': 'no-cache',
    'X-Content-Type-Options': 'nosniff',
  });
  if (headOnly) {
    await handle.close();
    response.end();
    return;
  }
  const stream = handle.createReadStream();
  stream.on('error', () => response.destroy());
  stream.pipe(response);
}

/** Starts the preview server on `host:port` (port 0 picks a free one) and resolves with its address. */
export async function startStaticServer(root: string, port: number, host = '127.0.0.1'): Promise<{ server: Server; url: string }> {
  const server = createServer((request, response) => {
    staticHandler(root)(request, response).catch(() => {
      if (!response.headersSent) response.writeHead(500);
      response.end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  return { server, url: `http://${host}:${actualPort}/` };
}
