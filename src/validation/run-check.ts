/**
 * The validation step shared by `scripts/check.ts` and `scripts/build.ts`:
 * validate, print the result for staff, and say whether to go on.
 */
import { buildDate } from '../build-date.ts';
import { contentRoot, missingContentFolder } from '../content-root.ts';
import { publishedAddressesFor } from '../publishing/published-addresses.ts';
import { crashLine, problemLines } from './report.ts';
import { okLine, validateContent, ValidatorCrash, type ValidationResult } from './validate-content.ts';

/** Where `runContentCheck` writes; the console unless a test says otherwise. */
export interface CheckOutput {
  out(line: string): void;
  err(line: string): void;
}

/** The outcome of `runContentCheck`. */
export interface CheckRun {
  /** True when the content has no problems and the validator ran to the end. */
  ok: boolean;
  /** Absolute path of the content folder checked. */
  root: string;
  /** The build date used, when it could be determined. */
  buildDate?: string;
  /** The validation result, when the validator ran to the end. */
  result?: ValidationResult;
}

const consoleOutput: CheckOutput = {
  out: (line) => console.log(line),
  err: (line) => console.error(line),
};

/**
 * Validates the content folder (CONTENT_DIR or `content/`) for the build
 * date (BUILD_DATE or today in Norway) and prints either the «i orden» line
 * or every problem followed by what to do, naming `rerun` as the command to
 * run again. Never throws; a failure of the validator itself is printed as
 * one plain sentence.
 */
export async function runContentCheck(rerun: string, output: CheckOutput = consoleOutput): Promise<CheckRun> {
  const root = contentRoot();
  let date: string;
  try {
    date = buildDate();
  } catch (error) {
    const message = (error as Error).message.trim();
    output.err(`Kan ikke kontrollere innholdet. ${/[.!?]$/.test(message) ? message : `${message}.`}`);
    return { ok: false, root };
  }
  const missing = missingContentFolder(root);
  if (missing) {
    output.err(missing);
    return { ok: false, root, buildDate: date };
  }
  try {
    const result = await validateContent(root, { buildDate: date, publishedAddresses: publishedAddressesFor(root) });
    if (result.problems.length > 0) {
      for (const line of problemLines(result.problems, rerun)) output.err(line);
      return { ok: false, root, buildDate: date, result };
    }
    output.out(okLine(result.counts));
    return { ok: true, root, buildDate: date, result };
  } catch (error) {
    const file = error instanceof ValidatorCrash ? error.file : undefined;
    output.err(crashLine(file, error instanceof Error ? error.message : String(error)));
    return { ok: false, root, buildDate: date };
  }
}
