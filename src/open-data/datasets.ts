/**
 * The open datasets: one definition per dataset (its columns, each with a
 * type and a description), and the rows built from the published content.
 * The same definitions produce the CSV files, the JSON files and the column
 * descriptions on /data/, so the three cannot drift apart.
 */
import type { DocumentData } from '../schemas/document.ts';
import { documentStatuses, documentTypes } from '../schemas/document.ts';
import { documentStatusAsOf } from '../domain/document-status.ts';
import type { StatusEvent } from '../schemas/event.ts';
import type { Municipality } from '../schemas/municipality.ts';
import type { Organisation } from '../schemas/organisation.ts';
import type { Phase } from '../schemas/phase.ts';
import type { Settings } from '../schemas/settings.ts';
import type { ExternalSource, Source } from '../schemas/source.ts';
import type { Statement } from '../schemas/statement.ts';
import { numberOn, numberPeriods } from '../domain/municipality-numbers.ts';
import { activePhase, eventCountsFrom, eventsInOrder, existsOn, lastChange, statusOn, type MunicipalityHistory } from '../domain/municipality-status.ts';
import { organisationHistory } from '../domain/organisation-status.ts';
import { effectiveDate } from '../domain/period.ts';
import { phaseState, planHistory } from '../domain/phases.ts';
import { toCsv, type Cell } from './csv.ts';
import type { Meeting } from '../schemas/meeting.ts';
import { meetingStatuses } from '../schemas/meeting.ts';
import { agendaAnchor, scheduled } from '../domain/meetings.ts';
import type { Change } from '../changes/change-log.ts';

export type ColumnType = 'tekst' | 'heltall' | 'desimaltall' | 'dato' | 'nettadresse' | 'liste';

export interface Column {
  name: string;
  type: ColumnType;
  /** What the column holds, in Norwegian, for the /data/ page. */
  description: string;
}

export type Row = Record<string, Cell | string[]>;

export interface Dataset {
  /** File name without extension: `/data/<id>.csv` and `/data/<id>.json`. */
  id: string;
  title: string;
  description: string;
  columns: Column[];
  rows: Row[];
}

/** What the datasets are built from: published content only. */
export interface OpenDataInput {
  settings: Settings;
  municipalities: { id: string; data: Municipality }[];
  phases: (Phase & { id: string })[];
  organisations: (Organisation & { id: string })[];
  documents: { id: string; data: DocumentData }[];
  /** Registered external sources by id. */
  sources: ReadonlyMap<string, ExternalSource>;
  /** Sourced totals made by the build date. */
  statements: (Statement & { id: string })[];
  /** Titles of published news items by slug, to name event sources. */
  newsTitles: Map<string, string>;
  /** The build date: statuses are as of this day. */
  date: string;
  /** The site's public base URL, for absolute links. */
  siteUrl: string;
  /** Published meetings, with their titles and bodies. */
  meetings: readonly { id: string; data: Meeting; title: string; bodyName: string; bodyKey: string }[];
  /** The change log, newest first. */
  changes: readonly Change[];
}

const col = (name: string, type: ColumnType, description: string): Column => ({ name, type, description });

/** Every dataset, built from the published content. */
export function buildDatasets(input: OpenDataInput): Dataset[] {
  return [
    municipalityStatus(input),
    organisationStatus(input),
    statusEvents(input),
    phaseTable(input),
    planTable(input),
    statementTable(input),
    documentIndex(input),
    meetingTable(input),
    decisionTable(input),
    changeTable(input),
  ];
}

function url(input: OpenDataInput, path: string): string {
  return new URL(path, input.siteUrl).href;
}

function statusName(input: OpenDataInput, id: string | undefined): string | undefined {
  return id === undefined ? undefined : input.settings.statuser.find((s) => s.id === id)?.navn;
}

const yesNo = (value: boolean) => (value ? 'ja' : 'nei');

const sourceColumns = [
  col('kilde_type', 'tekst', '«ekstern», «nyhet» eller «dokument».'),
  col('kilde_tittel', 'tekst', 'Tittelen på kilden.'),
  col('kilde_utgiver', 'tekst', 'Hvem som har publisert kilden.'),
  col('kilde_dato', 'tekst', 'Når kilden ble publisert, så nøyaktig som den selv viser (dag, måned eller år). Tom når kilden ikke viser noen dato.'),
  col('kilde_url', 'nettadresse', 'Adressen til kilden.'),
];

