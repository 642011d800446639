/**
 * What changed, derived from the content (never written by hand): every news
 * item published or updated, every document published, given a new version,
 * a new status or a change note, every answer updated, every status event of
 * a municipality, health trust or hospital, every plan for a wave, and every
 * meeting (held or planned, and its record published or changed). Each
 * change has a date, a link to where it shows, and the municipalities it
 * concerns, so the log can be filtered by kind and by municipality and cut at
 * a date. Pure logic, no Astro.
 */
import type { DocumentData } from '../schemas/document.ts';
import type { StatusEvent } from '../schemas/event.ts';
import type { Meeting } from '../schemas/meeting.ts';
import { CONTENT_LANGUAGE, type I18n } from '../i18n/languages.ts';
import { agendaAnchor, scheduled } from '../domain/meetings.ts';
import { eventsInOrder } from '../domain/municipality-status.ts';
import { effectiveDate } from '../domain/period.ts';
import { planHistory } from '../domain/phases.ts';
import type { Phase } from '../schemas/phase.ts';
import { permanentAnswerAddress } from '../domain/answers.ts';

/** The kinds of change, as written in addresses (`/endringer/type/<kind>/`). */
export const changeKinds = ['nyhet', 'dokument', 'mote', 'kommune', 'helseforetak', 'fase', 'svar'] as const;
export type ChangeKind = (typeof changeKinds)[number];

/** What happened to the item. */
export type ChangeAction = 'ny' | 'ny-versjon' | 'oppdatert' | 'status' | 'hendelse' | 'plan' | 'mote';

/** One change. */
export interface Change {
  /** The day it counts from, `YYYY-MM-DD` (the last day of the month for a change known by its month). */
  date: string;
  /** The date as precise as the content gives it (`2023-10` for a month). */
  dateText: string;
  kind: ChangeKind;
  action: ChangeAction;
  /** What the change is about, e.g. «Indre Fosen: Opsjon utløst». */
  title: string;
  /** One or two sentences. */
  summary: string;
  /**
   * Content passages of the title and summary with their language (a news
   * item's own; bokmål for status and phase names and notes, which have no
   * language field), so a page in another language can mark them (WCAG 3.1.2).
   */
  parts?: readonly ContentPart[];
  /** Site-relative link to where it shows, unique per change (a fragment where several changes share a page). */
  link: string;
  /** Municipalities (slugs) it concerns. */
  municipalities: readonly string[];
}

/** A passage of content in a change's title or summary, and the language it is written in. */
export interface ContentPart {
  text: string;
  lang: string;
}

/** Parts in content with no language of its own (bokmål); empty and missing texts left out. */
const contentParts = (texts: readonly (string | undefined)[], lang: string = CONTENT_LANGUAGE): ContentPart[] =>
  texts.filter((text): text is string => text !== undefined && text.trim() !== '').map((text) => ({ text, lang }));

/** A municipality or organisation with its status history. */
interface WithHistory {
  id: string;
  navn: string;
  hendelser: readonly StatusEvent[];
}

/** The published content the log is derived from. */
export interface ChangeLogInput {
  /** The build date: nothing after it is in the log. */
  today: string;
  news: readonly { id: string; data: { tittel: string; ingress: string; publisert: string; oppdatert?: string | undefined; kommuner: readonly string[]; sprak?: string | undefined } }[];
  documents: readonly { id: string; data: DocumentData }[];
  answers: readonly { id: string; data: { sporsmal: string; oppdatert: string; sprak?: string | undefined } }[];
  /** Where an answer is read (its category's page); its permanent anchor on the answers index when not given. */
  answerLink?: ((id: string) => string) | undefined;
  municipalities: readonly WithHistory[];
  /** Health trusts and hospitals with events of their own. */
  organisations: readonly WithHistory[];
  phases: readonly ({ id: string; navn: string } & Pick<Phase, 'planer'>)[];
  meetings: readonly { id: string; data: Meeting; title: string; bodyName: string; municipality?: string | undefined }[];
  /** Status names by id. */
  statusNames: ReadonlyMap<string, string>;
  /** Which parties (organisation ids or municipality slugs) are municipalities, and which municipality an organisation is. */
  municipalityOf: (party: string) => string | undefined;
}

