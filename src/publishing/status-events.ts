import { applyPatch, createPatch } from 'diff';
import { randomBytes } from 'node:crypto';
import { rename, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { isMap, isSeq, parseDocument, YAMLMap, YAMLSeq, type Document } from 'yaml';
import { parseYaml } from '../content-model/read/parse.ts';
import { effectiveDate, norwegianDateAsIso, parsePeriod, periodProblem, type NorwegianDateForms } from '../domain/period.ts';
import { dateProblem } from '../domain/period.ts';
import { httpUrl } from '../schemas/common.ts';
import type { z } from 'astro/zod';
import { municipalitySchema } from '../schemas/municipality.ts';
import { organisationKindsWithStatus } from '../schemas/organisation.ts';
import { goLiveProblem, planBeforeEventProblem, sourceDateProblem } from '../validation/go-live.ts';
import { findMunicipality, findOrganisation, normaliseName, type ContentIndex, type Publication } from './content-index.ts';

/** The fields of one status event as typed by a person: every value a string, empty when left out. */
export interface RawEvent {
  kommune: string;
  dato: string;
  status: string;
  fase: string;
  planlagt: string;
  merknad: string;
  kilde_ekstern: string;
  kilde_nyhet: string;
  kilde_dokument: string;
  kilde_url: string;
  kilde_tittel: string;
  kilde_utgiver: string;
  kilde_dato: string;
}

/** The names of {@link RawEvent}'s fields, in spreadsheet column order. */
export const EVENT_FIELDS = [
  'kommune',
  'dato',
  'status',
  'fase',
  'planlagt',
  'merknad',
  'kilde_ekstern',
  'kilde_nyhet',
  'kilde_dokument',
  'kilde_url',
  'kilde_tittel',
  'kilde_utgiver',
  'kilde_dato',
] as const satisfies readonly (keyof RawEvent)[];

/** A status event as written to `kommuner/<slug>.yaml`. */
export interface StatusEventEntry {
  dato: string;
  status: string;
  fase?: string;
  planlagt?: string;
  merknad?: string;
  kilde: { ekstern: string } | { nyhet: string } | { dokument: string } | { url: string; tittel: string; utgiver: string; dato?: string };
  /** The day it was entered on the site, `YYYY-MM-DD` (see the event schema). */
  registrert?: string;
}

/** The source fields of {@link RawEvent}: every value a string, empty when left out. */
export type SourceFields = Pick<RawEvent, 'kilde_ekstern' | 'kilde_nyhet' | 'kilde_dokument' | 'kilde_url' | 'kilde_tittel' | 'kilde_utgiver' | 'kilde_dato'>;

/** A source as written to a content file (`kilde:`). */
export type SourceEntry = StatusEventEntry['kilde'];

/** What an event is about: a municipality, or a health trust or hospital. */
export interface EventTarget {
  /** The kind (folder) the file belongs to. */
  kind: 'kommuner' | 'organisasjoner';
  /** File name without extension. */
  slug: string;
  /** Path relative to the content folder, e.g. `kommuner/roros.yaml`. */
  file: string;
  navn?: string;
}

/** An event checked against the content, ready to be written, or the reasons it cannot be. */
export type ResolvedEvent =
  | { ok: true; target: EventTarget; event: StatusEventEntry }
  | { ok: false; problems: string[] };

/** Options for {@link resolveEvent}. */
export interface ResolveOptions {
  /**
   * Also accept a health trust or hospital (`organisasjoner/`, by id or name)
   * where the municipality is named. Default: municipalities only.
   */
  organisations?: boolean;
}

/** The one Norwegian form the import reads: a day as dd.mm.åååå (spreadsheets show it so), never a month. */
export const NORWEGIAN_DAY: NorwegianDateForms = { separators: ['.'], months: false };

/**
 * Reads a date written `dd.mm.åååå` (as Norwegian spreadsheets show it; one-digit
 * day and month allowed; read by `norwegianDateAsIso` in src/domain/period.ts),
 * `åååå-mm-dd`, or a month `åååå-mm` when the source gives no day, and returns
 * it in ISO form, or the reason it is not a real date. Other Norwegian forms
 * («23/02/2022», «02.2022») are refused, not guessed.
 */
export function parseNorwegianDate(value: string): { iso: string } | { problem: string } {
  const text = value.trim();
  if (/^\d{4}-\d{2}$/.test(text)) {
    return periodProblem(text, ['maned']) ? { problem: `måneden ${text} finnes ikke; skriv den som åååå-mm, for eksempel 2022-11` } : { iso: text };
  }
  const missing = { problem: `datoen ${text} finnes ikke i kalenderen; sjekk dag og måned` };
  const dotted = norwegianDateAsIso(text, NORWEGIAN_DAY);
  if (dotted) return dotted.exists ? { iso: dotted.iso } : missing;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) {
    return { problem: `«${text}» er ikke en dato; skriv den som dd.mm.åååå (for eksempel 23.02.2022) eller åååå-mm-dd` };
  }
  return dateProblem(text) ? missing : { iso: text };
}

