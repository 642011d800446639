/**
 * The content check for one saved file, as the editor shows it beside the
 * form: `validateContent()` over the whole folder (references and rules
 * span files), then the problems that concern the file (for a document,
 * anything in its folder), worded exactly as `npm run check` words them.
 */
import { kinds } from '../../src/content-model/registry.ts';
import { crashLine } from '../../src/validation/report.ts';
import { formatProblem, validateContent, ValidatorCrash, type Problem } from '../../src/validation/index.ts';
import { plainPath } from './content-paths.ts';

/** One problem as the editor shows it. */
export interface ShownProblem {
  /** The line `npm run check` prints: `fil:linje – felt «…»: hva. Hva du gjør.` */
  text: string;
  line?: number;
  field?: string;
}

/** The check's answer for one file. */
export interface FileCheck {
  /** The file, relative to the content folder. */
  file: string;
  /** True when nothing in the whole content folder is wrong (so publishing will go through). */
  ok: boolean;
  /** Problems in this file (or this document's folder). */
  problems: ShownProblem[];
  /** Problems elsewhere in the content folder, which also stop publishing. */
  elsewhere: ShownProblem[];
  /** A failure of the check itself, in Norwegian. */
  crash?: string;
}

/** Checks the content folder and sorts its problems into this file's and the rest. */
export async function checkFile(contentDir: string, requested: unknown, buildDate: string): Promise<FileCheck> {
  const file = plainPath(requested);
  const scope = scopeOf(file);
  try {
    const { problems } = await validateContent(contentDir, { buildDate });
    const mine = problems.filter((p) => inScope(p, file, scope));
    const others = problems.filter((p) => !inScope(p, file, scope));
    return { file, ok: problems.length === 0, problems: mine.map(shown), elsewhere: others.map(shown) };
  } catch (error) {
    const where = error instanceof ValidatorCrash ? error.file : undefined;
    return { file, ok: false, problems: [], elsewhere: [], crash: crashLine(where, error instanceof Error ? error.message : String(error)) };
  }
}

/** For a document's index file, its folder: problems with attachments belong to it. */
function scopeOf(file: string): string | undefined {
  const [folder, id, name] = file.split('/');
  const definition = kinds.find((k) => k.id === folder);
  return definition?.layout.type === 'folders' && name !== undefined && id !== undefined ? `${folder}/${id}/` : undefined;
}

function inScope(problem: Problem, file: string, scope: string | undefined): boolean {
  return problem.file === file || (scope !== undefined && (problem.file.startsWith(scope) || problem.file === scope.slice(0, -1)));
}

function shown(problem: Problem): ShownProblem {
  return { text: formatProblem(problem), ...(problem.line ? { line: problem.line } : {}), ...(problem.field ? { field: problem.field } : {}) };
}