function sourceCells(input: OpenDataInput, source: Source) {
  if (source.nyhet) {
    return { kilde_type: 'nyhet', kilde_tittel: input.newsTitles.get(source.nyhet), kilde_utgiver: input.settings.navn, kilde_dato: undefined, kilde_url: url(input, `/nyheter/${source.nyhet}/`) };
  }
  if (source.dokument) {
    const doc = input.documents.find((d) => d.id === source.dokument);
    return {
      kilde_type: 'dokument',
      kilde_tittel: doc?.data.tittel,
      kilde_utgiver: doc?.data.utgiver,
      kilde_dato: doc?.data.original ? undefined : doc?.data.publisert,
      kilde_url: url(input, `/dokumenter/${source.dokument}/`),
    };
  }
  const external = source.ekstern ? input.sources.get(source.ekstern) : undefined;
  return {
    kilde_type: 'ekstern',
    kilde_tittel: external?.tittel ?? source.tittel,
    kilde_utgiver: external?.utgiver ?? source.utgiver,
    kilde_dato: external?.dato ?? source.dato,
    kilde_url: external?.url ?? source.url,
  };
}

/** Status columns shared by the municipality and organisation tables. */
const statusColumns = [
  col('status', 'tekst', 'Statuskode, for eksempel «i-drift». Se statuslisten på datasiden.'),
  col('status_navn', 'tekst', 'Statusen i klartekst.'),
  col('status_siden', 'tekst', 'Når statusen ble gjeldende: en dato (ÅÅÅÅ-MM-DD), eller en måned (ÅÅÅÅ-MM) når kilden bare oppgir måneden. Tom når ingen hendelse er registrert.'),
  col('planlagt_oppstart', 'tekst', 'Hva den siste planen sikter mot, slik kilden oppgir det: en dato, en måned (ÅÅÅÅ-MM), et år eller en årstid («høsten 2024»). Tom når statusen ikke er en plan.'),
  col('planlagt_dato_passert', 'tekst', '«ja» når den planlagte oppstarten er passert uten at noe nyere er registrert: planen gjelder ikke lenger som ny informasjon. Ellers «nei».'),
  col('fase', 'tekst', 'Innføringsbølgen den er med i, hvis kjent. Tom når statusen er at den har takket nei, også om den var med i en bølge før.'),
  col('siste_endring', 'tekst', 'Når den siste registrerte hendelsen skjedde (dato eller måned).'),
  col('sist_kontrollert', 'dato', 'Datoen opplysningene sist ble kontrollert mot kildene.'),
];

function statusCells(input: OpenDataInput, history: MunicipalityHistory, checked: string | undefined) {
  const status = statusOn(history, input.date, input.settings.statuser[0]!.id);
  const phaseId = activePhase(history, input.settings.statuser, input.date);
  return {
    status: status?.status,
    status_navn: statusName(input, status?.status),
    status_siden: status?.since,
    planlagt_oppstart: status?.event?.planlagt,
    planlagt_dato_passert: status ? yesNo(status.overdue) : undefined,
    fase: input.phases.find((p) => p.id === phaseId)?.navn,
    siste_endring: lastChange(history, input.date)?.dato,
    sist_kontrollert: checked ?? input.settings.sistKontrollert,
  };
}

