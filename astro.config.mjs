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

const contentDir = path.resolve(process.env.CONTENT_DIR ?? 'content');
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
  cacheDir: `./node_modules/.astro/content-${cacheKey}`,
  trailingSlash: 'always',
  compressHTML: true,
  outDir: process.env.OUT_DIR ? path.resolve(process.env.OUT_DIR) : './dist',
  build: { format: 'directory' },
  markdown: {
    processor: satteri({
      features: { gfm: { footnotes }, smartPunctuation: { quotes: false } },
    }),
  },
  integrations: [
    mdx({ processor: unified({ remarkPlugins: [remarkGfm] }) }),
    // Only built pages are listed, so drafts and future items (which get no page) never appear.
    sitemap({ filter: (page) => !page.endsWith('/404/') }),
  ],
});
