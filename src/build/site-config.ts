/**
 * The Astro configuration of the site, as a function of the build's data:
 * `buildSite()` passes it to Astro directly, and astro.config.mjs uses it
 * for `astro dev` and `astro preview`.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { satteri } from '@astrojs/markdown-satteri';
import sitemap from '@astrojs/sitemap';
import type { AstroInlineConfig } from 'astro';
import remarkGfm from 'remark-gfm';
import { siteIntegration, type SiteIntegrationOptions } from './integration.ts';
import { alternatesOf, isTranslatedPage } from '../i18n/languages.ts';
import { pageFiles, readStringsFiles, routesOf, settingsLanguages } from './languages.ts';

/** The project folder (holding src/ and public/). */
export const projectDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** What the configuration depends on. */
export interface SiteConfigOptions extends SiteIntegrationOptions {
  /** The site's public address, from the settings (`nettadresse`). */
  siteUrl: string;
  /** Where the built site goes. */
  outDir: string;
  /** Astro's root for this content folder (its caches and generated files live there). Default: the project. */
  root?: string;
  /** Paths of pages left out of the sitemap besides the 404 page: old addresses that moved or were removed (content/adresser.yaml). */
  unlisted?: readonly string[];
}

// Norwegian labels for footnotes; no curly English quotes (content uses « »).
const footnotes = {
  label: 'Fotnoter',
  backLabel: 'Tilbake til henvisning {reference}',
};

/** The Astro configuration for one build. */
export function siteConfig(options: SiteConfigOptions): AstroInlineConfig {
  // One cache per content folder: Astro's content cache must never serve
  // entries from another content tree (a test fixture, the demo corpus).
  const cacheKey = createHash('sha256').update(options.contentDir).digest('hex').slice(0, 12);
  const unlisted = new Set(options.unlisted ?? []);
  const codes = options.languages ? [...options.languages] : settingsLanguages(options.contentDir);
  const languages = { codes, strings: readStringsFiles(path.join(projectDir, 'src', 'i18n')) };
  const routes = routesOf(pageFiles(path.join(projectDir, 'src', 'pages')).filter(isTranslatedPage));
  return {
    root: options.root ?? projectDir,
    site: options.siteUrl,
    srcDir: path.join(projectDir, 'src'),
    publicDir: path.join(projectDir, 'public'),
    cacheDir: path.join(options.root ?? projectDir, 'node_modules', '.astro', `content-${cacheKey}`),
    outDir: options.outDir,
    trailingSlash: 'always',
    compressHTML: true,
    // Stylesheets and scripts always as files, never inline, so the
    // Content-Security-Policy can stay at style-src/script-src 'self' (deploy/).
    build: { format: 'directory', inlineStylesheets: 'never' },
    vite: { build: { assetsInlineLimit: 0 } },
    // Pages whose cacheKey (src/build/cache-keys.ts) and code are unchanged are
    // copied from the previous build (kept in cacheDir/dist/ with its manifest,
    // cacheDir/incremental-build.json). It needs build.concurrency 1, the default.
    experimental: { incrementalBuild: true },
    // The same policy as deploy/nginx/security-headers.conf, as a <meta> on every
    // page, for hosts that cannot send headers. frame-ancestors works only as a
    // header, so it is not here. 'wasm-unsafe-eval' lets Pagefind run its
    // WebAssembly on /sok/. Astro adds hashes of its bundles; nothing is inline
    // (the site gates check), so 'self' is what matters. The three
    // style-attribute hashes are Markdown table alignment as Sätteri writes it
    // (style="text-align: left|center|right"); no other style attribute runs.
    security: {
      csp: {
        directives: [
          "default-src 'self'",
          "img-src 'self' data:",
          "font-src 'self'",
          "connect-src 'self'",
          "object-src 'none'",
          "base-uri 'self'",
          "form-action 'self'",
          'upgrade-insecure-requests',
        ],
        scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
        styleDirective: {
          resources: ["'self'", { resource: "'unsafe-hashes'", kind: 'attribute' }],
          hashes: [
            { hash: 'sha256-6l+tpow5lGPV0MHWZlDv8nD7HrL77FGFldqQ7zc5gxY=', kind: 'attribute' },
            { hash: 'sha256-Y9v1MZrln1N8aPBY5lmpxYKwFkcp/nyBMMEnn7WFjuw=', kind: 'attribute' },
            { hash: 'sha256-i0JPB0qmRu5AViJTxOIzqXnfGoiWFw+oNAm4uJd7ZQk=', kind: 'attribute' },
          ],
        },
      },
    },
    markdown: {
      // Code blocks stay plain: Shiki colours them with inline styles, which the CSP forbids.
      syntaxHighlight: false,
      processor: satteri({
        features: { gfm: { footnotes }, smartPunctuation: { quotes: false } },
      }),
    },
    integrations: [
      // GFM once (the processor's own GFM is on by default, so remark-gfm ran
      // twice) and quotes left as written, as in .md files (Sätteri above).
      mdx({ processor: unified({ gfm: false, remarkPlugins: [remarkGfm], smartypants: { quotes: false } }) }),
      // Only built pages are listed, so drafts and future items (which get no page) never appear;
      // nor the 404 page, old addresses, or a paged list's `side/1/`, which redirects to the list's own address.
      sitemap({
        filter: (page) => !/\/404\/$/.test(page) && !/\/side\/1\/$/.test(page) && !unlisted.has(new URL(page).pathname),
        // Each page names itself in every language (xhtml:link hreflang), as its <head> does.
        serialize: (item) => {
          const url = new URL(item.url);
          const alternates = alternatesOf(url.pathname, languages, routes);
          if (alternates.length < 2 || new Set(alternates.map((a) => a.path)).size < alternates.length) return item;
          return { ...item, links: alternates.map((a) => ({ lang: a.lang, url: new URL(a.path, url).href })) };
        },
      }),
      siteIntegration({ ...options, languages: codes }),
    ],
  };
}
