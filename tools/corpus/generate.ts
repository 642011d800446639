import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseDocument, stringify as stringifyYaml } from 'yaml';
import { decodeText } from '../../src/content-model/read/decode.ts';
import { documentStatuses, documentTypes } from '../../src/schemas/document.ts';
import { addDays, norwegianDate, toDay } from './dates.ts';
import {
  FALLBACK_MUNICIPALITIES,
  FALLBACK_ORGANISATIONS,
  FALLBACK_PHASES,
  FALLBACK_SETTINGS,
} from './fallback-content.ts';
import { DEMO_BODY_NOTICE, DEMO_TITLE_MARK, FAQ_CATEGORIES, FillerText, TOPICS } from './filler-text.ts';
import { simplePdf } from './pdf.ts';
import { solidPng, type Rgb } from './png.ts';
import { Random } from './random.ts';

/**
 * Generates the demonstration corpus: a complete content tree in the layout
 * of `content/`, filled with generated, clearly marked filler. It is for
 * performance work and screenshots only and must never be written into the
 * project's `content/` (the CLI refuses).
 *
 * Everything is a pure function of the options and of the source content
 * folder it copies settings, organisations, phases and municipalities from.
 */

/** What to generate. */
export interface CorpusOptions {
  /** Seed for every random choice; the same seed gives the same bytes. */
  seed: number;
  /** Number of news items. */
  news: number;
  /** Number of documents. */
  documents: number;
  /** Number of FAQ answers. */
  answers: number;
  /** «Today» as `YYYY-MM-DD`: content is dated before it, except the few future news items. */
  today: string;
  /** Content folder to copy settings, organisations, phases and municipalities from; missing files are generated. */
  sourceContent?: string | undefined;
}

/** One generated file, by its path relative to the corpus root (always with `/`). */
export interface CorpusFile {
  path: string;
  data: string | Buffer;
}

/** Default number of news items, documents and answers. */
export const DEFAULT_SIZES = { news: 10_000, documents: 2_000, answers: 500 } as const;

/** Default «today»: fixed, so a seed alone pins the output. */
export const DEFAULT_TODAY = '2026-11-01';

/** Prefix of the generated site name. */
export const SITE_NAME_PREFIX = 'DEMODATA – ';

/** Top-level names the generator owns in its output folder (what `--force` clears). */
export const OWNED_ENTRIES = [
  'README.md',
  'innstillinger.json',
  'organisasjoner',
  'faser',
  'kilder',
  'tall',
  'nyheter',
  'dokumenter',
  'sporsmal',
  'kommuner',
] as const;

// Shares of the generated items. Counts are rounded from these, so the
// tests can check them exactly at any size.
const SHARE = {
  newsDraft: 0.02,
  newsFuture: 0.01,
  newsImage: 0.1,
  newsTable: 0.1,
  newsMdx: 0.05,
  nynorsk: 0.03,
  documentsInChains: 0.2,
  documentsWithPdf: 0.3,
  documentDrafts: 0.01,
} as const;

/** How many of `total` items get a property with the given share; at least one once the corpus has ten items. */
export function shareCount(total: number, share: number): number {
  const count = Math.round(total * share);
  return count === 0 && total >= 10 ? 1 : count;
}

/** URL-safe slug from Norwegian text: «Røros kommune» → «roros-kommune». */
export function slugify(text: string, maxWords = Infinity): string {
  return text
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/[øö]/g, 'o')
    .replace(/[åä]/g, 'a')
    .replace(/é/g, 'e')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter(Boolean)
    .slice(0, maxWords)
    .join('-');
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** Markdown file with YAML front matter. */
function markdownFile(frontMatter: Record<string, unknown>, body: string): string {
  return `---\n${stringifyYaml(frontMatter, { lineWidth: 0 })}---\n\n${body.trim()}\n`;
}

type Json = Record<string, unknown>;

interface Municipality {
  slug: string;
  data: Json;
  /** The copied file's text, so its comments survive; absent for generated municipalities. */
  source?: string;
}

interface BaseContent {
  settings: Json;
  organisations: Json[];
  phases: Json[];
  /** Registered external sources, copied as they are (their ids are files). */
  extraFiles: CorpusFile[];
  municipalities: Municipality[];
  /** Extra file to copy: the boundary data the settings point at. */
  boundaries: { path: string; data: Buffer } | undefined;
  /** Which of the four were copied rather than generated, for the README. */
  copied: string[];
}

/** A source file to copy (settings, organisations, phases, a municipality) could not be read. */
export class CorpusSourceError extends Error {}

