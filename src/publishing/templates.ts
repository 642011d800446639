/**
 * Templates for `npm run new`: the text of a new item of each kind, with a
 * comment above every field saying what it is, and where the file goes. The
 * folder and file name come from the registry of kinds, so a kind that moves
 * or changes its extension needs no change here. Every template is valid as
 * created: news, documents, answers and meetings start as drafts
 * (`utkast: true`) with placeholder text; kinds without drafts (sources,
 * totals, organisations, waves) are filled only with what the person gave, so
 * nothing invented is ever published.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { z } from 'astro/zod';
import { stringify } from 'yaml';
import { kind, type KindId } from '../content-model/registry.ts';
import { parseFrontMatter, parseYaml } from '../content-model/read/parse.ts';
import { slugify } from '../domain/slug.ts';
import { documentStatuses, documentTypes } from '../schemas/document.ts';
import { meetingBodies, meetingStatuses, type MeetingBody, type MeetingStatus } from '../schemas/meeting.ts';
import { organisationKinds, organisationKindsWithStatus } from '../schemas/organisation.ts';

/** The words `npm run new` takes for new items, and the kind (folder) each starts. */
export const newItemKinds = {
  nyhet: 'nyheter',
  dokument: 'dokumenter',
  svar: 'sporsmal',
  kilde: 'kilder',
  tall: 'tall',
  organisasjon: 'organisasjoner',
  fase: 'faser',
  mote: 'moter',
} as const satisfies Record<string, KindId>;

/** The kinds of content `npm run new` can start from a template. */
export type TemplateKind = keyof typeof newItemKinds;

/** Longest slug a title gives; longer titles are cut at a word boundary. */
const MAX_SLUG = 70;

/**
 * The file-name slug for a title: `slugify()` (æ→ae, ø→o, å→a, accents
 * dropped), shortened at a hyphen to at most 70 characters so URLs stay
 * readable. «Ørland får ny dato for innføring» gives `orland-far-ny-dato-for-innforing`.
 */
export function slugForTitle(title: string): string {
  const slug = slugify(title);
  if (slug.length <= MAX_SLUG) return slug;
  const cut = slug.slice(0, MAX_SLUG + 1);
  const end = cut.lastIndexOf('-');
  return end > 0 ? cut.slice(0, end) : slug.slice(0, MAX_SLUG);
}

/**
 * Where a new item `slug` of a kind is written, relative to the content
 * folder, from the kind's layout in the registry: `nyheter/<slug>.md`,
 * `dokumenter/<slug>/index.md`, `kilder/<slug>.yaml`, …
 * Throws for the settings, which are not made item by item.
 */
export function itemFile(id: KindId, slug: string): string {
  const { layout } = kind(id);
  if (layout.type === 'files') return `${id}/${slug}${layout.extensions[0]}`;
  if (layout.type === 'folders') return `${id}/${slug}/${layout.index[0]}`;
  throw new Error(`${id} is one file, not a folder of items`);
}

/**
 * The file or folder (relative to `root`) that already holds an item `slug`
 * of the kind, under any extension the kind accepts (`sak.mdx` for a new
 * `sak.md`, `x.yml` for `x.yaml`), or `undefined` when the name is free.
 */
export function existingItem(root: string, id: KindId, slug: string): string | undefined {
  const { layout } = kind(id);
  const candidates =
    layout.type === 'files' ? layout.extensions.map((ext) => `${id}/${slug}${ext}`) : layout.type === 'folders' ? [`${id}/${slug}`] : [];
  return candidates.find((candidate) => existsSync(path.join(root, candidate)));
}

/**
 * What the kind's schema says about a template's text, read the way the
 * check reads it: one line per problem, empty when the text is valid.
 */
export function templateProblems(id: KindId, text: string): string[] {
  const definition = kind(id);
  const markdown = definition.layout.type !== 'single' && definition.layout.format === 'markdown';
  const parsed = markdown ? parseFrontMatter(text, itemFile(id, 'ny')) : parseYaml(text, itemFile(id, 'ny'));
  if (!parsed.ok) return parsed.problems.map((p) => `${p.field ?? '(filen)'}: ${p.what}`);
  const result = (definition.schema as z.ZodType).safeParse(parsed.source.data);
  if (result.success) return [];
  return result.error.issues.map((issue) => `${issue.path.join('.') || '(filen)'}: ${issue.message}`);
}

