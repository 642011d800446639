/**
 * What `npm run build` leaves beside its output by design (the work
 * folder's operating-system lock, and the work folder after an interrupted
 * build) never shows up as a change to commit: git ignores both.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { expect, it } from 'vitest';
import { workFolderOf } from '../../src/build/output-folder.ts';

const projectDir = path.resolve(import.meta.dirname, '../..');

/** Whether git ignores `relative` (a path in the project). */
function ignored(relative: string): boolean {
  try {
    execFileSync('git', ['check-ignore', '-q', '--no-index', relative], { cwd: projectDir });
    return true;
  } catch {
    return false;
  }
}

it('ignores the build lock and work folder of the default output and of --out folders', () => {
  for (const out of ['dist', 'ut', 'publisert/nettsted']) {
    const work = path.relative(projectDir, workFolderOf(path.join(projectDir, out)));
    expect(ignored(`${work}.lock`), `${work}.lock`).toBe(true);
    expect(ignored(`${work}/index.html`), `${work}/index.html`).toBe(true);
  }
  expect(ignored('content/innstillinger.json')).toBe(false);
});