/**
 * Checks one event against the content: the municipality (or, with
 * `options.organisations`, the health trust or hospital) exists, the date is
 * real, the status is in the settings' vocabulary (by id or by label), the
 * phase exists, a plan says what it plans for, there is exactly one
 * source, which resolves and is not dated after today, a plan does not aim
 * before the month it is announced in, and a go-live is dated neither after
 * that source's own date nor after today (the check's rules,
 * src/validation/go-live.ts). `label` names a field the way the person wrote it
 * (a spreadsheet column or a command-line option), so every message points
 * at what to fix.
 */
export function resolveEvent(raw: RawEvent, index: ContentIndex, label: (field: keyof RawEvent) => string, options: ResolveOptions = {}): ResolvedEvent {
  const problems: string[] = [];
  const value = (field: keyof RawEvent) => raw[field].trim();

  let target: EventTarget | undefined;
  if (!value('kommune')) {
    problems.push(
      options.organisations
        ? `${label('kommune')} mangler en verdi; skriv kommunens navn, nummer eller filnavn (for eksempel «roros»), eller filnavnet til et helseforetak eller sykehus i organisasjoner/.`
        : `${label('kommune')} mangler en verdi; skriv kommunens navn, nummer eller filnavn (for eksempel «roros»).`,
    );
  } else {
    const municipality = findMunicipality(index, value('kommune'));
    const organisation = !municipality && options.organisations ? findOrganisation(index, value('kommune')) : undefined;
    if (municipality) {
      target = { kind: 'kommuner', slug: municipality.slug, file: municipality.file, ...(municipality.navn ? { navn: municipality.navn } : {}) };
    } else if (organisation && !organisationKindsWithStatus.includes(organisation.type as never)) {
      problems.push(
        `${organisation.navn ?? organisation.slug} (${organisation.file}) er av typen «${organisation.type ?? 'ukjent'}», og bare ${organisationKindsWithStatus.join(' og ')} har innføringsstatus; velg helseforetaket eller sykehuset hendelsen gjelder.`,
      );
    } else if (organisation) {
      target = { kind: 'organisasjoner', slug: organisation.slug, file: organisation.file, ...(organisation.navn ? { navn: organisation.navn } : {}) };
    } else if (options.organisations) {
      problems.push(
        `fant ingen kommune eller organisasjon «${value('kommune')}»; bruk navnet, kommunenummeret eller filnavnet til en fil i kommuner/ (for eksempel «roros»), eller filnavnet til et helseforetak eller sykehus i organisasjoner/ (for eksempel «st-olavs-hospital-hf»).`,
      );
    } else {
      problems.push(
        `fant ingen kommune «${value('kommune')}»; bruk navnet, kommunenummeret eller filnavnet til en fil i kommuner/ (for eksempel «roros»).`,
      );
    }
  }

  let dato: string | undefined;
  if (!value('dato')) {
    problems.push(`${label('dato')} mangler en verdi; skriv datoen som dd.mm.åååå (for eksempel 23.02.2022) eller åååå-mm-dd.`);
  } else {
    const parsed = parseNorwegianDate(value('dato'));
    if ('iso' in parsed) dato = parsed.iso;
    else problems.push(`${parsed.problem}.`);
  }

  let status: string | undefined;
  const allowed = index.statuses.map((s) => s.id).join(', ');
  if (!value('status')) {
    problems.push(`${label('status')} mangler en verdi; bruk en av: ${allowed}.`);
  } else {
    const wanted = normaliseName(value('status'));
    status = index.statuses.find((s) => s.id === wanted || normaliseName(s.navn) === wanted)?.id;
    if (!status) problems.push(`statusen «${value('status')}» finnes ikke i innstillinger.json; bruk en av: ${allowed}.`);
  }

  let fase: string | undefined;
  if (value('fase')) {
    const wanted = normaliseName(value('fase'));
    fase = index.phases.find((p) => p.id === wanted || normaliseName(p.navn) === wanted)?.id;
    if (!fase) {
      const phases = index.phases.map((p) => p.id).join(', ') || '(ingen faser er registrert)';
      problems.push(`fasen «${value('fase')}» finnes ikke i faser/; bruk en av: ${phases}.`);
    }
  }

  // A plan must say what it aims at; nothing else may.
  const isPlan = index.statuses.find((s) => s.id === status)?.type === 'plan';
  let planlagt: string | undefined;
  if (value('planlagt')) {
    const problem = periodProblem(value('planlagt'), ['dag', 'maned', 'ar', 'sesong']);
    if (problem) problems.push(`${label('planlagt')}: ${problem}.`);
    else if (status && !isPlan) problems.push(`${label('planlagt')} hører bare til en plan, ikke til statusen «${status}»; la feltet stå tomt.`);
    else planlagt = value('planlagt');
  } else if (isPlan) {
    problems.push(`en plan må si hvilken dato den planlegger for; fyll ut ${label('planlagt')} (for eksempel 2024-11-09, 2025-04 eller «høsten 2025»).`);
  }

  // The check's rule, in its words: a plan is not already past on the day it is announced.
  const pastPlan = dato && planlagt ? planBeforeEventProblem({ dato, planlagt }, { written: (field, v) => `${label(field)} ${v}` }) : undefined;
  if (pastPlan) problems.push(`${pastPlan.what}. ${pastPlan.fix}`);

  const kilde = resolveSource(raw, index, label, problems, dato);
  // The check's rule, in its words: a go-live is dated neither after the source that reports it nor after
  // today (the day the tools register it).
  const planStatus = index.statuses.find((s) => s.type === 'plan')?.id ?? 'innforing-planlagt';
  const type = index.statuses.find((s) => s.id === status)?.type;
  const goLive =
    kilde && dato && status
      ? goLiveProblem({ dato, kilde }, type, { kind: 'hendelse', status, planStatus, written: (field, v) => `${label(field)} ${v}` }, index.sourceDates, index.buildDate)
      : undefined;
  if (goLive) problems.push(`${goLive.what}. ${goLive.fix}`);
  if (problems.length > 0 || !target || !dato || !status || !kilde) return { ok: false, problems };

  const event: StatusEventEntry = {
    dato,
    status,
    ...(fase ? { fase } : {}),
    ...(planlagt ? { planlagt } : {}),
    ...(value('merknad') ? { merknad: value('merknad') } : {}),
    kilde,
  };
  return { ok: true, target, event };
}

