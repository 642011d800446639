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
import { contentSnapshot } from './snapshot.ts';

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
  const { result } = await contentSnapshot(site.contentDir, site.buildDate);
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
