/**
 * «Cite this page»: one description of a document, meeting or news page
 * (stable address, title, author, version, dates, attachments with their
 * SHA-256) written three ways:
 * - plain text in Norwegian reference style (APA 7 as Norwegian
 *   institutions teach it: «Forfatter. (År, dag. måned). Tittel (Versjon x)
 *   [Type]. Nettsted. Hentet dato fra adresse»; without an author the title
 *   comes first, «Tittel [Type]. (År). Nettsted. …», and without a date the
 *   year is «u.å.», uten år);
 * - CSL-JSON (Citation Style Language 1.0.2 items), what Zotero, Mendeley
 *   and citeproc read;
 * - BibTeX, written by citation-js from the same CSL item.
 *
 * The author and date are those of the work: a document's issuing
 * organisation and its own date, or this site and the page's date for the
 * site's own pages. The site is where the work is published and was
 * retrieved (CSL `publisher`, BibTeX `publisher` and `url`/`urldate`), never
 * the author of someone else's document.
 */
import { plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import { formatPeriod, withFullStop } from '../domain/format.ts';
import { parsePeriod } from '../domain/period.ts';

/** An attachment as cited: its file name and checksum. */
export interface CitedAttachment {
  /** File name, e.g. `avtale.pdf`. */
  file: string;
  /** SHA-256 of the file, 64 hex digits. */
  sha256: string;
}

/** What a citation says about a page. */
export interface CitationInput {
  /** What the page is. */
  kind: 'dokument' | 'mote' | 'nyhet';
  /** The item's permanent id (its slug). */
  id: string;
  /** The page's stable absolute address. */
  url: string;
  title: string;
  /**
   * Who wrote or issued the work: a document's issuing organisation, or the
   * site for its own pages. Absent when the content records none: then the
   * citation names no author (never the site in the author's place).
   */
  author?: string | undefined;
  /** The site's name: where the page is published and retrieved from. */
  siteName: string;
  /** Version label as written (documents), optional. */
  version?: string | undefined;
  /** What kind of document, in words («Styresak»), optional. */
  genre?: string | undefined;
  /**
   * The date of the work itself (a day, a month or a year): a document's own
   * date, or the site page's date. Absent when unknown («u.å.», no `issued`).
   */
  issued?: string | undefined;
  /** The day the page was published on this site, `YYYY-MM-DD`. */
  published: string;
  /** The day its content last changed, when later than published, `YYYY-MM-DD`. */
  updated?: string | undefined;
  /** The day the citation was made (the build date), `YYYY-MM-DD`. */
  accessed: string;
  attachments?: readonly CitedAttachment[];
  /** Language of the text. */
  language: 'nb' | 'nn';
}

/** A CSL-JSON item (the fields this site writes). */
export interface CslItem {
  id: string;
  'citation-label': string;
  type: 'document' | 'webpage';
  title: string;
  author?: { literal: string }[];
  publisher: string;
  genre?: string;
  version?: string;
  URL: string;
  issued?: { 'date-parts': [number[]] };
  accessed: { 'date-parts': [number[]] };
  'available-date'?: { 'date-parts': [number[]] };
  language: string;
  note?: string;
}

/** Date parts of a day or month as written: `2023-06-29` gives `[2023, 6, 29]`. */
function dateParts(date: string): number[] {
  return date.split('-').map(Number);
}

/** The citation key: the kind and slug with underscores, which every BibTeX tool accepts. */
export function citationKey(input: Pick<CitationInput, 'kind' | 'id'>): string {
  return `${input.kind}_${input.id}`.replace(/[^A-Za-z0-9_]/g, '_');
}

/** The attachments as one line: «Vedlegg: avtale.pdf (SHA-256: 3a7b…); …». */
function attachmentNote(attachments: readonly CitedAttachment[]): string | undefined {
  if (attachments.length === 0) return undefined;
  return `Vedlegg: ${attachments.map((a) => `${a.file} (SHA-256: ${a.sha256})`).join('; ')}.`;
}

/** The work's date when it is a day, a month or a year (a season cannot be cited as a date). */
function issuedDate(input: CitationInput): string | undefined {
  const period = input.issued ? parsePeriod(input.issued) : undefined;
  return period && period.precision !== 'sesong' ? input.issued : undefined;
}

/**
 * The page as a CSL-JSON item: `author` the work's author (absent when none
 * is recorded), `issued` the work's date, `publisher` the site,
 * `available-date` the day published on the site, `accessed` the build date.
 */
export function cslItem(input: CitationInput): CslItem {
  const issued = issuedDate(input);
  const note = attachmentNote(input.attachments ?? []);
  return {
    id: citationKey(input),
    'citation-label': citationKey(input),
    type: input.kind === 'dokument' ? 'document' : 'webpage',
    title: input.title,
    ...(input.author ? { author: [{ literal: input.author }] } : {}),
    publisher: input.siteName,
    ...(input.genre ? { genre: input.genre } : {}),
    ...(input.version ? { version: input.version } : {}),
    URL: input.url,
    ...(issued ? { issued: { 'date-parts': [dateParts(issued)] } } : {}),
    accessed: { 'date-parts': [dateParts(input.accessed)] },
    ...(issued !== input.published ? { 'available-date': { 'date-parts': [dateParts(input.published)] } } : {}),
    language: input.language === 'nn' ? 'nn-NO' : 'nb-NO',
    ...(note ? { note } : {}),
  };
}

/** The CSL-JSON text a reference manager imports: an array with the one item. */
export function cslJson(input: CitationInput): string {
  return JSON.stringify([cslItem(input)], null, 2);
}

const bibtexConfig = plugins.config.get('@bibtex') as { format: { useIdAsLabel: boolean } };
bibtexConfig.format.useIdAsLabel = true;

/**
 * The BibTeX entry, written by citation-js from the CSL item: `author` the
 * work's author (absent when none is recorded), `year` and `month` the work's
 * date (absent when unknown), `publisher` the site, `url` and `urldate` where
 * and when it was retrieved. Classic BibTeX has no day or version field, so
 * the version, the day published on the site and the attachments' checksums
 * go in `note`.
 */
export function bibtex(input: CitationInput): string {
  const item = cslItem(input);
  const note = [
    input.version ? `Versjon ${input.version}.` : undefined,
    `Publisert på ${input.siteName} ${formatPeriod(input.published)}.`,
    input.updated ? `Sist endret ${formatPeriod(input.updated)}.` : undefined,
    `Hentet ${formatPeriod(input.accessed)}.`,
    item.note,
  ]
    .filter(Boolean)
    .join(' ');
  const [year, month] = item.issued?.['date-parts'][0] ?? [];
  const forBibtex = { ...item, ...(year ? { issued: { 'date-parts': [[year, ...(month ? [month] : [])]] } } : {}), note };
  // citation-js's CSL type wants exactly three date parts; BibTeX gets year and month on purpose.
  const entry = (plugins.output.format('bibtex', [forBibtex as never]) as string).trim();
  // citation-js writes no `urldate` (biblatex's retrieval date): add it as the entry's last field.
  return entry.replace(/\n}$/, `\n\turldate = {${input.accessed}},\n}`);
}

