/**
 * A test-only stand-in for Astro in the build step, so fault-injection tests
 * can kill, race and starve the publisher twenty times without twenty real
 * Astro builds (tens of seconds each).
 *
 * Chosen by environment variables that only `buildSite()` reads:
 * - `HP_TEST_PREBUILT_SITE`: a folder holding a finished build of the same
 *   content. Instead of running Astro, the build step copies it into the work
 *   folder file by file; everything around it (the content check, the work
 *   folder, replacing the output, the publisher's swap) runs as usual.
 * - `HP_TEST_COPY_PAUSE_MS`: a pause after each file (default 0), so a kill
 *   lands while files are being written.
 * - `HP_TEST_FAULT`: `ENOSPC` or `EROFS` makes the copy fail half way with
 *   that error, as a full or read-only disk would, for machines where the
 *   test cannot mount a small disk of its own.
 *
 * Never set them outside tests: the site would not be built from the content.
 */
import { copyFile, mkdir, readdir } from 'node:fs/promises';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

/** The prebuilt site and the pause the environment asks for, or `undefined` for a real build. */
export function prebuiltSiteFromEnv(env: NodeJS.ProcessEnv = process.env): { dir: string; pauseMs: number; fault?: string } | undefined {
  const dir = env['HP_TEST_PREBUILT_SITE'];
  if (!dir) return undefined;
  const pauseMs = Number(env['HP_TEST_COPY_PAUSE_MS'] ?? 0);
  const fault = env['HP_TEST_FAULT'];
  return { dir: path.resolve(dir), pauseMs: Number.isFinite(pauseMs) && pauseMs > 0 ? pauseMs : 0, ...(fault === 'ENOSPC' || fault === 'EROFS' ? { fault } : {}) };
}

/** An error as Node's file system gives it for `code`. */
function fsError(code: string, file: string): NodeJS.ErrnoException {
  const text = code === 'ENOSPC' ? 'no space left on device' : 'read-only file system';
  return Object.assign(new Error(`${code}: ${text}, write '${file}'`), { code, errno: code === 'ENOSPC' ? -28 : -30, syscall: 'write', path: file });
}

/**
 * Copies every file of `from` into `to` (made as needed), one at a time,
 * pausing `pauseMs` after each; with `fault`, fails with that error after
 * half the files.
 */
export async function copyPrebuiltSite(from: string, to: string, pauseMs: number, fault?: string): Promise<void> {
  const files: string[] = [];
  const walk = async (dir: string, prefix: string) => {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) await walk(path.join(dir, entry.name), path.join(prefix, entry.name));
      else files.push(path.join(prefix, entry.name));
    }
  };
  await walk(from, '');
  await mkdir(to, { recursive: true });
  for (const [i, file] of files.entries()) {
    if (fault && i === Math.floor(files.length / 2)) throw fsError(fault, path.join(to, file));
    await mkdir(path.dirname(path.join(to, file)), { recursive: true });
    await copyFile(path.join(from, file), path.join(to, file));
    if (pauseMs > 0) await sleep(pauseMs);
  }
}
