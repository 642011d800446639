import { createHash } from 'node:crypto';
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { isEditorTempFile } from './editor-files.ts';

/** What a published build was made from; equal fingerprints give the same site. */
export interface Fingerprint {
  /** Hash of every content file's relative path and bytes. */
  content: string;
  /** Hash of the code and configuration the site is built with. */
  code: string;
  /** The date the build treats as today: future-dated items appear once it passes. */
  buildDate: string;
}

/**
 * Project files and folders whose change alters the built site (beside the
 * content). Developer tooling (`tools/`), tests (`tests/`, and `*.test.ts`
 * beside the code in `src/`), the staff guide (`docs/`), the editor and the
 * other scripts are not among them: editing them does not republish the site.
 */
export const CODE_INPUTS = ['src', 'public', 'astro.config.mjs', 'package.json', 'package-lock.json', 'scripts/build.ts'];

/**
 * True for a project file (path relative to the project, `/`-separated) that
 * lies in a code input but never reaches the built site: a test beside the
 * code in `src/` (`x.test.ts`, `x.browser.test.ts`) or its snapshots.
 */
export function isTestFile(relative: string): boolean {
  if (!relative.startsWith('src/')) return false;
  return /\.test\.[cm]?[jt]sx?$/.test(relative) || relative.split('/').includes('__snapshots__');
}

/**
 * Hashes a folder tree: sorted relative paths (with `/` separators) and file
 * bytes, skipping editor temp files and files for which `skip` (given the
 * relative `/`-separated path) is true. A missing folder or file hashes as
 * empty, so a project without `public/` still has a stable fingerprint.
 */
export async function hashTree(root: string, entries: string[] = ['.'], skip: (relative: string) => boolean = () => false): Promise<string> {
  const collected: string[] = [];
  for (const entry of entries) await collect(root, entry, collected);
  const files = collected.filter((file) => !skip(file)).sort();
  const hash = createHash('sha256');
  for (const file of files) {
    const bytes = await readFile(path.join(root, file));
    // Length-prefixed fields, so no choice of names and bytes can collide.
    hash.update(`${Buffer.byteLength(file)}:${file}:${bytes.length}:`);
    hash.update(bytes);
  }
  return hash.digest('hex');
}

async function collect(root: string, relative: string, into: string[]): Promise<void> {
  const full = path.join(root, relative);
  let entries;
  try {
    entries = await readdir(full, { withFileTypes: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOTDIR') {
      if (!isEditorTempFile(relative)) into.push(toPosix(path.normalize(relative)));
      return;
    }
    if (code === 'ENOENT') return;
    throw error;
  }
  for (const entry of entries) {
    const child = path.join(relative, entry.name);
    if (isEditorTempFile(entry.name)) continue;
    // Links count as what they point at; a dangling link is skipped like a missing file.
    const kind = entry.isSymbolicLink() ? await stat(path.join(root, child)).catch(() => undefined) : entry;
    if (kind?.isDirectory()) await collect(root, child, into);
    else if (kind?.isFile()) into.push(toPosix(path.normalize(child)));
  }
}

function toPosix(p: string): string {
  return p.split(path.sep).join('/');
}

/** The fingerprint of a content folder built by the project at `projectRoot` on `buildDate`. */
export async function fingerprint(contentDir: string, projectRoot: string, buildDate: string): Promise<Fingerprint> {
  const [content, code] = await Promise.all([hashTree(contentDir), hashTree(projectRoot, CODE_INPUTS, isTestFile)]);
  return { content, code, buildDate };
}

/** True when two fingerprints describe the same site. */
export function sameFingerprint(a: Fingerprint | undefined, b: Fingerprint | undefined): boolean {
  return !!a && !!b && a.content === b.content && a.code === b.code && a.buildDate === b.buildDate;
}

/** Why a rebuild is needed, in Norwegian, for the log: what differs from the published build. */
export function fingerprintDifference(published: Fingerprint | undefined, next: Fingerprint): string[] {
  if (!published) return ['ingen tidligere publisering'];
  const reasons: string[] = [];
  if (published.content !== next.content) reasons.push('innholdet er endret');
  if (published.code !== next.code) reasons.push('programkoden er endret');
  if (published.buildDate !== next.buildDate) reasons.push(`ny dato (${next.buildDate})`);
  return reasons;
}