function municipalityStatus(input: OpenDataInput): Dataset {
  return {
    id: 'kommuner',
    title: 'Status for kommunene',
    description: `Hver kommune med status per ${input.date}, plan og innføringsbølge. Én rad per kommune, også kommuner som er opprettet eller nedlagt, og kommuner utenfor regionen som deltar. Kolonnen sist_kontrollert sier når opplysningene sist ble kontrollert.`,
    columns: [
      col('kommunenummer', 'tekst', 'Kommunenummeret som gjelder på datoen dataene gjelder for (for en nedlagt kommune: det siste den hadde), med fire sifre.'),
      col('tidligere_kommunenummer', 'liste', 'Tidligere kommunenummer med siste gyldige dag, for eksempel «1507 (til 2023-12-31)». I CSV skilt med semikolon og mellomrom.'),
      col('kommune', 'tekst', 'Kommunens navn.'),
      col('andre_navn', 'liste', 'Offisielle navn på andre språk, med språkkode (ISO 639-3), for eksempel «Snåase (sma)».'),
      col('id', 'tekst', 'Kort navn brukt i adresser på nettstedet.'),
      col('fylke', 'tekst', 'Fylket kommunen ligger i.'),
      col('i_regionen', 'tekst', '«ja» når kommunen ligger i et av fylkene innføringen gjelder, «nei» for en kommune utenfor som deltar.'),
      col('breddegrad', 'desimaltall', 'Breddegrad for administrasjonssenteret (grader nord, punktum som desimaltegn).'),
      col('lengdegrad', 'desimaltall', 'Lengdegrad for administrasjonssenteret (grader øst, punktum som desimaltegn).'),
      col('gyldig_fra', 'dato', 'Første dag kommunen fantes, hvis den er opprettet etter 2020. Ellers tom.'),
      col('gyldig_til', 'dato', 'Siste dag kommunen fantes, hvis den er nedlagt. Ellers tom.'),
      col('finnes', 'tekst', '«ja» hvis kommunen finnes på datoen dataene gjelder for, ellers «nei».'),
      ...statusColumns,
      col('side', 'nettadresse', 'Kommunens side på nettstedet.'),
    ],
    rows: input.municipalities.map(({ id, data }) => {
      const periods = numberPeriods(data);
      return {
        kommunenummer: numberOn(data, input.date) ?? data.nummer,
        tidligere_kommunenummer: periods.filter((p) => p.to !== undefined && p.to < input.date && p.nummer !== numberOn(data, input.date)).map((p) => `${p.nummer} (til ${p.to})`),
        kommune: data.navn,
        andre_navn: data.andreNavn.map((n) => `${n.navn} (${n.sprak})`),
        id,
        fylke: data.fylke,
        i_regionen: yesNo(input.settings.fylker.includes(data.fylke)),
        breddegrad: data.koordinater.lat,
        lengdegrad: data.koordinater.lon,
        gyldig_fra: data.gyldigFra,
        gyldig_til: data.gyldigTil,
        finnes: yesNo(existsOn(data, input.date)),
        ...statusCells(input, data, data.sistKontrollert),
        side: url(input, `/kommuner/${id}/`),
      };
    }),
  };
}

/** Health trusts and hospitals with a status history (their own or their trust's). */
function organisationsWithStatus(input: OpenDataInput) {
  const byId = new Map(input.organisations.map((o) => [o.id, o]));
  return input.organisations.flatMap((organisation) => {
    const history = organisationHistory(organisation, byId);
    return history ? [{ organisation, history }] : [];
  });
}

function organisationStatus(input: OpenDataInput): Dataset {
  return {
    id: 'helseforetak',
    title: 'Status for helseforetak og sykehus',
    description: `Hvert helseforetak og sykehus med status per ${input.date}. Et sykehus uten egne hendelser har helseforetakets status.`,
    columns: [
      col('id', 'tekst', 'Kort navn brukt i adresser på nettstedet.'),
      col('navn', 'tekst', 'Navnet.'),
      col('type', 'tekst', '«helseforetak» eller «sykehus».'),
      col('tilhorer', 'tekst', 'Helseforetaket et sykehus hører til.'),
      col('status_fra', 'tekst', 'Tom når statusen er organisasjonens egen; ellers helseforetaket den er hentet fra.'),
      ...statusColumns,
      col('side', 'nettadresse', 'Siden på nettstedet.'),
    ],
    rows: organisationsWithStatus(input).map(({ organisation, history }) => ({
      id: organisation.id,
      navn: organisation.navn,
      type: organisation.type,
      tilhorer: input.organisations.find((o) => o.id === organisation.tilhorer)?.navn,
      status_fra: history.inheritedFrom ? input.organisations.find((o) => o.id === history.inheritedFrom)?.navn : undefined,
      ...statusCells(input, { hendelser: history.hendelser }, organisation.sistKontrollert),
      side: url(input, `/innforing/${organisation.id}/`),
    })),
  };
}

