// @ts-check
// For `astro dev`, `astro preview` and `astro sync` only: builds go through
// `npm run build` (src/build/build-site.ts), which validates the content
// first and passes the same configuration to Astro as data.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { defineConfig } from 'astro/config';
import { buildDateOf } from './src/domain/publication.ts';
import { projectDir, siteConfig } from './src/build/site-config.ts';

const contentDir = path.resolve(process.env.CONTENT_DIR ?? 'content');
let siteUrl = 'https://example.org/';
try {
  siteUrl = JSON.parse(readFileSync(path.join(contentDir, 'innstillinger.json'), 'utf8')).nettadresse ?? siteUrl;
} catch {
  // The content check names the problem with the settings; dev still starts.
}

export default defineConfig(
  /** @type {import('astro').AstroUserConfig} */ (siteConfig({
    contentDir,
    buildDate: process.env.BUILD_DATE ?? buildDateOf(),
    siteUrl,
    outDir: path.join(projectDir, 'dist'),
  })),
);
