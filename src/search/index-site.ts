/**
 * Builds the Pagefind search index over a built site folder. It reads only
 * the built output, so nothing unpublished can reach the index.
 *
 * What becomes a search result:
 * - every page that marks its searchable body (`data-pagefind-body`): news,
 *   documents, municipalities, the rollout page;
 * - every answer on the category pages /sporsmal-og-svar/<category>/ on
 *   its own (`<article data-search-answer="<id>">`), pointing at its anchor
 *   there and titled with its question, rather than the page as a whole;
 * - the text of every PDF attachment of a published document, also in
 *   subfolders, as its own result pointing at the file. Its URL is the
 *   file's, so it never replaces the document page's own result.
 *
 * Beside the index, each language gets the spelling groups of its indexed
 * words (`folding-<lang>.txt`, see word-folding.ts), with which the search
 * page finds «lørdag» for «lordag».
 */
import { createHash } from 'node:crypto';
import { copyFileSync, linkSync, mkdirSync, readdirSync, readFileSync, type Dirent } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fork } from 'node:child_process';
import * as pagefind from 'pagefind';
import { extractText, getDocumentProxy } from 'unpdf';
import { FOLDING_FILE, foldingGroups, wordsOf } from './word-folding.ts';

export interface SearchIndexResult {
  /** Pages Pagefind read: those that mark a searchable body (`stageSearchablePages`). */
  pages: number;
  attachments: number;
  answers: number;
  /** Attachments whose text could not be read (scanned PDFs, damaged files). */
  unreadable: string[];
}

/** Text of a PDF, or `undefined` when it has none that can be extracted. */
export async function pdfText(bytes: Uint8Array): Promise<string | undefined> {
  const pdf = await getDocumentProxy(bytes);
  const { text } = await extractText(pdf, { mergePages: true });
  const clean = text.replace(/\s+/g, ' ').trim();
  return clean.length > 0 ? clean : undefined;
}

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };
const decode = (html: string) => html.replace(/&(?:amp|lt|gt|quot|#39);/g, (e) => ENTITIES[e]!);
const stripTags = (html: string) => decode(html.replace(/<[^>]+>/g, '')).replace(/\s+/g, ' ').trim();

function metaFromPage(html: string) {
  const title = stripTags(/<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html)?.[1] ?? '');
  const date = /data-pagefind-meta="dato:([\d-]+)"/.exec(html)?.[1];
  return { title, date };
}

/**
 * Every file under `dir` (relative paths with `/`; none when it is missing).
 * Synchronous: it runs in the index's own processes, and lists the 29,000
 * files of a 10,000-item site faster than one awaited call per folder.
 */
function filesUnder(dir: string, prefix = '', files: string[] = []): string[] {
  let entries: Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return files;
  }
  for (const entry of entries) {
    const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) filesUnder(path.join(dir, entry.name), relative, files);
    else files.push(relative);
  }
  return files;
}

type CustomRecord = pagefind.CustomRecord;

/**
 * The searchable text of a built page: from its `data-pagefind-body` element
 * to the end of its `<main>`, without tags, scripts and styles; empty for a
 * page that marks no searchable body (Pagefind leaves those out). It may hold
 * a little more than Pagefind indexes (ignored parts), which costs at most a
 * query that finds nothing more.
 */
export function searchableText(html: string): string {
  const start = html.indexOf('data-pagefind-body');
  if (start === -1) return '';
  const end = html.indexOf('</main>', start);
  const body = html.slice(start, end === -1 ? undefined : end);
  return decode(body.replace(/<(script|style)\b[\s\S]*?<\/\1>/g, ' ').replace(/<[^>]+>/g, ' '));
}

/** The spelling groups (`foldingGroups`) of the searchable text of `pages` (paths relative to `dir`) and of `extra` texts. */
export async function languageFoldingGroups(dir: string, pages: readonly string[], extra: readonly string[]): Promise<string[]> {
  const words = new Set<string>();
  const add = (text: string) => {
    for (const word of wordsOf(text)) words.add(word);
  };
  for (const file of pages) add(searchableText(await readFile(path.join(dir, file), 'utf8')));
  extra.forEach(add);
  return foldingGroups(words);
}

/**
 * Hard-links into `stage`, under the same relative paths, the pages of
 * `pages` (relative to `dir`) that Pagefind indexes: those that mark a
 * searchable body (`data-pagefind-body`), or all of them when none does
 * (Pagefind's own rule). Pagefind keeps every page it reads in memory until
 * it writes, indexed or not, so leaving out the paged lists and the change
 * log (about 2,300 pages per language at 10,000 items) lowers its peak by
 * about 0.2 GB, and the index stays the same, byte for byte (tested).
 * Returns the staged pages. A file that cannot be linked is copied.
 */