function statusEvents(input: OpenDataInput): Dataset {
  const eventRow = (who: { type: string; navn: string; kommunenummer?: string | undefined; side: string }, event: StatusEvent) => ({
    aktor_type: who.type,
    aktor: who.navn,
    kommunenummer: who.kommunenummer,
    dato: event.dato,
    gjelder_fra: eventCountsFrom(event),
    status: event.status,
    status_navn: statusName(input, event.status),
    planlagt: event.planlagt,
    fase: input.phases.find((p) => p.id === event.fase)?.navn,
    merknad: event.merknad,
    registrert: event.registrert,
    ...sourceCells(input, event.kilde),
    side: who.side,
  });
  return {
    id: 'hendelser',
    title: 'Hendelser',
    description: 'Hele historikken: hver registrerte hendelse for hver kommune, hvert helseforetak og hvert sykehus, med kilde. En plan som endres, er en ny hendelse; de gamle står. Status på en dato følger av hendelsene fram til den datoen.',
    columns: [
      col('aktor_type', 'tekst', '«kommune», «helseforetak» eller «sykehus».'),
      col('aktor', 'tekst', 'Navnet på kommunen, helseforetaket eller sykehuset.'),
      col('kommunenummer', 'tekst', 'Kommunenummeret som gjaldt da hendelsen skjedde. Tom for helseforetak og sykehus.'),
      col('dato', 'tekst', 'Når hendelsen skjedde eller ble kjent, så nøyaktig som kilden oppgir: dato (ÅÅÅÅ-MM-DD) eller måned (ÅÅÅÅ-MM).'),
      col('gjelder_fra', 'dato', 'Dagen hendelsen regnes fra: datoen, eller siste dag i måneden når bare måneden er kjent (for en plan kjent i samme måned som den planlagte dagen: dagen før den planlagte dagen).'),
      col('status', 'tekst', 'Statuskode etter hendelsen.'),
      col('status_navn', 'tekst', 'Statusen i klartekst.'),
      col('planlagt', 'tekst', 'For en plan: hva den sikter mot (dato, måned, år eller årstid).'),
      col('fase', 'tekst', 'Innføringsbølgen hendelsen gjelder, hvis noen.'),
      col('merknad', 'tekst', 'Kort forklaring, hvis noen.'),
      col('registrert', 'dato', 'Dagen hendelsen ble lagt inn på dette nettstedet, når den er kjent (tom for hendelser lagt inn før dette ble registrert).'),
      ...sourceColumns,
      col('side', 'nettadresse', 'Siden på nettstedet der historikken står.'),
    ],
    rows: [
      ...input.municipalities.flatMap(({ id, data }) =>
        eventsInOrder(data).map((event) =>
          eventRow({ type: 'kommune', navn: data.navn, kommunenummer: numberOn(data, eventCountsFrom(event)) ?? data.nummer, side: url(input, `/kommuner/${id}/`) }, event),
        ),
      ),
      ...input.organisations
        .filter((o) => o.hendelser.length > 0)
        .flatMap((organisation) =>
          eventsInOrder(organisation).map((event) => eventRow({ type: organisation.type, navn: organisation.navn, side: url(input, `/innforing/${organisation.id}/`) }, event)),
        ),
    ],
  };
}

function phaseTable(input: OpenDataInput): Dataset {
  return {
    id: 'faser',
    title: 'Innføringsbølger',
    description: 'Bølgene i innføringen slik organisasjonen har navngitt dem, med gjeldende plan og deltakere. Hele planhistorikken står i datasettet «planer».',
    columns: [
      col('id', 'tekst', 'Bølgens kortnavn.'),
      col('fase', 'tekst', 'Bølgens navn.'),
      col('nummer', 'heltall', 'Rekkefølge, 1 for den første.'),
      col('planlagt', 'tekst', 'Hva den gjeldende planen sikter mot: dato, måned, år eller årstid.'),
      col('planlagt_vedtatt', 'tekst', 'Når den gjeldende planen ble vedtatt eller kjent (dato eller måned).'),
      col('antall_planendringer', 'heltall', 'Hvor mange ganger planen er endret etter den første.'),
      col('planlagt_dato_passert', 'tekst', '«ja» når planlagt oppstart er passert uten at innføringen eller en ny plan er registrert.'),
      col('gjennomfort', 'tekst', 'Når innføringen skjedde, når en kilde melder det.'),
      col('kommuner', 'liste', 'Kommunene i bølgen. I CSV skilt med semikolon og mellomrom.'),
      col('organisasjoner', 'liste', 'Helseforetak og sykehus i bølgen. I CSV skilt med semikolon og mellomrom.'),
      col('side', 'nettadresse', 'Siden om innføringen.'),
    ],
    rows: input.phases.map((phase) => {
      const steps = planHistory(phase, input.date);
      const state = phaseState(phase, input.date);
      const current = steps.at(-1);
      return {
        id: phase.id,
        fase: phase.navn,
        nummer: phase.nummer,
        planlagt: current?.plan.planlagt,
        planlagt_vedtatt: current?.plan.dato,
        antall_planendringer: Math.max(0, steps.filter((s) => s.change !== 'uendret').length - 1),
        planlagt_dato_passert: yesNo(state.kind === 'passert'),
        gjennomfort: state.kind === 'gjennomfort' ? state.date : undefined,
        kommuner: input.municipalities.filter((m) => activePhase(m.data, input.settings.statuser, input.date) === phase.id).map((m) => m.data.navn),
        organisasjoner: input.organisations.filter((o) => activePhase(o, input.settings.statuser, input.date) === phase.id).map((o) => o.navn),
        side: url(input, `/innforing/#${phase.id}`),
      };
    }),
  };
}