/** Every change up to `today`, newest first; changes on the same day keep a fixed order (by kind, then link). */
export function changeLog(input: ChangeLogInput, i18n: Pick<I18n, 't' | 'formatPeriod' | 'formatWhen'>): Change[] {
  const { t, formatPeriod, formatWhen } = i18n;
  const changes: Change[] = [];
  const add = (change: Omit<Change, 'date'> & { date?: string }) => {
    const date = change.date ?? effectiveDate(change.dateText);
    if (date <= input.today) changes.push({ ...change, date });
  };
  const unique = (values: readonly (string | undefined)[]) => [...new Set(values.filter((v): v is string => v !== undefined))];

  for (const { id, data } of input.news) {
    const link = `/nyheter/${id}/`;
    const parts = contentParts([data.tittel, data.ingress], data.sprak);
    add({ dateText: data.publisert, kind: 'nyhet', action: 'ny', title: data.tittel, summary: data.ingress, parts, link, municipalities: data.kommuner });
    if (data.oppdatert && data.oppdatert > data.publisert) {
      add({ dateText: data.oppdatert, kind: 'nyhet', action: 'oppdatert', title: data.tittel, summary: data.ingress, parts, link: `${link}#oppdatert`, municipalities: data.kommuner });
    }
  }

  for (const { id, data } of input.documents) {
    const link = `/dokumenter/${id}/`;
    const municipalities = unique(data.parter.map(input.municipalityOf));
    const version = `versjon ${data.versjon}`;
    add({
      dateText: data.publisert,
      kind: 'dokument',
      action: data.erstatter ? 'ny-versjon' : 'ny',
      title: `${data.tittel} (${version})`,
      summary: data.sammendrag,
      parts: contentParts([data.tittel, data.sammendrag], data.sprak),
      link,
      municipalities,
    });
    if (data.statusdato && data.statusdato !== data.publisert) {
      add({
        dateText: data.statusdato,
        kind: 'dokument',
        action: 'status',
        title: `${data.tittel}: ${t(`document.statuses.${data.status}`)}`,
        summary: [t('changes.log.documentStatus', { status: t(`document.statuses.${data.status}`) }), data.statusmerknad].filter(Boolean).join(' '),
        parts: [...contentParts([data.tittel], data.sprak), ...contentParts([data.statusmerknad])],
        link: `${link}#dokumentstatus`,
        municipalities,
      });
    }
    [...data.endringer]
      .sort((a, b) => a.dato.localeCompare(b.dato))
      .forEach((change, index) => {
        if (change.dato === data.publisert && index === 0) return; // the publication itself, already in the log
        add({ dateText: change.dato, kind: 'dokument', action: 'oppdatert', title: data.tittel, summary: change.merknad, parts: [...contentParts([data.tittel], data.sprak), ...contentParts([change.merknad])], link: `${link}#endring-${index + 1}`, municipalities });
      });
  }

  for (const { id, data } of input.answers) {
    add({ dateText: data.oppdatert, kind: 'svar', action: 'oppdatert', title: data.sporsmal, summary: data.sporsmal, parts: contentParts([data.sporsmal], data.sprak), link: input.answerLink?.(id) ?? permanentAnswerAddress(id), municipalities: [] });
  }

  const historyChanges = (owner: WithHistory, kind: 'kommune' | 'helseforetak', base: string) => {
    eventsInOrder(owner).forEach((event, index) => {
      const status = input.statusNames.get(event.status) ?? event.status;
      // Entered on the site after it happened: listed under the day it was entered, so
      // «changes since» and the feed show it as new; the summary keeps the event's own date.
      const registered = event.registrert !== undefined && event.registrert > effectiveDate(event.dato) ? event.registrert : undefined;
      add({
        ...(registered ? { date: registered, dateText: registered } : { dateText: event.dato }),
        kind,
        action: 'hendelse',
        title: `${owner.navn}: ${status}`,
        summary: [
          t('changes.log.newStatus', { date: formatPeriod(event.dato), status }),
          event.planlagt ? t('changes.log.planned', { date: formatPeriod(event.planlagt) }) : undefined,
          event.merknad,
          registered ? t('changes.log.registered', { date: formatPeriod(registered) }) : undefined,
        ]
          .filter(Boolean)
          .join(' '),
        parts: contentParts([status, event.merknad]),
        link: `${base}#hendelse-${index + 1}`,
        municipalities: kind === 'kommune' ? [owner.id] : [],
      });
    });
  };
  for (const municipality of input.municipalities) historyChanges(municipality, 'kommune', `/kommuner/${municipality.id}/`);
  for (const organisation of input.organisations) historyChanges(organisation, 'helseforetak', `/innforing/${organisation.id}/`);

  for (const phase of input.phases) {
    // Numbered as the rollout page numbers them: oldest first, up to today.
    planHistory(phase, input.today).forEach(({ plan }, index) => {
      add({
        dateText: plan.dato,
        kind: 'fase',
        action: 'plan',
        // «Fase 2: planlagt i april 2026», «… planlagt våren 2027».
        title: t('changes.log.phaseTitle', { phase: phase.navn, date: formatWhen(plan.planlagt) }),
        summary: plan.merknad ?? t('changes.log.phaseSummary', { phase: phase.navn, date: formatWhen(plan.planlagt) }),
        parts: contentParts([phase.navn, plan.merknad]),
        link: `/innforing/#${phase.id}-plan-${index + 1}`,
        municipalities: [],
      });
    });
  }

  for (const meeting of input.meetings) {
    const { data } = meeting;
    const link = `/moter/${meeting.id}/`;
    const municipalities = unique([
      meeting.municipality,
      ...data.saker.flatMap((item) => (item.vedtak?.gjelder ?? []).map((party) => input.municipalityOf(party.part))),
    ]);
    const decisions = data.saker.flatMap((item) => (item.vedtak ? [item.vedtak.tekst] : []));
    add({
      dateText: scheduled(data).date,
      kind: 'mote',
      action: 'mote',
      title: `${meeting.title} (${t(`meeting.statuses.${data.status}`).toLocaleLowerCase()})`,
      summary: decisions.length > 0 ? decisions.join(' ') : data.saker.map((item) => item.tittel).join('. ') || meeting.bodyName,
      parts: contentParts(decisions.length > 0 ? decisions : data.saker.map((item) => item.tittel)),
      link,
      municipalities,
    });
    add({
      dateText: data.publisert,
      kind: 'mote',
      action: 'ny',
      title: meeting.title,
      summary: t('changes.log.meetingRegistered', { body: meeting.bodyName }),
      link: `${link}#${data.saker.length > 0 ? agendaAnchor(0) : 'saksliste'}`,
      municipalities,
    });
    [...data.endringer]
      .sort((a, b) => a.dato.localeCompare(b.dato))
      .forEach((change, index) => {
        add({ dateText: change.dato, kind: 'mote', action: 'oppdatert', title: meeting.title, summary: change.merknad, parts: contentParts([change.merknad]), link: `${link}#endring-${index + 1}`, municipalities });
      });
  }

  const kindOrder = (kind: ChangeKind) => changeKinds.indexOf(kind);
  return changes.sort((a, b) => b.date.localeCompare(a.date) || kindOrder(a.kind) - kindOrder(b.kind) || a.link.localeCompare(b.link));
}