export function stageSearchablePages(dir: string, pages: readonly string[], stage: string): string[] {
  // Synchronous calls (this runs in the short-lived text process, which waits for nothing else):
  // about half the time of one awaited call per file for the 14,000 pages of a language.
  const marked = pages.filter((file) => readFileSync(path.join(dir, file), 'utf8').includes('data-pagefind-body'));
  const staged = marked.length > 0 ? marked : [...pages];
  const made = new Set<string>();
  for (const file of staged) {
    const target = path.join(stage, file);
    const folder = path.dirname(target);
    if (!made.has(folder)) {
      mkdirSync(folder, { recursive: true });
      made.add(folder);
    }
    try {
      linkSync(path.join(dir, file), target);
    } catch {
      copyFileSync(path.join(dir, file), target);
    }
  }
  return staged;
}

/**
 * The text of each PDF from earlier builds, by the SHA-256 of its bytes
 * (`null`: it had none), so a republish extracts only new or changed
 * attachments. Kept in a JSON file in Astro's cache folder; a build writes
 * back only the PDFs it saw, so removed attachments drop out.
 */
export class PdfTextCache {
  readonly #file: string | undefined;
  #known = new Map<string, string | null>();
  readonly #used = new Map<string, string | null>();

  private constructor(file: string | undefined) {
    this.#file = file;
  }

  /** The cache in `file`, or an empty one when it is missing or unreadable; without `file`, a cache that keeps nothing. */
  static async open(file?: string): Promise<PdfTextCache> {
    const cache = new PdfTextCache(file);
    if (file) {
      try {
        cache.#known = new Map(Object.entries(JSON.parse(await readFile(file, 'utf8')) as Record<string, string | null>));
      } catch {
        // First build, or a damaged file: extract everything.
      }
    }
    return cache;
  }

  /** The text of a PDF (`undefined`: none can be extracted), from the cache or extracted now. */
  async text(bytes: Uint8Array): Promise<string | undefined> {
    const key = createHash('sha256').update(bytes).digest('hex');
    let text = this.#known.get(key);
    if (text === undefined) text = (await pdfText(bytes).catch(() => undefined)) ?? null;
    this.#used.set(key, text);
    return text ?? undefined;
  }

