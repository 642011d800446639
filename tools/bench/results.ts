/**
 * The shape of `benchmarks/results.json`, written by `npm run bench`: one
 * run's machine, commit, builds, republish time, page weights and targets.
 * Sizes are bytes, times seconds, memory bytes; "KB" in the targets means
 * 1000 bytes.
 */
import { z } from 'astro/zod';

const seconds = z.number().nonnegative();
const optionalSeconds = seconds.optional();
const bytes = z.number().int().nonnegative();

/** Seconds per step of `npm run build` (see build-phases.ts). */
export const phasesSchema = z.object({
  validation: optionalSeconds,
  astro: optionalSeconds,
  searchIndex: optionalSeconds,
  astroSteps: z.object({
    startup: optionalSeconds,
    contentSync: optionalSeconds,
    bundle: optionalSeconds,
    pages: optionalSeconds,
    images: optionalSeconds,
    finish: optionalSeconds,
  }),
  total: seconds,
});

/** One run of `npm run build`. */
export const buildResultSchema = z.object({
  /** `shipped`, `corpus-first` (empty cache) or `corpus-again` (cache from the first). */
  id: z.string(),
  /** What was built, for people. */
  label: z.string(),
  /** The command, as run from the project folder. */
  command: z.string(),
  exitCode: z.number().int().nullable(),
  /** Wall-clock seconds (of the median run when repeated). */
  seconds,
  /** Every run's wall-clock seconds and peak memory, in order, when the build was repeated (`--repeat`). */
  runs: z.array(z.object({ seconds, peakRss: bytes })),
  /** User + system CPU seconds over the process tree. */
  cpuSeconds: seconds,
  /** Largest sum of resident memory over the process tree. */
  peakRss: bytes,
  /** Seconds into the build when the peak was seen. */
  peakAt: seconds,
  /** Processes at the peak, largest first. */
  peakProcesses: z.array(z.object({ name: z.string(), rss: bytes })),
  phases: phasesSchema,
  /** Astro's pages step by route type: routes written and the render seconds Astro printed for them, largest first. */
  routes: z.array(z.object({ type: z.string(), count: z.number().int().nonnegative(), seconds })),
  output: z.object({
    /** Files in the built folder. */
    files: z.number().int().nonnegative(),
    /** Their total size. */
    bytes,
    /** HTML pages. */
    pages: z.number().int().nonnegative(),
    /** Of which the Pagefind index. */
    searchIndexBytes: bytes,
  }),
});

const weightFields = {
  html: bytes,
  css: bytes,
  js: bytes,
  images: bytes,
  fonts: bytes,
  total: bytes,
};

const pageSummarySchema = z.object({ page: z.string(), ...weightFields, jsFiles: z.array(z.string()) });

/** Page weights of one built site (see site-weight.ts). */
export const pageWeightSchema = z.object({
  /** Which build was measured. */
  build: z.string(),
  pages: z.number().int().nonnegative(),
  viewport: z.object({ width: z.number(), dpr: z.number(), rootFontSize: z.number(), imageTypes: z.array(z.string()) }),
  types: z.array(
    z.object({
      id: z.string(),
      label: z.string(),
      example: z.string(),
      pages: z.number().int().positive(),
      median: pageSummarySchema,
      heaviest: pageSummarySchema,
      pagesWithJs: z.number().int().nonnegative(),
      maxJs: bytes,
    }),
  ),
  charts: z.object({
    files: z.array(z.string()),
    gzip: bytes,
    bytes,
    chartPages: z.array(z.string()),
    strayPages: z.array(z.string()),
    chartPagesWithout: z.array(z.string()),
  }),
  missing: z.array(z.object({ path: z.string(), page: z.string() })),
  thirdParty: z.array(z.object({ url: z.string(), page: z.string() })),
});

/** Edit-to-republish through `npm run publish`. */
export const republishSchema = z.object({
  /** What was edited: a news item's text, or a municipality's status (a new status event). */
  kind: z.enum(['news', 'municipality-status']).default('news'),
  command: z.string(),
  /** Seconds until the watcher had published the unedited copy (its first build). */
  initialPublish: seconds,
  /** The file edited, relative to the content folder. */
  file: z.string(),
  /** Seconds from saving the edit until the published link pointed at a build containing it. */
  seconds,
  /** When the publisher's log lines arrived, in seconds after the save. */
  steps: z.object({
    noticed: optionalSeconds,
    checkStarted: optionalSeconds,
    buildStarted: optionalSeconds,
    published: optionalSeconds,
    /** The publisher swapped to the whole build, search index included («Søket er oppdatert på»): pages first, src/publishing/pages-first.ts. */
    searchUpdated: optionalSeconds,
  }),
  /** The rebuild's own phases (from its output, which --verbose passes through). */
  buildPhases: phasesSchema.optional(),
  /** Files the rebuild rendered and reused, as the publisher's log says (incremental builds). */
  pageCounts: z.object({ rendered: z.number().int().nonnegative(), reused: z.number().int().nonnegative() }).optional(),
  /** Peak memory of the watcher's whole process tree over the session (all edits). */
  peakRss: bytes,
  /** Seconds after the watcher started when that peak was seen (compare `initialPublish`), and its processes, largest first. */
  peakAt: seconds.optional(),
  peakProcesses: z.array(z.object({ name: z.string(), rss: bytes })).optional(),
});

