/**
 * `npm run build [-- --out <folder>]`: validates the content and refuses to
 * build on any problem; otherwise builds the site and its search index into
 * a fresh folder and puts it in place of the output folder (default dist/).
 * A thin caller of `buildSite()` (src/build/build-site.ts).
 *
 * Exit status: 0 built; 1 the content has problems (or the build date is
 * wrong), listed above; 3 the content passed but Astro's build failed.
 *
 * Environment: CONTENT_DIR (content folder, default content/), OUT_DIR
 * (output folder, default dist/; `--out` sets it), BUILD_DATE (YYYY-MM-DD,
 * default today in Norway).
 */
import path from 'node:path';
import { parseArgs } from 'node:util';

function fail(message: string, code = 1): never {
  console.error(message);
  process.exit(code);
}

let out: string | undefined;
try {
  out = parseArgs({ args: process.argv.slice(2), options: { out: { type: 'string' } }, strict: true }).values.out;
} catch {
  fail('Ukjent valg. Bruk: npm run build -- [--out <mappe>]', 2);
}

try {
  const [{ buildSite }, { buildDate }, { contentRoot }] = await Promise.all([
    import('../src/build/build-site.ts'),
    import('../src/build-date.ts'),
    import('../src/content-root.ts'),
  ]);
  let date: string;
  try {
    date = buildDate();
  } catch (error) {
    fail(`Kan ikke bygge nettstedet. ${(error as Error).message.replace(/([^.])$/, '$1.')}`);
  }
  const outDir = path.resolve(out ?? process.env['OUT_DIR'] ?? 'dist');
  const result = await buildSite({ contentDir: contentRoot(), outDir, buildDate: date });
  if (!result.ok) fail('Nettstedet ble ikke bygget.', result.stage === 'check' ? 1 : 3);
  console.log(`Nettstedet er bygget i ${path.relative(process.cwd(), outDir) || '.'}.`);
} catch (error) {
  fail(`Byggingen kunne ikke starte: ${error instanceof Error ? error.message : String(error)}. Gi beskjed til en utvikler.`);
}
