/**
 * Reads the whole content folder: every file staff edit, parsed but not yet
 * checked against a schema. A file that cannot be read becomes a problem and
 * an item without data, so references to it still resolve and the rest of
 * the folder is still checked.
 */
import { readdirSync, readFileSync, statSync, type Dirent } from 'node:fs';
import path from 'node:path';
import { parseFrontMatter, parseJson, parseYaml, type ParsedSource } from './parse-source.ts';
import type { CheckTarget } from './schema-check.ts';
import type { DataPath, Problem } from './problem.ts';
import { isSlug, suggestSlug } from './wording.ts';

/** Kinds of content, named as staff know them. */
export type ContentKind = 'innstillinger' | 'organisasjon' | 'fase' | 'nyhet' | 'dokument' | 'sporsmal' | 'kommune';

/** One content item: a file, or one object in a JSON list. */
export interface ContentItem extends CheckTarget {
  kind: ContentKind;
  /** The slug (file or folder name), or the `id` of an object in a JSON list; empty when it has none. */
  id: string;
  /** False when the file could not be parsed; `data` is then `undefined`. */
  readable: boolean;
  /** Text below the front matter, for Markdown files. */
  body?: string;
  /** For documents: the other files in the folder, relative to it, with forward slashes. */
  folderFiles?: string[];
}

/** Everything in the content folder, grouped by kind. */
export interface LoadedContent {
  /** Absolute path of the content folder. */
  root: string;
  settings: ContentItem | undefined;
  organisations: ContentItem[];
  phases: ContentItem[];
  news: ContentItem[];
  documents: ContentItem[];
  faqs: ContentItem[];
  municipalities: ContentItem[];
  /** False when organisasjoner.json is missing or unreadable, so references to organisations cannot be checked. */
  organisationsReadable: boolean;
  /** False when faser.json is missing or unreadable, so references to phases cannot be checked. */
  phasesReadable: boolean;
}

/** Image formats Astro can process, by file extension. */
export const imageExtensions = new Set(['.jpg', '.jpeg', '.png', '.apng', '.webp', '.avif', '.gif', '.svg', '.tif', '.tiff']);

/**
 * Clutter that lands in folders without anyone meaning to add it: operating
 * system files, and editors' backups (`nyhet.md~`, `#nyhet.md#`) that would
 * otherwise block publishing until deleted. Astro ignores all of these too.
 */
function isClutter(name: string): boolean {
  return (
    name.startsWith('.') ||
    name === 'Thumbs.db' ||
    name === 'desktop.ini' ||
    name.endsWith('~') ||
    (name.startsWith('#') && name.endsWith('#'))
  );
}

/**
 * Reads every content file under `root`. `onFile` is told each file before
 * it is read, so a caller can name it if something unexpected goes wrong.
 */