/** A source file's text, decoded as the content reader decodes it (UTF-8, a byte-order mark dropped). */
function readSource(file: string): string {
  const decoded = decodeText(new Uint8Array(readFileSync(file)), file);
  if (!decoded.ok) throw new CorpusSourceError(`Could not read ${file} to copy it into the corpus: ${decoded.problems[0]!.what}`);
  return decoded.text;
}

function readJson(file: string): unknown {
  try {
    return JSON.parse(readSource(file));
  } catch (error) {
    if (error instanceof CorpusSourceError) throw error;
    throw new CorpusSourceError(`Could not read ${file} to copy it into the corpus: ${(error as Error).message}`, { cause: error });
  }
}

function readYaml(file: string): { data: Json; source: string } {
  const source = readSource(file);
  const document = parseDocument(source);
  if (document.errors.length > 0) {
    throw new CorpusSourceError(`Could not read ${file} to copy it into the corpus: ${document.errors[0]!.message}`);
  }
  return { data: document.toJS() as Json, source };
}

/** Reads the base data from the source folder, generating whatever is missing. */
function loadBase(sourceContent: string | undefined): BaseContent {
  const copied: string[] = [];
  const from = (name: string) => (sourceContent ? path.join(sourceContent, name) : undefined);
  const has = (file: string | undefined): file is string => file !== undefined && existsSync(file);

  const settingsFile = from('innstillinger.json');
  const settings = structuredClone(has(settingsFile) ? (readJson(settingsFile) as Json) : FALLBACK_SETTINGS) as Json;
  if (has(settingsFile)) copied.push('innstillinger.json');

  /** Every `<id>.yaml` in a folder of the source, as objects with their id. */
  const readFolder = (name: string): Json[] | undefined => {
    const dir = from(name);
    if (!has(dir)) return undefined;
    return readdirSync(dir)
      .filter((file) => /\.ya?ml$/.test(file))
      .sort()
      .map((file) => ({ id: file.replace(/\.ya?ml$/, ''), ...(readYaml(path.join(dir, file)).data as Json) }));
  };
  const organisations = structuredClone(readFolder('organisasjoner') ?? FALLBACK_ORGANISATIONS) as Json[];
  if (from('organisasjoner') && has(from('organisasjoner'))) copied.push('organisasjoner/');
  const phases = structuredClone(readFolder('faser') ?? FALLBACK_PHASES) as Json[];
  if (from('faser') && has(from('faser'))) copied.push('faser/');
  const extraFiles: CorpusFile[] = [];
  // The register of external sources refers to nothing; sourced totals cite real news, so they stay out.
  for (const folder of ['kilder']) {
    const dir = from(folder);
    if (!has(dir)) continue;
    for (const file of readdirSync(dir).filter((f) => /\.ya?ml$/.test(f)).sort()) {
      extraFiles.push({ path: `${folder}/${file}`, data: readFileSync(path.join(dir, file)) });
    }
    copied.push(`${folder}/`);
  }

  let municipalities: Municipality[] = [];
  const municipalityDir = from('kommuner');
  if (has(municipalityDir)) {
    municipalities = readdirSync(municipalityDir)
      .filter((name) => /\.ya?ml$/.test(name))
      .sort()
      .map((name) => ({ slug: name.replace(/\.ya?ml$/, ''), ...readYaml(path.join(municipalityDir, name)) }));
  }
  if (municipalities.length > 0) {
    copied.push('kommuner/');
  } else {
    municipalities = FALLBACK_MUNICIPALITIES.map((m) => ({
      // Two-language names («Snåase – Snåsa») take the slug of the Norwegian name.
      slug: slugify(m.navn.split(' – ').at(-1)!),
      data: { nummer: m.nummer, ...(m.tidligereNummer ? { tidligereNummer: m.tidligereNummer } : {}), navn: m.navn, fylke: m.fylke, koordinater: { lat: m.lat, lon: m.lon } },
    }));
  }

  let boundaries: BaseContent['boundaries'];
  if (typeof settings.kartgrenser === 'string') {
    const file = from(settings.kartgrenser);
    const relative = path.posix.normalize(settings.kartgrenser.replaceAll('\\', '/'));
    if (has(file) && !relative.startsWith('..') && !path.posix.isAbsolute(relative)) {
      boundaries = { path: relative, data: readFileSync(file) };
    } else {
      delete settings.kartgrenser;
    }
  }

  return { settings, organisations, phases, extraFiles, municipalities, boundaries, copied };
}

