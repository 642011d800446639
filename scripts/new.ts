/**
 * Starts a new piece of content from a template, or adds a status event:
 *
 *   npm run new -- nyhet "Ørland får ny dato for innføring"
 *   npm run new -- dokument "Tilsynsrapport" [--dato 2023-04-19] [--utgiver "…"] [--original <adresse>]
 *   npm run new -- svar "Når tar kommunen min i bruk Helseplattformen?" [--kategori "…"]
 *   npm run new -- kilde "Når kommer Helseplattformen?" --url <adresse> --utgiver "…" [--dato 2023-09-12] [--merknad "…"]
 *   npm run new -- tall --dato 2024-04-27 --status i-drift --antall 28 <kilde> [--minst] [--omfang "…"] [--merknad "…"]
 *   npm run new -- organisasjon "Sykehuset Namsos" --type sykehus [--tilhorer <id>] [--kommune <kommune>] [--nettside <adresse>] [--rolle "…"] [--eier]
 *   npm run new -- fase "Pulje april 2027" --beskrivelse "…" --planlagt 2027-04 <kilde> [--dato …] [--nummer 11] [--merknad "…"]
 *   npm run new -- mote <organisasjon eller kommune> --dato 2024-06-20 <kilde>
 *        [--utvalg styre] [--tid 10:00] [--sted "…"] [--status planlagt] [--tittel "…"]
 *   npm run new -- hendelse <kommune, helseforetak eller sykehus> --status <status> <kilde>
 *        [--dato 23.02.2022] [--planlagt 2024-11-09] [--fase <fase>] [--merknad "…"]
 *
 * <kilde> is exactly one of --kilde-ekstern <id>, --kilde-nyhet <slug>,
 * --kilde-dokument <slug>, or --kilde-url <adresse> --kilde-tittel "…"
 * --kilde-utgiver "…" [--kilde-dato …]. Where each kind's files go comes from
 * the registry of kinds (src/content-model/registry.ts). Options for every
 * kind: --slug <name> to choose the file name, --content <dir>.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { readText } from '../src/content-model/read/read-content.ts';
import { kind as kindOf, type KindId } from '../src/content-model/registry.ts';
import { norwegianDateAsIso, periodProblem } from '../src/domain/period.ts';
import { buildDate } from '../src/build-date.ts';
import { httpUrl, slug as slugSchema } from '../src/schemas/common.ts';
import { meetingBodies, meetingStatuses, municipalBodies, timeOfDay, type MeetingBody, type MeetingStatus } from '../src/schemas/meeting.ts';
import { organisationKinds } from '../src/schemas/organisation.ts';
import { closest } from '../src/validation/wording.ts';
import { goLiveProblem, planBeforeEventProblem, sourceDateProblem } from '../src/validation/go-live.ts';
import {
  ContentIndexError,
  findMunicipality,
  findOrganisation,
  normaliseName,
  readContentIndex,
  type ContentIndex,
} from '../src/publishing/content-index.ts';
import {
  addEventsToYaml,
  describeSource,
  NORWEGIAN_DAY,
  parseNorwegianDate,
  resolveEvent,
  resolveSource,
  writeFileAtomic,
  yamlItemProblems,
  YamlFileError,
  type RawEvent,
  type SourceFields,
  type StatusEventEntry,
} from '../src/publishing/status-events.ts';
import {
  answerTemplate,
  documentTemplate,
  existingItem,
  itemFile,
  meetingTemplate,
  newItemKinds,
  newsTemplate,
  organisationTemplate,
  phaseTemplate,
  slugForTitle,
  sourceTemplate,
  statementTemplate,
  templateProblems,
  type TemplateKind,
} from '../src/publishing/templates.ts';

const SOURCE_HELP = `<kilde> er nøyaktig én av:
  --kilde-ekstern <filnavn i kilder/>, --kilde-nyhet <nyhet>, --kilde-dokument <dokument>, eller
  --kilde-url <adresse> --kilde-tittel "Tittel" --kilde-utgiver "Utgiver" [--kilde-dato 2023-05]`;

const USAGE = `Bruk:
  npm run new -- nyhet "Tittel på saken"
  npm run new -- dokument "Tittel på dokumentet" [--dato 2023-04-19] [--utgiver "Utgiver"] [--original <adresse>]
  npm run new -- svar "Spørsmålet slik en leser ville stilt det?" [--kategori "Kategori"]
  npm run new -- kilde "Tittel på siden" --url <adresse> --utgiver "Utgiver" [--dato 2023-09-12] [--merknad "…"]
  npm run new -- tall --dato 2024-04-27 --status <status> --antall <tall> <kilde> [--minst] [--omfang "…"] [--merknad "…"]
  npm run new -- organisasjon "Navn" --type <${organisationKinds.join('|')}>
       [--tilhorer <organisasjon>] [--kommune <kommune>] [--nettside <adresse>] [--rolle "…"] [--eier]
  npm run new -- fase "Navn" --beskrivelse "…" --planlagt <når> <kilde> [--dato <når planen ble kjent>] [--nummer <n>] [--merknad "…"]
  npm run new -- mote <organisasjon eller kommune> --dato <dag eller måned> <kilde>
       [--utvalg ${Object.keys(meetingBodies).join('|')}] [--tid 10:00] [--sted "Sted"]
       [--status ${Object.keys(meetingStatuses).filter((s) => s !== 'utsatt').join('|')}] [--tittel "Egen tittel"]
  npm run new -- hendelse <kommune, helseforetak eller sykehus> --status <status> <kilde>
       [--dato 23.02.2022] [--planlagt 2024-11-09] [--fase <fase>] [--merknad "Kort forklaring"]
${SOURCE_HELP}
Valg: --slug <filnavn> velger filnavnet selv.`;

const SOURCE_OPTIONS = ['kilde-ekstern', 'kilde-nyhet', 'kilde-dokument', 'kilde-url', 'kilde-tittel', 'kilde-utgiver', 'kilde-dato'];

/** The options each command takes (besides --content). */
const OPTIONS_FOR: Record<TemplateKind | 'hendelse', readonly string[]> = {
  nyhet: ['slug'],
  dokument: ['slug', 'dato', 'utgiver', 'original'],
  svar: ['slug', 'kategori'],
  kilde: ['slug', 'url', 'utgiver', 'dato', 'merknad'],
  tall: ['slug', 'dato', 'status', 'antall', 'minst', 'omfang', 'merknad', ...SOURCE_OPTIONS],
  organisasjon: ['slug', 'type', 'tilhorer', 'kommune', 'nettside', 'rolle', 'eier'],
  fase: ['slug', 'beskrivelse', 'planlagt', 'dato', 'nummer', 'merknad', ...SOURCE_OPTIONS],
  mote: ['slug', 'utvalg', 'dato', 'tid', 'sted', 'status', 'tittel', ...SOURCE_OPTIONS],
  hendelse: ['status', 'dato', 'fase', 'planlagt', 'merknad', ...SOURCE_OPTIONS],
};