/**
 * The placeholder texts the templates put where staff write their own: the
 * one list of them, used by the templates below and by the check, which
 * refuses a published (non-draft) item that still contains one of their
 * sentences (src/validation/placeholders.ts).
 */
export const templatePlaceholders = {
  newsLead: 'Skriv ingressen her.',
  newsBody: 'Skriv saken her. Skill avsnitt med en tom linje, og bruk ## foran mellomtitler.',
  documentSummary: 'Skriv et kort sammendrag her.',
  documentBody: 'Lim inn eller skriv dokumentets tekst her.',
  answerBody: 'Skriv svaret her, kort og i klart språk.',
  meetingItem: 'Skriv hva saken gjelder',
} as const;

/** Every sentence of the templates' placeholder texts, e.g. «Skriv saken her.». */
export function placeholderSentences(): string[] {
  return Object.values(templatePlaceholders).flatMap((text) => text.split(/(?<=[.!?])\s+/));
}

/** YAML for `{ key: value }`, quoted only where YAML needs it (titles with a colon, say); no line folding. */
function yaml(key: string, value: unknown): string {
  return stringify({ [key]: value }, { lineWidth: 0 }).trimEnd();
}

/** A source reference as written in a file (`kilde: { ekstern: … }` and the other forms). */
export type SourceReference =
  | { ekstern: string }
  | { nyhet: string }
  | { dokument: string }
  | { url: string; tittel: string; utgiver: string; dato?: string };

/** A new news item: a draft dated `today`, with placeholder text that passes validation. */
export function newsTemplate(title: string, today: string): string {
  return `---
${yaml('tittel', title)}
# Én eller to setninger som vises i lister og i nyhetsstrømmen.
${yaml('ingress', templatePlaceholders.newsLead)}
# Dagen saken publiseres her, aldri tilbakedatert. En dato fram i tid holder saken skjult til den dagen.
publisert: ${today}
# Skriver du om noe som skjedde tidligere, skriv datoen det skjedde (ÅÅÅÅ-MM-DD, eller ÅÅÅÅ-MM
# hvis kilden bare oppgir måneden), og fjern # foran:
# hendelsesdato: 2023-04-28
# Kommuner saken gjelder (filnavn i kommuner/ uten .yaml), for eksempel [roros, orland].
kommuner: []
# Dokumenter saken gjelder (mappenavn i dokumenter/), for eksempel [plan-for-innforing-av-kommuner-2024-2026].
dokumenter: []
# Emneord, for eksempel [tjenesteavtale, økonomi].
emner: []
# Kildene saken bygger på, vist som «Kilder» under saken. For eksempel:
# kilder:
#   - ekstern: hp-nar-kommer-helseplattformen
#   - url: https://www.nrk.no/…
#     tittel: Tittelen på saken
#     utgiver: NRK Trøndelag
kilder: []
# Utkast publiseres ikke. Slett denne linjen når saken er klar.
utkast: true
---

${templatePlaceholders.newsBody}
`;
}

/** What a new document may say about where it comes from. */
export interface DocumentOptions {
  /** Who issued or published it, e.g. «Statens helsetilsyn». */
  utgiver?: string | undefined;
  /** Where the original is published, for a document the site does not hold. */
  original?: string | undefined;
  /** The document's own date (`YYYY-MM-DD`, `YYYY-MM` or `YYYY`), when known. */
  dato?: string | undefined;
}

/**
 * A new document: a draft published `today`, type «annet», with placeholder
 * text that passes validation, and its own date (`dato`) when given, or a
 * commented example that is valid once the # is removed.
 */
