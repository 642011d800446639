/**
 * A content problem and its one-line rendering. Every check in this folder
 * returns `Problem`s; only this module decides how they read.
 */

/** One thing wrong with the content, addressed to the staff member who wrote it. */
export interface Problem {
  /** File relative to the content folder, with forward slashes. Empty for the folder itself. */
  file: string;
  /** 1-based line in the file, when known. */
  line?: number | undefined;
  /** Field path such as `hendelser[2].kilde`, when the problem concerns one field. */
  field?: string | undefined;
  /** What is wrong, starting lower-case, e.g. «mangler». */
  what: string;
  /** How to fix it, in one or more full sentences. */
  fix?: string | undefined;
}

/** A path into parsed data, as zod reports it. */
export type DataPath = readonly PropertyKey[];

/**
 * Renders a field path the way staff see it in their file:
 * `hendelser[2].kilde`, or `[3].navn` for an item in a JSON list. Indices count from 0,
 * as zod reports them; the line number points at the exact item anyway.
 */
export function formatField(path: DataPath): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else out += out === '' ? String(segment) : `.${String(segment)}`;
  }
  return out;
}

/**
 * One line per problem:
 * `<file>:<line> – felt «<field>»: <what is wrong>. <how to fix>`
 * The line and field parts are left out when unknown.
 */
export function formatProblem(problem: Problem): string {
  const where = problem.line ? `${problem.file}:${problem.line}` : problem.file || '(innholdsmappen)';
  const field = problem.field ? `felt «${problem.field}»: ` : '';
  const fix = problem.fix ? ` ${sentence(problem.fix)}` : '';
  return `${where} – ${field}${sentence(problem.what)}${fix}`;
}

/** Orders problems by file, then line, then field, so each file's problems sit together. */
export function compareProblems(a: Problem, b: Problem): number {
  return (
    compareText(a.file, b.file) ||
    (a.line ?? 0) - (b.line ?? 0) ||
    compareText(a.field ?? '', b.field ?? '') ||
    compareText(a.what, b.what)
  );
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Ends a phrase with a full stop unless it already ends a sentence. */
function sentence(text: string): string {
  const trimmed = text.trim();
  return /[.!?]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}