let args: ReturnType<typeof parseCommandLine>;
try {
  args = parseCommandLine();
} catch (error) {
  fail(`${(error as Error).message}\n\n${USAGE}`, 2);
}

function parseCommandLine() {
  const text = { type: 'string' } as const;
  return parseArgs({
    allowPositionals: true,
    options: {
      slug: text,
      content: text,
      kategori: text,
      status: text,
      dato: text,
      fase: text,
      merknad: text,
      planlagt: text,
      url: text,
      utgiver: text,
      original: text,
      antall: text,
      minst: { type: 'boolean' },
      omfang: text,
      type: text,
      tilhorer: text,
      kommune: text,
      nettside: text,
      rolle: text,
      eier: { type: 'boolean' },
      beskrivelse: text,
      nummer: text,
      utvalg: text,
      tid: text,
      sted: text,
      tittel: text,
      'kilde-ekstern': text,
      'kilde-utgiver': text,
      'kilde-dato': text,
      'kilde-nyhet': text,
      'kilde-dokument': text,
      'kilde-url': text,
      'kilde-tittel': text,
    },
  });
}

function fail(message: string, code = 1): never {
  console.error(message);
  process.exit(code);
}

const root = path.resolve(args.values.content ?? process.env.CONTENT_DIR ?? 'content');
const shown = (file: string) => {
  const relative = path.relative(process.cwd(), file);
  return relative && !relative.startsWith('..') ? relative : file;
};
const today = buildDate();
const norwegianDate = (iso: string) => iso.split('-').reverse().join('.');
const [command, title, ...rest] = args.positionals;
const v = args.values;

if (!existsSync(root)) fail(`Fant ikke innholdsmappen ${shown(root)}. Kjør kommandoen fra prosjektmappen, eller sett CONTENT_DIR.`);
if (!command) fail(USAGE, 2);
if (!(command in OPTIONS_FOR)) {
  fail(`Ukjent type «${command}». Velg ${[...Object.keys(newItemKinds), 'hendelse'].join(', ')}.\n\n${USAGE}`, 2);
}
const what = command as TemplateKind | 'hendelse';
if (rest.length > 0) {
  fail(`For mange ord: ${rest.map((w) => `«${w}»`).join(' ')}. Sett tittelen i anførselstegn, for eksempel "Ny avtale signert".\n\n${USAGE}`, 2);
}
const notForThis = Object.keys(v).filter((option) => option !== 'content' && !OPTIONS_FOR[what].includes(option));
if (notForThis.length > 0) {
  fail(
    `${notForThis.map((o) => `--${o}`).join(' og ')} brukes ikke med «${what}». Valg for «${what}»: ${OPTIONS_FOR[what].map((o) => `--${o}`).join(', ')}.\n\n${USAGE}`,
    2,
  );
}
function readIndex(): ContentIndex {
  try {
    return readContentIndex(root, today);
  } catch (error) {
    if (error instanceof ContentIndexError) fail(error.message);
    throw error;
  }
}

