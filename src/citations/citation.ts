/**
 * «Cite this page»: one description of a document, meeting or news page
 * (stable address, title, publisher, version, dates, attachments with their
 * SHA-256) written three ways:
 * - plain text in Norwegian reference style (APA 7 as Norwegian
 *   institutions teach it: «Utgiver. (År, dag. måned). Tittel (Versjon x)
 *   [Type]. Nettsted. Hentet dato fra adresse»);
 * - CSL-JSON (Citation Style Language 1.0.2 items), what Zotero, Mendeley
 *   and citeproc read;
 * - BibTeX, written by citation-js from the same CSL item.
 */
import { plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import { formatPeriod } from '../domain/format.ts';
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
  /** Who issued it: a document's publisher, or the site for its own news and meeting records. */
  publisher: string;
  /** The site's name (where the page is published). */
  siteName: string;
  /** Version label as written (documents), optional. */
  version?: string | undefined;
  /** What kind of document, in words («Styresak»), optional. */
  genre?: string | undefined;
  /** The date of the work itself (a day, or a month), optional: a decision's or meeting's date. */
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
  publisher: string;
  'container-title'?: string;
  genre?: string;
  version?: string;
  URL: string;
  issued: { 'date-parts': [number[]] };
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

/** The page as a CSL-JSON item. */
export function cslItem(input: CitationInput): CslItem {
  const issued = input.issued && parsePeriod(input.issued) ? input.issued : input.published;
  const note = attachmentNote(input.attachments ?? []);
  return {
    id: citationKey(input),
    'citation-label': citationKey(input),
    type: input.kind === 'dokument' ? 'document' : 'webpage',
    title: input.title,
    publisher: input.publisher,
    ...(input.publisher !== input.siteName ? { 'container-title': input.siteName } : {}),
    ...(input.genre ? { genre: input.genre } : {}),
    ...(input.version ? { version: input.version } : {}),
    URL: input.url,
    issued: { 'date-parts': [dateParts(issued)] },
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
 * The BibTeX entry, written by citation-js from the CSL item. Classic
 * BibTeX has no day or version field, so the entry carries the year and
 * month, and the version, the day published here and the attachments'
 * checksums go in `note`.
 */
export function bibtex(input: CitationInput): string {
  const item = cslItem(input);
  const note = [
    input.version ? `Versjon ${input.version}.` : undefined,
    `Publisert ${formatPeriod(input.published)}.`,
    input.updated ? `Sist endret ${formatPeriod(input.updated)}.` : undefined,
    `Hentet ${formatPeriod(input.accessed)}.`,
    item.note,
  ]
    .filter(Boolean)
    .join(' ');
  const [year, month] = item.issued['date-parts'][0];
  const forBibtex = { ...item, issued: { 'date-parts': [[year!, ...(month ? [month] : [])]] }, note };
  // citation-js's CSL type wants exactly three date parts; BibTeX gets year and month on purpose.
  return (plugins.output.format('bibtex', [forBibtex as never]) as string).trim();
}

/**
 * Plain text in Norwegian reference style, e.g.
 * «Helseplattformen AS. (2023, 29. juni). Innføringsplan for kommunene
 * 2024–2026 (Versjon 1) [Styresak]. Helseplattformen – innføringen i
 * Midt-Norge. Hentet 1. desember 2026 fra https://…».
 */
export function plainCitation(input: CitationInput): string {
  const issued = input.issued && parsePeriod(input.issued) ? input.issued : input.published;
  const [year] = issued.split('-');
  // APA: «(2023, 29. juni)»; a month alone «(2023, oktober)»; the year comes first.
  const rest = issued.length > 4 ? formatPeriod(issued).replace(/\s*\d{4}$/, '') : '';
  const date = rest ? `(${year}, ${rest})` : `(${year})`;
  const bracket = [input.version ? `(Versjon ${input.version})` : undefined, input.genre ? `[${input.genre}]` : undefined].filter(Boolean).join(' ');
  const parts = [
    `${input.publisher}.`,
    `${date}.`,
    `${input.title}${bracket ? ` ${bracket}` : ''}.`,
    input.publisher !== input.siteName ? `${input.siteName}.` : undefined,
    attachmentNote(input.attachments ?? []),
    `Hentet ${formatPeriod(input.accessed)} fra ${input.url}`,
  ];
  return parts.filter(Boolean).join(' ');
}
