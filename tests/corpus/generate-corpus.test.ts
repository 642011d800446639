import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { z } from 'astro/zod';
import { CorpusUsageError, checkOutputFolder, main } from '../../src/corpus/cli.ts';
import { generateCorpus, shareCount, type CorpusFile } from '../../src/corpus/generate.ts';
import { documentSchema } from '../../src/schemas/document.ts';
import { faqSchema } from '../../src/schemas/faq.ts';
import { municipalitySchema } from '../../src/schemas/municipality.ts';
import { newsSchema } from '../../src/schemas/news.ts';
import { organisationSchema } from '../../src/schemas/organisation.ts';
import { phaseSchema } from '../../src/schemas/phase.ts';
import { settingsSchema } from '../../src/schemas/settings.ts';
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

function frontMatter(file: string): { data: Record<string, unknown>; body: string } {
  const text = readFileSync(file, 'utf8');
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
  if (!match) throw new Error(`no front matter in ${file}`);
  return { data: parseYaml(match[1]!) as Record<string, unknown>, body: match[2]! };
}

/** Runs the project's own content validator (what `npm run check` runs) and lists its problems. */
function projectValidatorProblems(dir: string, buildDate: string): string[] {
  return validateContent(dir, { buildDate }).problems.map(formatProblem);
}

function check<T extends z.ZodType>(schema: T, value: unknown, file: string): z.infer<T> {
  const result = schema.safeParse(value);
  if (!result.success) throw new Error(`${file} does not match its schema:\n${z.prettifyError(result.error)}`);
  return result.data;
}

/**
 * Parses every file of a corpus with the project's zod schemas and checks the
 * cross-references the validator checks: news → municipalities and
 * documents, document versions and parties, attachments and images on disk,
 * event statuses, phases and sources.
 */
