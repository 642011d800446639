/**
 * Imports municipality status events from a spreadsheet saved as CSV:
 *
 *   npm run import-events -- hendelser.csv --dry-run    show what would change
 *   npm run import-events -- hendelser.csv              write the events
 *
 * Columns (header row, any case): EVENT_FIELDS in src/publishing/status-events.ts
 * (kommune, dato, status, fase, planlagt, merknad and the kilde_* columns); the
 * staff guide lists them. Every row is checked
 * first; if any is wrong nothing is written. Events already in a file are
 * skipped, so importing the same sheet twice changes nothing.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildDate } from '../src/build-date.ts';
import { readText } from '../src/content-model/read/read-content.ts';
import { ContentIndexError, readContentIndex } from '../src/publishing/content-index.ts';
import { parseEventsCsv, type RowProblem } from '../src/publishing/events-csv.ts';
import {
  addEventsToYaml,
  describeSource,
  municipalityProblems,
  resolveEvent,
  writeFileAtomic,
  YamlFileError,
  type StatusEventEntry,
} from '../src/publishing/status-events.ts';

const USAGE = 'Bruk: npm run import-events -- <fil.csv> [--dry-run]';

let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: { 'dry-run': { type: 'boolean', default: false }, content: { type: 'string' } },
  });
} catch (error) {
  console.error(`${(error as Error).message}\n${USAGE}`);
  process.exit(2);
}
const { values, positionals } = parsed;
if (positionals.length !== 1) {
  console.error(USAGE);
  process.exit(2);
}
const csvFile = path.resolve(positionals[0]!);
const root = path.resolve(values.content ?? process.env.CONTENT_DIR ?? 'content');
const dryRun = values['dry-run'];
const shown = (file: string) => {
  const relative = path.relative(process.cwd(), file);
  return relative && !relative.startsWith('..') ? relative : file;
};
const plurals = new Intl.PluralRules('nb');
const countOf = (count: number, one: string, many: string) => `${count} ${plurals.select(count) === 'one' ? one : many}`;
const norwegian = (iso: string) => iso.split('-').reverse().join('.');

function stop(problems: RowProblem[]): never {
  const sorted = [...problems].sort((a, b) => a.row - b.row);
  console.error(`${path.basename(csvFile)} har ${countOf(sorted.length, 'feil', 'feil')}:`);
  for (const problem of sorted) console.error(`  Rad ${problem.row}: ${problem.message}`);
  console.error('\nIngenting er skrevet. Rett radene i regnearket, lagre som CSV på nytt og kjør importen igjen.');
  process.exit(1);
}

let bytes: Buffer;
try {
  bytes = readFileSync(csvFile);
} catch {
  console.error(`Fant ikke filen ${shown(csvFile)}. Sjekk navnet og mappen.\n${USAGE}`);
  process.exit(1);
}
const sheet = parseEventsCsv(bytes, path.basename(csvFile));
if (sheet.problems.length > 0) stop(sheet.problems);

const today = buildDate();
let index;
try {
  index = readContentIndex(root, today);
} catch (error) {
  if (error instanceof ContentIndexError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}

const problems: RowProblem[] = [];
const byFile = new Map<string, { rows: number[]; events: StatusEventEntry[] }>();
for (const { row, values: raw } of sheet.rows) {
  const resolved = resolveEvent(raw, index, (field) => `«${field}»`);
  if (!resolved.ok) {
    for (const message of resolved.problems) problems.push({ row, message });
    continue;
  }
  const entry = byFile.get(resolved.target.file) ?? { rows: [], events: [] };
  entry.rows.push(row);
  // Registered today: the change log lists an old event under the day it reached the site.
  entry.events.push({ ...resolved.event, registrert: today });
  byFile.set(resolved.target.file, entry);
}
if (problems.length > 0) stop(problems);
if (sheet.rows.length === 0) {
  console.log(`${path.basename(csvFile)} har ingen hendelser under overskriftsraden. Ingenting å importere.`);
  process.exit(0);
}

// Every file is merged and checked before the first one is written: all or nothing.
const writes: { file: string; text: string }[] = [];
const report: string[] = [];
let added = 0;
let skipped = 0;
for (const [relative, { rows, events }] of [...byFile].sort(([a], [b]) => a.localeCompare(b))) {
  const file = path.join(root, relative);
  // Decoded as the check decodes it: a file the check refuses (not UTF-8) is never rewritten.
  const read = readText(root, relative);
  if (!read.ok) stop([{ row: rows[0]!, message: `${relative} ${read.problems[0]!.what}; rett filen først (npm run check forklarer hva som er galt).` }]);
  let merged;
  try {
    merged = addEventsToYaml(read.text, events);
  } catch (error) {
    if (error instanceof YamlFileError) {
      stop([{ row: rows[0]!, message: `${relative} ${error.message}; rett filen først (npm run check forklarer hva som er galt).` }]);
    }
    throw error;
  }
  const fileProblems = merged.added.length > 0 ? municipalityProblems(merged.text) : [];
  if (fileProblems.length > 0) {
    stop([{ row: rows[0]!, message: `${relative} har feil fra før (${fileProblems.join('; ')}); rett filen først.` }]);
  }
  added += merged.added.length;
  skipped += merged.skipped.length;
  const parts = [`${countOf(merged.added.length, 'ny hendelse', 'nye hendelser')}`];
  if (merged.skipped.length > 0) parts.push(`${merged.skipped.length} fantes fra før`);
  report.push(`${relative}: ${parts.join(', ')}`);
  for (const event of merged.added) {
    const source = describeSource(event.kilde);
    report.push(`  + ${norwegian(event.dato)} ${event.status}${event.planlagt ? `, planlagt ${event.planlagt}` : ''}${event.fase ? ` (${event.fase})` : ''}, kilde: ${source}${event.merknad ? ` – ${event.merknad}` : ''}`);
  }
  if (merged.added.length > 0) writes.push({ file, text: merged.text });
}

const summary = `${countOf(added, 'ny hendelse', 'nye hendelser')} i ${countOf(writes.length, 'kommunefil', 'kommunefiler')}` +
  (skipped > 0 ? `; ${skipped} fantes fra før og hoppes over` : '');
console.log(`${dryRun ? 'Prøvekjøring: ingenting er skrevet.' : `Importerer ${path.basename(csvFile)}.`} (skilletegn «${sheet.delimiter === '\t' ? 'tabulator' : sheet.delimiter}», UTF-8)`);
for (const line of report) console.log(line);
if (dryRun) {
  console.log(
    added > 0
      ? `\nImporten ville gitt ${summary}. Kjør uten --dry-run for å skrive endringene.`
      : `\nAlle ${countOf(skipped, 'hendelsen', 'hendelsene')} fantes fra før; importen ville ikke endret noe.`,
  );
} else {
  for (const { file, text } of writes) await writeFileAtomic(file, text);
  console.log(
    added > 0
      ? `\nSkrev ${summary}. Kontroller med npm run check.`
      : `\nAlle ${countOf(skipped, 'hendelsen', 'hendelsene')} fantes fra før. Ingenting er endret.`,
  );
}
