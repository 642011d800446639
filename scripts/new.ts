/**
 * Starts a new piece of content from a template, or adds a status event:
 *
 *   npm run new -- nyhet "Ørland får ny dato for innføring"
 *   npm run new -- dokument "Tjenesteavtale for Røros"
 *   npm run new -- svar "Når tar kommunen min i bruk Helseplattformen?" [--kategori "…"]
 *   npm run new -- mote helseplattformen-as --dato 2024-06-20 --kilde-ekstern <kilde>
 *        [--utvalg styre] [--tid 10:00] [--sted "…"] [--status holdt] [--tittel "…"]
 *   npm run new -- hendelse roros --status avtale-signert --kilde-nyhet <slug>
 *        [--dato 23.02.2022] [--fase fase-2] [--merknad "…"]
 *        (or --kilde-dokument <slug>, or --kilde-url <adresse> --kilde-tittel "…")
 *
 * Options for every kind: --slug <name> to choose the file name, --content <dir>.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { parse } from 'yaml';
import { slug as slugSchema } from '../src/schemas/common.ts';
import { buildDate } from '../src/build-date.ts';
import { ContentIndexError, readContentIndex } from '../src/publishing/content-index.ts';
import {
  addEventsToYaml,
  municipalityProblems,
  resolveEvent,
  writeFileAtomic,
  YamlFileError,
  describeSource,
  type RawEvent,
} from '../src/publishing/status-events.ts';
import { answerTemplate, documentTemplate, meetingTemplate, newsTemplate, slugForTitle } from '../src/publishing/templates.ts';
import { meetingBodies, meetingSchema, municipalBodies, type MeetingBody } from '../src/schemas/meeting.ts';
import { eventDate } from '../src/schemas/common.ts';

const USAGE = `Bruk:
  npm run new -- nyhet "Tittel på saken"
  npm run new -- dokument "Tittel på dokumentet"
  npm run new -- svar "Spørsmålet slik en leser ville stilt det?"
  npm run new -- mote <organisasjon eller kommune> --dato 2024-06-20 --kilde-ekstern <kilde>
       (eller --kilde-nyhet, --kilde-dokument, --kilde-url med --kilde-tittel og --kilde-utgiver)
       [--utvalg styre|kommunestyre|bystyre|formannskap|foretaksmote] [--tid 10:00] [--sted "Sted"]
       [--status planlagt|holdt] [--tittel "Egen tittel"]
  npm run new -- hendelse <kommune> --status <status> --kilde-ekstern <kilde>
       (eller --kilde-nyhet <nyhet>, --kilde-dokument <dokument>, eller
        --kilde-url <adresse> --kilde-tittel "Tittel" --kilde-utgiver "Utgiver" [--kilde-dato 2023-05])
       [--dato 23.02.2022] [--planlagt 2024-11-09] [--fase <bølge>] [--merknad "Kort forklaring"]
Valg: --slug <filnavn> velger filnavnet selv.`;

let args: ReturnType<typeof parseCommandLine>;
try {
  args = parseCommandLine();
} catch (error) {
  fail(`${(error as Error).message}\n\n${USAGE}`, 2);
}

function parseCommandLine() {
  return parseArgs({
    allowPositionals: true,
    options: {
      slug: { type: 'string' },
      content: { type: 'string' },
      kategori: { type: 'string' },
      status: { type: 'string' },
      dato: { type: 'string' },
      fase: { type: 'string' },
      merknad: { type: 'string' },
      planlagt: { type: 'string' },
      'kilde-ekstern': { type: 'string' },
      'kilde-utgiver': { type: 'string' },
      'kilde-dato': { type: 'string' },
      'kilde-nyhet': { type: 'string' },
      'kilde-dokument': { type: 'string' },
      'kilde-url': { type: 'string' },
      'kilde-tittel': { type: 'string' },
      utvalg: { type: 'string' },
      tid: { type: 'string' },
      sted: { type: 'string' },
      tittel: { type: 'string' },
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
const norwegianDate = today.split('-').reverse().join('.');
const [kind, title, ...rest] = args.positionals;

if (!existsSync(root)) fail(`Fant ikke innholdsmappen ${shown(root)}. Kjør kommandoen fra prosjektmappen, eller sett CONTENT_DIR.`);
if (!kind) fail(USAGE, 2);
if (rest.length > 0) {
  fail(`For mange ord: ${rest.map((w) => `«${w}»`).join(' ')}. Sett tittelen i anførselstegn, for eksempel "Ny avtale signert".\n\n${USAGE}`, 2);
}

switch (kind) {
  case 'nyhet':
  case 'dokument':
  case 'svar':
    createFromTemplate(kind, title);
    break;
  case 'hendelse':
    await addEvent(title);
    break;
  case 'mote':
    createMeeting(title);
    break;
  default:
    fail(`Ukjent type «${kind}». Velg nyhet, dokument, svar, mote eller hendelse.\n\n${USAGE}`, 2);
}

function chooseSlug(text: string): string {
  const slug = args.values.slug ?? slugForTitle(text);
  if (!slugSchema.safeParse(slug).success) {
    fail(
      args.values.slug
        ? `--slug «${slug}» kan bare ha små bokstaver a–z, tall og bindestrek, for eksempel «ny-avtale-signert».`
        : `Fant ingen bokstaver eller tall i «${text}» å lage et filnavn av. Velg et selv med --slug, for eksempel --slug ny-avtale-signert.`,
    );
  }
  return slug;
}

function createFromTemplate(kind: 'nyhet' | 'dokument' | 'svar', text: string | undefined): void {
  const what = { nyhet: 'tittelen på saken', dokument: 'tittelen på dokumentet', svar: 'spørsmålet' }[kind];
  if (!text?.trim()) fail(`Skriv ${what} i anførselstegn etter «${kind}», for eksempel: npm run new -- ${kind} "Ny avtale signert"`, 2);
  const heading = text.trim();
  const slug = chooseSlug(heading);

  let file: string;
  let body: string;
  const steps: string[] = [];
  if (kind === 'nyhet') {
    file = path.join(root, 'nyheter', `${slug}.md`);
    const other = path.join(root, 'nyheter', `${slug}.mdx`);
    if (existsSync(other)) refuse(other);
    body = newsTemplate(heading, today);
    steps.push(
      'Skriv ingressen (ingress): én eller to setninger.',
      'Skriv selve saken under den andre streken (---).',
      'Før opp kommunene og dokumentene saken gjelder, eller la listene stå tomme.',
      `Sjekk publiseringsdatoen (publisert), satt til i dag, ${norwegianDate}.`,
    );
  } else if (kind === 'dokument') {
    file = path.join(root, 'dokumenter', slug, 'index.md');
    if (existsSync(path.dirname(file))) refuse(path.dirname(file));
    body = documentTemplate(heading, today);
    steps.push(
      'Velg riktig type og status.',
      'Skriv sammendraget (sammendrag) i klart språk.',
      `Legg vedleggsfilene (PDF og lignende) i mappen ${shown(path.dirname(file))} og før dem opp under vedlegg.`,
      'Før opp partene, og behandlingen (organ, dato, møte) hvis dokumentet er behandlet.',
      'Lim inn dokumentets tekst under den andre streken (---).',
    );
  } else {
    file = path.join(root, 'sporsmal', `${slug}.md`);
    const category = args.values.kategori?.trim() || commonCategory();
    body = answerTemplate(heading, today, category);
    steps.push(
      'Skriv svaret under den andre streken (---).',
      `Sjekk kategorien (kategori), satt til «${category}».`,
      'Før opp dokumentene svaret bygger på, eller la listen stå tom.',
    );
  }
  if (existsSync(file)) refuse(file);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, body, { flag: 'wx' });

  const noun = { nyhet: 'Saken', dokument: 'Dokumentet', svar: 'Svaret' }[kind];
  console.log(`Opprettet ${shown(file)}\n\nDette gjenstår:`);
  steps.forEach((step, index) => console.log(`  ${index + 1}. ${step}`));
  console.log(
    `\n${noun} er merket som utkast (utkast: true) og blir ikke publisert, heller ikke ved et uhell.` +
      '\nNår du er ferdig: slett linjen «utkast: true» og lagre.' +
      '\nKontroller innholdet med npm run check.',
  );
}

function refuse(file: string): never {
  fail(
    `${shown(file)} finnes allerede og blir ikke skrevet over. ` +
      'Åpne den og rediger den, eller velg et annet filnavn med --slug.',
  );
}

/** The category most answers use, so a new answer lands beside them unless told otherwise. */
function commonCategory(): string {
  const counts = new Map<string, number>();
  let names: string[] = [];
  try {
    names = readdirSync(path.join(root, 'sporsmal')).filter((name) => name.endsWith('.md'));
  } catch {
    // No answers yet.
  }
  for (const name of names) {
    const front = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(path.join(root, 'sporsmal', name), 'utf8'))?.[1];
    try {
      const category = (parse(front ?? '') as { kategori?: unknown } | null)?.kategori;
      if (typeof category === 'string' && category.trim()) counts.set(category.trim(), (counts.get(category.trim()) ?? 0) + 1);
    } catch {
      // A broken answer file is npm run check's business.
    }
  }
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'Generelt';
}

