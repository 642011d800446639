/**
 * Builds the Pagefind search index over a built site folder: the pages that
 * mark their searchable body (news, documents, answers) plus the text of PDF
 * attachments that were published with a document. It reads only the built
 * output, so nothing unpublished can reach the index.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { extractText, getDocumentProxy } from 'unpdf';

export interface SearchIndexResult {
  pages: number;
  attachments: number;
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

function metaFromPage(html: string) {
  const title = /<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html)?.[1]?.replace(/<[^>]+>/g, '').trim() ?? '';
  const date = /data-pagefind-meta="dato:([\d-]+)"/.exec(html)?.[1];
  return { title, date };
}

/** Index `outDir` and write the index to `outDir/pagefind/`. */
export async function buildSearchIndex(outDir: string): Promise<SearchIndexResult> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'nb' });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  try {
    // Pagefind reads the pages in its own process while the PDF text is
    // extracted here, so the two overlap (about 2 s at 734 attachments).
    const pagesAdded = index.addDirectory({ path: outDir });
    // Awaited below; this only keeps an early failure from counting as unhandled meanwhile.
    pagesAdded.catch(() => undefined);

    const records: Parameters<typeof index.addCustomRecord>[0][] = [];
    const unreadable: string[] = [];
    const documentsDir = path.join(outDir, 'dokumenter');
    const folders = await readdir(documentsDir, { withFileTypes: true }).catch(() => []);
    for (const folder of folders.filter((f) => f.isDirectory())) {
      const dir = path.join(documentsDir, folder.name);
      const pdfs = (await readdir(dir)).filter((f) => f.toLowerCase().endsWith('.pdf'));
      if (pdfs.length === 0) continue;
      const page = await readFile(path.join(dir, 'index.html'), 'utf8').catch(() => undefined);
      if (!page) continue;
      const { title, date } = metaFromPage(page);
      for (const file of pdfs) {
        const text = await pdfText(new Uint8Array(await readFile(path.join(dir, file)))).catch(() => undefined);
        if (!text) {
          unreadable.push(`dokumenter/${folder.name}/${file}`);
          continue;
        }
        records.push({
          url: `/dokumenter/${folder.name}/`,
          content: text,
          language: 'nb',
          meta: { title: `${title} – vedlegg: ${file}`, type: 'Vedlegg', ...(date ? { dato: date } : {}) },
          filters: { type: ['Dokumenter'], ...(date ? { år: [date.slice(0, 4)] } : {}) },
        });
      }
    }
    const added = await pagesAdded;
    if (added.errors.length) throw new Error(added.errors.join('; '));
    for (const record of records) {
      const result = await index.addCustomRecord(record);
      if (result.errors.length) throw new Error(result.errors.join('; '));
    }
    const written = await index.writeFiles({ outputPath: path.join(outDir, 'pagefind') });
    if (written.errors.length) throw new Error(written.errors.join('; '));
    return { pages: added.page_count, attachments: records.length, unreadable };
  } finally {
    await pagefind.close();
  }
}