function planTable(input: OpenDataInput): Dataset {
  const changeWords = { forste: 'første plan', utsatt: 'utsatt', framskyndet: 'framskyndet', presisert: 'presisert', uendret: 'uendret' } as const;
  return {
    id: 'planer',
    title: 'Planhistorikk for innføringsbølgene',
    description: 'Hver plan for hver bølge, eldste først: når den ble vedtatt eller kjent, hva den siktet mot, og om den utsatte den forrige. Ingen plan fjernes når en ny kommer.',
    columns: [
      col('fase_id', 'tekst', 'Bølgens kortnavn.'),
      col('fase', 'tekst', 'Bølgens navn.'),
      col('vedtatt', 'tekst', 'Når planen ble vedtatt eller kjent (dato eller måned).'),
      col('planlagt', 'tekst', 'Hva planen siktet mot: dato, måned, år eller årstid.'),
      col('endring', 'tekst', '«første plan», «utsatt», «framskyndet», «presisert» (samme tidsrom, mer nøyaktig) eller «uendret».'),
      col('merknad', 'tekst', 'Forklaring, for eksempel grunnen til en utsettelse.'),
      ...sourceColumns,
    ],
    rows: input.phases.flatMap((phase) =>
      planHistory(phase, input.date).map((step) => ({
        fase_id: phase.id,
        fase: phase.navn,
        vedtatt: step.plan.dato,
        planlagt: step.plan.planlagt,
        endring: changeWords[step.change],
        merknad: step.plan.merknad,
        ...sourceCells(input, step.plan.kilde),
      })),
    ),
  };
}

function statementTable(input: OpenDataInput): Dataset {
  return {
    id: 'oppgitte-tall',
    title: 'Tall oppgitt av kildene',
    description: 'Antall som kildene oppgir bare som tall, for eksempel «19 kommunestyrer hadde vedtatt». Nettstedet viser dem ved siden av antallet kommuner det kan navngi.',
    columns: [
      col('dato', 'tekst', 'Datoen (eller måneden) tallet gjelder.'),
      col('status', 'tekst', 'Statuskoden tallet gjelder.'),
      col('status_navn', 'tekst', 'Statusen i klartekst.'),
      col('antall', 'heltall', 'Tallet kilden oppgir.'),
      col('minst', 'tekst', '«ja» når kilden sier «minst» eller «over».'),
      col('omfang', 'tekst', 'Hva kilden teller, når det avviker fra kommunene i regionen.'),
      col('merknad', 'tekst', 'Merknad.'),
      ...sourceColumns,
    ],
    rows: input.statements.map((statement) => ({
      dato: statement.dato,
      status: statement.status,
      status_navn: statusName(input, statement.status),
      antall: statement.antall,
      minst: yesNo(statement.minst),
      omfang: statement.omfang,
      merknad: statement.merknad,
      ...sourceCells(input, statement.kilde),
    })),
  };
}