interface DocumentItem {
  slug: string;
  publisert: string;
  utkast: boolean;
  frontMatter: Json;
  body: string;
  attachments: { name: string; data: Buffer }[];
}

interface NewsItem {
  slug: string;
  extension: 'md' | 'mdx';
  publisert: string;
  published: boolean;
  frontMatter: Json;
  kommuner: string[];
  body: string;
  image?: { name: string; data: Buffer };
}

const COLOURS: { name: string; rgb: Rgb }[] = [
  { name: 'blå', rgb: [29, 95, 163] },
  { name: 'grønn', rgb: [31, 111, 67] },
  { name: 'oransje', rgb: [178, 80, 0] },
  { name: 'lilla', rgb: [123, 63, 152] },
  { name: 'grå', rgb: [107, 107, 107] },
  { name: 'mørkeblå', rgb: [11, 79, 108] },
  { name: 'rød', rgb: [176, 32, 48] },
  { name: 'gul', rgb: [222, 170, 20] },
];

const DOCUMENT_TYPES = Object.keys(documentTypes) as (keyof typeof documentTypes)[];
const TYPE_WEIGHTS: Record<keyof typeof documentTypes, number> = {
  tjenesteavtale: 10,
  vedlegg: 15,
  styresak: 30,
  protokoll: 20,
  rapport: 10,
  tilsynsrapport: 2,
  evaluering: 2,
  vedtak: 1,
  annet: 10,
};
// «erstattet» is only given inside version chains, where a later version exists.
const SINGLE_STATUSES = (Object.keys(documentStatuses) as (keyof typeof documentStatuses)[]).filter(
  (s) => s !== 'erstattet',
);
const SINGLE_STATUS_WEIGHTS: Record<string, number> = {
  utkast: 15,
  'til-behandling': 15,
  godkjent: 35,
  signert: 25,
  trukket: 10,
};