export function loadContent(root: string, onFile: (file: string) => void = () => {}): { content: LoadedContent; problems: Problem[] } {
  const problems: Problem[] = [];
  const content: LoadedContent = {
    root,
    settings: undefined,
    organisations: [],
    phases: [],
    news: [],
    documents: [],
    faqs: [],
    municipalities: [],
    organisationsReadable: false,
    phasesReadable: false,
  };
  if (!isDirectory(root)) {
    problems.push({
      file: '',
      what: `finner ikke innholdsmappen ${root}`,
      fix: 'Kjør kommandoen fra prosjektmappen, eller sett CONTENT_DIR til mappen med innholdet.',
    });
    return { content, problems };
  }
  // First file seen for each slug, per kind, to report the second as a duplicate.
  const seenSlugs: Record<ContentKind, Map<string, string>> = {
    innstillinger: new Map(),
    organisasjon: new Map(),
    fase: new Map(),
    nyhet: new Map(),
    dokument: new Map(),
    sporsmal: new Map(),
    kommune: new Map(),
  };
  const read = (file: string): string | undefined => {
    onFile(file);
    try {
      return readFileSync(path.join(root, file), 'utf8');
    } catch (error) {
      problems.push({ file, what: `kan ikke leses (${(error as NodeJS.ErrnoException).code ?? String(error)})`, fix: 'Sjekk at filen finnes og at du har tilgang til den.' });
      return undefined;
    }
  };

  // Settings: one object.
  const settingsText = readRequired('innstillinger.json', 'den holder nettstedets navn, adresse og statuser');
  if (settingsText !== undefined) {
    const parsed = parseJson(settingsText, 'innstillinger.json');
    if (!parsed.ok) problems.push(...parsed.problems);
    else if (!isRecord(parsed.source.data)) {
      problems.push({ file: 'innstillinger.json', line: 1, what: 'filen må inneholde innstillingene mellom { og }', fix: 'Se dokumentasjonen for hvilke felt som trengs.' });
    }
    const source = parsed.ok && isRecord(parsed.source.data) ? parsed.source : undefined;
    content.settings = item('innstillinger', 'innstillinger', 'innstillinger.json', source);
  }

  // Organisations and phases: JSON lists of objects with ids.
  for (const [file, kind, list, readable] of [
    ['organisasjoner.json', 'organisasjon', content.organisations, 'organisationsReadable'],
    ['faser.json', 'fase', content.phases, 'phasesReadable'],
  ] as const) {
    const why = 'bruk en tom liste [] hvis det ikke finnes noen ennå';
    const text = readRequired(file, why);
    if (text === undefined) continue;
    const parsed = parseJson(text, file);
    if (!parsed.ok) {
      problems.push(...parsed.problems);
      continue;
    }
    const data = parsed.source.data;
    if (!Array.isArray(data)) {
      problems.push({ file, line: 1, what: 'filen må inneholde en liste mellom [ og ]', fix: 'Sett [ først og ] sist i filen, med ett objekt { … } for hvert element.' });
      continue;
    }
    content[readable] = true;
    data.forEach((element: unknown, index) => {
      const id = isRecord(element) && typeof element['id'] === 'string' ? element['id'] : '';
      list.push({ ...item(kind, id, file, { data: element, lineAt: parsed.source.lineAt }), prefix: [index] });
    });
  }

  // News: nyheter/<slug>.md|mdx; subfolders and images beside them are the articles' images.
  for (const entry of listDir('nyheter')) {
    const file = `nyheter/${entry.name}`;
    if (!entry.isFile()) continue;
    const ext = path.extname(entry.name);
    if (ext === '.md' || ext === '.mdx') {
      const slug = slugOf(file, entry.name.slice(0, -ext.length), ext);
      addMarkdown('nyhet', slug, file, content.news, 'en nyhet');
    } else if (!imageExtensions.has(ext.toLowerCase())) {
      problems.push({ file, what: 'filen blir ikke brukt', fix: 'En nyhet må ha endelsen .md eller .mdx; bilder kan ligge her eller i en undermappe. Gi filen riktig endelse, eller flytt den.' });
    }
  }

  // Documents: dokumenter/<slug>/index.md|mdx plus attachments.
  for (const entry of listDir('dokumenter')) {
    const folder = `dokumenter/${entry.name}`;
    if (!entry.isDirectory()) {
      const suggestion = suggestSlug(path.parse(entry.name).name) || 'dokumentets-navn';
      problems.push({ file: folder, what: 'hvert dokument må ligge i sin egen mappe', fix: `Lag en mappe (for eksempel dokumenter/${suggestion}/), og legg teksten der som index.md sammen med vedleggene.` });
      continue;
    }
    const slug = slugOf(folder, entry.name, '/');
    const files = listFilesDeep(path.join(root, folder));
    const indexes = files.filter((name) => name === 'index.md' || name === 'index.mdx');
    if (indexes.length === 0) {
      problems.push({ file: `${folder}/`, what: 'mappen mangler index.md', fix: 'Legg dokumentets tekst og felt i en fil som heter index.md i mappen.' });
      continue;
    }
    if (indexes.length > 1) {
      problems.push({ file: `${folder}/index.mdx`, what: `mappen har både index.md og index.mdx`, fix: 'Behold bare den ene.' });
    }
    const before = content.documents.length;
    addMarkdown('dokument', slug, `${folder}/${indexes[0]}`, content.documents, 'et dokument');
    const added = content.documents[before];
    if (added) added.folderFiles = files.filter((name) => name !== 'index.md' && name !== 'index.mdx');
  }

  // Answers: sporsmal/<slug>.md.
  for (const entry of listDir('sporsmal')) {
    const file = `sporsmal/${entry.name}`;
    if (entry.isFile() && entry.name.endsWith('.md')) {
      addMarkdown('sporsmal', slugOf(file, entry.name.slice(0, -3), '.md'), file, content.faqs, 'et svar');
    } else {
      problems.push({ file, what: entry.isFile() ? 'filen blir ikke brukt' : 'mappen blir ikke brukt', fix: 'Hvert svar er én fil med endelsen .md direkte i sporsmal/. Gi filen riktig endelse, eller flytt den.' });
    }
  }

  // Municipalities: kommuner/<slug>.yaml|yml.
  for (const entry of listDir('kommuner')) {
    const file = `kommuner/${entry.name}`;
    const ext = path.extname(entry.name);
    if (!entry.isFile() || (ext !== '.yaml' && ext !== '.yml')) {
      problems.push({ file, what: entry.isFile() ? 'filen blir ikke brukt' : 'mappen blir ikke brukt', fix: 'Hver kommune er én fil med endelsen .yaml direkte i kommuner/. Gi filen riktig endelse, eller flytt den.' });
      continue;
    }
    const slug = slugOf(file, entry.name.slice(0, -ext.length), ext);
    if (duplicateOf(seenSlugs.kommune, slug, file, 'en kommune')) continue;
    const text = read(file);
    if (text === undefined) continue;
    const parsed = parseYaml(text, file);
    if (!parsed.ok) problems.push(...parsed.problems);
    content.municipalities.push(item('kommune', slug, file, parsed.ok ? parsed.source : undefined));
  }

  return { content, problems };

  function readRequired(file: string, why: string): string | undefined {
    if (!isFile(path.join(root, file))) {
      problems.push({ file, what: 'filen mangler', fix: `Legg den til i innholdsmappen; ${why}.` });
      return undefined;
    }
    return read(file);
  }

  function listDir(folder: string): Dirent[] {
    const full = path.join(root, folder);
    if (!isDirectory(full)) return [];
    return readdirSync(full, { withFileTypes: true })
      .filter((entry) => !isClutter(entry.name))
      .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  }

  /** The slug for a file or folder name, reporting a name that cannot be part of a web address. */
  function slugOf(file: string, name: string, ext: string): string {
    if (!isSlug(name)) {
      const suggestion = suggestSlug(name) || 'nytt-navn';
      const renamed = ext === '/' ? `${suggestion}/` : `${suggestion}${ext}`;
      problems.push({
        file,
        what: `navnet ${ext === '/' ? 'på mappen' : 'på filen'} kan ikke brukes i en nettadresse`,
        fix: `Gi ${ext === '/' ? 'mappen' : 'filen'} nytt navn, for eksempel «${renamed}»: bare små bokstaver a–z, tall og bindestrek.`,
      });
    }
    return name;
  }

  function addMarkdown(kind: ContentKind, slug: string, file: string, list: ContentItem[], label: string): void {
    if (duplicateOf(seenSlugs[kind], slug, file, label)) return;
    const text = read(file);
    if (text === undefined) return;
    const parsed = parseFrontMatter(text, file);
    if (!parsed.ok) problems.push(...parsed.problems);
    list.push({ ...item(kind, slug, file, parsed.ok ? parsed.source : undefined), ...(parsed.ok ? { body: parsed.body } : {}) });
  }

  function duplicateOf(seen: Map<string, string>, slug: string, file: string, label: string): boolean {
    const first = seen.get(slug);
    if (first) {
      problems.push({ file, what: `det finnes allerede ${label} med navnet «${slug}» (${first})`, fix: 'Gi den ene et annet navn, eller slett den.' });
      return true;
    }
    seen.set(slug, file);
    return false;
  }
}

function item(kind: ContentKind, id: string, file: string, source: ParsedSource | undefined): ContentItem {
  return {
    kind,
    id,
    file,
    prefix: [],
    readable: source !== undefined,
    data: source?.data,
    lineAt: source ? (p: DataPath) => source.lineAt(p) : () => undefined,
  };
}

/** Files below `folder`, relative to it with forward slashes, clutter left out. */
function listFilesDeep(folder: string, prefix = ''): string[] {
  return readdirSync(folder, { withFileTypes: true })
    .filter((entry) => !isClutter(entry.name))
    .flatMap((entry) =>
      entry.isDirectory() ? listFilesDeep(path.join(folder, entry.name), `${prefix}${entry.name}/`) : [`${prefix}${entry.name}`],
    )
    .sort();
}

function isDirectory(p: string): boolean {
  return statSync(p, { throwIfNoEntry: false })?.isDirectory() ?? false;
}

function isFile(p: string): boolean {
  return statSync(p, { throwIfNoEntry: false })?.isFile() ?? false;
}

/** A plain object (not a list). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
