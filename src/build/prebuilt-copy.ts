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
 *
 * Never set them outside tests: the site would not be built from the content.
 */
import { copyFile, mkdir, readdir } from 'node:fs/promises';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

/** The prebuilt site and the pause the environment asks for, or `undefined` for a real build. */
export function prebuiltSiteFromEnv(env: NodeJS.ProcessEnv = process.env): { dir: string; pauseMs: number } | undefined {
  const dir = env['HP_TEST_PREBUILT_SITE'];
  if (!dir) return undefined;
  const pauseMs = Number(env['HP_TEST_COPY_PAUSE_MS'] ?? 0);
  return { dir: path.resolve(dir), pauseMs: Number.isFinite(pauseMs) && pauseMs > 0 ? pauseMs : 0 };
}

/** Copies every file of `from` into `to` (made as needed), one at a time, pausing `pauseMs` after each. */
export async function copyPrebuiltSite(from: string, to: string, pauseMs: number): Promise<void> {
  await mkdir(to, { recursive: true });
  for (const entry of await readdir(from, { withFileTypes: true })) {
    const source = path.join(from, entry.name);
    const target = path.join(to, entry.name);
    if (entry.isDirectory()) {
      await copyPrebuiltSite(source, target, pauseMs);
    } else {
      await copyFile(source, target);
      if (pauseMs > 0) await sleep(pauseMs);
    }
  }
}