function documentIndex(input: OpenDataInput): Dataset {
  const partyName = (slug: string) =>
    input.organisations.find((o) => o.id === slug)?.navn ??
    input.municipalities.find((m) => m.id === slug)?.data.navn ??
    slug;
  return {
    id: 'dokumenter',
    title: 'Dokumentoversikt',
    description: 'Alle publiserte dokumenter med type, status, datoer, parter og versjoner, også dokumenter som ligger hos andre (med lenke til originalen).',
    columns: [
      col('id', 'tekst', 'Dokumentets faste kortnavn, brukt i adressen.'),
      col('tittel', 'tekst', 'Dokumentets tittel.'),
      col('type', 'tekst', `Dokumenttype: ${Object.keys(documentTypes).join(', ')}.`),
      col('status', 'tekst', `Status: ${Object.keys(documentStatuses).join(', ')}.`),
      col('statusmerknad', 'tekst', 'Hva statusen venter på, eller hvorfor dokumentet er trukket eller erstattet.'),
      col('status_per', 'dato', 'Datoen statusen gjelder per: datoen den sist endret seg, ellers datoen dokumentet ble publisert her.'),
      col('utgiver', 'tekst', 'Hvem som har utgitt dokumentet, hvis oppgitt.'),
      col('dokumentdato', 'tekst', 'Dokumentets egen dato, så nøyaktig som den er kjent: dato (ÅÅÅÅ-MM-DD), måned (ÅÅÅÅ-MM) eller år (ÅÅÅÅ). Tom når den ikke er kjent.'),
      col('publisert', 'dato', 'Datoen dokumentet ble publisert her.'),
      col('vedtaksdato', 'dato', 'Datoen for vedtak eller møte, hvis kjent.'),
      col('vedtaksorgan', 'tekst', 'Organet som behandler dokumentet, hvis kjent.'),
      col('saksnummer', 'tekst', 'Saksnummer, hvis det finnes.'),
      col('versjon', 'tekst', 'Versjonsnummer, slik det er skrevet.'),
      col('erstatter', 'tekst', 'Id for dokumentet denne versjonen erstatter.'),
      col('erstattet_av', 'tekst', 'Id for dokumentet som erstatter dette.'),
      col('parter', 'liste', 'Partene. I CSV skilt med semikolon og mellomrom.'),
      col('antall_vedlegg', 'heltall', 'Antall vedlagte filer.'),
      col('original_url', 'nettadresse', 'Hvor originalen er publisert, for dokumenter nettstedet ikke har selv.'),
      col('side', 'nettadresse', 'Dokumentets side på nettstedet.'),
    ],
    rows: input.documents.map(({ id, data }) => ({
      id,
      tittel: data.tittel,
      type: data.type,
      status: data.status,
      statusmerknad: data.statusmerknad,
      status_per: documentStatusAsOf(data),
      utgiver: data.utgiver,
      dokumentdato: data.dato,
      publisert: data.publisert,
      vedtaksdato: data.behandling?.dato,
      vedtaksorgan: data.behandling?.organ,
      saksnummer: data.behandling?.saksnummer,
      versjon: data.versjon,
      erstatter: data.erstatter,
      erstattet_av: input.documents.find((d) => d.data.erstatter === id)?.id,
      parter: data.parter.map(partyName),
      antall_vedlegg: data.vedlegg.length,
      original_url: data.original?.url,
      side: url(input, `/dokumenter/${id}/`),
    })),
  };
}

/** A party's name: an organisation's or a municipality's, else the id. */
function partyName(input: OpenDataInput, slug: string): string {
  return input.organisations.find((o) => o.id === slug)?.navn ?? input.municipalities.find((m) => m.id === slug)?.data.navn ?? slug;
}

