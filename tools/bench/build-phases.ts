/**
 * Where a build's time goes, read from the timestamps at which its output
 * lines arrived: `npm run build` prints a line when validation passes, Astro
 * prints one as each of its steps starts, and the build prints one when the
 * search index is written. The benchmark measures the real command this way
 * instead of re-implementing its steps.
 */

/** One line of output and when it arrived, in seconds after the command started. */
export interface TimedLine {
  at: number;
  text: string;
}

/**
 * Seconds spent in each step of `npm run build`; undefined when a step's
 * marker never came. scripts/build.ts starts Astro at the same time as the
 * content check and holds Astro's output back until the check passes, so
 * Astro's lines from that time all arrive at once: `astro` and its steps
 * count from the end of the check, and a step that finished during the check
 * shows as (nearly) zero.
 */
export interface BuildPhases {
  /** Start-up and the content check (`npm run check`'s work), until «Innholdet er i orden». */
  validation?: number | undefined;
  /** `astro build` after the check, until Astro's «Complete!». */
  astro?: number | undefined;
  /** Pagefind over the built pages and PDF attachments, until «Søkeindeksen er bygget». */
  searchIndex?: number | undefined;
  /** Astro's own steps (they add up to `astro`). */
  astroSteps: {
    /** Loading the config and integrations. */
    startup?: number | undefined;
    /** The content layer: reading, parsing and caching every content file. */
    contentSync?: number | undefined;
    /** Type generation and Vite/Rolldown bundling of pages, components and MDX. */
    bundle?: number | undefined;
    /** Rendering every page and endpoint to files. */
    pages?: number | undefined;
    /** Image transforms (sharp), or copying them from the cache. */
    images?: number | undefined;
    /** Sitemap and other end-of-build integration work. */
    finish?: number | undefined;
  };
  /** The whole command. */
  total: number;
}

const MARKERS = {
  validated: /Innholdet er i orden/,
  syncStart: /\[content\] Syncing content/,
  syncEnd: /\[content\] Synced content/,
  bundleStart: /\[build\] Building static entrypoints/,
  pagesStart: /generating static routes/,
  imagesStart: /generating optimized images/,
  astroEnd: /\[build\] Complete!/,
  indexStart: /Søkeindeksen bygges/,
  indexed: /Søkeindeksen er bygget/,
} as const;

type Marker = keyof typeof MARKERS;

const ANSI = /\u001b\[[0-9;]*m/g;

/** Removes terminal colour codes. */
export function stripAnsi(text: string): string {
  return text.replace(ANSI, '');
}

/** The arrival time of the first line matching each marker. */
export function markerTimes(lines: readonly TimedLine[]): Partial<Record<Marker, number>> {
  const times: Partial<Record<Marker, number>> = {};
  for (const line of lines) {
    const text = stripAnsi(line.text);
    for (const [name, pattern] of Object.entries(MARKERS) as [Marker, RegExp][]) {
      if (times[name] === undefined && pattern.test(text)) times[name] = line.at;
    }
  }
  return times;
}

const span = (from: number | undefined, to: number | undefined) =>
  from === undefined || to === undefined ? undefined : round(to - from);

/** Rounds seconds to milliseconds. */
export function round(seconds: number): number {
  return Math.round(seconds * 1000) / 1000;
}

/**
 * Splits a build's `total` seconds into phases by the arrival of its marker
 * lines. When there are no images, the pages step runs to Astro's end.
 */
export function buildPhases(lines: readonly TimedLine[], total: number): BuildPhases {
  const m = markerTimes(lines);
  const pagesEnd = m.imagesStart ?? m.astroEnd;
  // Astro prints a «Completed» line when the images are done; the first one after imagesStart.
  const imagesEnd =
    m.imagesStart === undefined
      ? undefined
      : lines.find((l) => l.at >= m.imagesStart! && /✓ Completed in/.test(stripAnsi(l.text)))?.at ?? m.astroEnd;
  // The search index is built inside Astro's build (an integration step), after the pages.
  const indexStart = m.indexStart ?? m.astroEnd;
  return {
    validation: span(0, m.validated),
    astro: span(m.validated, indexStart),
    searchIndex: span(indexStart, m.indexed),
    astroSteps: {
      startup: span(m.validated, m.syncStart),
      contentSync: span(m.syncStart, m.syncEnd),
      bundle: span(m.syncEnd, m.pagesStart),
      pages: span(m.pagesStart, pagesEnd),
      images: span(m.imagesStart, imagesEnd),
      finish: span(imagesEnd ?? pagesEnd, m.astroEnd),
    },
    total: round(total),
  };
}

/** The page count Astro reports («12264 page(s) built in …»), if it did. */
export function astroPageCount(lines: readonly TimedLine[]): number | undefined {
  for (const line of lines) {
    const match = /\[build\] (\d+) page\(s\) built/.exec(stripAnsi(line.text));
    if (match) return Number(match[1]);
  }
  return undefined;
}

/** Astro's per-route log line: `├─ /nyheter/a/index.html (+12ms)`. */
const ROUTE_LINE = /[├└]─ (\S+) \(\+(\d+(?:\.\d+)?)(ms|s)\)/;

/** The render time Astro printed for each route it wrote, in seconds. */
export function routeTimes(lines: readonly TimedLine[]): { route: string; seconds: number }[] {
  const routes: { route: string; seconds: number }[] = [];
  for (const line of lines) {
    const match = ROUTE_LINE.exec(stripAnsi(line.text));
    if (match) routes.push({ route: match[1]!, seconds: Number(match[2]) / (match[3] === 'ms' ? 1000 : 1) });
  }
  return routes;
}
