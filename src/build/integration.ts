/**
 * The site's Astro integration: it gives Astro the build's settings as data
 * (`virtual:helseplattformen/site`), feeds MDX bodies from the content
 * reader instead of letting Astro read the files again, and builds the
 * search index when the pages are written.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describeSearchIndex, pageCounts, type PageCounts } from './page-counts.ts';
import type { AstroIntegration } from 'astro';
import { kinds } from '../content-model/registry.ts';
import type { RoutePattern } from '../i18n/languages.ts';
import { languageRoutes, pageFiles, readStringsFiles, routesOf, settingsLanguages } from './languages.ts';
import { isTranslatedPage } from '../i18n/languages.ts';
import { contentSnapshot } from '../content-model/snapshot.ts';
import { DATA_STORE_MODULE_ID, dataStoreFromFile } from './data-store-module.ts';

/** What every page may know about the build. */
export interface SiteData {
  /** Absolute path of the content folder. */
  contentDir: string;
  /** The «today» of the build, `YYYY-MM-DD`: every publication and status rule uses it. */
  buildDate: string;
  /** The languages the settings list (`sprak`), main language first. */
  languages: string[];
  /** Route patterns of every page file, in the main language (for translating addresses). */
  routes: RoutePattern[];
  /** True under `astro dev` (Astro's command, not `import.meta.env.DEV`, which a build run with NODE_ENV=test also sets). */
  dev: boolean;
}

/** Options of the integration. */
export interface SiteIntegrationOptions extends Omit<SiteData, 'languages' | 'routes' | 'dev'> {
  /** The languages of the validated settings (`sprak`); read from the settings file by the content reader when not given (`astro dev`). */
  languages?: readonly string[];
  /** Build the Pagefind search index after the pages (default true). */
  searchIndex?: boolean;
  /** Told each line worth showing staff (default: Astro's logger). */
  log?: (line: string) => void;
  /** Told, when the pages are written, how many were rendered and how many reused from the previous build. */
  onPages?: (counts: PageCounts) => void;
}

const virtualId = 'virtual:helseplattformen/site';

/** The integration; `siteConfig()` adds it to every build. */
export function siteIntegration(options: SiteIntegrationOptions): AstroIntegration {
  const srcDir = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
  const files = pageFiles(path.join(srcDir, 'pages'));
  const languages = options.languages ? [...options.languages] : settingsLanguages(options.contentDir);
  const data: SiteData = { contentDir: options.contentDir, buildDate: options.buildDate, languages, routes: routesOf(files.filter(isTranslatedPage)), dev: false };
  const contentPrefix = options.contentDir + path.sep;
  let cacheDir: URL | undefined;
  let started = 0;
  return {
    name: 'helseplattformen',
    hooks: {
      'astro:config:setup': ({ updateConfig, injectRoute, command }) => {
        data.dev = command === 'dev';
        // Every translated page again under each other language's prefix, from the same page file.
        const set = { codes: languages, strings: readStringsFiles(path.join(srcDir, 'i18n')) };
        for (const route of languageRoutes(files, set)) {
          injectRoute({ pattern: route.pattern, entrypoint: path.join(srcDir, 'pages', route.file), prerender: true });
        }
        updateConfig({
          vite: {
            plugins: [
              {
                // The content store read from its file when the pages are built, not compiled
                // as a 36 MB string literal (src/build/data-store-module.ts).
                name: 'helseplattformen:data-store',
                apply: 'build' as const,
                transform(code: string, id: string) {
                  if (id !== DATA_STORE_MODULE_ID || !cacheDir) return undefined;
                  const fromFile = dataStoreFromFile(code, fileURLToPath(new URL('data-store.json', cacheDir)));
                  return fromFile === undefined ? undefined : { code: fromFile, map: { mappings: '' } };
                },
              },
              {
                name: 'helseplattformen:site',
                resolveId(id: string) {
                  return id === virtualId ? `\0${virtualId}` : undefined;
                },
                load(id: string) {
                  return id === `\0${virtualId}` ? `export const site = ${JSON.stringify(data)};` : undefined;
                },
              },
              {
                // An MDX item's body as the content reader decoded it, with its
                // front matter turned into blank lines (so line numbers hold):
                // the YAML was parsed once, by the reader, and MDX never sees it.
                name: 'helseplattformen:mdx-body',
                enforce: 'pre' as const,
                async load(id: string) {
                  const file = id.split('?')[0]!;
                  if (!file.endsWith('.mdx') || !file.startsWith(contentPrefix)) return undefined;
                  const relative = path.relative(options.contentDir, file).split(path.sep).join('/');
                  const { result } = await contentSnapshot(options.contentDir, options.buildDate);
                  const item = kinds.flatMap((k) => result.content.items[k.id]).find((i) => i.file === relative);
                  if (!item?.body) return undefined;
                  return '\n'.repeat((item.bodyLine ?? 1) - 1) + item.body;
                },
              },
            ],
          },
        });
      },
      'astro:config:done': ({ config }) => {
        cacheDir = config.cacheDir;
      },
      'astro:build:start': () => {
        started = Date.now();
      },
      'astro:build:done': async ({ dir, logger, assets }) => {
        if (cacheDir) options.onPages?.(pageCounts(fileURLToPath(cacheDir), assets, started));
        if (options.searchIndex === false) return;
        const log = options.log ?? ((line: string) => logger.info(line));
        log('Søkeindeksen bygges …');
        // In a process of its own: Pagefind's binary panics on a full disk and would hang this one.
        const { runSearchIndex } = await import('../search/run-search-index.ts');
        const result = await runSearchIndex(fileURLToPath(dir), cacheDir ? fileURLToPath(cacheDir) : undefined);
        log(describeSearchIndex(result));
        for (const file of result.unreadable) {
          log(`Merk: teksten i ${file} kunne ikke leses, så vedlegget er ikke søkbart. Er det et skannet dokument?`);
        }
      },
    },
  };
}
