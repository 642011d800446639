/**
 * Test helpers: copy the minimal valid content tree to a temporary folder,
 * apply one change, and validate it.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { validateContent, formatProblem, type Problem } from '../../src/validation/index.ts';

/** The minimal valid content tree every bad case starts from. */
export const validFixture = path.resolve(import.meta.dirname, '../fixtures/valid');

/** Fixed build date, so «published yet?» never depends on when the tests run. */
export const BUILD_DATE = '2026-11-22';

const created: string[] = [];

/** A fresh copy of the valid fixture; remove them all with `removeCopies()`. */
export function copyFixture(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'innhold-'));
  cpSync(validFixture, dir, { recursive: true });
  created.push(dir);
  return dir;
}

/** Deletes every copy made by `copyFixture()`. */
export function removeCopies(): void {
  for (const dir of created.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** Replaces `from` with `to` in a file; fails loudly if `from` is not there, so no case can silently test nothing. */
export function edit(dir: string, file: string, from: string | RegExp, to: string): void {
  const full = path.join(dir, file);
  const text = readFileSync(full, 'utf8');
  const changed = text.replace(from, to);
  if (changed === text) throw new Error(`edit(): ${String(from)} not found in ${file}`);
  writeFileSync(full, changed);
}

/** Writes a file, creating folders as needed. */
export function write(dir: string, file: string, text: string): void {
  mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
  writeFileSync(path.join(dir, file), text);
}

/** Deletes a file. */
export function remove(dir: string, file: string): void {
  unlinkSync(path.join(dir, file));
}

/** Validates a copy of the valid fixture after `change` and returns the problems. */
export async function problemsAfter(change: (dir: string) => void): Promise<Problem[]> {
  const dir = copyFixture();
  change(dir);
  return (await validateContent(dir, { buildDate: BUILD_DATE })).problems;
}

/** The lines staff would read (`formatProblem`) for the problems after `change` ({@link problemsAfter}). */
export async function linesAfter(change: (dir: string) => void): Promise<string[]> {
  return (await problemsAfter(change)).map(formatProblem);
}

/** The single problem in `problems`; fails the test if there is not exactly one. */
export function only(problems: Problem[]): Problem {
  if (problems.length !== 1) {
    throw new Error(`expected exactly one problem, got ${problems.length}:\n${problems.map(formatProblem).join('\n')}`);
  }
  return problems[0]!;
}
