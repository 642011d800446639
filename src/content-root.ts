import { statSync } from 'node:fs';
import path from 'node:path';

/**
 * Folder the site's content is read from: `content/` in the project, or the
 * folder named by the CONTENT_DIR environment variable (tests, benchmarks).
 */
export function contentRoot(): string {
  return path.resolve(process.env.CONTENT_DIR ?? 'content');
}

/**
 * The sentence for staff when `root` is not a folder (a wrong CONTENT_DIR, or
 * a command run outside the project), or `undefined` when it is one. `fix`
 * says how to name the right folder: CONTENT_DIR (default), or the command's
 * own option (the publisher's `--content`).
 */
export function missingContentFolder(
  root: string,
  fix = 'sett CONTENT_DIR til mappen med innholdet (skriv for eksempel CONTENT_DIR=/sti/til/content foran kommandoen)',
): string | undefined {
  try {
    if (statSync(root).isDirectory()) return undefined;
  } catch {
    // Not there at all: the same sentence.
  }
  return `Finner ikke innholdsmappen ${root}. Kjør kommandoen fra prosjektmappen, eller ${fix}.`;
}
