/**
 * Who may talk to the editor's local server. It listens on 127.0.0.1 only,
 * but a web page open in the same browser could still send it requests
 * (cross-site request forgery), and a hostile name that resolves to
 * 127.0.0.1 could read its answers (DNS rebinding). So:
 *
 * - the `Host` header must name this server (`127.0.0.1:<port>` or
 *   `localhost:<port>`), for every request;
 * - a request to the API must carry the token the editor page was served
 *   with (`X-Redigering-Token`), which another site cannot read;
 * - a request that changes something (POST) must come from the editor's own
 *   origin (`Origin`, and `Sec-Fetch-Site: same-origin` when the browser
 *   sends it) and be JSON, which a form on another site cannot send;
 * - no CORS headers are ever sent, and preflight requests are refused.
 */
import { timingSafeEqual } from 'node:crypto';

/** The parts of a request the guard looks at (header names in lower case, as Node gives them). */
export interface GuardedRequest {
  method: string;
  /** The path, e.g. `/api/v1`. */
  path: string;
  headers: Record<string, string | string[] | undefined>;
}

/** Why a request was refused: an HTTP status and a Norwegian sentence. */
export interface Refusal {
  status: number;
  message: string;
}

/** The server's own address and secret. */
export interface GuardSettings {
  /** The port the server listens on. */
  port: number;
  /** The token handed to the editor page. */
  token: string;
}

/** The header carrying the token. */
export const TOKEN_HEADER = 'x-redigering-token';

/** The hosts this server answers to. */
export function allowedHosts(port: number): string[] {
  return [`127.0.0.1:${port}`, `localhost:${port}`];
}

/** The origins the editor page has. */
export function allowedOrigins(port: number): string[] {
  return allowedHosts(port).map((host) => `http://${host}`);
}

/** `undefined` when the request may be served, else why not. */
export function refusal(request: GuardedRequest, settings: GuardSettings): Refusal | undefined {
  const header = (name: string) => {
    const value = request.headers[name];
    return Array.isArray(value) ? value.join(',') : value;
  };
  const host = header('host')?.toLowerCase();
  if (!host || !allowedHosts(settings.port).includes(host)) {
    return { status: 421, message: 'Redigeringsverktøyet svarer bare på sin egen adresse (127.0.0.1).' };
  }
  const method = request.method.toUpperCase();
  if (method === 'OPTIONS') return { status: 403, message: 'Redigeringsverktøyet tar ikke imot forespørsler fra andre nettsteder.' };

  const api = request.path === '/api' || request.path.startsWith('/api/');
  if (!api) {
    return method === 'GET' || method === 'HEAD' ? undefined : { status: 405, message: 'Metoden er ikke tillatt.' };
  }
  const origin = header('origin');
  const site = header('sec-fetch-site');
  if (origin !== undefined && !allowedOrigins(settings.port).includes(origin)) {
    return { status: 403, message: 'Forespørselen kommer fra et annet nettsted, og er avvist.' };
  }
  if (site !== undefined && site !== 'same-origin') {
    return { status: 403, message: 'Forespørselen kommer fra et annet nettsted, og er avvist.' };
  }
  if (!sameSecret(header(TOKEN_HEADER), settings.token)) {
    return { status: 403, message: 'Forespørselen mangler redigeringsverktøyets nøkkel. Last inn redigeringsverktøyet på nytt.' };
  }
  if (method === 'POST') {
    if (origin === undefined) return { status: 403, message: 'Forespørselen sier ikke hvor den kommer fra, og er avvist.' };
    const type = header('content-type')?.split(';')[0]?.trim().toLowerCase();
    if (type !== 'application/json') return { status: 415, message: 'Redigeringsverktøyet tar bare imot JSON.' };
    return undefined;
  }
  if (method === 'GET' || method === 'HEAD') return undefined;
  return { status: 405, message: 'Metoden er ikke tillatt.' };
}

function sameSecret(given: string | undefined, expected: string): boolean {
  if (given === undefined) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
