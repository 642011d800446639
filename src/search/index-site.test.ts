import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { afterAll, describe, expect, it } from 'vitest';
import { minimalPdf } from '../../tests/support/document-fixtures.ts';
import { answerPages, attachmentRecords, buildSearchIndex, PdfTextCache, searchableText, stageSearchablePages } from './index-site.ts';

/** Writes `html` to `file` under `dir`, making its folders. */
function writePage(dir: string, file: string, html: string): void {
  mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
  writeFileSync(path.join(dir, file), html);
}

describe('answerPages', () => {
  const page = `<main><section><h2 id="avtalene">Avtalene</h2>
<article class="hp-faq" data-search-answer="nar-ma" data-search-date="2021-05-19"><h3 id="nar-ma">Når må avtalen signeres?</h3><p>Senest 13 måneder før.</p><p data-pagefind-ignore>Sist oppdatert</p></article>
<article class="hp-faq" lang="nn" data-search-answer="kva-er" data-search-date="2022-01-02"><h3 id="kva-er">Kva er HelsaMi?</h3><p>Ein portal.</p><article><p>Sitat</p></article></article>
</section></main>`;
  const answers = answerPages(page, '/sporsmal-og-svar/');

  it('makes one page per answer at its anchor, titled by its question, of type «Svar», with its date, in the language of the site it is on', () => {
    expect(answers.map((a) => a.url)).toEqual(['/sporsmal-og-svar/#nar-ma', '/sporsmal-og-svar/#kva-er']);
    expect(answers[0]!.content).toContain('<h3 data-pagefind-meta="title" id="nar-ma">Når må avtalen signeres?</h3>');
    expect(answers[0]!.content).toContain('data-pagefind-filter="type:Svar" data-pagefind-meta="dato:2021-05-19"');
    expect(answers[0]!.content).toContain('<html lang="nb">');
    // A nynorsk answer on the bokmål site is found by the bokmål site's search.
    expect(answers[1]!.content).toContain('<html lang="nb">');
    expect(answerPages(page, '/nn/sporsmal-og-svar/', 'nn').map((a) => [a.url, /<html lang="(\w+)">/.exec(a.content)?.[1]])).toEqual([
      ['/nn/sporsmal-og-svar/#nar-ma', 'nn'],
      ['/nn/sporsmal-og-svar/#kva-er', 'nn'],
    ]);
  });

  it('keeps each answer to its own text, the category heading out, an article inside an answer in', () => {
    expect(answers[0]!.content).not.toContain('Avtalene');
    expect(answers[0]!.content).not.toContain('HelsaMi');
    expect(answers[1]!.content).toContain('<article><p>Sitat</p></article>');
  });

  it('finds nothing on a page without answers', () => {
    expect(answerPages('<main><h1>Tom</h1></main>', '/x/')).toEqual([]);
  });
});

describe('searchableText', () => {
  it('reads the text from the searchable body to the end of <main>, without tags, scripts or the rest of the page', () => {
    const html = '<html><body><nav>Språk</nav><main><h1 data-pagefind-body>x</h1><div data-pagefind-body><p>Lørdag på <b>Røros</b> &amp; Ørland</p><script>const før = 1;</script></div></main><footer>Personvernerklæring</footer></body></html>';
    const text = searchableText(html).replace(/\s+/g, ' ').trim();
    expect(text).toContain('Lørdag på Røros & Ørland');
    expect(text).not.toMatch(/Språk|før|Personvern|</);
    expect(searchableText('<html><body><main><p>Søk</p></main></body></html>')).toBe('');
  });
});

describe('attachmentRecords', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'hp-index-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const folder = path.join(root, 'dokumenter', 'avtale');
  mkdirSync(path.join(folder, 'bilag'), { recursive: true });
  writeFileSync(
    path.join(folder, 'index.html'),
    '<h1>Driftsavtale &amp; bilag</h1><p data-pagefind-meta="dato:2023-03-01"></p>' +
      '<a href="/dokumenter/avtale/avtale.pdf" download>Avtaleteksten<span>(PDF)</span></a>' +
      '<a href="/dokumenter/avtale/bilag/priser%20og%20vilk%C3%A5r.pdf" download>Priser og vilkår</a>',
  );
  writeFileSync(path.join(folder, 'avtale.pdf'), minimalPdf('Hovedavtale med ordet alfa'));
  writeFileSync(path.join(folder, 'bilag', 'priser og vilkår.pdf'), minimalPdf('Bilag med ordet beta'));
  writeFileSync(path.join(folder, 'skannet.pdf'), minimalPdf(''));

  it('gives every readable PDF, also in a subfolder, a record at the file’s own address', async () => {
    const { records, unreadable } = await attachmentRecords(root);
    expect(records.map((r) => r.url).sort()).toEqual([
      '/dokumenter/avtale/avtale.pdf',
      '/dokumenter/avtale/bilag/priser%20og%20vilk%C3%A5r.pdf',
    ]);
    const main = records.find((r) => r.url.endsWith('/avtale.pdf'))!;
    expect(main.content).toContain('alfa');
    expect(main.meta).toEqual({ title: 'Avtaleteksten', type: 'Vedlegg', dokument: 'Driftsavtale & bilag', dato: '2023-03-01' });
    expect(main.filters).toEqual({ type: ['Dokumenter'], år: ['2023'] });
    expect(records.find((r) => r.url.includes('bilag'))!.meta!.title).toBe('Priser og vilkår');
    expect(unreadable).toEqual(['dokumenter/avtale/skannet.pdf']);
  });
});

