/**
 * The live preview beside the editor: the real site, built from the content
 * folder by the same publisher as `npm run publish` (check, build into a
 * fresh folder, swap in only on success), into a private folder, and served
 * on its own address on 127.0.0.1. It rebuilds after each save, so what
 * staff see there is exactly what publishing would put online; a save the
 * check refuses leaves the preview as it was.
 */
import { createServer, type Server } from 'node:http';
import { lstat } from 'node:fs/promises';
import path from 'node:path';
import { buildDate } from '../../src/build-date.ts';
import { acquirePublishLock } from '../../src/publishing/publish-lock.ts';
import { publishOnce, stopRunningSteps } from '../../src/publishing/publisher.ts';
import { createRebuildScheduler, type ChangeKind } from '../../src/publishing/rebuild-scheduler.ts';
import { staticHandler } from '../../src/publishing/static-server.ts';
import { allowedHosts } from './request-guard.ts';

/** Where the preview stands. */
export interface PreviewStatus {
  /** `bygger` while building, `klar` when it shows the last save, `feilet` when the last build was refused. */
  state: 'venter' | 'bygger' | 'klar' | 'feilet';
  /** The preview's address. */
  url: string;
  /** When the shown version was built (ISO time), if any. */
  builtAt?: string;
  /** A sentence for staff. */
  message: string;
}

/** A running preview. */
export interface Preview {
  url: string;
  status(): PreviewStatus;
  /** Tells the preview a content file changed; it rebuilds after a short pause. */
  changed(file: string, kind: ChangeKind): void;
  close(): Promise<void>;
}

/** Options for `startPreview`. */
export interface PreviewOptions {
  /** The project folder (where scripts/check.ts and scripts/build.ts are). */
  projectRoot: string;
  contentDir: string;
  /** A folder of its own for the preview's builds. */
  folder: string;
  /** Port on 127.0.0.1; 0 picks a free one. */
  port: number;
  /** Told each line worth showing in the terminal. */
  log: (line: string) => void;
}

/** Starts the preview server and its first build. */
export async function startPreview(options: PreviewOptions): Promise<Preview> {
  const publishedPath = path.join(options.folder, 'nettsted');
  const buildsDir = path.join(options.folder, 'bygg');
  const lock = await acquirePublishLock(publishedPath, buildsDir);
  const serve = staticHandler(publishedPath);
  let port = options.port;
  const server: Server = createServer((request, response) => {
    if (!allowedHosts(port).includes(String(request.headers.host ?? '').toLowerCase())) {
      response.writeHead(421, { 'Content-Type': 'text/plain; charset=utf-8' });
      response.end('Forhåndsvisningen svarer bare på sin egen adresse (127.0.0.1).\n');
      return;
    }
    void (async () => {
      const built = await lstat(publishedPath).then(() => true, () => false);
      if (!built) {
        response.writeHead(503, { 'Content-Type': 'text/html; charset=utf-8', 'Retry-After': '10', 'Cache-Control': 'no-store' });
        response.end(waitingPage(current.message));
        return;
      }
      await serve(request, response);
    })().catch(() => {
      if (!response.headersSent) response.writeHead(500);
      response.end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  port = typeof address === 'object' && address ? address.port : options.port;
  const url = `http://127.0.0.1:${port}/`;

  let current: PreviewStatus = { state: 'venter', url, message: 'Forhåndsvisningen bygges for første gang.' };
  const scheduler = createRebuildScheduler({
    debounceMs: 400,
    rebuild: async (changes) => {
      current = { ...current, state: 'bygger', message: 'Forhåndsvisningen bygges …' };
      options.log('Forhåndsvisningen bygges …');
      try {
        const result = await publishOnce(
          {
            projectRoot: options.projectRoot,
            contentDir: options.contentDir,
            publishedPath,
            buildsDir,
            buildDate: buildDate(),
            log: () => {},
            write: () => {},
            lockFd: lock.fd,
          },
          changes,
        );
        if (result.status === 'failed') {
          const message =
            result.stage === 'check'
              ? 'Forhåndsvisningen ble ikke oppdatert: innholdet har feil. Se kontrollen i redigeringsverktøyet.'
              : 'Forhåndsvisningen ble ikke oppdatert: byggingen feilet. Kjør «npm run build» for å se hvorfor.';
          current = { ...current, state: 'feilet', message };
          options.log(message);
        } else {
          current = { state: 'klar', url, builtAt: new Date().toISOString(), message: 'Forhåndsvisningen viser det som er lagret.' };
          options.log(`Forhåndsvisningen er oppdatert (${Math.round(result.ms / 1000)} s).`);
        }
      } catch (error) {
        current = { ...current, state: 'feilet', message: `Forhåndsvisningen ble ikke oppdatert: ${(error as Error).message}` };
        options.log(current.message);
      }
    },
  });
  scheduler.requestRebuild();

  return {
    url,
    status: () => current,
    changed(file, kind) {
      current = { ...current, state: 'bygger', message: 'Forhåndsvisningen bygges …' };
      scheduler.notify(file, kind);
    },
    async close() {
      scheduler.stop();
      stopRunningSteps();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await lock.release();
    },
  };
}

function waitingPage(message: string): string {
  return `<!doctype html>
<html lang="nb"><head><meta charset="utf-8"><meta http-equiv="refresh" content="5"><title>Forhåndsvisning</title></head>
<body><main><h1>Forhåndsvisningen er ikke klar ennå</h1><p>${message.replace(/[<&]/g, (c) => (c === '<' ? '&lt;' : '&amp;'))}</p><p>Siden lastes inn på nytt av seg selv.</p></main></body></html>
`;
}