/** Index of the first element whose date is after `date`, in a list sorted by date. */
function countOnOrBefore<T extends { publisert: string }>(sorted: readonly T[], date: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.publisert <= date) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Generates the whole corpus in memory, as a list of files in a fixed order. */
export function generateCorpus(options: CorpusOptions): CorpusFile[] {
  const { seed, today } = options;
  toDay(today); // throws on a malformed date
  const start = addDays(today, -7 * 365);
  const dayIn = (r: Random, from: string, to: string) => addDays(from, r.int(0, toDay(to) - toDay(from)));

  const base = loadBase(options.sourceContent);
  const statuses = (base.settings.statuser as Json[]).map((s) => ({ id: String(s.id), navn: String(s.navn), type: String(s.type) }));
  const orgIds = new Set(base.organisations.map((o) => String(o.id)));
  const municipalitySlugs = base.municipalities.map((m) => m.slug);
  const municipalitySet = new Set(municipalitySlugs);
  const phaseIds = base.phases.map((p) => String(p.id));

  // Cross-references in copied data must resolve inside the corpus.
  for (const org of base.organisations) {
    if (org.kommune !== undefined && !municipalitySet.has(String(org.kommune))) delete org.kommune;
    if (org.tilhorer !== undefined && !orgIds.has(String(org.tilhorer))) delete org.tilhorer;
  }
  // Organisation events cite real sources and name real waves; the corpus keeps organisations without them.
  for (const org of base.organisations) delete org.hendelser;

  const documents = generateDocuments(options, start, dayIn, base);
  const publishedDocuments = documents.filter((d) => !d.utkast).sort((a, b) => (a.publisert < b.publisert ? -1 : a.publisert > b.publisert ? 1 : 0));

  const news = generateNews(options, start, dayIn, base, publishedDocuments, statuses);
  const publishedNews = news.filter((n) => n.published);

  // Municipality events: statuses in vocabulary order, each citing a news
  // item published before the event (a go-live: on its day).
  const eventRandom = Random.for(seed, 'municipalities');
  const municipalityFiles: CorpusFile[] = [];
  for (const municipality of base.municipalities) {
    const validFrom = typeof municipality.data.gyldigFra === 'string' ? municipality.data.gyldigFra : undefined;
    const validTo = typeof municipality.data.gyldigTil === 'string' ? municipality.data.gyldigTil : undefined;
    const yesterday = addDays(today, -1);
    const lastDay = validTo && validTo < yesterday ? validTo : yesterday;
    const eventCount = statuses.length > 1 ? eventRandom.int(1, Math.min(4, statuses.length - 1)) : 0;
    const phase = phaseIds.length > 0 ? eventRandom.pick(phaseIds) : undefined;
    const newsSources = publishedNews.filter((n) => (!validFrom || n.publisert >= validFrom) && n.publisert < lastDay);
    const documentSources = publishedDocuments.filter(
      (d) => (!validFrom || d.publisert >= validFrom) && d.publisert < lastDay,
    );
    const pool: { slug: string; publisert: string; kind: 'nyhet' | 'dokument'; item?: NewsItem }[] =
      newsSources.length > 0
        ? newsSources.map((n) => ({ slug: n.slug, publisert: n.publisert, kind: 'nyhet', item: n }))
        : documentSources.map((d) => ({ slug: d.slug, publisert: d.publisert, kind: 'dokument' }));
    const chosen = eventRandom
      .sample(pool, eventCount)
      .sort((a, b) => (a.publisert < b.publisert ? -1 : a.publisert > b.publisert ? 1 : a.slug < b.slug ? -1 : 1));

    const events: Json[] = [];
    let previous = '';
    for (const [i, source] of chosen.entries()) {
      // A go-live («drift») is dated on its source's day: a source can only report one that
      // has happened (the check refuses a later date). The draw is made either way, so the
      // rest of the corpus stays as it was.
      const drift = statuses[i + 1]!.type === 'drift';
      const offset = eventRandom.int(1, 21);
      let date = drift ? source.publisert : addDays(source.publisert, offset);
      if (previous && date <= previous) {
        if (drift) break;
        date = addDays(previous, 1);
      }
      if (date > lastDay) break;
      previous = date;
      const event: Json = { dato: date, status: statuses[i + 1]!.id };
      if (phase && i > 0) event.fase = phase;
      if (statuses[i + 1]!.type === 'plan') event.planlagt = addDays(date, eventRandom.int(60, 400));
      event.merknad = `Generert hendelse ${DEMO_TITLE_MARK}.`;
      event.kilde = { [source.kind]: source.slug };
      events.push(event);
      if (source.item && !source.item.kommuner.includes(municipality.slug)) source.item.kommuner.push(municipality.slug);
    }

    const header = `# DEMODATA: generert av scripts/generate-corpus.ts (seed ${seed}). Hendelsene er ikke ekte.\n`;
    let yamlText: string;
    if (municipality.source !== undefined) {
      // Edit the copied document in place so its comments (sources for coordinates) are kept.
      const document = parseDocument(municipality.source);
      document.set('hendelser', document.createNode(events));
      yamlText = document.toString({ lineWidth: 0 });
    } else {
      yamlText = stringifyYaml({ ...municipality.data, hendelser: events }, { lineWidth: 0 });
    }
    municipalityFiles.push({ path: `kommuner/${municipality.slug}.yaml`, data: header + yamlText });
  }

  // Waves copied from real content cite real sources; give each one plan citing a generated news item.
  const phaseRandom = Random.for(seed, 'phases');
  for (const phase of base.phases) {
    const source = publishedNews.length > 0 ? phaseRandom.pick(publishedNews) : undefined;
    const decided = source ? source.publisert : addDays(today, -365);
    phase.planer = [{ dato: decided, planlagt: addDays(decided, phaseRandom.int(90, 500)), kilde: source ? { nyhet: source.slug } : { url: 'https://demodata.invalid/', tittel: 'Demodata', utgiver: 'Demodata' } }];
    delete phase.gjennomfort;
  }

  const settings: Json = { ...base.settings, sistKontrollert: today };
  settings.navn = SITE_NAME_PREFIX + String(settings.navn).replace(/^DEMODATA\s*[–-]\s*/, '');
  const demoNote = 'Demodata: alt innhold på dette nettstedet er generert og ikke ekte.';
  if (!String(settings.beskrivelse).startsWith(demoNote)) settings.beskrivelse = `${demoNote} ${String(settings.beskrivelse)}`;

  const files: CorpusFile[] = [
    { path: 'README.md', data: readme(options, base.copied) },
    { path: 'innstillinger.json', data: `${JSON.stringify(settings, null, 2)}\n` },
    ...[...base.organisations, ...base.phases].map((entry) => {
      const { id, ...data } = entry;
      const folder = base.organisations.includes(entry) ? 'organisasjoner' : 'faser';
      return { path: `${folder}/${String(id)}.yaml`, data: stringifyYaml(data, { lineWidth: 0 }) };
    }),
    ...base.extraFiles,
  ];
  if (base.boundaries) files.push(base.boundaries);
  files.push(...municipalityFiles);

  for (const doc of documents) {
    files.push({ path: `dokumenter/${doc.slug}/index.md`, data: markdownFile(doc.frontMatter, doc.body) });
    for (const attachment of doc.attachments) {
      files.push({ path: `dokumenter/${doc.slug}/${attachment.name}`, data: attachment.data });
    }
  }
  for (const item of news) {
    const frontMatter = { ...item.frontMatter };
    if (item.kommuner.length > 0) frontMatter.kommuner = item.kommuner;
    // Keep the field order stable whether or not kommuner was added by an event.
    const ordered: Json = {};
    for (const key of ['tittel', 'ingress', 'publisert', 'oppdatert', 'bilde', 'emner', 'kommuner', 'dokumenter', 'utkast', 'sprak']) {
      if (frontMatter[key] !== undefined) ordered[key] = frontMatter[key];
    }
    files.push({ path: `nyheter/${item.slug}.${item.extension}`, data: markdownFile(ordered, item.body) });
    if (item.image) files.push({ path: `nyheter/bilder/${item.image.name}`, data: item.image.data });
  }
  files.push(...generateAnswers(options, start, dayIn, publishedDocuments));
  return files;
}