export function documentTemplate(title: string, today: string, options: DocumentOptions = {}): string {
  const dato = options.dato
    ? yaml('dato', options.dato)
    : `# Skriv datoen og fjern # foran:
# dato: 2023-04-19`;
  const utgiver = options.utgiver
    ? yaml('utgiver', options.utgiver)
    : '# utgiver: Statens helsetilsyn';
  const original = options.original
    ? `# Dokumentet ligger et annet sted, og siden lenker dit. Da kan vedlegg stå tom.
${yaml('original', { url: options.original, tittel: title })}`
    : `# Ligger dokumentet et annet sted, og nettstedet ikke har en egen kopi, lenker du til originalen
# (og lar vedlegg stå tom):
# original:
#   url: https://www.helsetilsynet.no/…
#   tittel: Tittelen der dokumentet er publisert`;
  return `---
${yaml('tittel', title)}
# Én av: ${Object.keys(documentTypes).join(', ')}.
type: annet
# Én av: ${Object.keys(documentStatuses).join(', ')}.
status: til-behandling
# Dokumentets egen dato: da utgiveren ga det ut eller la det fram, så presist som kilden sier
# (ÅÅÅÅ-MM-DD, ÅÅÅÅ-MM eller ÅÅÅÅ). «Siter denne siden» daterer dokumentet med den, aldri med publisert.
${dato}
# Datoen dokumentet publiseres her. En dato fram i tid holder det skjult til den dagen.
publisert: ${today}
# Hvem som har laget eller gitt ut dokumentet (valgfri).
${utgiver}
${original}
# Partene: filnavn i organisasjoner/ eller kommuner/ (uten .yaml), for eksempel [helseplattformen-as, roros].
parter: []
# Noen få setninger i klart språk: hva dokumentet er og hva det betyr.
${yaml('sammendrag', templatePlaceholders.documentSummary)}
# Kilder sammendraget bygger på, i tillegg til selve dokumentet, for eksempel:
# kilder:
#   - ekstern: helsetilsynet-tilsyn-st-olavs-2023
kilder: []
# Filene legges i samme mappe som denne filen og føres opp slik:
# vedlegg:
#   - fil: avtale.pdf
#     tittel: Tjenesteavtalen, signert versjon
vedlegg: []
# Utkast publiseres ikke. Slett denne linjen når dokumentet er klart.
utkast: true
---

${templatePlaceholders.documentBody}
`;
}

/** A new answer: a draft updated `today`, with placeholder text that passes validation. */
export function answerTemplate(question: string, today: string, category: string): string {
  return `---
${yaml('sporsmal', question)}
# Svarene grupperes etter kategori; bruk samme skrivemåte som i de andre svarene.
${yaml('kategori', category)}
# Plass innenfor kategorien; lavest først.
rekkefolge: 100
# Datoen svaret sist ble sjekket eller endret.
oppdatert: ${today}
# Dokumenter svaret bygger på (mappenavn i dokumenter/), for eksempel [plan-for-innforing-av-kommuner-2024-2026].
dokumenter: []
# Kildene svaret bygger på, for eksempel:
# kilder:
#   - ekstern: hp-nar-kommer-helseplattformen
kilder: []
# Utkast publiseres ikke. Slett denne linjen når svaret er klart.
utkast: true
---

${templatePlaceholders.answerBody}
`;
}

/** A registered external source (`kilder/<id>.yaml`), as given. */
export interface SourceTemplateInput {
  tittel: string;
  utgiver: string;
  url: string;
  /** Publication date as the page shows it, when it shows one. */
  dato?: string | undefined;
  merknad?: string | undefined;
}

/** A new external source for the register, with the fields given. */
export function sourceTemplate(input: SourceTemplateInput): string {
  return `# En kilde i kilderegisteret. Andre filer viser til den med filnavnet (uten .yaml):
#   kilde:
#     ekstern: <filnavnet>
${yaml('tittel', input.tittel)}
# Hvem som har publisert siden eller dokumentet.
${yaml('utgiver', input.utgiver)}
${yaml('url', input.url)}
# Datoen siden er publisert, så presist som den viser den: ÅÅÅÅ-MM-DD, ÅÅÅÅ-MM eller ÅÅÅÅ.
# Viser siden ingen dato, lar du feltet stå ute.
${input.dato ? yaml('dato', input.dato) : '# dato: 2023-09-12'}
# En merknad til leserne, for eksempel at siden oppdateres over tid (valgfri).
${input.merknad ? yaml('merknad', input.merknad) : '# merknad: Oversiktsside uten dato som oppdateres.'}
`;
}