function meetingTable(input: OpenDataInput): Dataset {
  return {
    id: 'moter',
    title: 'Møter',
    description: 'Hvert registrerte møte i styrer og kommunestyrer om innføringen: organ, dato og tid (norsk tid), sted, status og kilder. Sakene og vedtakene står i datasettet «vedtak».',
    columns: [
      col('id', 'tekst', 'Møtets faste kortnavn, brukt i adressen.'),
      col('tittel', 'tekst', 'Møtets tittel.'),
      col('organ', 'tekst', 'Hvem som møttes, for eksempel «Styret i Helseplattformen AS».'),
      col('organ_id', 'tekst', 'Organets faste kortnavn, brukt i adressen til organets møter og kalender.'),
      col('dato', 'tekst', 'Møtedatoen slik kilden oppgir den: en dato (ÅÅÅÅ-MM-DD), eller en måned (ÅÅÅÅ-MM) når dagen ikke er kjent.'),
      col('klokkeslett', 'tekst', 'Når møtet begynner, norsk tid (TT:MM). Tom når det ikke er kjent.'),
      col('slutt', 'tekst', 'Når møtet slutter, norsk tid (TT:MM). Tom når det ikke er kjent.'),
      col('sted', 'tekst', 'Hvor møtet holdes, hvis kjent.'),
      col('status', 'tekst', `Status: ${Object.keys(meetingStatuses).join(', ')}.`),
      col('ny_dato', 'tekst', 'For et utsatt møte: den nye datoen (eller måneden).'),
      col('statusmerknad', 'tekst', 'Forklaring til statusen, for eksempel at ingen kilde bekrefter at møtet ble holdt.'),
      col('antall_saker', 'heltall', 'Antall saker på sakslisten.'),
      col('protokoll', 'nettadresse', 'Protokollen, når den er publisert her.'),
      col('kilder', 'liste', 'Adressene til kildene. I CSV skilt med semikolon og mellomrom.'),
      col('publisert', 'dato', 'Datoen møtet ble registrert her.'),
      col('side', 'nettadresse', 'Møtets side på nettstedet.'),
    ],
    rows: input.meetings.map(({ id, data, title, bodyName, bodyKey }) => ({
      id,
      tittel: title,
      organ: bodyName,
      organ_id: bodyKey,
      dato: data.dato,
      klokkeslett: data.tid,
      slutt: data.slutt,
      sted: data.sted,
      status: data.status,
      ny_dato: data.nyDato,
      statusmerknad: data.statusmerknad,
      antall_saker: data.saker.length,
      protokoll: data.protokoll ? url(input, `/dokumenter/${data.protokoll}/`) : undefined,
      kilder: data.kilder.flatMap((kilde) => {
        const cells = sourceCells(input, kilde);
        return cells.kilde_url ? [cells.kilde_url] : [];
      }),
      publisert: data.publisert,
      side: url(input, `/moter/${id}/`),
    })),
  };
}

function decisionTable(input: OpenDataInput): Dataset {
  return {
    id: 'vedtak',
    title: 'Saker og vedtak',
    description: 'Hver sak på sakslisten til hvert møte, med saksnummer, dokumentene saken gjelder, vedtaket og hva det betyr for hver kommune eller organisasjon det gjelder. En sak uten registrert vedtak har tomt vedtak.',
    columns: [
      col('mote_id', 'tekst', 'Møtets faste kortnavn (se datasettet «moter»).'),
      col('mote', 'tekst', 'Møtets tittel.'),
      col('organ', 'tekst', 'Hvem som møttes.'),
      col('dato', 'tekst', 'Møtedatoen (dato eller måned), eller den nye datoen for et utsatt møte.'),
      col('sak', 'heltall', 'Sakens plass på sakslisten, 1 for den første.'),
      col('saksnummer', 'tekst', 'Saksnummeret organet ga saken, hvis kjent.'),
      col('tittel', 'tekst', 'Hva saken gjelder.'),
      col('dokumenter', 'liste', 'Dokumentene saken gjelder, som adresser på nettstedet. I CSV skilt med semikolon og mellomrom.'),
      col('vedtak', 'tekst', 'Vedtaket med våre ord. Tomt når vi ikke har registrert noe vedtak.'),
      col('vedtak_per_part', 'liste', 'For hver kommune eller organisasjon vedtaket gjelder: «Navn: hva som ble vedtatt». I CSV skilt med semikolon og mellomrom.'),
      col('merknad', 'tekst', 'Merknad til saken, for eksempel der kildene er uenige.'),
      col('side', 'nettadresse', 'Saken på møtets side.'),
    ],
    rows: input.meetings.flatMap(({ id, data, title, bodyName }) =>
      data.saker.map((item, index) => ({
        mote_id: id,
        mote: title,
        organ: bodyName,
        dato: scheduled(data).date,
        sak: index + 1,
        saksnummer: item.saksnummer,
        tittel: item.tittel,
        dokumenter: item.dokumenter.map((slug) => url(input, `/dokumenter/${slug}/`)),
        vedtak: item.vedtak?.tekst,
        vedtak_per_part: (item.vedtak?.gjelder ?? []).map((party) => `${partyName(input, party.part)}: ${party.vedtak}`),
        merknad: item.merknad,
        side: url(input, `/moter/${id}/#${agendaAnchor(index)}`),
      })),
    ),
  };
}