type DayIn = (r: Random, from: string, to: string) => string;

function generateDocuments(options: CorpusOptions, start: string, dayIn: DayIn, base: BaseContent): DocumentItem[] {
  const { seed, today, documents: total } = options;
  const r = Random.for(seed, 'documents');
  const text = new FillerText(Random.for(seed, 'documents-text'));
  const lastDay = addDays(today, -1);

  // Units: version chains of two or three documents, and single documents, in random order.
  const inChains = shareCount(total, SHARE.documentsInChains);
  const units: number[] = [];
  let left = inChains;
  while (left >= 2) {
    const length = left === 2 || left === 4 ? 2 : left === 3 ? 3 : r.chance(0.6) ? 2 : 3;
    units.push(length);
    left -= length;
  }
  while (units.reduce((a, b) => a + b, 0) < total) units.push(1);
  const order = r.shuffle(units);

  const singles = order.filter((u) => u === 1).length;
  const draftSingles = new Set(r.sample([...Array(singles).keys()], shareCount(singles, SHARE.documentDrafts)));
  const withPdf = new Set(r.sample([...Array(total).keys()], shareCount(total, SHARE.documentsWithPdf)));

  const parties = [...base.organisations.map((o) => String(o.id)), ...base.municipalities.map((m) => m.slug)];
  const deciders = [
    ...base.organisations
      .filter((o) => ['selskap', 'rhf', 'helseforetak'].includes(String(o.type)))
      .map((o) => `Styret i ${String(o.navn)}`),
    ...base.organisations.filter((o) => o.type === 'rad').map((o) => String(o.navn)),
    ...base.municipalities.slice(0, 12).map((m) => `Kommunestyret i ${String(m.data.navn)}`),
  ];

  const result: DocumentItem[] = [];
  let singleIndex = 0;
  for (const length of order) {
    const type = r.weighted(DOCUMENT_TYPES, DOCUMENT_TYPES.map((t) => TYPE_WEIGHTS[t]));
    const topic = text.topicPhrase();
    const topicSlug = slugify(topic, 4);
    const unitParties = r.sample(parties, r.int(1, 4));
    const unitDecider = deciders.length > 0 && r.chance(0.6) ? r.pick(deciders) : undefined;
    const isDraft = length === 1 && draftSingles.has(singleIndex++);

    // Chains start early enough that every later version is still in the past.
    let date = length === 1 ? dayIn(r, start, lastDay) : dayIn(r, start, addDays(today, -400));
    let previousSlug: string | undefined;
    const chain: DocumentItem[] = [];
    for (let version = 1; version <= length; version++) {
      if (version > 1) date = addDays(date, r.int(30, 180));
      const number = result.length + chain.length + 1;
      const slug = `demo-dokument-${pad(number, 5)}-${topicSlug}${length > 1 ? `-versjon-${version}` : ''}`;
      const title = `${documentTypes[type]} om ${topic}${length > 1 ? `, versjon ${version}` : ''} ${DEMO_TITLE_MARK} nr. ${number}`;

      const frontMatter: Json = { tittel: title, type };
      const last = version === length;
      let status: string;
      if (length > 1 && !last) status = 'erstattet';
      else if (length > 1) status = r.pick(['godkjent', 'signert']);
      else status = r.weighted(SINGLE_STATUSES, SINGLE_STATUSES.map((s) => SINGLE_STATUS_WEIGHTS[s] ?? 1));
      frontMatter.status = status;
      if (status === 'til-behandling') frontMatter.statusmerknad = `Venter på behandling ${DEMO_TITLE_MARK}.`;
      if (status === 'trukket') frontMatter.statusmerknad = `Trukket etter ny vurdering ${DEMO_TITLE_MARK}.`;
      // «erstattet» gets its note and date once the next version's date is known (below).
      if (status !== 'erstattet' && r.chance(0.7)) {
        const statusDate = addDays(date, r.int(0, 60));
        frontMatter.statusdato = statusDate < today ? statusDate : date;
      }
      frontMatter.publisert = date;
      if (unitDecider) {
        const meeting = addDays(date, -r.int(0, 30));
        frontMatter.behandling = {
          organ: unitDecider,
          dato: meeting,
          mote: `Møte ${norwegianDate(meeting)}`,
          saksnummer: `${r.int(1, 99)}/${meeting.slice(0, 4)}`,
        };
      }
      if (unitParties.length > 0) frontMatter.parter = unitParties;
      frontMatter.versjon = String(version);
      if (previousSlug) frontMatter.erstatter = previousSlug;
      frontMatter.sammendrag = `${text.paragraph(2, 3)} ${DEMO_TITLE_MARK}`;

      const attachments: DocumentItem['attachments'] = [];
      const index = result.length + chain.length;
      if (withPdf.has(index)) {
        const count = r.chance(0.8) ? 1 : 2;
        for (let a = 1; a <= count; a++) {
          const attachmentTitle = `Vedlegg ${a}: ${text.topicPhrase()} ${DEMO_TITLE_MARK}`;
          attachments.push({
            name: `vedlegg-${a}.pdf`,
            data: simplePdf({
              title: attachmentTitle,
              paragraphs: [
                'DEMODATA - generert vedlegg for ytelsestesting. Ikke ekte.',
                `Dokument: ${title}`,
                ...Array.from({ length: r.int(2, 4) }, () => text.paragraph(3, 5)),
              ],
            }),
          });
        }
        frontMatter.vedlegg = attachments.map((a, i) => ({
          fil: a.name,
          tittel: `Vedlegg ${i + 1} ${DEMO_TITLE_MARK}`,
        }));
      }

      const notes: Json[] = [{ dato: date, merknad: version > 1 ? `Versjon ${version} publisert; den erstatter versjon ${version - 1}.` : 'Publisert.' }];
      let noteDate = date;
      for (let n = r.int(0, 2); n > 0; n--) {
        noteDate = addDays(noteDate, r.int(1, 40));
        if (noteDate >= today) break;
        notes.push({ dato: noteDate, merknad: `${text.sentence()} ${DEMO_TITLE_MARK}` });
      }
      frontMatter.endringer = notes;
      if (isDraft) frontMatter.utkast = true;
      if (r.chance(SHARE.nynorsk)) frontMatter.sprak = 'nn';

      chain.push({ slug, publisert: date, utkast: isDraft, frontMatter, body: documentBody(text, r), attachments });
      previousSlug = slug;
    }

    // Earlier versions: replaced on the day the next version was published.
    for (let i = 0; i < chain.length - 1; i++) {
      const next = chain[i + 1]!;
      const fm = chain[i]!.frontMatter;
      fm.statusmerknad = `Erstattet av versjon ${i + 2}.`;
      fm.statusdato = next.publisert;
      // Re-order so statusmerknad/statusdato sit next to status, as staff would write them.
      const { tittel, type: t, status, statusmerknad, statusdato, ...others } = fm;
      chain[i]!.frontMatter = { tittel, type: t, status, statusmerknad, statusdato, ...others };
      (chain[i]!.frontMatter.endringer as Json[]).push({ dato: next.publisert, merknad: `Erstattet av versjon ${i + 2}.` });
      (chain[i]!.frontMatter.endringer as Json[]).sort((a, b) => (String(a.dato) < String(b.dato) ? -1 : String(a.dato) > String(b.dato) ? 1 : 0));
    }
    result.push(...chain);
  }
  return result;
}