function validateTree(dir: string, today: string) {
  const settings = check(settingsSchema, JSON.parse(readFileSync(path.join(dir, 'innstillinger.json'), 'utf8')), 'innstillinger.json');
  const organisations = check(z.array(organisationSchema), JSON.parse(readFileSync(path.join(dir, 'organisasjoner.json'), 'utf8')), 'organisasjoner.json');
  const phases = check(z.array(phaseSchema), JSON.parse(readFileSync(path.join(dir, 'faser.json'), 'utf8')), 'faser.json');

  const municipalities = new Map(
    readdirSync(path.join(dir, 'kommuner')).map((name) => [
      name.replace(/\.yaml$/, ''),
      check(municipalitySchema, parseYaml(readFileSync(path.join(dir, 'kommuner', name), 'utf8')), name),
    ]),
  );
  const documents = new Map(
    readdirSync(path.join(dir, 'dokumenter')).map((slug) => {
      const file = path.join(dir, 'dokumenter', slug, 'index.md');
      const { data, body } = frontMatter(file);
      return [slug, { ...check(documentSchema, data, file), body }];
    }),
  );
  const newsSchemaForFiles = newsSchema(z.string());
  const news = new Map(
    readdirSync(path.join(dir, 'nyheter'))
      .filter((name) => /\.mdx?$/.test(name))
      .map((name) => {
        const file = path.join(dir, 'nyheter', name);
        const { data, body } = frontMatter(file);
        return [name.replace(/\.mdx?$/, ''), { ...check(newsSchemaForFiles, data, file), body, name }];
      }),
  );
  const answers = readdirSync(path.join(dir, 'sporsmal')).map((name) => {
    const file = path.join(dir, 'sporsmal', name);
    const { data, body } = frontMatter(file);
    return { ...check(faqSchema, data, file), body };
  });

  const orgIds = new Set(organisations.map((o) => o.id));
  const statusIds = settings.statuser.map((s) => s.id);
  const phaseIds = new Set(phases.map((p) => p.id));
  const isPublishedNews = (slug: string) => {
    const item = news.get(slug);
    return item !== undefined && !item.utkast && item.publisert <= today;
  };

  for (const org of organisations) {
    if (org.kommune) expect(municipalities.has(org.kommune), `${org.id}.kommune`).toBe(true);
    if (org.tilhorer) expect(orgIds.has(org.tilhorer), `${org.id}.tilhorer`).toBe(true);
  }
  for (const phase of phases) {
    for (const id of phase.organisasjoner) expect(orgIds.has(id), `${phase.id} → ${id}`).toBe(true);
    if (phase.kilde?.nyhet) expect(isPublishedNews(phase.kilde.nyhet), `${phase.id}.kilde`).toBe(true);
  }
  for (const [slug, item] of news) {
    expect(item.tittel).toContain('(demodata)');
    expect(item.body).toContain('[DEMO]');
    for (const m of item.kommuner) expect(municipalities.has(m), `${slug} → kommune ${m}`).toBe(true);
    for (const d of item.dokumenter) {
      const doc = documents.get(d);
      expect(doc, `${slug} → dokument ${d}`).toBeDefined();
      expect(doc!.utkast).toBe(false);
      expect(doc!.publisert <= item.publisert).toBe(true);
    }
    if (item.bilde) {
      expect(item.bilde.fil).toMatch(/^\.\/bilder\/[a-z0-9-]+\.png$/);
      expect(existsSync(path.join(dir, 'nyheter', item.bilde.fil)), item.bilde.fil).toBe(true);
    }
  }
  for (const [slug, doc] of documents) {
    expect(doc.tittel).toContain('(demodata)');
    expect(doc.body).toContain('[DEMO]');
    for (const party of doc.parter) expect(orgIds.has(party) || municipalities.has(party), `${slug} party ${party}`).toBe(true);
    for (const attachment of doc.vedlegg) expect(existsSync(path.join(dir, 'dokumenter', slug, attachment.fil))).toBe(true);
    if (doc.erstatter) {
      const previous = documents.get(doc.erstatter);
      expect(previous, `${slug}.erstatter`).toBeDefined();
      expect(previous!.status).toBe('erstattet');
      expect(previous!.publisert < doc.publisert).toBe(true);
      expect(Number(doc.versjon)).toBe(Number(previous!.versjon) + 1);
    }
    if (doc.status === 'erstattet') {
      expect([...documents.values()].some((other) => other.erstatter === slug), `${slug} replaced by nothing`).toBe(true);
    }
  }
  for (const answer of answers) {
    expect(answer.sporsmal).toContain('(demodata)');
    expect(answer.body).toContain('[DEMO]');
    for (const d of answer.dokumenter) expect(documents.get(d)?.utkast, `answer → ${d}`).toBe(false);
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
      if (event.fase) expect(phaseIds.has(event.fase)).toBe(true);
      expect(event.kilde.nyhet, `${slug} cites a news item`).toBeDefined();
      expect(isPublishedNews(event.kilde.nyhet!), `${slug} cites published news`).toBe(true);
      expect(news.get(event.kilde.nyhet!)!.publisert < event.dato, `${slug} source predates event`).toBe(true);
      if (municipality.gyldigFra) expect(event.dato >= municipality.gyldigFra).toBe(true);
      previousIndex = index;
      previousDate = event.dato;
    }
  }
  return { settings, organisations, phases, municipalities, documents, news, answers };
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
    expect(tree).toEqual(expect.arrayContaining(['README.md', 'innstillinger.json', 'organisasjoner.json', 'faser.json']));
  });

  it("passes the project's content validator", () => {
    expect(projectValidatorProblems(first, TODAY)).toEqual([]);
  });

  it('passes the content schemas and every cross-reference check', () => {
    const corpus = validateTree(first, TODAY);
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
    writeFileSync(path.join(source, 'kart', 'grenser.json'), '{"type":"FeatureCollection","features":[]}\n');
    const settings = {
      navn: 'Innføringen',
      system: 'Systemet',
      region: 'Regionen',
      beskrivelse: 'Ekte beskrivelse.',
      nettadresse: 'https://example.org/',
      farge: '#123456',
      statuser: [
        { id: 'ingen', navn: 'Ingen', beskrivelse: 'Før.', farge: '#000000', symbol: '–' },
        { id: 'steg-en', navn: 'Steg én', beskrivelse: 'En.', farge: '#111111', symbol: '1' },
        { id: 'steg-to', navn: 'Steg to', beskrivelse: 'To.', farge: '#222222', symbol: '2' },
      ],
      lisens: { navn: 'CC BY 4.0', nettadresse: 'https://creativecommons.org/licenses/by/4.0/' },
      kartgrenser: 'kart/grenser.json',
    };
    writeFileSync(path.join(source, 'innstillinger.json'), JSON.stringify(settings));
    writeFileSync(
      path.join(source, 'organisasjoner.json'),
      JSON.stringify([
        { id: 'selskapet', navn: 'Selskapet AS', type: 'selskap' },
        { id: 'en-kommune', navn: 'En kommune', type: 'kommune', kommune: 'finnes-ikke' },
      ]),
    );
    writeFileSync(
      path.join(source, 'faser.json'),
      JSON.stringify([
        { id: 'forste', navn: 'Første', nummer: 1, beskrivelse: 'Første fase.', organisasjoner: ['selskapet', 'borte'], kilde: { nyhet: 'ekte-nyhet' } },
      ]),
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
    expect(readFileSync(path.join(out, 'kart', 'grenser.json'), 'utf8')).toContain('FeatureCollection');
  });

  it('replaces real events and sources with generated ones, keeping comments and validity dates', () => {
    const text = readFileSync(path.join(out, 'kommuner', 'nyby.yaml'), 'utf8');
    expect(text).toMatch(/^# DEMODATA: .*\n# Koordinater: rådhuset\n/);
    expect(text).not.toContain('ekte-nyhet');
    const phases = JSON.parse(readFileSync(path.join(out, 'faser.json'), 'utf8'));
    expect(phases[0].kilde.nyhet).toMatch(/^demo-nyhet-/);
    expect(phases[0].organisasjoner).toEqual(['selskapet']);
    const organisations = JSON.parse(readFileSync(path.join(out, 'organisasjoner.json'), 'utf8'));
    expect(organisations[1].kommune).toBeUndefined();
    expect(projectValidatorProblems(out, TODAY)).toEqual([]);
    const corpus = validateTree(out, TODAY);
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