  /** Writes the texts of the PDFs this build saw. */
  async save(): Promise<void> {
    if (!this.#file) return;
    await mkdir(path.dirname(this.#file), { recursive: true });
    const temporary = `${this.#file}.${process.pid}.tmp`;
    await writeFile(temporary, JSON.stringify(Object.fromEntries(this.#used)));
    await rename(temporary, this.#file);
  }
}

/**
 * One record per readable PDF attachment of each built document page:
 * the file's URL, its text, its title as the page's attachment list shows
 * it, and the document's title and date (the search page shows «Vedlegg til
 * «<document>»»).
 */
export async function attachmentRecords(outDir: string, texts?: PdfTextCache, languages: readonly string[] = ['nb']): Promise<{ records: CustomRecord[]; unreadable: string[] }> {
  const cache = texts ?? (await PdfTextCache.open());
  const records: CustomRecord[] = [];
  const unreadable: string[] = [];
  const documentsDir = path.join(outDir, 'dokumenter');
  const folders = await readdir(documentsDir, { withFileTypes: true }).catch(() => []);
  for (const folder of folders.filter((f) => f.isDirectory())) {
    const dir = path.join(documentsDir, folder.name);
    const pdfs = filesUnder(dir).filter((f) => f.toLowerCase().endsWith('.pdf'));
    if (pdfs.length === 0) continue;
    const page = await readFile(path.join(dir, 'index.html'), 'utf8').catch(() => undefined);
    if (!page) continue;
    const { title, date } = metaFromPage(page);
    for (const file of pdfs) {
      const text = await cache.text(new Uint8Array(await readFile(path.join(dir, file))));
      if (!text) {
        unreadable.push(`dokumenter/${folder.name}/${file}`);
        continue;
      }
      const href = `/dokumenter/${folder.name}/${file.split('/').map(encodeURIComponent).join('/')}`;
      // The attachment list links the file with its title as the first text in the link.
      const linkText = new RegExp(`<a href="${href.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"[^>]*>([^<]*)`).exec(page)?.[1];
      const attachmentTitle = linkText ? stripTags(linkText) : '';
      // One record per language, so each language's search finds the attachment (the file itself is shared).
      for (const language of languages) records.push({
        url: href,
        content: text,
        language,
        meta: {
          title: attachmentTitle || path.posix.basename(file),
          type: 'Vedlegg',
          dokument: title,
          ...(date ? { dato: date } : {}),
        },
        filters: { type: ['Dokumenter'], ...(date ? { år: [date.slice(0, 4)] } : {}) },
      });
    }
  }
  return { records, unreadable };
}

/**
 * Each answer of the built answers page as a page of its own for the
 * indexer: the article's HTML, its question as the title, its date, type
 * «Svar», at the URL of its anchor. An answer's Markdown could hold an
 * `<article>` of its own, so each answer runs from its marker to the last
 * `</article>` before the next marker.
 */
export function answerPages(html: string, pageUrl: string, pageLang = 'nb'): { url: string; content: string }[] {
  const marker = /<article\b[^>]*\bdata-search-answer="([^"]+)"[^>]*>/g;
  const starts = [...html.matchAll(marker)];
  return starts.map((match, i) => {
    const id = decode(match[1]!);
    const from = match.index! + match[0].length;
    const chunk = html.slice(from, starts[i + 1]?.index ?? html.length);
    const body = chunk.slice(0, Math.max(0, chunk.lastIndexOf('</article>')));
    const date = /\bdata-search-date="([\d-]+)"/.exec(match[0])?.[1];
    const titled = body.replace(/<h([1-6])\b/, '<h$1 data-pagefind-meta="title"');
    const meta = date ? ` data-pagefind-meta="dato:${date}"` : '';
    return {
      url: `${pageUrl}#${encodeURIComponent(id)}`,
      content: `<!doctype html><html lang="${pageLang}"><head><meta charset="utf-8"><title></title></head><body><main data-pagefind-body data-pagefind-filter="type:Svar"${meta}>${titled}</main></body></html>`,
    };
  });
}

/** What text-process.ts is given: one language of the built site, the pages of that language (relative to `outDir`), where to stage them, and whether (and with which cache) to read the PDF attachments. */
export interface TextWorkInput {
  outDir: string;
  lang: string;
  prefix: string;
  pages: readonly string[];
  stage: string;
  withAttachments: boolean;
  cacheFile: string | undefined;
}

/** What text-process.ts returns last: the answers as pages, the attachments' records (`attachmentRecords`) and the spelling groups (`foldingGroups`). */
export interface TextWorkResult {
  answers: { url: string; content: string }[];
  attachments: { records: CustomRecord[]; unreadable: string[] };
  groups: string[];
}

/**
 * Starts text-process.ts on `input`: `staged` resolves with the staged pages,
 * `result` with the rest, both reject with the process's error; `stop` ends
 * the process early.
 */
function textWork(input: TextWorkInput): { staged: Promise<string[]>; result: Promise<TextWorkResult>; stop: () => void } {
  type Message = { staged: string[] } | TextWorkResult | { error: string };
  const child = fork(path.join(import.meta.dirname, 'text-process.ts'), { execArgv: [], serialization: 'advanced', stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  let error: string | undefined;
  const failure = new Promise<never>((_, reject) => {
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (code !== 0) reject(new Error(error ?? `the text process stopped (${signal ?? `exit code ${code}`})`));
    });
  });
  const next = <T extends Message>(is: (message: Message) => message is T) =>
    Promise.race([new Promise<T>((resolve) => child.on('message', (message: Message) => (is(message) ? resolve(message) : undefined))), failure]);
  child.on('message', (message: Message) => {
    if ('error' in message) error = message.error;
  });
  const staged = next((m): m is { staged: string[] } => 'staged' in m).then((m) => m.staged);
  const result = next((m): m is TextWorkResult => 'groups' in m);
  staged.catch(() => undefined);
  result.catch(() => undefined);
  child.send(input);
  return { staged, result, stop: () => child.kill() };
}

/**
 * Index `outDir` and write the index to `outDir/pagefind/`. `cacheDir`, when
 * given, keeps the text of PDF attachments between builds (`PdfTextCache`).
 * Per language, a short-lived process (text-process.ts) first stages the
 * pages Pagefind reads, then reads their text and the PDFs' beside Pagefind.
 *
 * Pagefind holds every page it indexes in memory until it writes (2.4 GB for
 * the 10,000-item corpus in two languages), and its index of each language
 * is separate anyway (`pagefind.<lang>_<hash>.pf_meta`, `wasm.<lang>.pagefind`,
 * chunks named by their content). So each language is indexed by a Pagefind
 * process of its own, one after the other, each writing into the same
 * folder, and their `pagefind-entry.json` are merged into one: the same
 * files as one run, with half the memory at the peak. (Each run used to
 * write a folder of its own, moved into place file by file after: 7 s of a
 * 75-s index step at 10,000 items.)
 */
export async function buildSearchIndex(outDir: string, cacheDir?: string): Promise<SearchIndexResult> {
  const cacheFile = cacheDir ? path.join(cacheDir, 'pdf-text.json') : undefined;
  const languages = await siteLanguages(outDir);
  const output = path.join(outDir, 'pagefind');
  const stages = languages.map(({ lang }) => path.join(outDir, `.pagefind-pages-${lang}`));
  for (const dir of [output, ...stages]) await rm(dir, { recursive: true, force: true });
  // Each language's run writes into the same folder: Pagefind names its chunks by their content
  // and its scripts do not depend on the pages, so a name written twice has the same bytes, all
  // but `pagefind-entry.json`, which lists the languages and is merged here.
  type Entry = { version: string; languages: Record<string, unknown>; [key: string]: unknown };
  let entry: Entry | undefined;
  const prefixes = new Set(languages.map((l) => l.prefix).filter(Boolean));
  let pages = 0;
  let answerCount = 0;
  let attachments: { records: CustomRecord[]; unreadable: string[] } = { records: [], unreadable: [] };
  try {
    const htmlFiles = filesUnder(outDir).filter((file) => file.endsWith('.html'));
    for (const [i, { lang, prefix }] of languages.entries()) {
      // The main language's pages are everything outside the other languages' folders. Pagefind
      // reads them from a folder of their own (`stageSearchablePages`) with the same paths, so
      // it numbers the pages as a single run over the whole site would (the index is then the
      // same, byte for byte).
      const pagesOfLanguage = htmlFiles.filter((file) => (prefix ? file.startsWith(`${prefix}/`) : !prefixes.has(file.split('/')[0]!)));
      const work = textWork({ outDir, lang, prefix, pages: pagesOfLanguage, stage: stages[i]!, withAttachments: i === 0, cacheFile });
      try {
        await work.staged;
        // No forced language: each page is indexed in the language of its <html lang>, so the
        // search on /nn/sok/ (lang="nn") searches the nynorsk pages with a nynorsk stemmer.
        const { index, errors } = await pagefind.createIndex({});
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        // Pagefind reads the pages in its own process while the text process goes on to read
        // their text for the spelling groups and, in the main language, the PDFs' text.
        const pagesAdded = index.addDirectory({ path: stages[i]!, glob: '**/*.html' });
        // Awaited below; this only keeps an early failure from counting as unhandled meanwhile.
        pagesAdded.catch(() => undefined);
        const added = await pagesAdded;
        if (added.errors.length) throw new Error(added.errors.join('; '));
        pages += added.page_count;
        // Attachments are files of their own, shared by every language, and Pagefind keeps one
        // record per address: they are found from the main language's search (docs/nynorsk.md).
        const { answers, groups, attachments: found } = await work.result;
        for (const answer of answers) {
          const result = await index.addHTMLFile(answer);
          if (result.errors.length) throw new Error(result.errors.join('; '));
        }
        answerCount += answers.length;
        if (i === 0) {
          attachments = found;
          for (const record of attachments.records) {
            const result = await index.addCustomRecord(record);
            if (result.errors.length) throw new Error(result.errors.join('; '));
          }
        }
        const written = await index.writeFiles({ outputPath: output });
        if (written.errors.length) throw new Error(written.errors.join('; '));
        const own = JSON.parse(await readFile(path.join(output, 'pagefind-entry.json'), 'utf8')) as Entry;
        entry = entry ? { ...entry, languages: { ...entry.languages, ...own.languages } } : own;
        await writeFile(path.join(output, FOLDING_FILE(lang)), `${groups.join('\n')}\n`);
      } finally {
        // Ends Pagefind's process, and with it the memory of this language's pages.
        await pagefind.close();
        work.stop();
        await rm(stages[i]!, { recursive: true, force: true });
      }
    }
    if (entry) await writeFile(path.join(output, 'pagefind-entry.json'), JSON.stringify(entry));
  } finally {
    for (const dir of stages) await rm(dir, { recursive: true, force: true });
  }
  return { pages, attachments: attachments.records.length, answers: answerCount, unreadable: attachments.unreadable };
}

/**
 * The languages of a built site, from its front pages: the root's
 * `<html lang>` (the main language, no prefix) and each top folder whose
 * front page says its own name as its language (`/nn/`).
 */
export async function siteLanguages(outDir: string): Promise<{ lang: string; prefix: string }[]> {
  const langOf = async (file: string) => /<html\b[^>]*\blang="([^"]+)"/.exec(await readFile(file, 'utf8').catch(() => ''))?.[1];
  const found = [{ lang: (await langOf(path.join(outDir, 'index.html'))) ?? 'nb', prefix: '' }];
  for (const entry of await readdir(outDir, { withFileTypes: true }).catch(() => [])) {
    if (entry.isDirectory() && (await langOf(path.join(outDir, entry.name, 'index.html'))) === entry.name) found.push({ lang: entry.name, prefix: entry.name });
  }
  return found;
}