function chooseSlug(text: string): string {
  const slug = v.slug ?? slugForTitle(text);
  if (!slugSchema.safeParse(slug).success) {
    fail(
      v.slug
        ? `--slug «${slug}» kan bare ha små bokstaver a–z, tall og bindestrek, for eksempel «ny-avtale-signert».`
        : `Fant ingen bokstaver eller tall i «${text}» å lage et filnavn av. Velg et selv med --slug, for eksempel --slug ny-avtale-signert.`,
    );
  }
  return slug;
}

/** The title (or name, or question) after the command word, or a message saying what to write. */
function required(text: string | undefined, named: string, example: string): string {
  if (!text?.trim()) fail(`Skriv ${named} i anførselstegn etter «${what}», for eksempel: npm run new -- ${what} "${example}"`, 2);
  return text.trim();
}

function refuse(file: string): never {
  fail(`${shown(file)} finnes allerede og blir ikke skrevet over. Åpne den og rediger den, eller velg et annet filnavn med --slug.`);
}

/** Stops with every problem when there are any; nothing has been written. */
function stopOn(problems: readonly string[], noun: string): void {
  if (problems.length === 0) return;
  fail(`${noun} ble ikke laget:\n${problems.map((p) => `  • ${p}`).join('\n')}\n\nIngenting er endret.`);
}

/**
 * Writes a new item of `id` under `slug` (the file name from the registry),
 * after checking the text against the kind's schema, and prints what is
 * left to do. Never overwrites an item, under any extension the kind accepts.
 */
function writeItem(id: KindId, slug: string, text: string): string {
  const definition = kindOf(id);
  if (definition.reservedIds?.includes(slug)) {
    fail(`Navnet «${slug}» er opptatt: nettstedet bruker adressen ${definition.url?.(slug) ?? ''} til en egen oversikt. Velg et annet filnavn med --slug.`);
  }
  const existing = existingItem(root, id, slug);
  if (existing) refuse(path.join(root, existing));
  const problems = templateProblems(id, text);
  if (problems.length > 0) {
    fail(`Kunne ikke lage ${definition.nouns.one}: malen ga ugyldig innhold (${problems.join('; ')}). Dette er en feil i programmet; gi beskjed til en utvikler. Ingenting er endret.`);
  }
  const file = path.join(root, itemFile(id, slug));
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text, { flag: 'wx' });
  return file;
}

function report(file: string, steps: readonly string[], closing: string): void {
  console.log(`Opprettet ${shown(file)}`);
  if (steps.length > 0) {
    console.log('\nDette gjenstår:');
    steps.forEach((step, number) => console.log(`  ${number + 1}. ${step}`));
  }
  console.log(`\n${closing}\nKontroller innholdet med npm run check.`);
}

const PUBLISHED_AT_ONCE = 'Denne typen innhold har ikke utkast: filen kommer med på nettstedet neste gang det bygges.';