async function addEvent(reference: string | undefined): Promise<void> {
  if (!reference?.trim()) {
    fail('Skriv hvilken kommune hendelsen gjelder, for eksempel: npm run new -- hendelse roros --status opsjon-utlost --kilde-nyhet <nyhet>', 2);
  }
  let index;
  try {
    index = readContentIndex(root, buildDate());
  } catch (error) {
    if (error instanceof ContentIndexError) fail(error.message);
    throw error;
  }
  const v = args.values;
  const raw: RawEvent = {
    kommune: reference,
    dato: v.dato ?? today,
    status: v.status ?? '',
    fase: v.fase ?? '',
    planlagt: v.planlagt ?? '',
    merknad: v.merknad ?? '',
    kilde_ekstern: v['kilde-ekstern'] ?? '',
    kilde_nyhet: v['kilde-nyhet'] ?? '',
    kilde_dokument: v['kilde-dokument'] ?? '',
    kilde_url: v['kilde-url'] ?? '',
    kilde_tittel: v['kilde-tittel'] ?? '',
    kilde_utgiver: v['kilde-utgiver'] ?? '',
    kilde_dato: v['kilde-dato'] ?? '',
  };
  const label = (field: keyof RawEvent) => (field === 'kommune' ? 'kommunen' : `--${field.replace('_', '-')}`);
  const resolved = resolveEvent(raw, index, label);
  if (!resolved.ok) fail(`Hendelsen ble ikke lagt til:\n${resolved.problems.map((p) => `  • ${p}`).join('\n')}\n\nIngenting er endret.`);

  const file = path.join(root, resolved.municipality.file);
  let merged;
  try {
    merged = addEventsToYaml(readFileSync(file, 'utf8'), [resolved.event]);
  } catch (error) {
    if (error instanceof YamlFileError) fail(`${shown(file)} ${error.message}. Rett filen først (npm run check forklarer hva som er galt). Ingenting er endret.`);
    throw error;
  }
  if (merged.added.length === 0) {
    console.log(`${shown(file)} har allerede denne hendelsen. Ingenting er endret.`);
    return;
  }
  const problems = municipalityProblems(merged.text);
  if (problems.length > 0) {
    fail(`${shown(file)} har feil fra før, så hendelsen ble ikke lagt til:\n${problems.map((p) => `  • ${p}`).join('\n')}\nRett filen og prøv igjen. Ingenting er endret.`);
  }
  await writeFileAtomic(file, merged.text);
  const e = resolved.event;
  const source = describeSource(e.kilde);
  console.log(
    `La til en hendelse i ${shown(file)}: ${e.dato.split('-').reverse().join('.')} ${e.status}` +
      `${e.planlagt ? `, planlagt ${e.planlagt}` : ''}${e.fase ? ` (${e.fase})` : ''}, kilde: ${source}.` +
      `\n\nHendelsene i filen står sortert etter dato. Skriv gjerne en kort forklaring i «merknad»,` +
      '\nog kontroller innholdet med npm run check.' +
      (e.dato > today ? '\nDatoen er fram i tid: hendelsen vises på nettstedet først fra den dagen.' : ''),
  );
}

