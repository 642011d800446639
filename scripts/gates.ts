/**
 * Runs every site gate over a built folder and lists every problem, page by
 * page: valid HTML, internal links and fragments, no third-party requests,
 * title/lang/h1/canonical on every page, nothing the CSP would block.
 *
 *   npm run gates -- dist
 *   npm run gates -- /tmp/site --site https://innforing.example/
 *
 * The site's public address (whose origin counts as internal) defaults to
 * `nettadresse` in the content's innstillinger.json (CONTENT_DIR or content/).
 * Exits 0 when every gate passes, 1 when any fails, 2 on wrong usage.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { contentRoot } from '../src/content-root.ts';
import { readSettings } from '../src/content-model/read/read-content.ts';
import { readBuiltSite } from '../tools/gates/built-site.ts';
import { formatReport, runGates } from '../tools/gates/run-gates.ts';

function main(): Promise<number> | number {
  let parsed;
  try {
    parsed = parseArgs({ options: { site: { type: 'string' } }, allowPositionals: true });
  } catch (error) {
    return usage((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (positionals.length !== 1) return usage('Name exactly one built folder.');
  const siteUrl = values.site ?? settingsAddress();
  if (!siteUrl) return 2;
  return run(positionals[0]!, siteUrl);
}

async function run(dir: string, siteUrl: string): Promise<number> {
  let site;
  try {
    site = readBuiltSite(dir, siteUrl);
  } catch (error) {
    console.error((error as Error).message);
    return 2;
  }
  const problems = await runGates(site);
  const report = formatReport(site, problems);
  (problems.length === 0 ? console.log : console.error)(`Site gates for ${path.resolve(dir)} (${site.origin}):\n${report}`);
  return problems.length === 0 ? 0 : 1;
}

function settingsAddress(): string | null {
  const root = contentRoot();
  try {
    const address = readSettings(root)['nettadresse'];
    if (typeof address === 'string' && URL.canParse(address)) return address;
    console.error(`${path.join(root, 'innstillinger.json')} has no valid «nettadresse». Pass the site's address with --site https://...`);
  } catch (error) {
    console.error(`${(error as Error).message}\nOr pass the site's address with --site https://...`);
  }
  return null;
}

function usage(problem: string): number {
  console.error(`${problem}\nUsage: npm run gates -- <built folder> [--site https://address/]`);
  return 2;
}

process.exitCode = await main();