function createDraft(kind: 'nyhet' | 'dokument' | 'svar', text: string | undefined): void {
  const heading = required(text, { nyhet: 'tittelen på saken', dokument: 'tittelen på dokumentet', svar: 'spørsmålet' }[kind], 'Ny avtale signert');
  const id = newItemKinds[kind];
  const slug = chooseSlug(heading);
  const folder = shown(path.join(root, path.dirname(itemFile(id, slug))));
  let body: string;
  const steps: string[] = [];
  if (kind === 'nyhet') {
    body = newsTemplate(heading, today);
    steps.push(
      'Skriv ingressen (ingress): én eller to setninger.',
      'Skriv selve saken under den andre streken (---).',
      'Før opp kommunene, dokumentene og kildene saken gjelder, eller la listene stå tomme.',
      `Sjekk publiseringsdatoen (publisert), satt til i dag, ${norwegianDate(today)}. Forteller saken om noe som skjedde tidligere, skriv den datoen i hendelsesdato.`,
    );
  } else if (kind === 'dokument') {
    const problems: string[] = [];
    if (v.original !== undefined && !httpUrl.safeParse(v.original).success) {
      problems.push(`--original «${v.original}» er ikke en full nettadresse; den må begynne med https:// eller http://.`);
    }
    const dato = v.dato?.trim() ? sourceDate(v.dato.trim(), problems) : undefined;
    stopOn(problems, 'Dokumentet');
    body = documentTemplate(heading, today, { utgiver: v.utgiver?.trim() || undefined, original: v.original, dato });
    steps.push(
      'Velg riktig type og status.',
      dato
        ? `Sjekk dokumentets egen dato (dato), satt til ${dato}, mot dokumentet.`
        : 'Skriv dokumentets egen dato (dato) når kilden oppgir den: da utgiveren ga det ut eller la det fram.',
      'Skriv sammendraget (sammendrag) i klart språk.',
      v.original
        ? 'Sjekk tittelen under original: den skal være tittelen der dokumentet er publisert.'
        : `Legg vedleggsfilene (PDF og lignende) i mappen ${folder} og før dem opp under vedlegg, eller lenk til originalen med original.`,
      'Før opp partene, og behandlingen (organ, dato, møte) hvis dokumentet er behandlet.',
      'Lim inn dokumentets tekst, eller skriv et utdrag, under den andre streken (---).',
    );
  } else {
    const category = v.kategori?.trim() || commonCategory();
    body = answerTemplate(heading, today, category);
    steps.push(
      'Skriv svaret under den andre streken (---).',
      `Sjekk kategorien (kategori), satt til «${category}».`,
      'Før opp dokumentene og kildene svaret bygger på, eller la listene stå tomme.',
    );
  }
  const file = writeItem(id, slug, body);
  const noun = { nyhet: 'Saken', dokument: 'Dokumentet', svar: 'Svaret' }[kind];
  report(
    file,
    steps,
    `${noun} er merket som utkast (utkast: true) og blir ikke publisert, heller ikke ved et uhell.\nNår du er ferdig: slett linjen «utkast: true» og lagre.`,
  );
}

