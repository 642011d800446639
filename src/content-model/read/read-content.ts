/**
 * The one reader of the content folder. Every file staff edit is found from
 * the registry of kinds, decoded, checked for characters that do not belong,
 * and parsed here, once, with one set of options; the check and Astro's
 * collections both take what this module produced, so they cannot disagree
 * about what a file says. A file that cannot be read becomes a problem and
 * an item without data, so references to it still resolve and the rest of
 * the folder is still checked.
 */
import { lstatSync, readdirSync, readFileSync, statSync, type Dirent } from 'node:fs';
import path from 'node:path';
import { formatProblem, type DataPath, type Problem } from '../../validation/problem.ts';
import type { CheckTarget } from '../../validation/schema-check.ts';
import { isSlug, suggestSlug } from '../../validation/wording.ts';
import { kinds, type KindDefinition, type KindId } from '../registry.ts';
import { characterProblems, findInvisibleCharacters, findMisplacedSpaces } from './characters.ts';
import { decodeText } from './decode.ts';
import { readMarkdownBody, type BodyOutline } from './markdown-policy.ts';
import { CONTENT_COMPONENTS } from '../../components/content/allowed.ts';
import { parseFrontMatter, parseJson, parseYaml, type ParsedSource } from './parse.ts';

/** The components an MDX item may use: the site's own (src/components/content/). */
export const MDX_COMPONENTS: readonly string[] = CONTENT_COMPONENTS;

/** One content item: a file (or a document's folder) of one kind. */
export interface ContentItem extends CheckTarget {
  kind: KindId;
  /** The id: the file or folder name; the kind's id for the settings. */
  id: string;
  /** False when the file could not be read or parsed; `data` is then `undefined`. */
  readable: boolean;
  /** For Markdown: the text below the front matter, as decoded. */
  body?: string;
  /** For Markdown: the 1-based line of the file where the body starts. */
  bodyLine?: number;
  /** For Markdown: `mdx` when the file is MDX. */
  markdown?: 'md' | 'mdx';
  /** For Markdown: its links that may lead to this site, and the anchors it makes (for the reference check). */
  outline?: BodyOutline;
  /**
   * For documents: the other files in the folder, relative to it with
   * forward slashes, in Unicode NFC (as staff type names), mapped to the
   * name on disk (which macOS may have written decomposed, NFD).
   */
  folderFiles?: Map<string, string>;
}

/** Everything in the content folder. */
export interface LoadedContent {
  /** Absolute path of the content folder. */
  root: string;
  /** Items by kind, in file-name order. */
  items: Record<KindId, ContentItem[]>;
  /**
   * False for a kind whose list could not be read at all (its folder or
   * file is missing or unreadable), so references to it cannot be checked.
   */
  complete: Record<KindId, boolean>;
  /** The settings item, when its file could be read. */
  settings: ContentItem | undefined;
}

/** Image formats Astro can process, by file extension. */
export const imageExtensions = new Set(['.jpg', '.jpeg', '.png', '.apng', '.webp', '.avif', '.gif', '.tif', '.tiff']);

/** Files from the first content model, with where their items live now. */
const formerFiles: Record<string, string> = {
  'organisasjoner.json': 'organisasjoner/ (én .yaml-fil per organisasjon, med id-en som filnavn)',
  'faser.json': 'faser/ (én .yaml-fil per innføringsfase, med id-en som filnavn)',
};

/**
 * Clutter that lands in folders without anyone meaning to add it: operating
 * system files, and editors' backups (`nyhet.md~`, `#nyhet.md#`) that would
 * otherwise block publishing until deleted.
 */
