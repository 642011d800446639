/**
 * Command line of `npm run bench`. Messages are for developers, in English.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_SIZES, DEFAULT_TODAY } from '../corpus/generate.ts';

/** The steps of a benchmark run, in the order they run. */
export const STEPS = ['shipped', 'first', 'again', 'peers', 'publish', 'weight'] as const;
export type Step = (typeof STEPS)[number];

/** What each step does, for `--help`. */
export const STEP_HELP: Record<Step, string> = {
  shipped: 'build the shipped content/ once',
  first: 'build the corpus in a folder never built before (empty cache)',
  again: 'build the corpus again (the cache from the first build kept)',
  peers: 'build the corpus Markdown with Hugo (installed with apt-get if missing) and a bare Astro site',
  publish: 'time an edited news file and a municipality status edit through npm run publish on a copy of the corpus',
  weight: 'first-visit weight of every page of the last corpus build (and of the shipped build)',
};

/** Parsed options. */
export interface BenchOptions {
  seed: number;
  news: number;
  documents: number;
  answers: number;
  /** Corpus date and build date of the corpus builds. */
  today: string;
  /** How many times to run each corpus build; the median run is reported. */
  repeat: number;
  steps: Step[];
  /** Working folder for the corpus and the builds; a new temporary one when absent. */
  work?: string | undefined;
  /** Keep the working folder afterwards. */
  keep: boolean;
  /** Install Hugo with apt-get when it is missing (the peers step). */
  installHugo: boolean;
  /** Folder that gets BENCHMARKS.md and benchmarks/results.json. */
  resultsDir: string;
}

/** A mistake on the command line. */
export class BenchUsageError extends Error {}

export const BENCH_USAGE = `Usage: npm run bench -- [options]

Generates the demonstration corpus, builds it and the shipped content with
npm run build, builds the same Markdown with Hugo and a bare Astro site,
times two edits through npm run publish, measures the
first-visit weight of every page, and writes BENCHMARKS.md and
benchmarks/results.json. The full-size run takes several minutes.

  --seed <n>            corpus seed (default 1)
  --news <n>            news items (default ${DEFAULT_SIZES.news})
  --documents <n>       documents (default ${DEFAULT_SIZES.documents})
  --answers <n>         answers (default ${DEFAULT_SIZES.answers})
  --today YYYY-MM-DD    corpus date and build date (default ${DEFAULT_TODAY})
  --repeat <n>          run each corpus build n times (first builds each from an empty
                        cache) and report the median; the machine is shared (default 1)
  --steps a,b,...       steps to run (default all): ${STEPS.join(', ')}
${STEPS.map((s) => `                          ${s}: ${STEP_HELP[s]}`).join('\n')}
  --work <dir>          working folder (default: a new folder in the system's temp folder)
  --keep                keep the working folder and the builds' caches afterwards
  --no-hugo-install     do not install Debian's hugo package when hugo is missing (Hugo is then skipped, with a note)
  --results-dir <dir>   where BENCHMARKS.md and benchmarks/results.json go (default: the project)
`;

function whole(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (!/^\d+$/.test(value)) throw new BenchUsageError(`--${name} must be a whole number, not «${value}».`);
  return Number(value);
}

/** Parses `npm run bench --` arguments; `projectRoot` is the default results folder. */
export function parseBenchArgs(args: readonly string[], projectRoot: string): BenchOptions | 'help' {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...args],
      strict: true,
      options: {
        seed: { type: 'string' },
        news: { type: 'string' },
        documents: { type: 'string' },
        answers: { type: 'string' },
        today: { type: 'string' },
        repeat: { type: 'string' },
        steps: { type: 'string' },
        work: { type: 'string' },
        keep: { type: 'boolean', default: false },
        'no-hugo-install': { type: 'boolean', default: false },
        'results-dir': { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }));
  } catch (error) {
    throw new BenchUsageError((error as Error).message);
  }
  if (values.help) return 'help';
  const today = values.today ?? DEFAULT_TODAY;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(today)) throw new BenchUsageError(`--today must be written YYYY-MM-DD, not «${today}».`);
  const steps = (values.steps ?? STEPS.join(',')).split(',').map((s) => s.trim()).filter(Boolean);
  const unknown = steps.filter((s) => !(STEPS as readonly string[]).includes(s));
  if (unknown.length) throw new BenchUsageError(`Unknown step ${unknown.map((s) => `«${s}»`).join(', ')}; the steps are ${STEPS.join(', ')}.`);
  if (steps.includes('again') && !steps.includes('first')) {
    throw new BenchUsageError('The step «again» rebuilds what «first» built; add «first» to --steps.');
  }
  return {
    seed: whole('seed', values.seed, 1),
    news: whole('news', values.news, DEFAULT_SIZES.news),
    documents: whole('documents', values.documents, DEFAULT_SIZES.documents),
    answers: whole('answers', values.answers, DEFAULT_SIZES.answers),
    today,
    repeat: Math.max(1, whole('repeat', values.repeat, 1)),
    steps: STEPS.filter((s) => steps.includes(s)),
    work: values.work ? path.resolve(values.work) : undefined,
    keep: values.keep,
    installHugo: !values['no-hugo-install'],
    resultsDir: path.resolve(values['results-dir'] ?? projectRoot),
  };
}