/**
 * Checks the source fields of an event, a plan or a sourced total: exactly
 * one of a registered source, a news item, a document or an address (with
 * title and publisher), and one readers can open when the entry citing it is
 * shown (`entryDate`, `YYYY-MM-DD` or `YYYY-MM`). Pushes every problem onto
 * `problems`, worded with `label`; returns the source as written to a file.
 */
export function resolveSource(
  raw: SourceFields,
  index: ContentIndex,
  label: (field: keyof SourceFields) => string,
  problems: string[],
  entryDate: string | undefined,
): SourceEntry | undefined {
  // A month counts from its last day, as on the site.
  const eventDate = entryDate && parsePeriod(entryDate) ? effectiveDate(entryDate) : undefined;
  const ekstern = raw.kilde_ekstern.trim();
  const nyhet = raw.kilde_nyhet.trim();
  const dokument = raw.kilde_dokument.trim();
  const url = raw.kilde_url.trim();
  const tittel = raw.kilde_tittel.trim();
  const utgiver = raw.kilde_utgiver.trim();
  const kildeDato = raw.kilde_dato.trim();
  const given = (['kilde_ekstern', 'kilde_nyhet', 'kilde_dokument', 'kilde_url'] as const).filter((field) => raw[field].trim());
  if (given.length === 0) {
    problems.push(
      `kilden mangler; fyll ut nøyaktig én av ${label('kilde_ekstern')}, ${label('kilde_nyhet')}, ${label('kilde_dokument')} eller ${label('kilde_url')}.`,
    );
    return undefined;
  }
  if (given.length > 1) {
    problems.push(`flere kilder er fylt ut (${given.map(label).join(' og ')}); behold bare én.`);
    return undefined;
  }
  for (const field of ['kilde_tittel', 'kilde_utgiver', 'kilde_dato'] as const) {
    if (raw[field].trim() && !url) {
      problems.push(`${label(field)} brukes bare sammen med ${label('kilde_url')}; la feltet stå tomt, eller bruk en nettadresse som kilde.`);
      return undefined;
    }
  }
  if (ekstern) {
    if (!index.sources.has(ekstern)) {
      problems.push(`fant ingen kilde «${ekstern}» i kilder/; skriv filnavnet (uten .yaml) til en fil der, eller legg kilden til først.`);
      return undefined;
    }
    return { ekstern };
  }
  if (nyhet) {
    const found = index.news.get(nyhet);
    if (!found) {
      problems.push(`fant ingen nyhet «${nyhet}»; skriv filnavnet til en fil i nyheter/ uten .md, for eksempel «${[...index.news.keys()][0] ?? 'ny-avtale-signert'}».`);
      return undefined;
    }
    return linkable(found, `nyheten «${nyhet}»`, 'nyheten', eventDate, index.buildDate, problems) ? { nyhet } : undefined;
  }
  if (dokument) {
    const found = index.documents.get(dokument);
    if (!found) {
      problems.push(`fant ikke dokumentet «${dokument}»; skriv navnet på en mappe i dokumenter/.`);
      return undefined;
    }
    return linkable(found, `dokumentet «${dokument}»`, 'dokumentet', eventDate, index.buildDate, problems) ? { dokument } : undefined;
  }
  if (!httpUrl.safeParse(url).success) {
    problems.push(`«${url}» er ikke en full nettadresse; den må begynne med https:// eller http://.`);
    return undefined;
  }
  if (!tittel) {
    problems.push(`${label('kilde_url')} trenger en tittel i ${label('kilde_tittel')}: navnet på siden det lenkes til.`);
    return undefined;
  }
  if (!utgiver) {
    problems.push(`${label('kilde_url')} trenger en utgiver i ${label('kilde_utgiver')}: hvem som har publisert siden, for eksempel «NRK Trøndelag».`);
    return undefined;
  }
  if (kildeDato && periodProblem(kildeDato, ['dag', 'maned', 'ar'])) {
    problems.push(`${label('kilde_dato')}: ${periodProblem(kildeDato, ['dag', 'maned', 'ar'])}.`);
    return undefined;
  }
  // The check's rule, in its words: a source is not dated after today.
  const future = sourceDateProblem(kildeDato, index.buildDate);
  if (future) {
    problems.push(`${label('kilde_dato')}: ${future.what}. ${future.fix}`);
    return undefined;
  }
  return { url, tittel, utgiver, ...(kildeDato ? { dato: kildeDato } : {}) };
}