export function isClutter(name: string): boolean {
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
export function readContent(root: string, onFile: (file: string) => void = () => {}): { content: LoadedContent; problems: Problem[] } {
  const problems: Problem[] = [];
  const items = Object.fromEntries(kinds.map((k) => [k.id, [] as ContentItem[]])) as Record<KindId, ContentItem[]>;
  const complete = Object.fromEntries(kinds.map((k) => [k.id, true])) as Record<KindId, boolean>;
  const content: LoadedContent = { root, items, complete, settings: undefined };
  if (!isDirectory(root)) {
    problems.push({
      file: '',
      what: `finner ikke innholdsmappen ${root}`,
      fix: 'Kjør kommandoen fra prosjektmappen, eller sett CONTENT_DIR til mappen med innholdet.',
    });
    for (const k of kinds) complete[k.id] = false;
    return { content, problems };
  }

  // Nothing under the content folder may point elsewhere: a link to
  // /etc/passwd listed as an attachment would publish the server's file.
  for (const link of symbolicLinks(root)) {
    problems.push({
      file: link,
      what: 'er en snarvei (symbolsk lenke) til en fil eller mappe et annet sted',
      fix: 'Kopier selve filen inn i innholdsmappen, og slett snarveien. Av sikkerhetsgrunner publiseres ingenting som ligger utenfor innholdsmappen.',
    });
  }
  for (const [file, now] of Object.entries(formerFiles)) {
    if (isFile(path.join(root, file))) {
      problems.push({ file, what: 'filen brukes ikke lenger', fix: `Innholdet hører nå hjemme i ${now}. Flytt det dit, og slett filen.` });
    }
  }

  for (const definition of kinds) {
    const { layout } = definition;
    if (layout.type === 'single') {
      readSingle(definition, layout.file, layout.format, 'optional' in layout && layout.optional === true);
    } else if (layout.type === 'files') {
      readFiles(definition, layout.extensions, layout.format, 'images' in layout && layout.images === true);
    } else {
      readFolders(definition, layout.index);
    }
  }
  content.settings = items.innstillinger[0];
  return { content, problems };

  function read(file: string): string | undefined {
    onFile(file);
    const result = readText(root, file);
    if (!result.ok) {
      problems.push(...result.problems);
      return undefined;
    }
    return result.text;
  }

  function readSingle(definition: KindDefinition, file: string, format: 'json' | 'yaml', optional: boolean): void {
    if (!isFile(path.join(root, file))) {
      if (optional) return;
      problems.push({ file, what: 'filen mangler', fix: 'Legg den til i innholdsmappen; den holder nettstedets navn, adresse og statuser.' });
      complete[definition.id] = false;
      return;
    }
    const text = read(file);
    if (text === undefined) {
      complete[definition.id] = false;
      return;
    }
    const parsed = format === 'json' ? parseJson(text, file) : parseYaml(text, file);
    const spaces = misplacedSpaces(text, format, file);
    if (!parsed.ok || spaces.length > 0) problems.push(...withoutEchoes(parsed.ok ? [] : parsed.problems, spaces));
    if (spaces.length > 0) {
      items[definition.id].push(item(definition.id, definition.id, file, undefined));
      complete[definition.id] = false;
      return;
    }
    if (parsed.ok && !isRecord(parsed.source.data)) {
      problems.push({
        file,
        line: 1,
        what: format === 'json' ? 'filen må inneholde feltene mellom { og }' : 'filen må inneholde felt på formen «navn:», ett per linje',
        fix: 'Se redaktørveiledningen for hvilke felt som trengs.',
      });
    }
    const source = parsed.ok && isRecord(parsed.source.data) ? parsed.source : undefined;
    items[definition.id].push(item(definition.id, definition.id, file, source));
  }

  function readFiles(definition: KindDefinition, extensions: readonly string[], format: 'yaml' | 'markdown', images: boolean): void {
    const folder = definition.id;
    const seen = new Map<string, string>();
    const entries = listDir(folder);
    if (entries === undefined) return; // an empty kind: no folder is the same as an empty one
    for (const entry of entries) {
      const file = `${folder}/${entry.name}`;
      if (entry.isSymbolicLink()) continue; // reported above
      const ext = path.extname(entry.name);
      if (entry.isFile() && extensions.includes(ext)) {
        const id = idOf(file, entry.name.slice(0, -ext.length), ext);
        if (duplicateOf(seen, id, file, definition)) continue;
        if (format === 'yaml') addYaml(definition.id, id, file);
        else addMarkdown(definition.id, id, file);
        continue;
      }
      if (images && (entry.isDirectory() || imageExtensions.has(ext.toLowerCase()))) continue; // images beside the items
      const expected = extensions.join(' eller ');
      problems.push({
        file,
        what: entry.isDirectory() ? 'mappen blir ikke brukt' : 'filen blir ikke brukt',
        fix: images
          ? `En ${definition.nouns.one} må ha endelsen ${expected}; bilder kan ligge her eller i en undermappe. Gi filen riktig endelse, eller flytt den.`
          : `Hver ${definition.nouns.one} er én fil med endelsen ${extensions[0]} direkte i ${folder}/. Gi filen riktig endelse, eller flytt den.`,
      });
    }
  }

  function readFolders(definition: KindDefinition, indexNames: readonly string[]): void {
    const folderOfKind = definition.id;
    const entries = listDir(folderOfKind);
    if (entries === undefined) return;
    const seen = new Map<string, string>();
    for (const entry of entries) {
      const folder = `${folderOfKind}/${entry.name}`;
      if (entry.isSymbolicLink()) continue;
      if (!entry.isDirectory()) {
        const suggestion = suggestSlug(path.parse(entry.name).name) || `${definition.nouns.one}ets-navn`;
        problems.push({
          file: folder,
          what: `hvert ${definition.nouns.one} må ligge i sin egen mappe`,
          fix: `Lag en mappe (for eksempel ${folderOfKind}/${suggestion}/), og legg teksten der som index.md sammen med vedleggene.`,
        });
        continue;
      }
      const id = idOf(folder, entry.name, '/');
      if (duplicateOf(seen, id, folder, definition)) continue;
      const files = listFilesDeep(path.join(root, folder));
      const indexes = [...files.keys()].filter((name) => indexNames.includes(name));
      if (indexes.length === 0) {
        problems.push({ file: `${folder}/`, what: 'mappen mangler index.md', fix: `Legg teksten og feltene for ${definition.nouns.definite} i en fil som heter index.md i mappen.` });
        continue;
      }
      if (indexes.length > 1) {
        problems.push({ file: `${folder}/${indexes[1]}`, what: `mappen har både ${indexes.join(' og ')}`, fix: 'Behold bare den ene.' });
      }
      const added = addMarkdown(definition.id, id, `${folder}/${indexes[0]}`);
      if (added) {
        for (const name of indexNames) files.delete(name);
        added.folderFiles = files;
      }
    }
  }

  function addYaml(kind: KindId, id: string, file: string): void {
    const text = read(file);
    if (text === undefined) {
      items[kind].push(item(kind, id, file, undefined));
      return;
    }
    const parsed = parseYaml(text, file);
    const spaces = misplacedSpaces(text, 'yaml', file);
    if (!parsed.ok || spaces.length > 0) problems.push(...withoutEchoes(parsed.ok ? [] : parsed.problems, spaces));
    items[kind].push(item(kind, id, file, parsed.ok && spaces.length === 0 ? parsed.source : undefined));
  }

  function addMarkdown(kind: KindId, id: string, file: string): ContentItem | undefined {
    const text = read(file);
    const markdown = file.endsWith('.mdx') ? 'mdx' : 'md';
    if (text === undefined) {
      const unreadable = { ...item(kind, id, file, undefined), markdown } as const;
      items[kind].push(unreadable);
      return unreadable;
    }
    const parsed = parseFrontMatter(text, file);
    const frontMatter = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(text)?.[1];
    const spaces = frontMatter === undefined ? [] : misplacedSpaces(frontMatter, 'yaml', file, 1);
    if (!parsed.ok || spaces.length > 0) problems.push(...withoutEchoes(parsed.ok ? [] : parsed.problems, spaces));
    const ok = parsed.ok && spaces.length === 0;
    let outline: BodyOutline | undefined;
    if (parsed.ok) {
      // Raw HTML and MDX are held to the site's policy, with the line in the file.
      const read = readMarkdownBody(parsed.body, { file, lineOffset: parsed.bodyLine - 1, mdx: markdown === 'mdx', components: MDX_COMPONENTS });
      problems.push(...read.problems);
      outline = { links: read.links, anchors: read.anchors };
    }
    const added: ContentItem = {
      ...item(kind, id, file, ok && parsed.ok ? parsed.source : undefined),
      markdown,
      ...(parsed.ok ? { body: parsed.body, bodyLine: parsed.bodyLine } : {}),
      ...(outline ? { outline } : {}),
    };
    items[kind].push(added);
    return added;
  }

  /** A folder's entries without clutter, sorted; `undefined` when it does not exist. */
  function listDir(folder: string): Dirent[] | undefined {
    const full = path.join(root, folder);
    if (!isDirectory(full)) return undefined;
    return readdirSync(full, { withFileTypes: true })
      .filter((entry) => !isClutter(entry.name))
      .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  }

  /** The id for a file or folder name, reporting a name that cannot be part of a web address. */
  function idOf(file: string, name: string, ext: string): string {
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

  function duplicateOf(seen: Map<string, string>, id: string, file: string, definition: KindDefinition): boolean {
    const first = seen.get(id);
    if (first) {
      problems.push({ file, what: `det finnes allerede ${article(definition)} ${definition.nouns.one} med navnet «${id}» (${first})`, fix: 'Gi den ene et annet navn, eller slett den.' });
      return true;
    }
    seen.set(id, file);
    return false;
  }
}

/** The top-level field a line of a YAML file or front matter belongs to, for naming it in a message. */
function topLevelField(text: string, line: number): string | undefined {
  const lines = text.split('\n');
  const front = /^\uFEFF?---/.test(lines[0] ?? '');
  for (let i = line - 1; i >= (front ? 1 : 0); i--) {
    const current = lines[i] ?? '';
    if (front && /^---\s*$/.test(current)) return undefined;
    const key = /^([A-Za-zÆØÅæøå][\wÆØÅæøå]*)\s*:/.exec(current)?.[1];
    if (key) return key;
    if (i === line - 1 && /^\S/.test(current)) return undefined;
  }
  return undefined;
}

/** «en» or «et» for a kind's noun. */
function article(definition: KindDefinition): string {
  return ['dokument', 'svar', 'oppgitt tall'].includes(definition.nouns.one) ? 'et' : 'en';
}

function item(kind: KindId, id: string, file: string, source: ParsedSource | undefined): ContentItem {
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

/**
 * Files below `folder`, relative to it with forward slashes and in NFC,
 * mapped to their names on disk; clutter and symbolic links left out.
 */
function listFilesDeep(folder: string, prefix = '', into = new Map<string, string>(), diskPrefix = ''): Map<string, string> {
  for (const entry of readdirSync(folder, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    if (isClutter(entry.name) || entry.isSymbolicLink()) continue;
    const nfc = entry.name.normalize('NFC');
    if (entry.isDirectory()) listFilesDeep(path.join(folder, entry.name), `${prefix}${nfc}/`, into, `${diskPrefix}${entry.name}/`);
    else into.set(`${prefix}${nfc}`, `${diskPrefix}${entry.name}`);
  }
  return into;
}

/** Every symbolic link below `root`, relative to it with forward slashes; links are not followed. */
function symbolicLinks(root: string, prefix = ''): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(path.join(root, prefix), { withFileTypes: true })) {
    const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isSymbolicLink()) found.push(relative);
    else if (entry.isDirectory() && !isClutter(entry.name)) found.push(...symbolicLinks(root, relative));
  }
  return found.sort();
}

function isDirectory(p: string): boolean {
  return statSync(p, { throwIfNoEntry: false })?.isDirectory() ?? false;
}

function isFile(p: string): boolean {
  const stat = lstatSync(p, { throwIfNoEntry: false });
  return stat?.isFile() ?? false;
}

/**
 * The text of one content file (`file`, relative to `root`), decoded as the
 * reader decodes every file: UTF-8 with or without a byte-order mark, and
 * no invisible characters; otherwise the problems, in Norwegian.
 */
export function readText(root: string, file: string): { ok: true; text: string } | { ok: false; problems: Problem[] } {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path.join(root, file));
  } catch (error) {
    return { ok: false, problems: [{ file, what: `kan ikke leses (${(error as NodeJS.ErrnoException).code ?? String(error)})`, fix: 'Sjekk at filen finnes og at du har tilgang til den.' }] };
  }
  const decoded = decodeText(bytes, file);
  if (!decoded.ok) return decoded;
  const text = decoded.text;
  // Characters no one can see (a vertical tab from Word, a zero-width space)
  // are named with their position; the file is not read further, so no
  // parser message echoes the same fault.
  const invisible = findInvisibleCharacters(text);
  if (invisible.length > 0) return { ok: false, problems: characterProblems(invisible, file, (line) => topLevelField(text, line)) };
  return { ok: true, text };
}