describe('PdfTextCache', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'hp-pdf-cache-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const file = path.join(root, 'cache', 'pdf-text.json');

  it('extracts a PDF once and gives the same text from the cache in the next build', async () => {
    // Extraction hands the bytes to PDF.js, which takes them over: a fresh copy each time.
    const pdf = () => new Uint8Array(minimalPdf('Vedlegg med ordet gamma'));
    const first = await PdfTextCache.open(file);
    expect(await first.text(pdf())).toContain('gamma');
    await first.save();
    // Bytes that are no PDF at all: their text can only come from the cache.
    const notAPdf = new TextEncoder().encode('ikke en pdf');
    const key = createHash('sha256').update(notAPdf).digest('hex');
    writeFileSync(file, JSON.stringify({ ...JSON.parse(readFileSync(file, 'utf8')), [key]: 'tekst fra forrige bygging' }));
    const second = await PdfTextCache.open(file);
    expect(await second.text(notAPdf)).toBe('tekst fra forrige bygging');
    expect(await second.text(pdf())).toContain('gamma');
    await second.save();
    expect(Object.keys(JSON.parse(readFileSync(file, 'utf8'))).length).toBe(2);
  });

  it('forgets attachments a build no longer has', async () => {
    const third = await PdfTextCache.open(file);
    expect(await third.text(new Uint8Array(minimalPdf('')))).toBeUndefined();
    await third.save();
    expect(Object.values(JSON.parse(readFileSync(file, 'utf8')))).toEqual([null]);
  });
});

