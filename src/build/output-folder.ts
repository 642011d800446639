/**
 * The build's output folder is replaced, never overwritten in place: a
 * build writes into a fresh sibling folder, and only a finished build takes
 * the output folder's name. A failed or interrupted build leaves the old
 * site as it was.
 */
import { existsSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';

/** A new, empty folder beside `outDir` for a build to write into. */
export function freshOutputFolder(outDir: string): string {
  const parent = path.dirname(outDir);
  return mkdtempSync(path.join(parent, `.${path.basename(outDir)}.bygger-`));
}

/** Puts the finished build in `workDir` in place of `outDir` and removes the old output. */
export function replaceOutput(workDir: string, outDir: string): void {
  const old = existsSync(outDir) ? `${workDir}.gammel` : undefined;
  if (old) renameSync(outDir, old);
  renameSync(workDir, outDir);
  if (old) rmSync(old, { recursive: true, force: true });
}