/** Starts a meeting of an organisation's board or a municipality's council, from the template. */
function createMeeting(owner: string | undefined): void {
  const v = args.values;
  if (!owner?.trim()) {
    fail('Skriv hvem som møtes etter «mote»: en organisasjon (filnavnet i organisasjoner/) eller en kommune (filnavnet i kommuner/), for eksempel: npm run new -- mote helseplattformen-as --dato 2024-06-20 --kilde-ekstern <kilde>', 2);
  }
  const id = owner.trim();
  const isOrganisation = ['.yaml', '.yml'].some((ext) => existsSync(path.join(root, 'organisasjoner', `${id}${ext}`)));
  const isMunicipality = ['.yaml', '.yml'].some((ext) => existsSync(path.join(root, 'kommuner', `${id}${ext}`)));
  const problems: string[] = [];
  if (!isOrganisation && !isMunicipality) problems.push(`«${id}» er verken en organisasjon i organisasjoner/ eller en kommune i kommuner/. Bruk filnavnet uten .yaml.`);
  const utvalg = v.utvalg?.trim();
  if (utvalg && !(utvalg in meetingBodies)) problems.push(`--utvalg «${utvalg}» finnes ikke. Bruk en av: ${Object.keys(meetingBodies).join(', ')}.`);
  const body: MeetingBody = (utvalg as MeetingBody | undefined) ?? (isMunicipality ? 'kommunestyre' : 'styre');
  const dato = v.dato?.trim() ?? '';
  if (!dato) problems.push('--dato mangler: skriv møtedatoen som ÅÅÅÅ-MM-DD, eller måneden som ÅÅÅÅ-MM når dagen ikke er kjent.');
  else if (!eventDate.safeParse(dato).success) problems.push(`--dato «${dato}» er ikke en dato (ÅÅÅÅ-MM-DD) eller en måned (ÅÅÅÅ-MM).`);
  const kilde = v['kilde-ekstern']
    ? { ekstern: v['kilde-ekstern'] }
    : v['kilde-nyhet']
      ? { nyhet: v['kilde-nyhet'] }
      : v['kilde-dokument']
        ? { dokument: v['kilde-dokument'] }
        : v['kilde-url']
          ? { url: v['kilde-url'], ...(v['kilde-tittel'] ? { tittel: v['kilde-tittel'] } : {}), ...(v['kilde-utgiver'] ? { utgiver: v['kilde-utgiver'] } : {}), ...(v['kilde-dato'] ? { dato: v['kilde-dato'] } : {}) }
          : undefined;
  if (!kilde) problems.push('Et møte må ha en kilde: legg til --kilde-ekstern <id i kilder/>, --kilde-nyhet, --kilde-dokument eller --kilde-url med --kilde-tittel og --kilde-utgiver.');
  const status = v.status?.trim() ?? (dato && dato >= today.slice(0, dato.length) ? 'planlagt' : 'holdt');
  const body_ = meetingTemplate({
    owner: { field: isMunicipality && !isOrganisation ? 'kommune' : 'organisasjon', id },
    utvalg,
    dato,
    tid: v.tid?.trim(),
    sted: v.sted?.trim(),
    status,
    kilde: kilde ?? {},
    tittel: v.tittel?.trim(),
    today,
  });
  if (problems.length === 0) {
    // The template must pass the schema as created; anything else is said here, not by npm run check later.
    const parsed = meetingSchema.safeParse(parse(body_));
    if (!parsed.success) problems.push(...parsed.error.issues.map((issue) => `${issue.path.join('.') || 'møtet'}: ${issue.message}`));
    if (isMunicipality && !municipalBodies.includes(body)) problems.push(`En kommune har ikke «${body}». Bruk ${municipalBodies.join(', ')}.`);
    if (!isMunicipality && municipalBodies.includes(body)) problems.push(`«${body}» hører til en kommune. Skriv kommunens filnavn i stedet for «${id}».`);
  }
  if (problems.length > 0) fail(`Møtet ble ikke laget:\n${problems.map((p) => `  • ${p}`).join('\n')}\n\nIngenting er endret.`);

  const slug = args.values.slug ?? `${{ styre: 'styret', kommunestyre: 'kommunestyret', bystyre: 'bystyret', formannskap: 'formannskapet', foretaksmote: 'foretaksmotet' }[body]}-${id}-${dato}`;
  if (!slugSchema.safeParse(slug).success) fail(`--slug «${slug}» kan bare ha små bokstaver a–z, tall og bindestrek.`);
  const file = path.join(root, 'moter', `${slug}.yaml`);
  if (existsSync(file)) refuse(file);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, body_, { flag: 'wx' });
  console.log(`Opprettet ${shown(file)}\n\nDette gjenstår:`);
  [
    'Skriv sakene under «saker»: tittel, saksnummer hvis det finnes, og dokumentene saken gjelder.',
    'Når vedtaket er kjent: skriv det under «vedtak», og for hver kommune eller organisasjon det gjelder, hva det betyr for den.',
    'Sjekk status (planlagt, holdt, avlyst eller utsatt med nyDato) og klokkeslettet.',
  ].forEach((step, index) => console.log(`  ${index + 1}. ${step}`));
  console.log('\nMøtet er merket som utkast (utkast: true) og blir ikke publisert.\nNår du er ferdig: slett linjen «utkast: true» og lagre.\nKontroller innholdet med npm run check.');
}