function documentBody(text: FillerText, r: Random): string {
  const parts = [DEMO_BODY_NOTICE, '## Bakgrunn', text.paragraph(), text.paragraph(), '## Vurdering', text.paragraph()];
  if (r.chance(0.5)) parts.push(text.list());
  if (r.chance(0.15)) {
    parts.push('Tabellen viser tenkte beløp i kroner (demodata):');
    const rows = Array.from({ length: r.int(3, 6) }, () => `| ${text.heading()} | ${r.int(10, 999) * 1000} |`);
    parts.push(['| Post | Beløp (kr) |', '| --- | ---: |', ...rows].join('\n'));
  }
  parts.push('## Konklusjon', text.paragraph(2, 4));
  return parts.join('\n\n');
}

function generateNews(
  options: CorpusOptions,
  start: string,
  dayIn: DayIn,
  base: BaseContent,
  publishedDocuments: readonly DocumentItem[],
  statuses: readonly { id: string; navn: string }[],
): NewsItem[] {
  const { seed, today, news: total } = options;
  const r = Random.for(seed, 'news');
  const text = new FillerText(Random.for(seed, 'news-text'));
  const lastDay = addDays(today, -1);

  const futureCount = shareCount(total, SHARE.newsFuture);
  const pastCount = total - futureCount;
  // Future items sit a year or more ahead, so they stay unpublished for a while after --today.
  const dates = [
    ...Array.from({ length: pastCount }, () => dayIn(r, start, lastDay)).sort(),
    ...Array.from({ length: futureCount }, () => dayIn(r, addDays(today, 365), addDays(today, 3 * 365))).sort(),
  ];
  const pastIndices = [...Array(pastCount).keys()];
  const allIndices = [...Array(total).keys()];
  const drafts = new Set(r.sample(pastIndices, shareCount(total, SHARE.newsDraft)));
  const images = new Set(r.sample(allIndices, shareCount(total, SHARE.newsImage)));
  const tables = new Set(r.sample(allIndices, shareCount(total, SHARE.newsTable)));
  const mdx = new Set(r.sample(allIndices, shareCount(total, SHARE.newsMdx)));

  const result: NewsItem[] = [];
  const publishedSoFar: NewsItem[] = [];
  for (let i = 0; i < total; i++) {
    const date = dates[i]!;
    const future = i >= pastCount;
    const draft = drafts.has(i);
    const headline = text.headline();
    const slug = `demo-nyhet-${pad(i + 1, 5)}-${slugify(headline, 5)}`;

    const frontMatter: Json = {
      // Numbered so that no two pages share a title, as the site gates require.
      tittel: `${headline} ${DEMO_TITLE_MARK} nr. ${i + 1}`,
      ingress: text.paragraph(1, 2),
      publisert: date,
    };
    if (r.chance(0.15)) {
      const updated = addDays(date, r.int(1, 60));
      if (future || updated < today) frontMatter.oppdatert = updated;
    }
    let image: NewsItem['image'];
    if (images.has(i)) {
      const colour = r.pick(COLOURS);
      const band = r.pick(COLOURS);
      const name = `${slug}.png`;
      image = { name, data: solidPng(64, 48, colour.rgb, band.rgb) };
      const { alt, caption } = text.imageText(colour.name);
      frontMatter.bilde = { fil: `./bilder/${name}`, alt, bildetekst: caption, kreditering: 'Generert bilde (demodata)' };
    }
    frontMatter.emner = r.sample(TOPICS, r.int(1, 3));
    const kommuner = r.chance(0.3) ? r.sample(base.municipalities.map((m) => m.slug), r.int(1, 3)) : [];
    if (r.chance(0.2)) {
      const eligible = countOnOrBefore(publishedDocuments, date);
      if (eligible > 0) frontMatter.dokumenter = r.sample(publishedDocuments.slice(0, eligible), r.int(1, 2)).map((d) => d.slug);
    }
    if (draft) frontMatter.utkast = true;
    if (r.chance(SHARE.nynorsk)) frontMatter.sprak = 'nn';

    const parts = [DEMO_BODY_NOTICE];
    for (let p = r.int(1, 2); p > 0; p--) parts.push(text.paragraph());
    for (let s = r.int(1, 3); s > 0; s--) {
      parts.push(`## ${text.heading()}`, text.paragraph());
      if (r.chance(0.3)) parts.push(text.list());
      if (r.chance(0.15)) parts.push(`> ${text.sentence()}`);
    }
    if (tables.has(i)) parts.push('Tabellen under er tenkt eksempel (demodata):', newsTable(r, base, statuses));
    if (mdx.has(i)) {
      // Plain JSX in MDX, so the MDX pipeline has real work without needing components.
      parts.push(`<details>\n<summary>Mer om saken ${DEMO_TITLE_MARK}</summary>\n\n${text.paragraph(2, 3)}\n\n</details>`);
    }
    if (publishedSoFar.length > 0 && r.chance(0.1)) {
      const other = r.pick(publishedSoFar);
      parts.push(`Les også: [${String(other.frontMatter.tittel)}](/nyheter/${other.slug}/)`);
    }

    const item: NewsItem = {
      slug,
      extension: mdx.has(i) ? 'mdx' : 'md',
      publisert: date,
      published: !draft && !future,
      frontMatter,
      kommuner,
      body: parts.join('\n\n'),
      ...(image ? { image } : {}),
    };
    result.push(item);
    if (item.published) publishedSoFar.push(item);
  }
  return result;
}