/** A sourced total (`tall/<id>.yaml`), as given. */
export interface StatementTemplateInput {
  dato: string;
  status: string;
  antall: number;
  minst: boolean;
  omfang?: string | undefined;
  merknad?: string | undefined;
  kilde: SourceReference;
}

/** A new sourced total, with the fields given. */
export function statementTemplate(input: StatementTemplateInput): string {
  return `# Et tall en kilde oppgir bare som en sum, for eksempel «28 kommuner i drift».
# Nettstedet viser det som et samlet tall ved siden av antallet kommuner som er navngitt med samme steg eller et senere.
# Datoen tallet gjelder for (ÅÅÅÅ-MM-DD, eller ÅÅÅÅ-MM hvis kilden bare oppgir måneden).
${yaml('dato', input.dato)}
# Statusen som telles: en status-id fra innstillinger.json.
${yaml('status', input.status)}
${yaml('antall', input.antall)}
# true når kilden sier «minst» eller «over».
${yaml('minst', input.minst)}
# Hva kilden teller, når det ikke er det samme som kommunene i regionen (valgfri).
${input.omfang ? yaml('omfang', input.omfang) : '# omfang: Kommuner som har tatt i bruk løsningen, ifølge Helseplattformen AS.'}
# Merknad, for eksempel om forskjellen til antallet vi kan navngi (valgfri).
${input.merknad ? yaml('merknad', input.merknad) : '# merknad: Vi kan navngi 27 av dem.'}
${yaml('kilde', input.kilde)}
`;
}

/** An organisation (`organisasjoner/<id>.yaml`), as given. */
export interface OrganisationTemplateInput {
  navn: string;
  type: (typeof organisationKinds)[number];
  tilhorer?: string | undefined;
  kommune?: string | undefined;
  eier?: boolean | undefined;
  rolle?: string | undefined;
  nettside?: string | undefined;
}

/** A new organisation, with the fields given; health trusts and hospitals get an empty status history. */
export function organisationTemplate(input: OrganisationTemplateInput): string {
  const withStatus = organisationKindsWithStatus.includes(input.type);
  const lines = [
    yaml('navn', input.navn),
    `# Én av: ${organisationKinds.join(', ')}.`,
    yaml('type', input.type),
    '# Organisasjonen denne hører til (filnavn i organisasjoner/ uten .yaml), for eksempel et sykehus\' helseforetak.',
    input.tilhorer ? yaml('tilhorer', input.tilhorer) : '# tilhorer: helse-midt-norge-rhf',
  ];
  if (input.type === 'kommune') {
    lines.push('# Kommunen organisasjonen er (filnavn i kommuner/ uten .yaml).', input.kommune ? yaml('kommune', input.kommune) : '# kommune: trondheim');
  }
  lines.push(
    '# true for eierne av selskapet.',
    input.eier ? yaml('eier', true) : '# eier: true',
    '# Én setning om organisasjonens rolle.',
    input.rolle ? yaml('rolle', input.rolle) : '# rolle: Helseforetaket har sykehus i …',
    '# Offisiell nettadresse.',
    input.nettside ? yaml('nettside', input.nettside) : '# nettside: https://…',
    '# Datoen opplysningene om organisasjonen sist ble kontrollert mot kildene, hvis den er en annen',
    '# enn «sistKontrollert» i innstillinger.json.',
    '# sistKontrollert: 2026-12-01',
  );
  if (withStatus) {
    lines.push(
      '# Innføringsstatus, eldste først. Legg til hendelser med',
      '#   npm run new -- hendelse <filnavnet> --status <status> --kilde-ekstern <kilde>',
      '# Et sykehus uten egne hendelser viser helseforetakets.',
      'hendelser: []',
    );
  }
  return `${lines.join('\n')}\n`;
}

/** A rollout wave (`faser/<id>.yaml`) with its first plan, as given. */
export interface PhaseTemplateInput {
  navn: string;
  nummer: number;
  beskrivelse: string;
  plan: { dato: string; planlagt: string; merknad?: string | undefined; kilde: SourceReference };
}

