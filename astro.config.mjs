// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import sitemap from '@astrojs/sitemap';
import { readFileSync } from 'node:fs';
import path from 'node:path';

const contentDir = path.resolve(process.env.CONTENT_DIR ?? 'content');
// The public address lives in the staff-edited settings; scripts/check.ts has
// already validated the file by the time Astro reads it.
const settings = JSON.parse(readFileSync(path.join(contentDir, 'innstillinger.json'), 'utf8'));

// Norwegian labels for footnotes; no curly English quotes (content uses « »).
const footnotes = {
  label: 'Fotnoter',
  backLabel: 'Tilbake til henvisning {reference}',
};

export default defineConfig({
  site: settings.nettadresse,
  trailingSlash: 'always',
  compressHTML: true,
  outDir: process.env.OUT_DIR ?? './dist',
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