function newsTable(r: Random, base: BaseContent, statuses: readonly { id: string; navn: string }[]): string {
  const rows = r.sample(base.municipalities, r.int(3, 6)).map((m) => {
    const status = statuses.length > 0 ? r.pick(statuses).navn : 'Ukjent';
    return `| ${String(m.data.navn)} | ${status} | ${r.int(1, 400)} |`;
  });
  return ['| Kommune | Status | Antall brukere |', '| --- | --- | ---: |', ...rows].join('\n');
}

function generateAnswers(
  options: CorpusOptions,
  start: string,
  dayIn: DayIn,
  publishedDocuments: readonly DocumentItem[],
): CorpusFile[] {
  const { seed, today, answers: total } = options;
  const r = Random.for(seed, 'answers');
  const text = new FillerText(Random.for(seed, 'answers-text'));
  const order = new Map<string, number>();
  const files: CorpusFile[] = [];
  for (let i = 0; i < total; i++) {
    const question = text.question();
    const category = r.pick(FAQ_CATEGORIES);
    const position = (order.get(category) ?? 0) + 10;
    order.set(category, position);
    const updated = dayIn(r, start, addDays(today, -1));
    const frontMatter: Json = {
      sporsmal: question,
      kategori: category,
      rekkefolge: position,
      oppdatert: updated,
    };
    if (r.chance(0.2)) {
      const eligible = countOnOrBefore(publishedDocuments, updated);
      if (eligible > 0) frontMatter.dokumenter = r.sample(publishedDocuments.slice(0, eligible), r.int(1, 2)).map((d) => d.slug);
    }
    if (r.chance(0.01)) frontMatter.utkast = true;
    const parts = [DEMO_BODY_NOTICE, text.paragraph(2, 5)];
    if (r.chance(0.3)) parts.push(text.list());
    if (r.chance(0.5)) parts.push(text.paragraph(2, 4));
    files.push({
      path: `sporsmal/demo-svar-${pad(i + 1, 4)}-${slugify(question, 5)}.md`,
      data: markdownFile(frontMatter, parts.join('\n\n')),
    });
  }
  return files;
}