/** The date in APA's Norwegian form: «(2023, 29. juni)», «(2023, april)», «(2023)», or «(u.å.)» when unknown. */
function apaDate(issued: string | undefined): string {
  if (!issued) return '(u.å.)';
  const [year] = issued.split('-');
  const rest = issued.length > 4 ? formatPeriod(issued).replace(/\s*\d{4}$/, '') : '';
  return rest ? `(${year}, ${rest})` : `(${year})`;
}

/**
 * Plain text in Norwegian reference style, e.g.
 * «Helseplattformen AS. (2023, 29. juni). Innføringsplan for kommunene
 * 2024–2026 (Versjon 1) [Styresak]. Helseplattformen – innføringen i
 * Midt-Norge. Hentet 1. desember 2026 fra https://…». Without an author
 * the title takes the author's place (APA); the site is named as where the
 * work is published unless it is the author itself.
 */
export function plainCitation(input: CitationInput): string {
  const date = `${apaDate(issuedDate(input))}.`;
  const bracket = [input.version ? `(Versjon ${input.version})` : undefined, input.genre ? `[${input.genre}]` : undefined].filter(Boolean).join(' ');
  const title = withFullStop(`${input.title}${bracket ? ` ${bracket}` : ''}`);
  const parts = [
    ...(input.author ? [`${input.author}.`, date, title] : [title, date]),
    input.author !== input.siteName ? `${input.siteName}.` : undefined,
    attachmentNote(input.attachments ?? []),
    `Hentet ${formatPeriod(input.accessed)} fra ${input.url}`,
  ];
  return parts.filter(Boolean).join(' ');
}