/**
 * The settings (innstillinger.json) of the content folder `root`, read as the
 * check reads them, for code that needs them before or without a full read
 * (the languages and address of `astro dev`). Throws an error in Norwegian
 * naming every problem when the file cannot be read: nothing may be built
 * from a guess at the settings.
 */
export function readSettings(root: string): Record<string, unknown> {
  const layout = kinds.find((k) => k.id === 'innstillinger')!.layout as { file: string };
  const file = layout.file;
  const fail = (found: readonly Problem[]): never => {
    const lines = found.map((p) => `  ${formatProblem(p)}`);
    throw new Error(`Innstillingene i ${path.join(root, file)} kan ikke leses:\n${lines.join('\n')}\nKjør npm run check for å se alle feil.`);
  };
  const read = readText(root, file);
  if (!read.ok) return fail(read.problems);
  const parsed = parseJson(read.text, file);
  const spaces = misplacedSpaces(read.text, 'json', file);
  if (!parsed.ok || spaces.length > 0) return fail(withoutEchoes(parsed.ok ? [] : parsed.problems, spaces));
  if (!isRecord(parsed.source.data)) return fail([{ file, what: 'filen må inneholde feltene mellom { og }', fix: 'Se redaktørveiledningen for hvilke felt som trengs.' }]);
  return parsed.source.data;
}

/**
 * A space where YAML or JSON needs an ordinary one (a no-break space after
 * `tittel:`), named as such; the parser's «cannot be read» on the same line
 * is an echo of it and is dropped.
 */
function misplacedSpaces(text: string, syntax: 'yaml' | 'json', file: string, lineOffset = 0): Problem[] {
  return characterProblems(findMisplacedSpaces(text, syntax, lineOffset), file);
}

function withoutEchoes(parseProblems: readonly Problem[], spaceProblems: readonly Problem[]): Problem[] {
  const lines = new Set(spaceProblems.map((p) => p.line));
  return [...spaceProblems, ...parseProblems.filter((p) => !(lines.has(p.line) && p.what.startsWith('kan ikke leses')))];
}

/** A plain object (not a list). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
