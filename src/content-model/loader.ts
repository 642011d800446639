/**
 * The Astro content loader for every kind in the registry. It loads what the
 * content reader produced and the check accepted (see snapshot.ts), never
 * the files themselves, so the build shows exactly what `npm run check`
 * passed: the same bytes decoded the same way, the same YAML parser, the
 * same schema.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { findOnDisk } from './read/file-names.ts';
import type { KindId } from './registry.ts';
import type { ValidationResult } from '../validation/validate-content.ts';
import { contentSnapshot, releaseSnapshot } from './snapshot.ts';

/** What the Astro-side loader needs to know about the build. */
export interface LoaderSite {
  /** Absolute path of the content folder. */
  contentDir: string;
  /** The build date, `YYYY-MM-DD`. */
  buildDate: string;
}

/** The loader for one kind's collection. */
export function contentLoader(kindId: KindId, site: LoaderSite): Loader {
  return {
    name: `helseplattformen-${kindId}`,
    load: async (context) => load(kindId, site, context),
  };
}

async function load(kindId: KindId, site: LoaderSite, context: LoaderContext): Promise<void> {
  if (context.watcher) return loadWatched(kindId, site, context);
  const { result } = await contentSnapshot(site.contentDir, site.buildDate);
  await fill(kindId, site, context, result);
}

/** One collection's refill after a content change in `astro dev`, by collection name. */
type Refill = (result: ValidationResult) => Promise<void>;
const devKey = Symbol.for('helseplattformen.content-dev');
type DevHolder = { [devKey]?: { refills: Map<string, Refill>; watching: Set<string> } };

/**
 * `astro dev` (Astro passes a file watcher): loads the content as a build
 * would, then reloads it whenever a file under the content folder changes,
 * as staff expect of a preview. The folder is validated once per change
 * (not once per collection) and every collection is refilled from that one
 * result. Content with problems never stops the preview: the problems are
 * written to the terminal in Norwegian, as `npm run check` writes them, and
 * the preview keeps showing the content as it last was without problems.
 */
async function loadWatched(kindId: KindId, site: LoaderSite, context: LoaderContext): Promise<void> {
  const dev = ((globalThis as DevHolder)[devKey] ??= { refills: new Map(), watching: new Set() });
  dev.refills.set(context.collection, (result) => fill(kindId, site, context, result));
  const root = path.resolve(site.contentDir);
  if (!dev.watching.has(root)) {
    dev.watching.add(root);
    context.watcher!.add(root);
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onEvent = (file: string) => {
      const changed = path.resolve(file);
      if (changed !== root && !changed.startsWith(root + path.sep)) return;
      // An editor's save is often several events (a temporary file, a rename): reload once.
      clearTimeout(timer);
      timer = setTimeout(() => void reload(), 200);
    };
    const reload = async () => {
      releaseSnapshot();
      const result = await validatedOrLogged(site, context);
      if (!result) return;
      for (const refill of dev.refills.values()) await refill(result);
      context.logger.info('Innholdet er lest inn på nytt.');
    };
    for (const event of ['add', 'change', 'unlink', 'addDir', 'unlinkDir'] as const) context.watcher!.on(event, onEvent);
  }
  const result = await validatedOrLogged(site, context);
  if (result) await fill(kindId, site, context, result);
}

/** The problems last written, so the loaders of all collections, which each ask, write them once. */
let lastWritten: string | undefined;

/** The validated content, or `undefined` after writing its problems (or why it could not be read) to the terminal. */
async function validatedOrLogged(site: LoaderSite, context: LoaderContext): Promise<ValidationResult | undefined> {
  try {
    const { result } = await contentSnapshot(site.contentDir, site.buildDate);
    lastWritten = undefined;
    return result;
  } catch (failure) {
    const message = failure instanceof Error ? failure.message : String(failure);
    if (message === lastWritten) return undefined;
    lastWritten = message;
    for (const line of message.split('\n')) if (line.trim()) context.logger.error(line);
    context.logger.error('Forhåndsvisningen viser innholdet slik det sist var uten feil. Rett feilen og lagre, så oppdateres den.');
    return undefined;
  }
}

