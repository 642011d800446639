/**
 * The reading work of one language's search index, in a process of its own
 * that `buildSearchIndex()` (index-site.ts) starts with `fork()`. It is sent
 * one `TextWorkInput` and answers twice: first `{ staged }`, once the pages
 * Pagefind should read are linked into the staging folder
 * (`stageSearchablePages`), so Pagefind can start; then a `TextWorkResult`:
 * the answers as pages of their own (`answerPages`), in the main language
 * the PDF attachments' records (`attachmentRecords`), and the spelling
 * groups of all of it (`languageFoldingGroups`). On failure it sends
 * `{ error }` and exits with 1.
 *
 * Why a process: reading every page and running pdf.js leave 0.1–0.3 GB of
 * garbage that V8 and the C allocator keep until the process ends (a worker
 * thread's memory was not handed back either, measured), and the index
 * process outlives Pagefind's write, the build's memory peak.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import {
  answerPages,
  attachmentRecords,
  languageFoldingGroups,
  PdfTextCache,
  searchableText,
  stageSearchablePages,
  type TextWorkInput,
  type TextWorkResult,
} from './index-site.ts';

// The index process ended (or was stopped): nothing is waiting for this work.
process.once('disconnect', () => process.exit(1));
process.once('message', async (input: TextWorkInput) => {
  try {
    const staged = stageSearchablePages(input.outDir, input.pages, input.stage);
    process.send!({ staged });
    // One page per category of answers (/sporsmal-og-svar/<category>/); the index holds none.
    const answers: TextWorkResult['answers'] = [];
    const folder = path.join(input.outDir, input.prefix, 'sporsmal-og-svar');
    const categories = (await readdir(folder, { withFileTypes: true }).catch(() => [])).filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort();
    for (const category of categories) {
      const page = await readFile(path.join(folder, category, 'index.html'), 'utf8').catch(() => '');
      answers.push(...answerPages(page, `${input.prefix ? `/${input.prefix}` : ''}/sporsmal-og-svar/${category}/`, input.lang));
    }
    let attachments: TextWorkResult['attachments'] = { records: [], unreadable: [] };
    if (input.withAttachments) {
      const texts = await PdfTextCache.open(input.cacheFile);
      attachments = await attachmentRecords(input.outDir, texts, [input.lang]);
      await texts.save();
    }
    const groups = await languageFoldingGroups(input.outDir, staged, [
      ...answers.map((answer) => searchableText(answer.content)),
      ...attachments.records.map((record) => record.content),
    ]);
    process.send!({ answers, attachments, groups } satisfies TextWorkResult, () => process.exit(0));
  } catch (error) {
    process.send!({ error: error instanceof Error ? error.message : String(error) }, () => process.exit(1));
  }
});
