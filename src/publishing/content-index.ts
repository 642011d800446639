import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

/** A municipality as the event tools need it. */
export interface MunicipalityEntry {
  /** File name without extension, the slug used in references. */
  slug: string;
  /** Path relative to the content folder, e.g. `kommuner/roros.yaml`. */
  file: string;
  navn?: string;
  nummer?: string;
}

/** Whether a news item or document a source points at is on the site. */
export interface Publication {
  /** Marked `utkast: true`. */
  utkast: boolean;
  /** Its `publisert` date, when it has a readable one. */
  publisert?: string;
}

/** The names that events may refer to, read from a content folder. */
export interface ContentIndex {
  root: string;
  /** The date the site is built for; sources published after it cannot be linked yet. */
  buildDate: string;
  municipalities: MunicipalityEntry[];
  /** Status ids in the settings' vocabulary, with their labels. */
  statuses: { id: string; navn: string }[];
  phases: { id: string; navn: string }[];
  /** News items by slug. */
  news: Map<string, Publication>;
  /** Documents by slug (folder name). */
  documents: Map<string, Publication>;
}

/** Thrown when the content folder lacks what the event tools rely on. */
export class ContentIndexError extends Error {}

/**
 * Reads the parts of the content folder that status events refer to:
 * municipalities (by slug, name and number), the status vocabulary from
 * `innstillinger.json`, the phases, and the slugs of news items and
 * documents. It reads leniently: full validation is `npm run check`'s job.
 */
export function readContentIndex(root: string, buildDate: string): ContentIndex {
  const settingsFile = path.join(root, 'innstillinger.json');
  if (!existsSync(settingsFile)) {
    throw new ContentIndexError(`Fant ikke ${settingsFile}. Sjekk at du står i prosjektmappen, eller sett CONTENT_DIR.`);
  }
  let settings: { statuser?: { id?: unknown; navn?: unknown }[] };
  try {
    settings = JSON.parse(readFileSync(settingsFile, 'utf8'));
  } catch (error) {
    throw new ContentIndexError(`innstillinger.json er ikke gyldig JSON (${(error as Error).message}). Kjør npm run check for detaljer.`);
  }
  const statuses = (settings.statuser ?? [])
    .filter((s) => typeof s.id === 'string')
    .map((s) => ({ id: String(s.id), navn: String(s.navn ?? s.id) }));

  let phases: { id: string; navn: string }[] = [];
  const phasesFile = path.join(root, 'faser.json');
  if (existsSync(phasesFile)) {
    try {
      const list = JSON.parse(readFileSync(phasesFile, 'utf8')) as { id?: unknown; navn?: unknown }[];
      phases = list.filter((p) => typeof p.id === 'string').map((p) => ({ id: String(p.id), navn: String(p.navn ?? p.id) }));
    } catch {
      // Left to npm run check; events then simply cannot name a phase.
    }
  }

  const municipalities: MunicipalityEntry[] = [];
  for (const name of list(path.join(root, 'kommuner'))) {
    const match = /^(.+)\.ya?ml$/.exec(name);
    if (!match) continue;
    const entry: MunicipalityEntry = { slug: match[1]!, file: `kommuner/${name}` };
    try {
      const data = parse(readFileSync(path.join(root, 'kommuner', name), 'utf8')) as { navn?: unknown; nummer?: unknown } | null;
      if (data?.navn !== undefined) entry.navn = String(data.navn);
      if (data?.nummer !== undefined) entry.nummer = String(data.nummer).padStart(4, '0');
    } catch {
      // A broken file can still be found by its slug; writing to it reports the problem.
    }
    municipalities.push(entry);
  }

  const news = new Map<string, Publication>();
  for (const name of list(path.join(root, 'nyheter'))) {
    const slug = /^(.+)\.mdx?$/.exec(name)?.[1];
    if (slug) news.set(slug, publicationOf(path.join(root, 'nyheter', name)));
  }
  const documents = new Map<string, Publication>();
  for (const name of list(path.join(root, 'dokumenter'))) {
    const index = ['index.md', 'index.mdx'].map((file) => path.join(root, 'dokumenter', name, file)).find((file) => existsSync(file));
    if (index) documents.set(name, publicationOf(index));
  }
  return { root, buildDate, municipalities, statuses, phases, news, documents };
}

/** Reads `utkast` and `publisert` from a Markdown file's front matter, leniently. */
function publicationOf(file: string): Publication {
  try {
    const front = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(file, 'utf8'))?.[1];
    const data = parse(front ?? '') as { utkast?: unknown; publisert?: unknown } | null;
    const publisert = typeof data?.publisert === 'string' ? data.publisert : undefined;
    return { utkast: data?.utkast === true, ...(publisert ? { publisert } : {}) };
  } catch {
    return { utkast: false };
  }
}

function list(dir: string): string[] {
  try {
    return readdirSync(dir).sort();
  } catch {
    return [];
  }
}

/** Lower-cased, trimmed, inner spaces collapsed: how names are compared. */
export function normaliseName(value: string): string {
  return value.trim().toLocaleLowerCase('nb').replace(/\s+/g, ' ');
}

/**
 * Finds a municipality by slug, name (any case; «Røros» or «Røros kommune»)
 * or four-digit number (a leading zero lost in a spreadsheet is tolerated).
 */
export function findMunicipality(index: ContentIndex, reference: string): MunicipalityEntry | undefined {
  const wanted = normaliseName(reference);
  if (/^\d{3,4}$/.test(wanted)) return index.municipalities.find((m) => m.nummer === wanted.padStart(4, '0'));
  const withoutSuffix = wanted.replace(/ kommune$/, '');
  return (
    index.municipalities.find((m) => m.slug === wanted) ??
    index.municipalities.find((m) => m.navn !== undefined && [wanted, withoutSuffix].includes(normaliseName(m.navn)))
  );
}
