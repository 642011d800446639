import { existsSync, mkdirSync, readdirSync, realpathSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { toDay } from './dates.ts';
import {
  CorpusSourceError,
  DEFAULT_SIZES,
  DEFAULT_TODAY,
  OWNED_ENTRIES,
  generateCorpus,
  type CorpusFile,
  type CorpusOptions,
} from './generate.ts';

/**
 * Command line of `npm run corpus`: argument parsing, the safety checks on
 * the output folder, and writing the files. Messages are for developers, so
 * they are in English.
 */

/** A mistake in the command line or the output folder; the CLI prints the message and exits 1. */
export class CorpusUsageError extends Error {}

/** Usage text printed with `--help` and after a usage error. */
export const USAGE = `Usage: npm run corpus -- --out <dir> [options]

Writes a generated demonstration corpus (not real content) in the layout of content/.

  --out <dir>          output folder (required); never inside the project's content/
  --force              write into a non-empty folder; clears the corpus's own entries there first
  --seed <n>           seed, a whole number 0-4294967295 (default 1)
  --news <n>           number of news items (default ${DEFAULT_SIZES.news})
  --documents <n>      number of documents (default ${DEFAULT_SIZES.documents})
  --answers <n>        number of FAQ answers (default ${DEFAULT_SIZES.answers})
  --today YYYY-MM-DD   content is dated before this day (default ${DEFAULT_TODAY})
  --from <dir>         content folder to copy settings, organisations, phases and
                       municipalities from (default: the project's content/)
`;

/** Parsed command line. */
export interface CorpusCommand {
  out: string;
  force: boolean;
  options: CorpusOptions;
}

function wholeNumber(name: string, value: string | undefined, fallback: number, max = Number.MAX_SAFE_INTEGER): number {
  if (value === undefined) return fallback;
  if (!/^\d+$/.test(value) || Number(value) > max) {
    throw new CorpusUsageError(`--${name} must be a whole number from 0 to ${max}, not «${value}».`);
  }
  return Number(value);
}

/** Parses the arguments after `npm run corpus --`; `projectRoot` locates the default source content. */
export function parseCorpusArgs(args: readonly string[], projectRoot: string): CorpusCommand | 'help' {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...args],
      strict: true,
      allowPositionals: false,
      options: {
        out: { type: 'string' },
        force: { type: 'boolean', default: false },
        seed: { type: 'string' },
        news: { type: 'string' },
        documents: { type: 'string' },
        answers: { type: 'string' },
        today: { type: 'string' },
        from: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }));
  } catch (error) {
    throw new CorpusUsageError((error as Error).message);
  }
  if (values.help) return 'help';
  if (!values.out) throw new CorpusUsageError('--out <dir> is required: the folder to write the corpus to.');

  const today = values.today ?? DEFAULT_TODAY;
  try {
    toDay(today);
  } catch {
    throw new CorpusUsageError(`--today must be a real date written YYYY-MM-DD, not «${today}».`);
  }
  return {
    out: path.resolve(values.out),
    force: values.force,
    options: {
      seed: wholeNumber('seed', values.seed, 1, 0xffffffff),
      news: wholeNumber('news', values.news, DEFAULT_SIZES.news),
      documents: wholeNumber('documents', values.documents, DEFAULT_SIZES.documents),
      answers: wholeNumber('answers', values.answers, DEFAULT_SIZES.answers),
      today,
      sourceContent: path.resolve(values.from ?? path.join(projectRoot, 'content')),
    },
  };
}

/** Resolves symbolic links in the part of `p` that exists, so a link cannot smuggle the output into content/. */
function realish(p: string): string {
  const rest: string[] = [];
  let current = path.resolve(p);
  while (!existsSync(current)) {
    const parent = path.dirname(current);
    if (parent === current) break;
    rest.unshift(path.basename(current));
    current = parent;
  }
  return path.join(existsSync(current) ? realpathSync(current) : current, ...rest);
}

function isInside(child: string, parent: string): boolean {
  const relative = path.relative(parent, child);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

/**
 * Refuses output folders that would mix demonstration data with the real
 * content (inside the project's `content/`, or a folder that contains it) and
 * non-empty folders without `force`.
 */
export function checkOutputFolder(out: string, projectRoot: string, force: boolean): void {
  const target = realish(out);
  const content = realish(path.join(projectRoot, 'content'));
  if (isInside(target, content)) {
    throw new CorpusUsageError(
      `Refusing to write into ${out}: it is inside the project's content folder (${content}). ` +
        'Demonstration data must never be mixed with real content; choose a folder elsewhere, e.g. /tmp/corpus.',
    );
  }
  if (isInside(content, target)) {
    throw new CorpusUsageError(
      `Refusing to write into ${out}: it contains the project's content folder (${content}). Choose a separate folder, e.g. /tmp/corpus.`,
    );
  }
  if (!existsSync(target)) return;
  if (!statSync(target).isDirectory()) throw new CorpusUsageError(`${out} exists and is not a folder.`);
  if (readdirSync(target).length > 0 && !force) {
    throw new CorpusUsageError(`${out} is not empty. Choose an empty folder, or add --force to replace the corpus there.`);
  }
}

/** Writes the files under `out`; with `force`, first removes what an earlier run there wrote. */
export function writeCorpus(out: string, files: readonly CorpusFile[], force: boolean): void {
  if (force && existsSync(out)) {
    // Only the generator's own entries: anything else a developer keeps there survives.
    for (const name of OWNED_ENTRIES) rmSync(path.join(out, name), { recursive: true, force: true });
    const owned = new Set<string>(OWNED_ENTRIES);
    for (const file of files) {
      // Files outside the owned folders (the copied boundary data) are replaced one by one.
      if (!owned.has(file.path.split('/')[0]!)) rmSync(path.join(out, file.path), { force: true });
    }
  }
  const made = new Set<string>();
  for (const file of files) {
    const target = path.join(out, file.path);
    const dir = path.dirname(target);
    if (!made.has(dir)) {
      mkdirSync(dir, { recursive: true });
      made.add(dir);
    }
    writeFileSync(target, file.data);
  }
}

/** Runs the command line; returns the exit code. */
export function main(args: readonly string[], projectRoot: string): number {
  try {
    const command = parseCorpusArgs(args, projectRoot);
    if (command === 'help') {
      process.stdout.write(USAGE);
      return 0;
    }
    checkOutputFolder(command.out, projectRoot, command.force);
    const started = performance.now();
    const files = generateCorpus(command.options);
    const generated = performance.now();
    writeCorpus(command.out, files, command.force);
    const written = performance.now();
    const { news, documents, answers, seed } = command.options;
    process.stdout.write(
      `Wrote ${files.length} files (${news} news items, ${documents} documents, ${answers} answers; seed ${seed}) to ${command.out}\n` +
        `Generated in ${((generated - started) / 1000).toFixed(1)} s, written in ${((written - generated) / 1000).toFixed(1)} s.\n` +
        'This is demonstration data: never copy it into content/.\n',
    );
    return 0;
  } catch (error) {
    if (error instanceof CorpusUsageError) {
      process.stderr.write(`generate-corpus: ${error.message}\n\n${USAGE}`);
      return 1;
    }
    if (error instanceof CorpusSourceError) {
      // A half-written or broken source file: say which, and how to get past it.
      process.stderr.write(`generate-corpus: ${error.message}\nFix that file, or pass --from <dir> to copy from another folder.\n`);
      return 1;
    }
    throw error;
  }
}