/**
 * A peer building the same corpus Markdown in the same run (issue #13): Hugo
 * or a bare Astro site, one page per Markdown file, no layout beyond a title.
 */
export const peerResultSchema = z.object({
  /** `hugo` or `astro-bare`. */
  id: z.enum(['hugo', 'astro-bare']),
  label: z.string(),
  /** The tool's version, as it reports it. */
  version: z.string(),
  /** False when the peer could not run here; `note` says why. */
  available: z.boolean(),
  note: z.string(),
  command: z.string(),
  /** Markdown files given to it. */
  markdownFiles: z.number().int().nonnegative(),
  /** Wall-clock seconds of the median run (0 when not available). */
  seconds,
  runs: z.array(z.object({ seconds, peakRss: bytes })),
  cpuSeconds: seconds,
  peakRss: bytes,
  /** HTML pages it wrote. */
  pages: z.number().int().nonnegative(),
});

/** One target from the issue and whether it is met. */
export const targetSchema = z.object({
  id: z.string(),
  label: z.string(),
  /** The limit, in `unit`. */
  limit: z.number(),
  /** Whether the measured value must be under the limit or may equal it. */
  comparison: z.enum(['under', 'at most']).default('under'),
  /** The aim, stricter than the limit, when it names one. */
  aim: z.number().nullable().default(null),
  unit: z.enum(['s', 'GB', 'KB', 'pages', '×']),
  /** The measured value, in `unit`; null when not measured in this run. */
  measured: z.number().nullable(),
  met: z.boolean().nullable(),
  /** How the value was obtained, and anything else a reader needs. */
  note: z.string(),
});

/** The whole results file. */
export const resultsSchema = z.object({
  schemaVersion: z.literal(1),
  /** The command that produced this file. */
  command: z.string(),
  /** ISO date and time of the run. */
  date: z.string(),
  commit: z.object({ hash: z.string(), dirty: z.boolean() }),
  machine: z.object({
    cpus: z.number().int().positive(),
    cpuModel: z.string(),
    memory: bytes,
    os: z.string(),
    node: z.string(),
    /** 1-, 5- and 15-minute load averages when the run started and ended: other work on the machine skews times. */
    loadAtStart: z.array(z.number()).length(3),
    loadAtEnd: z.array(z.number()).length(3),
    /** `speedProbe()` seconds at the start and the end of the run: the same work, slower when the machine is busy. */
    probeSeconds: z.array(z.number().positive()).length(2),
    /** `fileSystemProbe()` seconds in the working folder at the start and the end of the run. */
    fsProbeSeconds: z.array(z.number().positive()).length(2),
  }),
  corpus: z.object({
    seed: z.number().int(),
    news: z.number().int().nonnegative(),
    documents: z.number().int().nonnegative(),
    answers: z.number().int().nonnegative(),
    files: z.number().int().nonnegative(),
    bytes,
    /** Seconds `npm run corpus` took. */
    seconds,
  }),
  builds: z.array(buildResultSchema),
  /** One edited news item republished by the watcher. */
  republish: republishSchema.nullable(),
  /** An edit to a municipality's status republished by the same watcher session. */
  republishStatus: republishSchema.nullable().default(null),
  /** Peers that built the corpus Markdown in the same run. */
  peers: z.array(peerResultSchema).default([]),
  pageWeight: z.array(pageWeightSchema),
  targets: z.array(targetSchema),
});

export type BuildResult = z.infer<typeof buildResultSchema>;
export type PageWeightResult = z.infer<typeof pageWeightSchema>;
export type RepublishResult = z.infer<typeof republishSchema>;
export type PeerResult = z.infer<typeof peerResultSchema>;
export type Target = z.infer<typeof targetSchema>;
export type Results = z.infer<typeof resultsSchema>;

/** Parses a results file, throwing with every problem listed when it does not fit the shape. */
export function parseResults(value: unknown): Results {
  const parsed = resultsSchema.safeParse(value);
  if (!parsed.success) throw new Error(`benchmarks/results.json does not have the expected shape:\n${z.prettifyError(parsed.error)}`);
  return parsed.data;
}
