/**
 * Starts the browser editor for the content folder, and a preview of the
 * site that is rebuilt after each save, both on 127.0.0.1 only.
 *
 *   npm run edit
 *   npm run edit -- --port 4330 --preview-port 4331
 *   npm run edit -- --no-preview        (the editor alone, no builds)
 *   npm run edit -- --hosted <folder>   (write the editor for a hosted git forge, see editor/hosted/backend.yml)
 *
 * The content folder is CONTENT_DIR or `content/`. The editor itself
 * (Decap CMS) is installed into editor/decap/node_modules the first time.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildDate } from '../src/build-date.ts';
import { contentRoot } from '../src/content-root.ts';
import { decapDist, editorDir, startEditServer, type EditServer } from '../editor/server/edit-server.ts';
import { writeHostedEditor } from '../editor/server/hosted.ts';
import { startPreview, type Preview } from '../editor/server/preview.ts';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '4330' },
    'preview-port': { type: 'string', default: '4331' },
    'no-preview': { type: 'boolean', default: false },
    hosted: { type: 'string' },
  },
});

const projectRoot = path.resolve(import.meta.dirname, '..');
const contentDir = contentRoot();
const log = (line: string) => process.stdout.write(`${line}\n`);

async function main(): Promise<number> {
  const port = Number(values.port);
  const previewPort = Number(values['preview-port']);
  if (!Number.isInteger(port) || port < 0 || !Number.isInteger(previewPort) || previewPort < 0) {
    console.error('--port og --preview-port må være portnumre, for eksempel 4330.');
    return 2;
  }
  if (!existsSync(contentDir)) {
    console.error(`Finner ikke innholdsmappen ${contentDir}. Kjør kommandoen fra prosjektmappen, eller sett CONTENT_DIR til mappen med innholdet.`);
    return 1;
  }
  if (!existsSync(path.join(decapDist, 'decap-cms.js'))) {
    log('Installerer redigeringsverktøyet (bare første gang; det tar et par minutter) …');
    try {
      execFileSync('npm', ['install', '--no-audit', '--no-fund'], { cwd: path.join(editorDir, 'decap'), stdio: 'inherit' });
    } catch {
      console.error('Kunne ikke installere redigeringsverktøyet. Kjør «npm install» i mappen editor/decap/, og prøv igjen.');
      return 1;
    }
  }

  if (values.hosted) {
    const out = path.resolve(values.hosted);
    await writeHostedEditor(out, contentDir);
    log(`Redigeringsverktøyet for en git-tjeneste er skrevet til ${out}. Se «Redigere på en git-tjeneste» i redaktørveiledningen.`);
    return 0;
  }

  let preview: Preview | undefined;
  let editor: EditServer | undefined;
  try {
    if (!values['no-preview']) {
      preview = await startPreview({ projectRoot, contentDir, folder: path.join(projectRoot, '.forhandsvisning'), port: previewPort, log });
    }
    editor = await startEditServer({ contentDir, port, buildDate, log, ...(preview ? { preview } : {}) });
  } catch (error) {
    await preview?.close();
    const code = (error as NodeJS.ErrnoException).code;
    console.error(
      code === 'EADDRINUSE'
        ? 'Porten er i bruk. Kjører redigeringsverktøyet allerede i et annet vindu? Bruk det, eller velg andre porter: npm run edit -- --port 4340 --preview-port 4341'
        : `Redigeringsverktøyet kunne ikke starte: ${(error as Error).message}`,
    );
    return 1;
  }

  log('');
  log(`Redigeringsverktøyet: ${editor.url}`);
  log(preview ? `Forhåndsvisning av nettstedet: ${preview.url} (bygges nå, og etter hver lagring)` : 'Forhåndsvisningen er slått av (--no-preview).');
  log(`Innholdsmappen: ${contentDir}`);
  log('Åpne adressen i nettleseren. Stopp med Ctrl+C.');
  log('');

  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  log('Stopper redigeringsverktøyet …');
  await Promise.all([editor.close(), preview?.close()]);
  return 0;
}

process.exitCode = await main();
