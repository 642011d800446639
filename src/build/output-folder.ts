/**
 * The build's output folder is replaced, never overwritten in place: a
 * build writes into a work folder beside it, and only a finished build
 * takes the output folder's name. A failed or interrupted build leaves the
 * old site as it was.
 *
 * The work folder has a fixed name per output folder
 * (`.<name>.bygger` beside it), emptied before each build: Astro writes the
 * output path into its image module, so a new path per build would change
 * the code of every page showing an image and keep its incremental build
 * (src/build/cache-keys.ts) from reusing any of them.
 */
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';

/** The work folder of `outDir`, emptied and ready for a build to write into. */
export function freshOutputFolder(outDir: string): string {
  const workDir = path.join(path.dirname(outDir), `.${path.basename(outDir)}.bygger`);
  rmSync(workDir, { recursive: true, force: true });
  rmSync(`${workDir}.gammel`, { recursive: true, force: true });
  mkdirSync(workDir, { recursive: true });
  return workDir;
}

/** Puts the finished build in `workDir` in place of `outDir` and removes the old output. */
export function replaceOutput(workDir: string, outDir: string): void {
  const old = existsSync(outDir) ? `${workDir}.gammel` : undefined;
  if (old) renameSync(outDir, old);
  renameSync(workDir, outDir);
  if (old) rmSync(old, { recursive: true, force: true });
}