/** The category most answers use, so a new answer lands beside them unless told otherwise. */
function commonCategory(): string {
  const counts = new Map<string, number>();
  for (const category of index.answerCategories) counts.set(category, (counts.get(category) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'Generelt';
}

function createSource(text: string | undefined): void {
  const tittel = required(text, 'tittelen på siden eller dokumentet', 'Når kommer Helseplattformen?');
  const problems: string[] = [];
  const url = v.url?.trim() ?? '';
  if (!url) problems.push('--url mangler: adressen til siden eller dokumentet, med https://.');
  else if (!httpUrl.safeParse(url).success) problems.push(`--url «${url}» er ikke en full nettadresse; den må begynne med https:// eller http://.`);
  else {
    const registered = index.sourceUrls.get(url) ?? index.sourceUrls.get(url.endsWith('/') ? url.slice(0, -1) : `${url}/`);
    if (registered) problems.push(`adressen er allerede registrert som kilder/${registered}.yaml; vis til den med kilde: { ekstern: ${registered} }.`);
  }
  const utgiver = v.utgiver?.trim() ?? '';
  if (!utgiver) problems.push('--utgiver mangler: hvem som har publisert siden, for eksempel «NRK Trøndelag» eller «Helseplattformen AS».');
  const dato = v.dato?.trim() ? sourceDate(v.dato.trim(), problems) : undefined;
  // The check's rule, in its words: a source is not dated after today.
  const future = sourceDateProblem(dato, today);
  if (future) problems.push(`--dato: ${future.what}. ${future.fix}`);
  stopOn(problems, 'Kilden');
  const slug = chooseSlug(tittel);
  const file = writeItem('kilder', slug, sourceTemplate({ tittel, utgiver, url, dato, merknad: v.merknad?.trim() || undefined }));
  report(
    file,
    [
      'Sjekk tittelen, utgiveren og datoen mot siden. Viser siden ingen dato, skal dato stå ute.',
      `Vis til kilden med «kilde: { ekstern: ${slug} }», eller med --kilde-ekstern ${slug} i npm run new -- hendelse.`,
    ],
    'Kilder har ikke utkast; kilden vises på nettstedet der noe viser til den.',
  );
}

/** A source's publication date as written: a day (also dd.mm.åååå), a month or a year. */
function sourceDate(text: string, problems: string[]): string | undefined {
  const iso = norwegianDateAsIso(text, NORWEGIAN_DAY) ? parseNorwegianDate(text) : { iso: text };
  if ('problem' in iso) {
    problems.push(`--dato: ${iso.problem}.`);
    return undefined;
  }
  const problem = periodProblem(iso.iso, ['dag', 'maned', 'ar']);
  if (problem) {
    problems.push(`--dato: ${problem}.`);
    return undefined;
  }
  return iso.iso;
}

/** A day or a month given as an option (dd.mm.åååå, åååå-mm-dd or åååå-mm); `undefined` after reporting a problem. */
function dayOrMonth(option: string, text: string | undefined, problems: string[], fallback?: string): string | undefined {
  if (!text?.trim()) {
    if (fallback) return fallback;
    problems.push(`--${option} mangler: skriv datoen som dd.mm.åååå (for eksempel 27.04.2024), åååå-mm-dd, eller åååå-mm hvis kilden bare oppgir måneden.`);
    return undefined;
  }
  const parsed = parseNorwegianDate(text);
  if ('problem' in parsed) {
    problems.push(`--${option}: ${parsed.problem}.`);
    return undefined;
  }
  return parsed.iso;
}

/** The source options of the command line, as the event tools read them. */
function sourceFields(): SourceFields {
  return {
    kilde_ekstern: v['kilde-ekstern'] ?? '',
    kilde_nyhet: v['kilde-nyhet'] ?? '',
    kilde_dokument: v['kilde-dokument'] ?? '',
    kilde_url: v['kilde-url'] ?? '',
    kilde_tittel: v['kilde-tittel'] ?? '',
    kilde_utgiver: v['kilde-utgiver'] ?? '',
    kilde_dato: v['kilde-dato'] ?? '',
  };
}

const optionLabel = (field: string) => (field === 'kommune' ? 'kommunen' : `--${field.replace('_', '-')}`);

function createStatement(text: string | undefined): void {
  if (text) fail(`«tall» tar ingen tittel; filnavnet lages av statusen og datoen. Fjern «${text}».\n\n${USAGE}`, 2);
  const problems: string[] = [];
  const dato = dayOrMonth('dato', v.dato, problems);
  const statusIds = index.statuses.map((s) => s.id).join(', ');
  let status: string | undefined;
  if (!v.status?.trim()) problems.push(`--status mangler: statusen kilden teller; bruk en av: ${statusIds}.`);
  else {
    const wanted = normaliseName(v.status);
    status = index.statuses.find((s) => s.id === wanted || normaliseName(s.navn) === wanted)?.id;
    if (!status) problems.push(`statusen «${v.status}» finnes ikke i innstillinger.json; bruk en av: ${statusIds}.`);
  }
  const antall = v.antall?.trim() ?? '';
  if (!/^\d+$/.test(antall)) problems.push(antall ? `--antall «${antall}» må være et helt tall, for eksempel 28.` : '--antall mangler: tallet kilden oppgir, for eksempel 28.');
  const kilde = resolveSource(sourceFields(), index, optionLabel, problems, dato);
  // The check's rule, in its words: a count of go-lives is dated neither after its source nor after today.
  const type = index.statuses.find((s) => s.id === status)?.type;
  const goLive = kilde && dato && status ? goLiveProblem({ dato, kilde }, type, { kind: 'tall', status }, index.sourceDates, today) : undefined;
  if (goLive) problems.push(`${goLive.what}. ${goLive.fix}`);
  stopOn(problems, 'Tallet');
  const slug = v.slug ?? `${status}-${dato}`;
  if (!slugSchema.safeParse(slug).success) fail(`--slug «${slug}» kan bare ha små bokstaver a–z, tall og bindestrek.`);
  const file = writeItem(
    'tall',
    slug,
    statementTemplate({ dato: dato!, status: status!, antall: Number(antall), minst: v.minst ?? false, omfang: v.omfang?.trim() || undefined, merknad: v.merknad?.trim() || undefined, kilde: kilde! }),
  );
  report(
    file,
    ['Skriv i omfang hva kilden teller, hvis det ikke er det samme som kommunene i regionen (for eksempel om Os er med).'],
    `${PUBLISHED_AT_ONCE} Tallet vises ved siden av antallet navngitte kommuner med samme status.`,
  );
}

function createOrganisation(text: string | undefined): void {
  const navn = required(text, 'organisasjonens fulle navn', 'Sykehuset Namsos');
  const problems: string[] = [];
  const type = v.type?.trim() ?? '';
  if (!(organisationKinds as readonly string[]).includes(type)) {
    const guess = type ? closest(type, organisationKinds) : undefined;
    problems.push(
      type
        ? `--type «${type}» er ikke en av typene. ${guess ? `Mente du «${guess}»? ` : ''}Bruk en av: ${organisationKinds.join(', ')}.`
        : `--type mangler; bruk en av: ${organisationKinds.join(', ')}.`,
    );
  }
  let tilhorer: string | undefined;
  if (v.tilhorer?.trim()) {
    tilhorer = findOrganisation(index, v.tilhorer)?.slug;
    if (!tilhorer) {
      const guess = closest(v.tilhorer.trim(), index.organisations.map((o) => o.slug));
      problems.push(`fant ingen organisasjon «${v.tilhorer}» i organisasjoner/. ${guess ? `Mente du «${guess}»? ` : ''}Bruk filnavnet uten .yaml eller det fulle navnet.`);
    }
  }
  let kommune: string | undefined;
  if (v.kommune?.trim()) {
    if (type && type !== 'kommune') problems.push('--kommune brukes bare for --type kommune (en kommune som eier).');
    kommune = findMunicipality(index, v.kommune)?.slug;
    if (!kommune) problems.push(`fant ingen kommune «${v.kommune}»; bruk navnet, kommunenummeret eller filnavnet til en fil i kommuner/.`);
  }
  const nettside = v.nettside?.trim();
  if (nettside && !httpUrl.safeParse(nettside).success) problems.push(`--nettside «${nettside}» er ikke en full nettadresse; den må begynne med https:// eller http://.`);
  stopOn(problems, 'Organisasjonen');
  const slug = chooseSlug(navn);
  const file = writeItem(
    'organisasjoner',
    slug,
    organisationTemplate({ navn, type: type as (typeof organisationKinds)[number], tilhorer, kommune, eier: v.eier, rolle: v.rolle?.trim() || undefined, nettside }),
  );
  const steps = ['Fyll ut de valgfrie feltene du har opplysninger om (fjern # foran), og slett resten.'];
  if (type === 'helseforetak' || type === 'sykehus') {
    steps.push(`Legg til innføringsstatus med npm run new -- hendelse ${slug} --status <status> --kilde-ekstern <kilde>.`);
  }
  report(file, steps, `${PUBLISHED_AT_ONCE} Andre filer viser til organisasjonen med filnavnet, «${slug}».`);
}

function createPhase(text: string | undefined): void {
  const navn = required(text, 'fasens navn', 'Pulje april 2027');
  const problems: string[] = [];
  const beskrivelse = v.beskrivelse?.trim() ?? '';
  if (!beskrivelse) problems.push('--beskrivelse mangler: én eller to setninger om fasen, for eksempel hvem som skal ta i bruk løsningen.');
  const dato = dayOrMonth('dato', v.dato, problems, today);
  const planlagt = v.planlagt?.trim() ?? '';
  if (!planlagt) problems.push('--planlagt mangler: hva planen sikter mot, for eksempel 2027-04-24, 2027-04, 2027 eller «våren 2027».');
  else {
    const problem = periodProblem(planlagt, ['dag', 'maned', 'ar', 'sesong']);
    if (problem) problems.push(`--planlagt: ${problem}.`);
    // The check's rule, in its words: a plan is not already past on the day it is announced.
    const past = !problem && dato ? planBeforeEventProblem({ dato, planlagt }, { written: (field, value) => `--${field} ${value}`, kind: 'fase' }) : undefined;
    if (past) problems.push(`${past.what}. ${past.fix}`);
  }
  const used = new Map(index.phases.flatMap((p) => (p.nummer === undefined ? [] : [[p.nummer, p.id] as const])));
  let nummer = Math.max(0, ...used.keys()) + 1;
  if (v.nummer !== undefined) {
    nummer = Number(v.nummer);
    if (!/^\d+$/.test(v.nummer.trim()) || nummer < 1) problems.push(`--nummer «${v.nummer}» må være et helt tall, 1 eller større.`);
    else if (used.has(nummer)) problems.push(`nummeret ${nummer} er brukt av faser/${used.get(nummer)}.yaml; velg et annet, eller la --nummer stå ute.`);
  }
  const kilde = resolveSource(sourceFields(), index, optionLabel, problems, dato);
  stopOn(problems, 'Fasen');
  const slug = chooseSlug(navn);
  const file = writeItem(
    'faser',
    slug,
    phaseTemplate({ navn, nummer, beskrivelse, plan: { dato: dato!, planlagt, merknad: v.merknad?.trim() || undefined, kilde: kilde! } }),
  );
  report(
    file,
    [
      `Legg kommunene, helseforetakene og sykehusene til fasen med hendelser som har «fase: ${slug}», for eksempel npm run new -- hendelse <kommune> --status innforing-planlagt --planlagt ${/\s/.test(planlagt) ? `"${planlagt}"` : planlagt} --fase ${slug} --kilde-ekstern <kilde>.`,
      'Blir planen endret senere, legger du en ny plan nederst under planer; den gamle blir stående.',
    ],
    PUBLISHED_AT_ONCE,
  );
}

/** The definite form of each body, as the first word of a meeting's file name («styret-helseplattformen-as-2024-06-20»). */
const BODY_IN_SLUG: Record<MeetingBody, string> = {
  styre: 'styret',
  kommunestyre: 'kommunestyret',
  bystyre: 'bystyret',
  formannskap: 'formannskapet',
  foretaksmote: 'foretaksmotet',
};

/**
 * Starts a meeting of an organisation's board (or its company meeting) or a
 * municipality's council, as a draft. Who meets is found by file name, name
 * or (a municipality) kommunenummer; the body defaults to «styre» for an
 * organisation and «kommunestyre» for a municipality; the status to
 * «planlagt» for a date from today on and «holdt» before. What the check's
 * meeting rules would refuse (a body that does not belong to who meets, a
 * time with only a month, a future meeting held) is said here, before
 * anything is written.
 */
function createMeeting(reference: string | undefined): void {
  if (!reference?.trim()) {
    fail('Skriv hvem som møtes etter «mote»: en organisasjon (filnavnet i organisasjoner/ eller navnet) eller en kommune (filnavnet i kommuner/ eller navnet), for eksempel: npm run new -- mote helseplattformen-as --dato 2024-06-20 --kilde-ekstern <kilde>', 2);
  }
  const problems: string[] = [];
  const utvalg = v.utvalg?.trim() || undefined;
  if (utvalg && !(utvalg in meetingBodies)) {
    const guess = closest(utvalg, Object.keys(meetingBodies));
    problems.push(`--utvalg «${utvalg}» finnes ikke. ${guess ? `Mente du «${guess}»? ` : ''}Bruk en av: ${Object.keys(meetingBodies).join(', ')}.`);
  }
  const municipalBody = utvalg !== undefined && municipalBodies.includes(utvalg as MeetingBody);
  const organisation = findOrganisation(index, reference);
  const municipality = findMunicipality(index, reference);
  // A municipal body points at the municipality when a name could be both.
  const owner = municipalBody
    ? (municipality ? { field: 'kommune' as const, id: municipality.slug } : organisation && { field: 'organisasjon' as const, id: organisation.slug })
    : (organisation ? { field: 'organisasjon' as const, id: organisation.slug } : municipality && { field: 'kommune' as const, id: municipality.slug });
  if (!owner) {
    problems.push(`«${reference.trim()}» er verken en organisasjon i organisasjoner/ eller en kommune i kommuner/. Bruk filnavnet uten .yaml, eller navnet.`);
  }
  const body: MeetingBody | undefined = utvalg && utvalg in meetingBodies ? (utvalg as MeetingBody) : utvalg ? undefined : owner?.field === 'kommune' ? 'kommunestyre' : 'styre';
  if (owner && body && utvalg) {
    if (owner.field === 'kommune' && !municipalBody) problems.push(`en kommune har ikke «${body}». Bruk ${municipalBodies.join(', ')}.`);
    if (owner.field === 'organisasjon' && municipalBody) problems.push(`«${body}» hører til en kommune, ikke en organisasjon. Skriv kommunens navn eller filnavn i stedet for «${reference.trim()}».`);
  }
  const dato = dayOrMonth('dato', v.dato, problems);
  const monthOnly = dato !== undefined && /^\d{4}-\d{2}$/.test(dato);
  const tid = v.tid?.trim() || undefined;
  if (tid && !timeOfDay.safeParse(tid).success) problems.push(`--tid «${tid}» er ikke et klokkeslett; skriv det som TT:MM, for eksempel 18:00.`);
  else if (tid && monthOnly) problems.push('--tid: et møte der bare måneden er kjent, kan ikke ha klokkeslett. Skriv hele datoen i --dato, eller la --tid stå ute.');
  // A month counts as «from today on» while it lasts.
  const upcoming = dato !== undefined && dato >= today.slice(0, dato.length);
  let status: MeetingStatus = upcoming ? 'planlagt' : 'holdt';
  if (v.status?.trim()) {
    const given = v.status.trim();
    if (given === 'utsatt') problems.push('--status utsatt: lag møtet med den opprinnelige datoen og status planlagt, og skriv så status: utsatt og nyDato: med den nye datoen i filen.');
    else if (!(given in meetingStatuses)) problems.push(`--status «${given}» finnes ikke for møter. Bruk planlagt, holdt eller avlyst.`);
    else status = given as MeetingStatus;
    if (status === 'holdt' && dato !== undefined && dato > today.slice(0, dato.length)) {
      problems.push(`--status holdt: møtet er datert ${dato}, fram i tid, og kan ikke være holdt ennå. Bruk planlagt.`);
    }
  }
  const kilde = resolveSource(sourceFields(), index, optionLabel, problems, dato);
  stopOn(problems, 'Møtet');
  const slug = v.slug ?? `${BODY_IN_SLUG[body!]}-${owner!.id}-${dato}`;
  if (!slugSchema.safeParse(slug).success) fail(`--slug «${slug}» kan bare ha små bokstaver a–z, tall og bindestrek.`);
  const file = writeItem(
    'moter',
    slug,
    meetingTemplate({
      owner: owner!,
      utvalg: utvalg as MeetingBody | undefined,
      dato: dato!,
      tid,
      sted: v.sted?.trim() || undefined,
      status,
      kilde: kilde!,
      tittel: v.tittel?.trim() || undefined,
      today,
    }),
  );
  report(
    file,
    [
      'Skriv sakene under «saker»: tittel, saksnummer hvis det finnes, og dokumentene saken gjelder.',
      'Når vedtaket er kjent: skriv det under «vedtak», og for hver kommune eller organisasjon det gjelder, hva det betyr for den.',
      'Sjekk status (planlagt, holdt, avlyst, eller utsatt med nyDato) og klokkeslettet.',
    ],
    'Møtet er merket som utkast (utkast: true) og blir ikke publisert, heller ikke ved et uhell.\nNår du er ferdig: slett linjen «utkast: true» og lagre.',
  );
}

async function addEvent(reference: string | undefined): Promise<void> {
  if (!reference?.trim()) {
    fail('Skriv hvilken kommune, hvilket helseforetak eller hvilket sykehus hendelsen gjelder, for eksempel: npm run new -- hendelse roros --status opsjon-utlost --kilde-ekstern <kilde>', 2);
  }
  const raw: RawEvent = {
    kommune: reference,
    dato: v.dato ?? today,
    status: v.status ?? '',
    fase: v.fase ?? '',
    planlagt: v.planlagt ?? '',
    merknad: v.merknad ?? '',
    ...sourceFields(),
  };
  const resolved = resolveEvent(raw, index, optionLabel, { organisations: true });
  if (!resolved.ok) fail(`Hendelsen ble ikke lagt til:\n${resolved.problems.map((p) => `  • ${p}`).join('\n')}\n\nIngenting er endret.`);

  const { target } = resolved;
  const entry: StatusEventEntry = { ...resolved.event, registrert: today };
  const file = path.join(root, target.file);
  // Decoded as the check decodes it: a file the check refuses (not UTF-8) is never rewritten.
  const read = readText(root, target.file);
  if (!read.ok) fail(`${shown(file)} ${read.problems[0]!.what}. Rett filen først (npm run check forklarer hva som er galt). Ingenting er endret.`);
  let merged;
  try {
    merged = addEventsToYaml(read.text, [entry], target.kind === 'kommuner' ? 'kommune' : 'organisasjon');
  } catch (error) {
    if (error instanceof YamlFileError) fail(`${shown(file)} ${error.message}. Rett filen først (npm run check forklarer hva som er galt). Ingenting er endret.`);
    throw error;
  }
  if (merged.added.length === 0) {
    console.log(`${shown(file)} har allerede denne hendelsen. Ingenting er endret.`);
    return;
  }
  const problems = yamlItemProblems(merged.text, kindOf(target.kind).schema);
  if (problems.length > 0) {
    fail(`${shown(file)} har feil fra før, så hendelsen ble ikke lagt til:\n${problems.map((p) => `  • ${p}`).join('\n')}\nRett filen og prøv igjen. Ingenting er endret.`);
  }
  await writeFileAtomic(file, merged.text);
  const e = resolved.event;
  console.log(
    `La til en hendelse i ${shown(file)}: ${/^\d{4}-\d{2}-\d{2}$/.test(e.dato) ? norwegianDate(e.dato) : e.dato} ${e.status}` +
      `${e.planlagt ? `, planlagt ${e.planlagt}` : ''}${e.fase ? ` (${e.fase})` : ''}, kilde: ${describeSource(e.kilde)}.` +
      `\n\nHendelsene i filen står sortert etter dato. Skriv gjerne en kort forklaring i «merknad»,` +
      '\nog kontroller innholdet med npm run check.' +
      (e.dato > today ? '\nDatoen er fram i tid: hendelsen vises på nettstedet først fra den dagen.' : ''),
  );
}

const index = readIndex();

switch (what) {
  case 'nyhet':
  case 'dokument':
  case 'svar':
    createDraft(what, title);
    break;
  case 'kilde':
    createSource(title);
    break;
  case 'tall':
    createStatement(title);
    break;
  case 'organisasjon':
    createOrganisation(title);
    break;
  case 'fase':
    createPhase(title);
    break;
  case 'mote':
    createMeeting(title);
    break;
  case 'hendelse':
    await addEvent(title);
    break;
}