/** A new rollout wave with its first plan. */
export function phaseTemplate(input: PhaseTemplateInput): string {
  const { plan } = input;
  const entry = { dato: plan.dato, planlagt: plan.planlagt, ...(plan.merknad ? { merknad: plan.merknad } : {}), kilde: plan.kilde };
  return `${yaml('navn', input.navn)}
# Rekkefølgen blant fasene; hver fase har sitt eget nummer.
${yaml('nummer', input.nummer)}
${yaml('beskrivelse', input.beskrivelse)}
# Planhistorikken, eldste først: når planen ble kjent (dato), hva den sikter mot (planlagt) og kilden.
# En utsettelse er en ny plan nederst i listen; de gamle planene blir stående.
${yaml('planer', [entry])}
# Når innføringen er gjennomført, ifølge en kilde, fjerner du # foran linjene under:
# gjennomfort:
#   dato: 2026-11-14
#   kilde:
#     ekstern: <kilde i kilder/>
`;
}

/** A new meeting (`moter/<id>.yaml`): who meets, when, and the source, as given. */
export interface MeetingTemplateInput {
  /** `organisasjon: <id in organisasjoner/>` for a board or company meeting, `kommune: <slug in kommuner/>` for a council. */
  owner: { field: 'organisasjon' | 'kommune'; id: string };
  /** The body, when not the default (a board for an organisation, the council for a municipality). */
  utvalg?: MeetingBody | undefined;
  /** The day (`YYYY-MM-DD`) or only the month (`YYYY-MM`) of the meeting. */
  dato: string;
  /** When it starts, `TT:MM` (24 hours), Norwegian time; written quoted as given. */
  tid?: string | undefined;
  sted?: string | undefined;
  status: MeetingStatus;
  kilde: SourceReference;
  /** A title of its own, optional. */
  tittel?: string | undefined;
  /** The day it is published here, `YYYY-MM-DD`. */
  today: string;
}

/**
 * A new meeting: a draft with one agenda item to fill in and the source
 * given, which passes validation as created.
 */
export function meetingTemplate(input: MeetingTemplateInput): string {
  const organ = { [input.owner.field]: input.owner.id, ...(input.utvalg ? { utvalg: input.utvalg } : {}) };
  return `${input.tittel ? yaml('tittel', input.tittel) : '# En egen tittel er valgfri; uten den står organet og datoen, for eksempel «Styremøte i Helseplattformen AS 29. juni 2023».\n# tittel: Ekstraordinært møte om tjenesteavtalen'}
# Hvem som møtes: organisasjon (styre) eller kommune (kommunestyre).
# utvalg er én av: ${Object.keys(meetingBodies).join(', ')}.
${yaml('organ', organ)}
# Datoen, eller bare måneden (ÅÅÅÅ-MM) når kilden ikke sier dagen.
${yaml('dato', input.dato)}
${input.tid ? `# Når møtet begynner, norsk tid, i anførselstegn.\ntid: "${input.tid}"` : '# Når møtet begynner, norsk tid, i anførselstegn, når det er kjent.\n# tid: "10:00"'}
# Hvor møtet holdes.
${input.sted ? yaml('sted', input.sted) : '# sted: Trondheim'}
# Én av: ${Object.keys(meetingStatuses).join(', ')} (utsatt trenger også nyDato: med den nye datoen).
${yaml('status', input.status)}
# Sakene i rekkefølge. saksnummer og vedtak kan stå ute til de er kjent.
saker:
  - ${yaml('tittel', templatePlaceholders.meetingItem)}
    # saksnummer: "12/24"
    # Dokumenter saken gjelder (mappenavn i dokumenter/).
    dokumenter: []
    # vedtak:
    #   tekst: Hva som ble vedtatt, med egne ord.
    #   gjelder:
    #     - part: roros
    #       vedtak: Hva vedtaket betyr for Røros.
# Protokollen, når den er publisert som dokument (mappenavn i dokumenter/).
# protokoll: protokoll-styremote-2024-06-20
# Kildene møtet og vedtakene bygger på; minst én.
${yaml('kilder', [input.kilde])}
# Dagen møtet publiseres her. En dato fram i tid holder det skjult til den dagen.
publisert: ${input.today}
# Utkast publiseres ikke. Slett denne linjen når møtet er klart.
utkast: true
`;
}
