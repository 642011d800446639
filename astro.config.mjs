// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import sitemap from '@astrojs/sitemap';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';

const contentDir = path.resolve(process.env.CONTENT_DIR ?? 'content');
// Paths from this file, not from the root: scripts/build.ts gives Astro a root
// of its own per content folder (see there).
const projectDir = path.dirname(fileURLToPath(import.meta.url));
// The public address lives in the staff-edited settings; scripts/check.ts has
// already validated the file by the time Astro reads it.
const settings = JSON.parse(readFileSync(path.join(contentDir, 'innstillinger.json'), 'utf8'));

// Norwegian labels for footnotes; no curly English quotes (content uses « »).
const footnotes = {
  label: 'Fotnoter',
  backLabel: 'Tilbake til henvisning {reference}',
};

// One cache per content folder: Astro's content cache must never serve
// entries from another content tree (a test fixture, the demo corpus).
const cacheKey = createHash('sha256').update(contentDir).digest('hex').slice(0, 12);

export default defineConfig({
  site: settings.nettadresse,
  srcDir: path.join(projectDir, 'src'),
  publicDir: path.join(projectDir, 'public'),
  // Relative, so it resolves against the root: builds through scripts/build.ts
  // keep their cache in their own root, whose paths it records.
  cacheDir: `./node_modules/.astro/content-${cacheKey}`,
  trailingSlash: 'always',
  compressHTML: true,
  outDir: process.env.OUT_DIR ? path.resolve(process.env.OUT_DIR) : path.join(projectDir, 'dist'),
  // Stylesheets and scripts always as files, never inline, so the
  // Content-Security-Policy can stay at style-src/script-src 'self' (deploy/).
  build: { format: 'directory', inlineStylesheets: 'never' },
  vite: { build: { assetsInlineLimit: 0 } },
  // The same policy as deploy/nginx/security-headers.conf, as a <meta> on every
  // page, for hosts that cannot send headers. frame-ancestors works only as a
  // header, so it is not here. 'wasm-unsafe-eval' lets Pagefind run its
  // WebAssembly on /sok/. Astro adds hashes of its bundles; nothing is inline
  // (scripts/gates.ts checks), so 'self' is what matters. The three
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
  // No syntax highlighting: Shiki colours code with style attributes, which
  // the Content-Security-Policy blocks (and the console reports) on any page
  // with a code block. Code is shown plain, wrapped in its box.
  markdown: {
    syntaxHighlight: false,
    processor: satteri({
      features: { gfm: { footnotes }, smartPunctuation: { quotes: false } },
    }),
  },
  integrations: [
    // GFM once (the processor's own GFM is on by default, so remark-gfm ran
    // twice) and quotes left as written, as in .md files (Sätteri above): the
    // default turned "…" into English curly quotes in MDX only.
    mdx({ processor: unified({ gfm: false, remarkPlugins: [remarkGfm], smartypants: { quotes: false } }) }),
    // Only built pages are listed, so drafts and future items (which get no page) never appear.
    sitemap({ filter: (page) => !page.endsWith('/404/') }),
  ],
});