/** The command that reproduces a corpus, with a placeholder for the output folder. */
export function reproduceCommand(options: CorpusOptions): string {
  return `npm run corpus -- --out <mappe> --seed ${options.seed} --news ${options.news} --documents ${options.documents} --answers ${options.answers} --today ${options.today}`;
}

function readme(options: CorpusOptions, copied: readonly string[]): string {
  const command = reproduceCommand(options);
  const copiedNb = copied.length > 0 ? copied.join(', ') : 'ingenting (alt er generert)';
  const copiedEn = copied.length > 0 ? copied.join(', ') : 'nothing (everything is generated)';
  return `# DEMODATA – generert demonstrasjonsinnhold

**Norsk:** Alt i denne mappen er generert demonstrasjonsdata for ytelsestesting
og skjermbilder. Det er **ikke ekte**: nyhetene, dokumentene, svarene,
vedleggene, bildene og kommunenes hendelser beskriver ingen virkelige
hendelser eller vedtak. Alle titler er merket «${DEMO_TITLE_MARK}», og alle tekster
begynner med «[DEMO]». Ikke kopier noe herfra inn i \`content/\`.

**English:** Everything in this folder is generated demonstration data for
performance testing and screenshots. It is **not real**: the news, documents,
answers, attachments, images and municipality events describe no actual
events or decisions. Every title is marked «${DEMO_TITLE_MARK}» and every text
starts with «[DEMO]». Do not copy anything from here into \`content/\`.

| | |
| --- | --- |
| Frø / seed | ${options.seed} |
| «I dag» / today | ${options.today} |
| Nyheter / news | ${options.news} |
| Dokumenter / documents | ${options.documents} |
| Svar / answers | ${options.answers} |
| Kopiert fra content/ (med genererte hendelser) | ${copiedNb} |
| Copied from content/ (with generated events) | ${copiedEn} |

Laget med / made with:

\`\`\`sh
${command}
\`\`\`

Bygg nettstedet med dette innholdet / build the site from it: \`CONTENT_DIR=<mappe> npm run build\`.
`;
}
