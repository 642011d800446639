/**
 * The validated content of one build, read once. The build's check
 * (src/build/astro-process.ts) validates the content folder and hands the
 * result to Astro's loaders through this module, so the build reads nothing
 * twice. Astro loads its content configuration through Vite's own module
 * graph, in the same process but as a separate instance of this module; the snapshot therefore lives on a
 * process-wide key rather than in a module variable. Outside `buildSite()`
 * (`astro dev`, `astro sync`) the loaders validate the folder themselves.
 */
import { problemLines } from '../validation/report.ts';
import { validateContent, type ValidationResult } from '../validation/validate-content.ts';

/** One content folder, validated for one build date. */
export interface ContentSnapshot {
  /** Absolute path of the content folder. */
  root: string;
  /** The build date it was validated for. */
  buildDate: string;
  result: ValidationResult;
}

const key = Symbol.for('helseplattformen.content-snapshot');
const pendingKey = Symbol.for('helseplattformen.content-snapshot-pending');
type Holder = { [key]?: ContentSnapshot; [pendingKey]?: { root: string; buildDate: string; promise: Promise<ContentSnapshot> } };

/** Makes `snapshot` the content every loader in this process uses for its folder and date. */
export function shareSnapshot(snapshot: ContentSnapshot): void {
  (globalThis as Holder)[key] = snapshot;
}

/** Forgets the shared snapshot (after a build), so its memory can be freed. */
export function releaseSnapshot(): void {
  delete (globalThis as Holder)[key];
  delete (globalThis as Holder)[pendingKey];
}

/**
 * Lets go of what each item of `result` keeps to place a problem on a line
 * (`lineAt` holds the file's parsed document), for content that has no
 * problems and goes to the pages, which never place a problem. Afterwards
 * `lineAt` gives `undefined`.
 */
export function forgetLines(result: ValidationResult): void {
  const noLine = () => undefined;
  const { content, values } = result;
  for (const item of [...values.keys(), ...Object.values(content.items).flat(), ...(content.settings ? [content.settings] : [])]) item.lineAt = noLine;
}

/**
 * The validated content of `root` for `buildDate`: the shared snapshot when
 * it matches, else a fresh validation. Throws an error listing every
 * problem, in Norwegian, when the content has any: nothing half-checked
 * reaches a page.
 */
export async function contentSnapshot(root: string, buildDate: string): Promise<ContentSnapshot> {
  const shared = (globalThis as Holder)[key];
  if (shared && shared.root === root && shared.buildDate === buildDate) return shared;
  // Every collection's loader asks at once: validate the folder once for all of them.
  const holder = globalThis as Holder;
  const pending = holder[pendingKey];
  if (pending && pending.root === root && pending.buildDate === buildDate) return pending.promise;
  const promise = (async () => {
    const result = await validateContent(root, { buildDate });
    if (result.problems.length > 0) {
      throw new Error(problemLines(result.problems, 'npm run check').join('\n'));
    }
    const snapshot = { root, buildDate, result };
    shareSnapshot(snapshot);
    return snapshot;
  })();
  holder[pendingKey] = { root, buildDate, promise };
  try {
    return await promise;
  } finally {
    if (holder[pendingKey]?.promise === promise) delete holder[pendingKey];
  }
}
