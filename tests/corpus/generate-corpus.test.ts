import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { CorpusUsageError, checkOutputFolder, main } from '../../tools/corpus/cli.ts';
import { generateCorpus, shareCount, type CorpusFile } from '../../tools/corpus/generate.ts';
import type { DocumentData } from '../../src/schemas/document.ts';
import type { Faq } from '../../src/schemas/faq.ts';
import type { Municipality } from '../../src/schemas/municipality.ts';
import type { News } from '../../src/schemas/news.ts';
import type { Settings } from '../../src/schemas/settings.ts';
import { formatProblem, validateContent } from '../../src/validation/index.ts';

const projectRoot = path.resolve(import.meta.dirname, '../..');
const script = path.join(projectRoot, 'scripts/generate-corpus.ts');
const SMALL = ['--news', '30', '--documents', '10', '--answers', '5', '--today', '2026-11-01'];
const TODAY = '2026-11-01';

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'corpus-test-'));
});
afterAll(() => {
  rmSync(tmp, { recursive: true, force: true });
});

/** Runs the real command line in a child process, as `npm run corpus` does. */
function runCli(args: string[]) {
  const result = spawnSync(process.execPath, [script, ...args], { encoding: 'utf8', cwd: projectRoot });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Every file under `dir`, by relative path, with a hash of its bytes. */
function treeHashes(dir: string): Map<string, string> {
  const result = new Map<string, string>();
  const walk = (sub: string) => {
    for (const entry of readdirSync(path.join(dir, sub), { withFileTypes: true })) {
      const relative = path.posix.join(sub, entry.name);
      if (entry.isDirectory()) walk(relative);
      else result.set(relative, createHash('sha256').update(readFileSync(path.join(dir, relative))).digest('hex'));
    }
  };
  walk('');
  return result;
}


/** Runs the project's own content validator (what `npm run check` runs) and lists its problems. */
async function projectValidatorProblems(dir: string, buildDate: string): Promise<string[]> {
  return (await validateContent(dir, { buildDate })).problems.map(formatProblem);
}

/**
 * Validates a corpus with the project's own validator (schemas and every
 * cross-reference), then checks what only a demonstration corpus promises:
 * every item marked as demo data, statuses moving forward in vocabulary
 * order, each event citing a published news item from before it.
 */
async function validateTree(dir: string, today: string) {
  const result = await validateContent(dir, { buildDate: today });
  expect(result.problems.map(formatProblem)).toEqual([]);
  const valuesOf = <T,>(kind: 'kommuner' | 'nyheter' | 'dokumenter' | 'sporsmal') =>
    new Map(result.content.items[kind].map((item) => [item.id, { ...(result.values.get(item) as T), body: item.body ?? '', name: item.file.split('/').at(-1)! }]));
  const settings = result.values.get(result.content.settings!) as Settings;
  const municipalities = valuesOf<Municipality>('kommuner');
  const news = valuesOf<News>('nyheter');
  const documents = valuesOf<DocumentData>('dokumenter');
  const answers = [...valuesOf<Faq>('sporsmal').values()];
  const statusIds = settings.statuser.map((s) => s.id);
  const driftIds = new Set(settings.statuser.filter((s) => s.type === 'drift').map((s) => s.id));

  for (const item of news.values()) {
    expect(item.tittel).toContain('(demodata)');
    expect(item.body).toContain('[DEMO]');
    if (item.bilde) expect(item.bilde.fil).toMatch(/^\.\/bilder\/[a-z0-9-]+\.png$/);
  }
  for (const [slug, doc] of documents) {
    expect(doc.tittel).toContain('(demodata)');
    expect(doc.body).toContain('[DEMO]');
    if (doc.erstatter) {
      const previous = documents.get(doc.erstatter)!;
      expect(previous.status).toBe('erstattet');
      expect(previous.publisert < doc.publisert).toBe(true);
      expect(Number(doc.versjon)).toBe(Number(previous.versjon) + 1);
    }
    if (doc.status === 'erstattet') {
      expect([...documents.values()].some((other) => other.erstatter === slug), `${slug} replaced by nothing`).toBe(true);
    }
  }
  for (const answer of answers) {
    expect(answer.sporsmal).toContain('(demodata)');
    expect(answer.body).toContain('[DEMO]');
  }
  for (const [slug, municipality] of municipalities) {
    expect(municipality.hendelser.length, `${slug} has events`).toBeGreaterThan(0);
    let previousIndex = 0;
    let previousDate = '';
    for (const event of municipality.hendelser) {
      const index = statusIds.indexOf(event.status);
      expect(index, `${slug} status ${event.status}`).toBeGreaterThan(previousIndex);
      expect(event.dato > previousDate, `${slug} dates increase`).toBe(true);
      expect(event.dato < today).toBe(true);
      expect(event.kilde.nyhet, `${slug} cites a news item`).toBeDefined();
      const published = news.get(event.kilde.nyhet!)!.publisert;
      // A go-live is reported by its source on the day (the check refuses one dated after its source).
      if (driftIds.has(event.status)) expect(published, `${slug} go-live on its source's day`).toBe(event.dato);
      else expect(published < event.dato, `${slug} source predates event`).toBe(true);
      previousIndex = index;
      previousDate = event.dato;
    }
  }
  return { settings, municipalities, documents, news, answers };
}

describe('npm run corpus (small corpus, generated content when content/ is absent)', () => {
  let first: string;
  let second: string;
  let otherSeed: string;
  const noSource = () => path.join(tmp, 'no-such-content');

  beforeAll(() => {
    first = path.join(tmp, 'first');
    second = path.join(tmp, 'second');
    otherSeed = path.join(tmp, 'other-seed');
    for (const [out, seed] of [[first, '7'], [second, '7'], [otherSeed, '8']] as const) {
      const result = runCli(['--out', out, '--seed', seed, '--from', noSource(), ...SMALL]);
      expect(result.stderr).toBe('');
      expect(result.code).toBe(0);
    }
  });

  it('produces identical trees for the same seed and a different tree for another seed', () => {
    const a = treeHashes(first);
    expect(treeHashes(second)).toEqual(a);
    const b = treeHashes(otherSeed);
    expect(b).not.toEqual(a);
  });

  it('writes the requested numbers of items and the 64 municipalities', () => {
    const tree = [...treeHashes(first).keys()];
    expect(tree.filter((f) => /^nyheter\/[^/]+\.mdx?$/.test(f))).toHaveLength(30);
    expect(tree.filter((f) => /^dokumenter\/[^/]+\/index\.md$/.test(f))).toHaveLength(10);
    expect(tree.filter((f) => f.startsWith('sporsmal/'))).toHaveLength(5);
    expect(tree.filter((f) => f.startsWith('kommuner/'))).toHaveLength(64);
    expect(tree).toEqual(expect.arrayContaining(['README.md', 'innstillinger.json', 'organisasjoner/helseplattformen-as.yaml', 'faser/fase-1.yaml']));
  });

  it("passes the project's content validator", async () => {
    expect(await projectValidatorProblems(first, TODAY)).toEqual([]);
  });

  it('passes the content schemas and every cross-reference check', async () => {
    const corpus = await validateTree(first, TODAY);
    expect(corpus.settings.navn.startsWith('DEMODATA – ')).toBe(true);
    const items = [...corpus.news.values()];
    expect(items.filter((n) => n.utkast)).toHaveLength(1);
    expect(items.filter((n) => n.publisert > TODAY)).toHaveLength(1);
    expect(items.filter((n) => n.bilde)).toHaveLength(3);
    expect(items.filter((n) => n.name.endsWith('.mdx')).length).toBeGreaterThan(0);
    const docs = [...corpus.documents.values()];
    expect(docs.filter((d) => d.erstatter)).not.toHaveLength(0);
    expect(docs.filter((d) => d.vedlegg.length > 0)).toHaveLength(3);
  });

  it('writes PDF attachments whose text unpdf can extract', async () => {
    const pdfs = [...treeHashes(first).keys()].filter((f) => f.endsWith('.pdf'));
    expect(pdfs.length).toBeGreaterThanOrEqual(3);
    for (const file of pdfs) {
      const document = await getDocumentProxy(new Uint8Array(readFileSync(path.join(first, file))));
      const { text } = await extractText(document, { mergePages: true });
      expect(text, file).toContain('DEMODATA - generert vedlegg');
      expect(text, file).toContain('(demodata)');
      expect(text, file).toMatch(/Dokument: \S+ om .+/);
    }
  });

  it('says in the README, in Norwegian and English, that the data is generated, with seed and command', () => {
    const readme = readFileSync(path.join(first, 'README.md'), 'utf8');
    expect(readme).toContain('ikke ekte');
    expect(readme).toContain('not real');
    expect(readme).toContain('| Frø / seed | 7 |');
    expect(readme).toContain('npm run corpus -- --out <mappe> --seed 7 --news 30 --documents 10 --answers 5 --today 2026-11-01');
  });
});

describe('shares at a larger size (in process)', () => {
  const files = generateCorpus({ seed: 3, news: 1000, documents: 200, answers: 50, today: TODAY, sourceContent: undefined });
  const byPath = new Map(files.map((f) => [f.path, f]));
  const text = (f: CorpusFile) => (typeof f.data === 'string' ? f.data : f.data.toString('utf8'));
  const newsFiles = files.filter((f) => /^nyheter\/[^/]+\.mdx?$/.test(f.path));
  const meta = newsFiles.map((f) => parseYaml(/^---\n([\s\S]*?)\n---/.exec(text(f))![1]!) as Record<string, unknown>);

  it('has about 2 % drafts, 1 % future items, 10 % images, 10 % tables and some MDX', () => {
    expect(meta.filter((m) => m.utkast === true)).toHaveLength(20);
    expect(meta.filter((m) => String(m.publisert) > TODAY)).toHaveLength(10);
    expect(meta.filter((m) => m.bilde)).toHaveLength(100);
    expect(newsFiles.filter((f) => /^\| --- \| --- \| ---: \|$/m.test(text(f)))).toHaveLength(100);
    expect(newsFiles.filter((f) => f.path.endsWith('.mdx'))).toHaveLength(50);
    // Drafts are never also the future items: each rule is exercised on its own.
    expect(meta.filter((m) => m.utkast === true && String(m.publisert) > TODAY)).toHaveLength(0);
  });

  it('puts about 20 % of documents in version chains and gives about 30 % a PDF', () => {
    const docs = files.filter((f) => /^dokumenter\/[^/]+\/index\.md$/.test(f.path));
    const docMeta = docs.map((f) => parseYaml(/^---\n([\s\S]*?)\n---/.exec(text(f))![1]!) as Record<string, unknown>);
    const inChains = docMeta.filter((m) => m.erstatter || m.status === 'erstattet');
    expect(inChains).toHaveLength(shareCount(200, 0.2));
    expect(docMeta.filter((m) => Array.isArray(m.vedlegg))).toHaveLength(shareCount(200, 0.3));
    expect(docMeta.some((m) => m.versjon === '3')).toBe(true);
    for (const m of docMeta.filter((d) => Array.isArray(d.vedlegg))) {
      expect(m.vedlegg).toEqual(expect.arrayContaining([expect.objectContaining({ fil: 'vedlegg-1.pdf' })]));
    }
    expect(byPath.has('README.md')).toBe(true);
  });

  it('spreads the answers over about eight categories', () => {
    const categories = new Set(
      files.filter((f) => f.path.startsWith('sporsmal/')).map((f) => /^kategori: (.+)$/m.exec(text(f))![1]),
    );
    expect(categories.size).toBe(8);
  });
});

describe('copying the shipped settings, organisations, phases and municipalities', () => {
  let source: string;
  let out: string;

  beforeAll(() => {
    source = path.join(tmp, 'source-content');
    out = path.join(tmp, 'from-source');
    mkdirSync(path.join(source, 'kommuner'), { recursive: true });
    mkdirSync(path.join(source, 'kart'), { recursive: true });
    // Two small squares where the two municipalities lie, numbered as Kartverket numbers them.
    const square = (nummer: string, lat: number, lon: number) => ({
      type: 'Feature',
      properties: { kommunenummer: nummer },
      geometry: { type: 'Polygon', coordinates: [[[lon - 0.1, lat - 0.1], [lon + 0.1, lat - 0.1], [lon + 0.1, lat + 0.1], [lon - 0.1, lat + 0.1], [lon - 0.1, lat - 0.1]]] },
    });
    writeFileSync(
      path.join(source, 'kart', 'grenser.json'),
      `${JSON.stringify({ type: 'FeatureCollection', features: [square('1580', 62.6, 6.44), square('5001', 63.4, 10.4)] })}\n`,
    );
    const settings = {
      navn: 'Innføringen',
      system: 'Systemet',
      region: 'Regionen',
      beskrivelse: 'Ekte beskrivelse.',
      nettadresse: 'https://example.org/',
      farge: '#123456',
      sistKontrollert: '2026-12-01',
      fylker: ['Fylket'],
      omrade: { sor: 61, nord: 65, vest: 4, ost: 14 },
      statuser: [
        { id: 'ingen', navn: 'Ingen', beskrivelse: 'Før.', type: 'start', farge: '#000000', symbol: '–' },
        { id: 'steg-en', navn: 'Steg én', beskrivelse: 'En.', type: 'steg', farge: '#111111', symbol: '1' },
        { id: 'steg-to', navn: 'Steg to', beskrivelse: 'To.', type: 'plan', farge: '#222222', symbol: '2' },
      ],
      epost: 'post@example.org',
      lisens: { navn: 'CC BY 4.0', nettadresse: 'https://creativecommons.org/licenses/by/4.0/' },
      kartgrenser: 'kart/grenser.json',
    };
    writeFileSync(path.join(source, 'innstillinger.json'), JSON.stringify(settings));
    mkdirSync(path.join(source, 'organisasjoner'));
    writeFileSync(path.join(source, 'organisasjoner', 'selskapet.yaml'), 'navn: Selskapet AS\ntype: selskap\n');
    writeFileSync(path.join(source, 'organisasjoner', 'en-kommune.yaml'), 'navn: En kommune\ntype: kommune\nkommune: finnes-ikke\n');
    mkdirSync(path.join(source, 'faser'));
    writeFileSync(
      path.join(source, 'faser', 'forste.yaml'),
      'navn: Første\nnummer: 1\nbeskrivelse: Første fase.\nplaner:\n  - dato: 2022-01-01\n    planlagt: 2022-05\n    kilde:\n      nyhet: ekte-nyhet\n',
    );
    writeFileSync(
      path.join(source, 'kommuner', 'nyby.yaml'),
      '# Koordinater: rådhuset\nnummer: "1580"\nnavn: Nyby\nfylke: Fylket\nkoordinater:\n  lat: 62.6\n  lon: 6.44\ngyldigFra: 2024-01-01\nhendelser:\n  - dato: 2024-02-01\n    status: steg-en\n    kilde:\n      nyhet: ekte-nyhet\n',
    );
    writeFileSync(
      path.join(source, 'kommuner', 'gamleby.yaml'),
      'nummer: "5001"\nnavn: Gamleby\nfylke: Fylket\nkoordinater:\n  lat: 63.4\n  lon: 10.4\nhendelser: []\n',
    );
    const result = runCli(['--out', out, '--from', source, '--news', '200', '--documents', '20', '--answers', '5', '--today', TODAY]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
  });

  it('marks the site name and keeps the rest of the settings', () => {
    const settings = JSON.parse(readFileSync(path.join(out, 'innstillinger.json'), 'utf8'));
    expect(settings.navn).toBe('DEMODATA – Innføringen');
    expect(settings.beskrivelse).toMatch(/^Demodata: .*Ekte beskrivelse\.$/);
    expect(settings.statuser.map((s: { id: string }) => s.id)).toEqual(['ingen', 'steg-en', 'steg-to']);
    expect(settings.sistKontrollert).toBe(TODAY);
    expect(readFileSync(path.join(out, 'kart', 'grenser.json'), 'utf8')).toContain('FeatureCollection');
  });

  it('replaces real events and sources with generated ones, keeping comments and validity dates', async () => {
    const text = readFileSync(path.join(out, 'kommuner', 'nyby.yaml'), 'utf8');
    expect(text).toMatch(/^# DEMODATA: .*\n# Koordinater: rådhuset\n/);
    expect(text).not.toContain('ekte-nyhet');
    const phase = parseYaml(readFileSync(path.join(out, 'faser', 'forste.yaml'), 'utf8'));
    expect(phase.planer[0].kilde.nyhet).toMatch(/^demo-nyhet-/);
    const organisation = parseYaml(readFileSync(path.join(out, 'organisasjoner', 'en-kommune.yaml'), 'utf8'));
    expect(organisation.kommune).toBeUndefined();
    expect(await projectValidatorProblems(out, TODAY)).toEqual([]);
    const corpus = await validateTree(out, TODAY);
    expect([...corpus.municipalities.keys()].sort()).toEqual(['gamleby', 'nyby']);
    expect(corpus.municipalities.get('nyby')!.gyldigFra).toBe('2024-01-01');
  });

  it('does not prefix the site name twice when copying from a corpus', () => {
    const again = path.join(tmp, 'from-corpus');
    const result = runCli(['--out', again, '--from', out, '--news', '20', '--documents', '2', '--answers', '1']);
    expect(result.code).toBe(0);
    expect(JSON.parse(readFileSync(path.join(again, 'innstillinger.json'), 'utf8')).navn).toBe('DEMODATA – Innføringen');
  });
});

describe('output folder safety', () => {
  let fakeRoot: string;
  beforeAll(() => {
    fakeRoot = path.join(tmp, 'project');
    mkdirSync(path.join(fakeRoot, 'content', 'nyheter'), { recursive: true });
    symlinkSync(path.join(fakeRoot, 'content'), path.join(tmp, 'link-to-content'));
  });

  it('refuses the content folder, anything inside it (also through a symbolic link) and folders containing it', () => {
    for (const out of [
      path.join(fakeRoot, 'content'),
      path.join(fakeRoot, 'content', 'demo'),
      path.join(fakeRoot, 'content', 'nyheter', '..', 'x'),
      path.join(tmp, 'link-to-content', 'demo'),
    ]) {
      expect(() => checkOutputFolder(out, fakeRoot, true), out).toThrow(/inside the project's content folder/);
    }
    expect(() => checkOutputFolder(fakeRoot, fakeRoot, true)).toThrow(/contains the project's content folder/);
    expect(() => checkOutputFolder(path.join(fakeRoot, 'corpus'), fakeRoot, false)).not.toThrow();
  });

  it('exits 1 without writing anything when asked to write into content/', () => {
    const target = path.join(fakeRoot, 'content', 'demo');
    let code = 0;
    const errors: string[] = [];
    const write = process.stderr.write;
    process.stderr.write = ((chunk: string) => (errors.push(chunk), true)) as typeof process.stderr.write;
    try {
      code = main(['--out', target, ...SMALL], fakeRoot);
    } finally {
      process.stderr.write = write;
    }
    expect(code).toBe(1);
    expect(errors.join('')).toContain('Demonstration data must never be mixed with real content');
    expect(existsSync(target)).toBe(false);
  });

  it('refuses the real project content folder from the command line', () => {
    const target = path.join(projectRoot, 'content', 'corpus-test-must-not-exist');
    try {
      const result = runCli(['--out', target, ...SMALL]);
      expect(result.code).toBe(1);
      expect(result.stderr).toContain("inside the project's content folder");
      expect(existsSync(target)).toBe(false);
    } finally {
      // Should the guard ever break, do not leave demonstration data in the real content.
      rmSync(target, { recursive: true, force: true });
    }
  });

  it('refuses a non-empty folder unless --force, which replaces only the corpus entries', () => {
    const out = path.join(tmp, 'non-empty');
    mkdirSync(path.join(out, 'nyheter'), { recursive: true });
    writeFileSync(path.join(out, 'nyheter', 'stale.md'), 'old');
    writeFileSync(path.join(out, 'keep.txt'), 'mine');
    expect(() => checkOutputFolder(out, fakeRoot, false)).toThrow(CorpusUsageError);
    const refused = runCli(['--out', out, ...SMALL]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('--force');

    const forced = runCli(['--out', out, '--force', '--from', path.join(tmp, 'no-such-content'), ...SMALL]);
    expect(forced.code).toBe(0);
    expect(existsSync(path.join(out, 'nyheter', 'stale.md'))).toBe(false);
    expect(readFileSync(path.join(out, 'keep.txt'), 'utf8')).toBe('mine');
    expect(readdirSync(path.join(out, 'nyheter')).filter((n) => n.endsWith('.md') || n.endsWith('.mdx'))).toHaveLength(30);
  });

  it('names a broken source file instead of crashing, and writes nothing', () => {
    const broken = path.join(tmp, 'broken-source');
    mkdirSync(path.join(broken, 'kommuner'), { recursive: true });
    writeFileSync(path.join(broken, 'innstillinger.json'), '{ "navn": ');
    const out = path.join(tmp, 'from-broken');
    const result = runCli(['--out', out, '--from', broken, ...SMALL]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`Could not read ${path.join(broken, 'innstillinger.json')}`);
    expect(result.stderr).toContain('--from <dir>');
    expect(existsSync(out)).toBe(false);
  });

  it('rejects malformed numbers and dates', () => {
    for (const args of [['--seed', '-1'], ['--news', 'many'], ['--today', '2026-02-30'], ['--unknown']]) {
      const result = runCli(['--out', path.join(tmp, 'never'), ...args]);
      expect(result.code, args.join(' ')).toBe(1);
      expect(result.stderr).toContain('Usage: npm run corpus');
    }
    expect(existsSync(path.join(tmp, 'never'))).toBe(false);
  });
});
