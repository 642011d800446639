import { stringify } from 'yaml';
import { slugify } from '../domain/slug.ts';

/** The kinds of content `npm run new` can start. */
export type TemplateKind = 'nyhet' | 'dokument' | 'svar';

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

/** One YAML line `key: value`, quoted only when YAML needs it (titles with a colon, say). */
function field(key: string, value: unknown): string {
  return stringify({ [key]: value }, { lineWidth: 0 }).trimEnd();
}

/** A new news item: a draft dated `today`, with placeholder text that passes validation. */
export function newsTemplate(title: string, today: string): string {
  return `---
${field('tittel', title)}
# Én eller to setninger som vises i lister og i nyhetsstrømmen.
ingress: Skriv ingressen her.
# Datoen saken publiseres. En dato fram i tid holder saken skjult til den dagen.
publisert: ${today}
# Kommuner saken gjelder (filnavn i kommuner/ uten .yaml), for eksempel [roros, orland].
kommuner: []
# Dokumenter saken gjelder (mappenavn i dokumenter/), for eksempel [tjenesteavtale-2022].
dokumenter: []
# Emneord, for eksempel [tjenesteavtale, økonomi].
emner: []
# Utkast publiseres ikke. Slett denne linjen når saken er klar.
utkast: true
---

Skriv saken her. Skill avsnitt med en tom linje, og bruk ## foran mellomtitler.
`;
}

/** A new document: a draft dated `today`, type «annet», with placeholder text that passes validation. */
export function documentTemplate(title: string, today: string): string {
  return `---
${field('tittel', title)}
# Én av: tjenesteavtale, vedlegg, styresak, protokoll, rapport, annet.
type: annet
# Én av: utkast, til-behandling, godkjent, signert, erstattet, trukket.
status: til-behandling
# Datoen dokumentet publiseres her. En dato fram i tid holder det skjult til den dagen.
publisert: ${today}
# Partene: id-er fra organisasjoner.json eller kommuners filnavn, for eksempel [helseplattformen-as, roros].
parter: []
# Noen få setninger i klart språk: hva dokumentet er og hva det betyr.
sammendrag: Skriv et kort sammendrag her.
# Filene legges i samme mappe som denne filen og føres opp slik:
# vedlegg:
#   - fil: avtale.pdf
#     tittel: Tjenesteavtalen, signert versjon
vedlegg: []
# Utkast publiseres ikke. Slett denne linjen når dokumentet er klart.
utkast: true
---

Lim inn eller skriv dokumentets tekst her.
`;
}

/** A new answer: a draft updated `today`, with placeholder text that passes validation. */
export function answerTemplate(question: string, today: string, category: string): string {
  return `---
${field('sporsmal', question)}
# Svarene grupperes etter kategori; bruk samme skrivemåte som i de andre svarene.
${field('kategori', category)}
# Plass innenfor kategorien; lavest først.
rekkefolge: 100
# Datoen svaret sist ble sjekket eller endret.
oppdatert: ${today}
# Dokumenter svaret bygger på (mappenavn i dokumenter/), for eksempel [tjenesteavtale-2022].
dokumenter: []
# Utkast publiseres ikke. Slett denne linjen når svaret er klart.
utkast: true
---

Skriv svaret her, kort og i klart språk.
`;
}

/** What a new meeting is started with. */
export interface MeetingTemplateInput {
  /** `organisasjon: <id>` or `kommune: <slug>`. */
  owner: { field: 'organisasjon' | 'kommune'; id: string };
  /** The body, when not the default (a board for an organisation, the council for a municipality). */
  utvalg?: string | undefined;
  /** Day or month of the meeting. */
  dato: string;
  tid?: string | undefined;
  sted?: string | undefined;
  /** planlagt or holdt. */
  status: string;
  /** The source, as YAML fields of one `kilder` entry, e.g. `{ ekstern: hp-styremote-5-januar }`. */
  kilde: Record<string, string>;
  /** Its own title, optional. */
  tittel?: string | undefined;
  /** The day it is published here. */
  today: string;
}

/**
 * A new meeting: a draft with one agenda item to fill in and the source
 * given, which passes validation as created.
 */
export function meetingTemplate(input: MeetingTemplateInput): string {
  const organ: Record<string, string> = { [input.owner.field]: input.owner.id, ...(input.utvalg ? { utvalg: input.utvalg } : {}) };
  const optional = (key: string, value: string | undefined, hint: string) => (value ? field(key, value) : `# ${hint}\n# ${key}: `);
  return `${input.tittel ? `${field('tittel', input.tittel)}\n` : '# En egen tittel er valgfri; uten den står organet og datoen, for eksempel «Styremøte i Helseplattformen AS 29. juni 2023».\n'}# Hvem som møtes: organisasjon (styre) eller kommune (kommunestyre). utvalg: styre, kommunestyre, bystyre, formannskap eller foretaksmote.
${stringify({ organ }, { lineWidth: 0 }).trimEnd()}
# Datoen, eller bare måneden (ÅÅÅÅ-MM) når kilden ikke sier dagen.
${field('dato', input.dato)}
${optional('tid', input.tid, 'Når møtet begynner, norsk tid, i anførselstegn, for eksempel "10:00". Slett linjen om det ikke er kjent.')}
${optional('sted', input.sted, 'Hvor møtet holdes.')}
# planlagt, holdt, avlyst eller utsatt (da også nyDato: med den nye datoen).
${field('status', input.status)}
# Sakene i rekkefølge. saksnummer og vedtak kan stå tomme til de er kjent.
saker:
  - tittel: Skriv hva saken gjelder
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
${stringify({ kilder: [input.kilde] }, { lineWidth: 0 }).trimEnd()}
# Datoen møtet publiseres her.
${field('publisert', input.today)}
# Utkast publiseres ikke. Slett denne linjen når møtet er klart.
utkast: true
`;
}