/**
 * Whether readers can follow a source: never to a draft, and not to an item
 * published after the build date while the event itself is already shown
 * (the same rule `npm run check` applies).
 */
function linkable(
  source: Publication,
  named: string,
  noun: string,
  eventDate: string | undefined,
  buildDate: string,
  problems: string[],
): boolean {
  if (source.utkast) {
    problems.push(`${named} er et utkast, så lenken til kilden ville ikke virke; publiser ${noun} først (fjern «utkast: true»), eller velg en annen kilde.`);
    return false;
  }
  const eventShown = eventDate === undefined || eventDate <= buildDate;
  if (source.publisert && source.publisert > buildDate && eventShown) {
    problems.push(`${named} publiseres først ${source.publisert}, så lenken til kilden ville ikke virke; vent med hendelsen til ${noun} er publisert, eller velg en annen kilde.`);
    return false;
  }
  return true;
}

/** A source in a few words for a report line: «kilde hp-nar-kommer», «nyheten x», «dokumentet y» or the address. */
export function describeSource(kilde: StatusEventEntry['kilde']): string {
  if ('ekstern' in kilde) return `kilden ${kilde.ekstern}`;
  if ('nyhet' in kilde) return `nyheten ${kilde.nyhet}`;
  if ('dokument' in kilde) return `dokumentet ${kilde.dokument}`;
  return kilde.url;
}