/** The changes on or after `since` (`YYYY-MM-DD`). */
export function changesSince(changes: readonly Change[], since: string): Change[] {
  return changes.filter((change) => change.date >= since);
}

/** The latest date in `changes`, or `undefined` when there are none. */
export function lastChangeDate(changes: readonly Change[]): string | undefined {
  return changes.reduce<string | undefined>((latest, change) => (latest === undefined || change.date > latest ? change.date : latest), undefined);
}

/** How many changes each selection of the change log holds. */
export interface ChangeCounts {
  /** Changes per kind; a kind without changes is absent. */
  byKind: ReadonlyMap<ChangeKind, number>;
  /** Changes per municipality (kommune slug), a change counting once for each municipality it concerns. */
  byMunicipality: ReadonlyMap<string, number>;
}

// Every change-log page shows these counts for the same log: count it once.
const countsOf = new WeakMap<readonly Change[], ChangeCounts>();

/**
 * The size of each selection of `changes` (by kind, by municipality), as
 * the change log's filter box shows them. Computed once per array:
 * `changes` must not change after the first call (the build's log does not).
 */
export function changeCounts(changes: readonly Change[]): ChangeCounts {
  const known = countsOf.get(changes);
  if (known) return known;
  const byKind = new Map<ChangeKind, number>();
  const byMunicipality = new Map<string, number>();
  for (const change of changes) {
    byKind.set(change.kind, (byKind.get(change.kind) ?? 0) + 1);
    for (const slug of new Set(change.municipalities)) byMunicipality.set(slug, (byMunicipality.get(slug) ?? 0) + 1);
  }
  const counts = { byKind, byMunicipality };
  countsOf.set(changes, counts);
  return counts;
}