describe('buildSearchIndex', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'hp-index-languages-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const page = (lang: string, title: string, text: string) =>
    `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${title}</title></head><body><main data-pagefind-body data-pagefind-filter="type:Nyheter" data-pagefind-meta="dato:2024-01-02"><h1>${title}</h1><p>${text}</p></main></body></html>`;
  const site = (dir: string) => {
    const put = (file: string, html: string) => writePage(dir, file, html);
    put('index.html', page('nb', 'Forsiden', 'Velkommen til innføringen'));
    put('nn/index.html', page('nn', 'Framsida', 'Velkomen til innføringa'));
    for (let i = 0; i < 12; i++) {
      put(`nyheter/nyhet-${i}/index.html`, page('nb', `Nyhet ${i}`, `Sykehuset innfører journalen i uke ${i} med ordet alfa${i % 3}`));
      put(`nn/nyheiter/nyheit-${i}/index.html`, page('nn', `Nyheit ${i}`, `Sjukehuset innfører journalen i veke ${i} med ordet alfa${i % 3}`));
    }
    // A folder whose name begins like the language's, which belongs to the main language.
    put('nnx/index.html', page('nb', 'Ikke nynorsk', 'En side i en mappe som heter nnx'));
    const answers = (lang: string) =>
      `<!doctype html><html lang="${lang}"><body><main><article data-search-answer="nar" data-search-date="2021-05-19"><h3>Når ${lang}?</h3><p>Svar om alfa1.</p></article></main></body></html>`;
    put('sporsmal-og-svar/index.html', answers('nb').replace(/data-search-answer="nar"/, ''));
    put('sporsmal-og-svar/avtalene/index.html', answers('nb'));
    put('nn/sporsmal-og-svar/avtalane/index.html', answers('nn'));
    put('dokumenter/avtale/index.html', '<!doctype html><html lang="nb"><body><main data-pagefind-body><h1>Avtale</h1><a href="/dokumenter/avtale/avtale.pdf">Avtaleteksten</a></main></body></html>');
    writeFileSync(path.join(dir, 'dokumenter', 'avtale', 'avtale.pdf'), minimalPdf('Hovedavtale med ordet alfa2'));
  };
  const filesOf = (dir: string): Map<string, string> => {
    const files = new Map<string, string>();
    const walk = (sub: string) => {
      for (const entry of readdirSync(path.join(dir, sub), { withFileTypes: true })) {
        const relative = path.join(sub, entry.name);
        if (entry.isDirectory()) walk(relative);
        else files.set(relative, createHash('sha256').update(readFileSync(path.join(dir, relative))).digest('hex'));
      }
    };
    walk('');
    return files;
  };

  it('indexes each language in a Pagefind run of its own, into the same files as one run over the whole site', async () => {
    const split = path.join(root, 'split');
    const single = path.join(root, 'single');
    site(split);
    site(single);
    const result = await buildSearchIndex(split);
    // Pagefind reads only the 28 pages that mark a searchable body, not the three answer pages
    // (their answers are added one by one), and the index is the same as from reading all 31.
    expect(result).toEqual({ pages: 28, attachments: 1, answers: 2, unreadable: [] });
    expect(readdirSync(split).filter((name) => name.startsWith('.'))).toEqual([]);

    // The design before: one Pagefind run over everything.
    const { index } = await pagefind.createIndex({});
    try {
      const added = await index!.addDirectory({ path: single });
      expect(added.page_count).toBe(31);
      for (const [lang, folder] of [['nb', 'sporsmal-og-svar/avtalene'], ['nn', 'nn/sporsmal-og-svar/avtalane']] as const) {
        for (const answer of answerPages(readFileSync(path.join(single, folder, 'index.html'), 'utf8'), `/${folder}/`, lang)) await index!.addHTMLFile(answer);
      }
      for (const record of (await attachmentRecords(single, undefined, ['nb'])).records) await index!.addCustomRecord(record);
      await index!.writeFiles({ outputPath: path.join(single, 'pagefind') });
    } finally {
      await pagefind.close();
    }
    const expected = filesOf(path.join(single, 'pagefind'));
    expect(JSON.parse(readFileSync(path.join(split, 'pagefind', 'pagefind-entry.json'), 'utf8'))).toEqual(JSON.parse(readFileSync(path.join(single, 'pagefind', 'pagefind-entry.json'), 'utf8')));
    expect(Object.keys(JSON.parse(readFileSync(path.join(split, 'pagefind', 'pagefind-entry.json'), 'utf8')).languages)).toEqual(['nb', 'nn']);
    // Besides, each language's spelling groups (word-folding.ts), of its own pages' words.
    const splitFiles = filesOf(path.join(split, 'pagefind'));
    const groups = (lang: string) => readFileSync(path.join(split, 'pagefind', `folding-${lang}.txt`), 'utf8').trim().split('\n');
    expect(groups('nb')).toEqual(['innfører', 'innføringen', 'når']);
    expect(groups('nn')).toEqual(['innfører', 'innføringa', 'når']);
    for (const lang of ['nb', 'nn']) splitFiles.delete(`folding-${lang}.txt`);
    expect(splitFiles).toEqual(expected);
  }, 60_000);
});

describe('stageSearchablePages', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'hp-index-stage-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const put = writePage;

  it('links only the pages that mark a searchable body, under the same paths', async () => {
    const dir = path.join(root, 'marked');
    put(dir, 'nyheter/a/index.html', '<main data-pagefind-body><h1>A</h1></main>');
    put(dir, 'nyheter/side/2/index.html', '<main><h1>Side 2</h1></main>');
    put(dir, 'endringer/index.html', '<main><h1>Endringer</h1></main>');
    const stage = path.join(root, 'marked-stage');
    expect(await stageSearchablePages(dir, ['nyheter/a/index.html', 'nyheter/side/2/index.html', 'endringer/index.html'], stage)).toEqual(['nyheter/a/index.html']);
    expect(readdirSync(stage, { recursive: true }).map(String).sort()).toEqual(['nyheter', 'nyheter/a', 'nyheter/a/index.html']);
    expect(readFileSync(path.join(stage, 'nyheter/a/index.html'), 'utf8')).toBe('<main data-pagefind-body><h1>A</h1></main>');
  });

  it('links every page when none marks a body, as Pagefind then indexes them all', async () => {
    const dir = path.join(root, 'unmarked');
    put(dir, 'index.html', '<main><h1>Forsiden</h1></main>');
    put(dir, 'om/index.html', '<main><h1>Om</h1></main>');
    const stage = path.join(root, 'unmarked-stage');
    expect(await stageSearchablePages(dir, ['index.html', 'om/index.html'], stage)).toEqual(['index.html', 'om/index.html']);
    expect(readFileSync(path.join(stage, 'om/index.html'), 'utf8')).toBe('<main><h1>Om</h1></main>');
  });
});