/** A key that is equal for two events exactly when they say the same thing. */
export function eventKey(event: unknown): string {
  const e = (event ?? {}) as Record<string, unknown>;
  const kilde = (e.kilde ?? {}) as Record<string, unknown>;
  const text = (v: unknown) => (v === undefined || v === null ? '' : String(v instanceof Date ? v.toISOString().slice(0, 10) : v).trim());
  return JSON.stringify([
    text(e.dato),
    text(e.status),
    text(e.fase),
    text(e.planlagt),
    text(e.merknad),
    text(kilde.ekstern),
    text(kilde.nyhet),
    text(kilde.dokument),
    text(kilde.url),
    text(kilde.url ? kilde.tittel : ''),
  ]);
}

/** What adding events to one municipality file did. */
export interface EventMerge {
  /** The new file text. */
  text: string;
  added: StatusEventEntry[];
  /** Events that were already in the file, identically. */
  skipped: StatusEventEntry[];
}

/**
 * Adds events to a municipality file's `hendelser` through the yaml
 * Document API, so comments and the rest of the file stay as they were;
 * events already there (identical in every field) are skipped, and the list
 * ends up sorted by date (a stable sort, so same-day events keep their order
 * and comments travel with the event they belong to).
 */
export function addEventsToYaml(source: string, events: StatusEventEntry[], noun: 'kommune' | 'organisasjon' = 'kommune'): EventMerge {
  const doc = parseDocument(source);
  if (doc.errors.length > 0) throw new YamlFileError(`er ikke gyldig YAML: ${doc.errors[0]!.message.split('\n')[0]}`);
  if (!isMap(doc.contents)) {
    throw new YamlFileError(`skal inneholde feltene til én ${noun} (${noun === 'kommune' ? 'navn, nummer' : 'navn, type'}, …), men er tom eller en liste`);
  }
  let seq = doc.get('hendelser', true);
  if (seq === undefined || seq === null || (typeof seq === 'object' && 'value' in seq && seq.value === null)) {
    seq = new YAMLSeq();
    doc.set('hendelser', seq);
  }
  if (!isSeq(seq)) throw new YamlFileError('har et felt «hendelser» som ikke er en liste');
  const list = seq as YAMLSeq;
  const flowSource = list.items
    .map((item): unknown => (isMap(item) ? item.get('kilde', true) : undefined))
    .find((node): node is YAMLMap => isMap(node));

  const seen = new Set(list.items.map((item) => eventKey(isMap(item) ? item.toJSON() : item)));
  const added: StatusEventEntry[] = [];
  const skipped: StatusEventEntry[] = [];
  for (const event of events) {
    const key = eventKey(event);
    if (seen.has(key)) {
      skipped.push(event);
      continue;
    }
    seen.add(key);
    const node = doc.createNode(event) as YAMLMap;
    // New sources follow the file's own style, `kilde: { nyhet: … }` or a block.
    const kilde: unknown = node.get('kilde', true);
    if (isMap(kilde) && flowSource) kilde.flow = flowSource.flow ?? false;
    list.items.push(node);
    added.push(event);
  }
  if (added.length === 0) return { text: source, added, skipped };
  // An empty `hendelser: []` would otherwise stay a one-line flow list.
  list.flow = false;
  const dateOf = (item: unknown) => (isMap(item) ? String(item.get('dato') ?? '') : '');
  const first = list.items[0];
  list.items = list.items
    .map((item, position) => ({ item, position }))
    .sort((a, b) => dateOf(a.item).localeCompare(dateOf(b.item)) || a.position - b.position)
    .map(({ item }) => item);
  // yaml keeps a comment above the first event on the list itself; when another event
  // moves to the top, the comment goes with the event it was written above.
  if (first !== list.items[0] && list.commentBefore && isMap(first) && !first.commentBefore) {
    first.commentBefore = list.commentBefore;
    list.commentBefore = null;
  }
  return { text: keepOriginalLayout(source, toText(doc)), added, skipped };
}

