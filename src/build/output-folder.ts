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
 *
 * A fixed name needs a lock: `.<name>.bygger.lock` beside it, an
 * operating-system lock (src/build/file-lock.ts), so two builds of the same
 * output never share a work folder, and whatever a killed build left (its
 * work folder; the old output set aside while the new one took its place)
 * is cleared or put back by the next build of that output.
 *
 * An output on another file system than the current folder (a `/var/www`
 * disk) is built in the project instead, in `.astro/bygger/<name>-<hash>`
 * (also fixed per output): Astro builds its server code in
 * `<current folder>/.astro/` and renames files from there into the work
 * folder, which cannot cross file systems (EXDEV), and that code must sit
 * in the project to find its packages. The finished build is then copied
 * to `.<name>.bygger` beside the output and renamed from there, so every
 * rename stays within one file system.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isAlive, lockHolder, tryLockFile, type FileLock } from './file-lock.ts';

/** Thrown when another build is writing the same output folder. */
export class OutputBusyError extends Error {
  constructor(outDir: string, pid: number | undefined) {
    super(
      `En annen bygging skriver allerede til ${outDir}${pid !== undefined && isAlive(pid) ? ` (prosess ${pid})` : ''}, så denne ble ikke startet. ` +
        'Det som er der fra før, er urørt. Vent til den andre byggingen er ferdig, og prøv igjen.',
    );
  }
}

/** Work folders this process holds, by path, with their locks. */
const held = new Map<string, FileLock>();

/** The fixed folder beside `outDir` that becomes it: `.<name>.bygger`. */
export function workFolderOf(outDir: string): string {
  return path.join(path.dirname(outDir), `.${path.basename(outDir)}.bygger`);
}

/** The project folder, where builds run (npm runs its scripts there) and Astro keeps its server build. */
const projectDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Where a build of `outDir` writes: beside it, or in the project when it is on another file system. */
export function buildFolderOf(outDir: string): string {
  mkdirSync(path.dirname(outDir), { recursive: true });
  if (statSync(path.dirname(outDir)).dev === statSync(projectDir).dev) return workFolderOf(outDir);
  const key = createHash('sha256').update(outDir).digest('hex').slice(0, 12);
  return path.join(projectDir, '.astro', 'bygger', `${path.basename(outDir)}-${key}`);
}

/**
 * Clears what interrupted builds of `outDir` left, when no build of it runs
 * (for the publisher, which removes its build folder as a whole): the work
 * folders, and an old output set aside is put back. Returns whether there
 * was anything.
 */
export function clearOutputLeftovers(outDir: string): boolean {
  const beside = workFolderOf(outDir);
  const lock = tryLockFile(`${beside}.lock`);
  if (!lock) return false;
  try {
    const found = [beside, `${beside}.gammel`, buildFolderOf(outDir)].filter((dir) => existsSync(dir));
    if (existsSync(`${beside}.gammel`) && !existsSync(outDir)) renameSync(`${beside}.gammel`, outDir);
    for (const dir of found) rmSync(dir, { recursive: true, force: true });
    return found.length > 0;
  } finally {
    lock.release();
  }
}

/**
 * The work folder of `outDir`, emptied and ready for a build to write into,
 * locked for this process until `replaceOutput()` or `discardOutputFolder()`.
 * First repairs what an interrupted build left: an old output set aside
 * with no new one in its place is put back. Throws `OutputBusyError` when
 * another build holds the work folder, and the file system's error when the
 * folder cannot be written.
 */
export function freshOutputFolder(outDir: string): string {
  const beside = workFolderOf(outDir);
  const lock = tryLockFile(`${beside}.lock`);
  if (!lock) throw new OutputBusyError(outDir, lockHolder(`${beside}.lock`));
  let workDir: string;
  try {
    const old = `${beside}.gammel`;
    // Killed between the two renames of replaceOutput(): the old site goes back.
    if (existsSync(old) && !existsSync(outDir)) renameSync(old, outDir);
    rmSync(old, { recursive: true, force: true });
    rmSync(beside, { recursive: true, force: true });
    workDir = buildFolderOf(outDir);
    rmSync(workDir, { recursive: true, force: true });
    mkdirSync(workDir, { recursive: true });
  } catch (error) {
    lock.release();
    throw error;
  }
  held.set(workDir, lock);
  return workDir;
}

/** Puts the finished build in `workDir` in place of `outDir`, removes the old output and lets go of the work folder. */
export function replaceOutput(workDir: string, outDir: string): void {
  // Astro's server build, if it was left: never part of the site.
  rmSync(path.join(workDir, '.prerender'), { recursive: true, force: true });
  const beside = workFolderOf(outDir);
  if (workDir !== beside) {
    // Built on another file system: copy beside the output first, then rename there.
    try {
      copyTree(workDir, beside);
    } catch (error) {
      rmSync(beside, { recursive: true, force: true });
      throw error;
    }
    rmSync(workDir, { recursive: true, force: true });
  }
  const old = existsSync(outDir) ? `${beside}.gammel` : undefined;
  if (old) renameSync(outDir, old);
  try {
    renameSync(beside, outDir);
  } catch (error) {
    if (old) renameSync(old, outDir);
    throw error;
  }
  if (old) rmSync(old, { recursive: true, force: true });
  held.get(workDir)?.release();
  held.delete(workDir);
}

/**
 * Copies a folder file by file. (Not `cpSync`: on a full disk it reports
 * EIO, where a plain copy reports ENOSPC and staff can be told the disk is
 * full.)
 */
function copyTree(from: string, to: string): void {
  mkdirSync(to, { recursive: true });
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    const source = path.join(from, entry.name);
    const target = path.join(to, entry.name);
    if (entry.isDirectory()) copyTree(source, target);
    else copyFileSync(source, target);
  }
}

/** Removes the work folder of a failed build and lets go of it; the output folder is untouched. */
export function discardOutputFolder(workDir: string): void {
  try {
    rmSync(workDir, { recursive: true, force: true });
    const lock = held.get(workDir);
    if (lock) rmSync(lock.file.slice(0, -'.lock'.length), { recursive: true, force: true });
  } finally {
    held.get(workDir)?.release();
    held.delete(workDir);
  }
}

/**
 * Removes every work folder this process holds: for a build stopped by a
 * signal (scripts/build.ts), so an interrupted build cleans up after itself.
 */
export function discardAllOutputFolders(): void {
  for (const workDir of [...held.keys()]) {
    try {
      discardOutputFolder(workDir);
    } catch {
      // The next build of this output clears it.
    }
  }
}