function changeTable(input: OpenDataInput): Dataset {
  return {
    id: 'endringer',
    title: 'Endringer',
    description: 'Endringsloggen, nyeste først: hver ny eller oppdatert nyhet, hvert dokument, hver ny versjon og status, hver hendelse for kommuner, helseforetak og sykehus, hver plan for innføringsbølgene og hvert møte, med dato og lenke. Den lages av innholdet selv.',
    columns: [
      col('dato', 'dato', 'Dagen endringen regnes fra (siste dag i måneden når bare måneden er kjent).'),
      col('dato_oppgitt', 'tekst', 'Datoen så nøyaktig som innholdet oppgir den: dato eller måned.'),
      col('type', 'tekst', 'Hva som er endret: nyhet, dokument, mote, kommune, helseforetak, fase eller svar.'),
      col('endring', 'tekst', 'Hva slags endring: ny, ny-versjon, oppdatert, status, hendelse, plan eller mote.'),
      col('tittel', 'tekst', 'Hva endringen gjelder.'),
      col('beskrivelse', 'tekst', 'En eller to setninger om endringen.'),
      col('kommuner', 'liste', 'Kommunene endringen gjelder. I CSV skilt med semikolon og mellomrom.'),
      col('lenke', 'nettadresse', 'Der endringen vises på nettstedet.'),
    ],
    rows: input.changes.map((change) => ({
      dato: change.date,
      dato_oppgitt: change.dateText,
      type: change.kind,
      endring: change.action,
      tittel: change.title,
      beskrivelse: change.summary,
      kommuner: change.municipalities.map((slug) => partyName(input, slug)),
      lenke: url(input, change.link),
    })),
  };
}

/** The dataset as a CSV file; lists are joined with «; ». */
export function datasetCsv(dataset: Dataset): string {
  return toCsv(
    dataset.columns.map((c) => c.name),
    dataset.rows.map((row) =>
      dataset.columns.map((c) => {
        const value = row[c.name];
        return Array.isArray(value) ? value.join('; ') : value;
      }),
    ),
  );
}

/** The dataset as JSON: its description, columns, licence and date, then the rows. */
export function datasetJson(dataset: Dataset, meta: { licence: { navn: string; nettadresse: string }; lastChanged: string; csvUrl: string }): string {
  const rows = dataset.rows.map((row) =>
    Object.fromEntries(dataset.columns.map((c) => [c.name, row[c.name] ?? null])),
  );
  return `${JSON.stringify(
    {
      tittel: dataset.title,
      beskrivelse: dataset.description,
      lisens: meta.licence,
      sistEndret: meta.lastChanged,
      csv: meta.csvUrl,
      kolonner: dataset.columns.map((c) => ({ navn: c.name, type: c.type, beskrivelse: c.description })),
      rader: rows,
    },
    null,
    2,
  )}\n`;
}

/**
 * The date the data last changed: the latest event, document publication,
 * status date or change note, and phase date, never after the build date.
 */
export function lastChanged(input: OpenDataInput): string {
  const dates = [
    ...input.municipalities.flatMap((m) => [...m.data.hendelser.map((e) => effectiveDate(e.dato)), m.data.gyldigFra, m.data.gyldigTil]),
    ...input.organisations.flatMap((o) => o.hendelser.map((e) => effectiveDate(e.dato))),
    ...input.phases.flatMap((p) => [...p.planer.map((plan) => effectiveDate(plan.dato)), p.gjennomfort && effectiveDate(p.gjennomfort.dato)]),
    ...input.statements.map((s) => effectiveDate(s.dato)),
    ...input.documents.flatMap((d) => [d.data.publisert, d.data.statusdato, ...d.data.endringer.map((e) => e.dato)]),
    ...input.changes.map((c) => c.date),
  ].filter((d): d is string => typeof d === 'string' && d <= input.date);
  return dates.sort().at(-1) ?? input.date;
}