function toText(doc: Document): string {
  // No line folding: long notes stay on one line as the editor wrote them.
  return doc.toString({ lineWidth: 0 });
}

/**
 * yaml rewrites a few layouts it does not keep (`{a: 1}` becomes `{ a: 1 }`,
 * a blank line before a closing comment). Outside the event list such
 * changes would be noise in the file's history, so the change yaml made to
 * its own rendering of the untouched file is applied to the original text
 * instead, as a patch; when that patch does not fit, or would change the
 * data, yaml's rendering is used as it is.
 */
function keepOriginalLayout(source: string, rendered: string): string {
  const untouched = toText(parseDocument(source));
  if (untouched === source) return rendered;
  // No context lines: the lines around the event list may be among those yaml re-laid out.
  const patched = applyPatch(source, createPatch('kommune.yaml', untouched, rendered, '', '', { context: 0 }));
  if (patched === false) return rendered;
  const same = JSON.stringify(parseDocument(patched).toJS()) === JSON.stringify(parseDocument(rendered).toJS());
  return same ? patched : rendered;
}

/** A municipality file that cannot take new events; the message completes «kommuner/x.yaml …». */
export class YamlFileError extends Error {}

/**
 * Checks a YAML file's new text against its kind's schema (read as the site
 * reads it) before it is written: one line per problem, empty when fine.
 */
export function yamlItemProblems(text: string, schema: z.ZodType): string[] {
  const parsed = parseYaml(text, 'innhold.yaml');
  if (!parsed.ok) return parsed.problems.map((p) => `${p.field ?? '(filen)'}: ${p.what}`);
  const result = schema.safeParse(parsed.source.data);
  if (result.success) return [];
  return result.error.issues.map((issue) => `${issue.path.join('.') || '(filen)'}: ${issue.message}`);
}

/** Checks a municipality file's new text against the schema (read as the site reads it) before it is written. */
export function municipalityProblems(text: string): string[] {
  return yamlItemProblems(text, municipalitySchema);
}

/** Writes a file through a temporary file and a rename, so a watcher never sees it half written. */
export async function writeFileAtomic(file: string, text: string): Promise<void> {
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`);
  await writeFile(temporary, text);
  try {
    await rename(temporary, file);
  } catch (error) {
    await unlink(temporary).catch(() => {});
    throw error;
  }
}
