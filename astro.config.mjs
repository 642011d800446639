// @ts-check
// For `astro dev`, `astro preview` and `astro sync` only: builds go through
// `npm run build` (src/build/build-site.ts), which validates the content
// first and passes the same configuration to Astro as data.
import path from 'node:path';
import { defineConfig } from 'astro/config';
import { readSettings } from './src/content-model/read/read-content.ts';
import { buildDateOf } from './src/domain/publication.ts';
import { languagesOf } from './src/build/languages.ts';
import { projectDir, siteConfig } from './src/build/site-config.ts';

const contentDir = path.resolve(process.env.CONTENT_DIR ?? 'content');
// Read by the content reader, as the check reads them; settings it cannot
// read stop Astro with the problems in Norwegian (no guessed address or languages).
const settings = readSettings(contentDir);
const siteUrl = typeof settings.nettadresse === 'string' ? settings.nettadresse : 'https://example.org/';

export default defineConfig(
  /** @type {import('astro').AstroUserConfig} */ (siteConfig({
    contentDir,
    buildDate: process.env.BUILD_DATE ?? buildDateOf(),
    siteUrl,
    languages: languagesOf(settings),
    outDir: path.join(projectDir, 'dist'),
  })),
);