/** Puts the checked items of one kind into its collection's store, keeping entries whose content is unchanged. */
async function fill(kindId: KindId, site: LoaderSite, context: LoaderContext, result: ValidationResult): Promise<void> {
  const { store, config, generateDigest, parseData } = context;
  const root = config.root instanceof URL ? config.root : pathToFileURL(String(config.root));
  const rootDir = decodeURIComponent(root.pathname);
  const untouched = new Set(store.keys());
  // The Markdown renderer Astro uses for .md entries (Sätteri, from the config).
  const entryTypes = (context as LoaderContext & { entryTypes?: Map<string, { getRenderFunction?: (c: unknown) => Promise<Render> }> }).entryTypes;
  let render: Render | undefined;
  // News bodies are rendered and never read again, and at 10,000 items they
  // would be a third of the content cache Astro holds; other kinds keep theirs
  // (a document's versions are compared word by word, answers feed structured data).
  const keepBody = kindId !== 'nyheter';

  for (const item of result.content.items[kindId]) {
    untouched.delete(item.id);
    const absolute = path.join(site.contentDir, item.file);
    const filePath = path.relative(rootDir, absolute).split(path.sep).join('/');
    const digest = generateDigest({ data: item.data as Record<string, unknown>, body: item.body ?? '' });
    const existing = store.get(item.id);
    if (existing && existing.digest === digest && existing.filePath === filePath) {
      // Unchanged since the last build: keep it, and the imports it needs.
      if (existing.deferredRender) store.addModuleImport(filePath);
      if (existing.assetImports?.length) {
        (store as typeof store & { addAssetImports(assets: string[], filePath: string): void }).addAssetImports(existing.assetImports, filePath);
      }
      continue;
    }
    const data = await parseData({ id: item.id, data: onDiskImage(item.data, path.dirname(absolute)), filePath: absolute });
    if (item.markdown === 'mdx') {
      store.set({ id: item.id, data, filePath, digest, deferredRender: true, ...(keepBody && item.body !== undefined ? { body: item.body } : {}) });
    } else if (item.markdown === 'md') {
      render ??= await entryTypes?.get('.md')?.getRenderFunction?.(config);
      if (!render) throw new Error('Astro has no Markdown renderer for .md content');
      const rendered = await render({ id: item.id, data, body: item.body ?? '', filePath: absolute, digest });
      store.set({
        id: item.id,
        data,
        filePath,
        digest,
        rendered,
        assetImports: rendered.metadata?.imagePaths ?? [],
        ...(keepBody && item.body !== undefined ? { body: item.body } : {}),
      });
    } else {
      store.set({ id: item.id, data, filePath, digest });
    }
  }
  for (const id of untouched) store.delete(id);
}

/**
 * A news item's image path as the disk spells it: the check accepts a name
 * written in the other Unicode form (macOS), and Astro's image import must
 * find the file.
 */
function onDiskImage(data: unknown, folder: string): Record<string, unknown> {
  const record = data as Record<string, unknown>;
  const bilde = record['bilde'] as Record<string, unknown> | undefined;
  const fil = bilde?.['fil'];
  if (typeof fil !== 'string' || fil.includes('://')) return record;
  const found = findOnDisk(folder, fil.replace(/^\.\//, ''));
  if (!found) return record;
  const relative = `./${path.relative(folder, found).split(path.sep).join('/')}`;
  return relative === fil || relative === `./${fil}` ? record : { ...record, bilde: { ...bilde, fil: relative } };
}

type Render = (entry: { id: string; data: Record<string, unknown>; body: string; filePath: string; digest: string }) => Promise<{
  html: string;
  metadata?: { imagePaths?: string[] } & Record<string, unknown>;
}>;
