/**
 * The editor for a hosted git forge: the same page and the same generated
 * configuration as `npm run edit`, with Decap's git backend from
 * editor/hosted/backend.yml instead of the local server, written to a folder
 * that can be served from any static host (on an address of its own, never
 * inside the public site). There the content check runs where publishing
 * runs (`npm run publish` or CI), not beside the form.
 */
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { decapConfig } from '../config/decap-config.ts';
import { editorLocale } from '../config/locale.ts';
import { readVocabulary } from '../config/vocabulary.ts';
import { decapDist, editorDir } from './edit-server.ts';

/** The backend section shipped in editor/hosted/backend.yml. */
export function hostedBackend(file = path.join(editorDir, 'hosted', 'backend.yml')): Record<string, unknown> {
  const backend = parse(readFileSync(file, 'utf8')) as unknown;
  if (typeof backend !== 'object' || backend === null || typeof (backend as { name?: unknown }).name !== 'string') {
    throw new Error(`${file} må ha minst «name» (gitea, github eller gitlab) og «repo».`);
  }
  return backend as Record<string, unknown>;
}

/** Writes the hosted editor into `outDir`: index.html, the scripts, Decap, and oppsett.json. */
export async function writeHostedEditor(outDir: string, contentDir: string, backend = hostedBackend()): Promise<void> {
  const content = path.join(outDir);
  mkdirSync(path.join(content, 'decap'), { recursive: true });
  const publicDir = path.join(editorDir, 'public');
  const page = readFileSync(path.join(publicDir, 'index.html'), 'utf8')
    .replace(/\s*<meta name="redigering-token"[^>]*>/, '\n  <meta name="redigering-oppsett" content="oppsett.json">')
    .replace(/"\/(editor\.css|start\.js|editor\.js|decap\/decap-cms\.js)"/g, '"$1"');
  writeFileSync(path.join(content, 'index.html'), page);
  for (const file of ['editor.js', 'editor.css', 'start.js']) copyFileSync(path.join(publicDir, file), path.join(content, file));
  for (const file of readdirSync(decapDist).filter((name) => /^[\w.-]+\.js$/.test(name))) copyFileSync(path.join(decapDist, file), path.join(content, 'decap', file));
  const config = decapConfig({ backend, vocabulary: readVocabulary(contentDir) });
  writeFileSync(path.join(content, 'oppsett.json'), `${JSON.stringify({ config: { ...config, load_config_file: false }, locale: await editorLocale() }, null, 2)}\n`);
}
