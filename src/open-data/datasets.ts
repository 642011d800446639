/**
 * The open datasets: one definition per dataset (its columns, each with a
 * type and a description), and the rows built from the published content.
 * The same definitions produce the CSV files, the JSON files and the column
 * descriptions on /data/, so the three cannot drift apart.
 */
import type { DocumentData } from '../schemas/document.ts';
import { documentStatuses, documentTypes } from '../schemas/document.ts';
import type { Municipality } from '../schemas/municipality.ts';
import type { Organisation } from '../schemas/organisation.ts';
import type { Phase } from '../schemas/phase.ts';
import type { Settings } from '../schemas/settings.ts';
import type { Source } from '../schemas/source.ts';
import { currentPhase, eventsInOrder, existsOn, lastChange, statusOn } from '../domain/municipality-status.ts';
import { toCsv, type Cell } from './csv.ts';

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
  phases: Phase[];
  organisations: Organisation[];
  documents: { id: string; data: DocumentData }[];
  /** Titles of published news items by slug, to name event sources. */
  newsTitles: Map<string, string>;
  /** The build date: statuses are as of this day. */
  date: string;
  /** The site's public base URL, for absolute links. */
  siteUrl: string;
}

const col = (name: string, type: ColumnType, description: string): Column => ({ name, type, description });

/** Every dataset, built from the published content. */
export function buildDatasets(input: OpenDataInput): Dataset[] {
  return [municipalityStatus(input), statusEvents(input), documentIndex(input), phaseTable(input)];
}

function url(input: OpenDataInput, path: string): string {
  return new URL(path, input.siteUrl).href;
}

function statusName(input: OpenDataInput, id: string | undefined): string | undefined {
  return id === undefined ? undefined : input.settings.statuser.find((s) => s.id === id)?.navn;
}

function sourceCells(input: OpenDataInput, source: Source) {
  if (source.nyhet) {
    return { kilde_type: 'nyhet', kilde_tittel: input.newsTitles.get(source.nyhet), kilde_url: url(input, `/nyheter/${source.nyhet}/`) };
  }
  if (source.dokument) {
    const doc = input.documents.find((d) => d.id === source.dokument);
    return { kilde_type: 'dokument', kilde_tittel: doc?.data.tittel, kilde_url: url(input, `/dokumenter/${source.dokument}/`) };
  }
  return { kilde_type: 'ekstern', kilde_tittel: source.tittel, kilde_url: source.url };
}

function municipalityStatus(input: OpenDataInput): Dataset {
  const defaultStatus = input.settings.statuser[0]!.id;
  return {
    id: 'kommuner',
    title: 'Status for kommunene',
    description: `Hver kommune med status per ${input.date}, fase og planlagt oppstart. Én rad per kommune, også kommuner som er opprettet eller nedlagt.`,
    columns: [
      col('kommunenummer', 'tekst', 'Offisielt kommunenummer med fire sifre.'),
      col('kommune', 'tekst', 'Kommunens navn.'),
      col('id', 'tekst', 'Kort navn brukt i adresser på nettstedet.'),
      col('fylke', 'tekst', 'Fylket kommunen ligger i.'),
      col('breddegrad', 'desimaltall', 'Breddegrad for administrasjonssenteret (grader nord, punktum som desimaltegn).'),
      col('lengdegrad', 'desimaltall', 'Lengdegrad for administrasjonssenteret (grader øst, punktum som desimaltegn).'),
      col('gyldig_fra', 'dato', 'Første dag kommunen fantes, hvis den er opprettet etter 2020. Ellers tom.'),
      col('gyldig_til', 'dato', 'Siste dag kommunen fantes, hvis den er nedlagt. Ellers tom.'),
      col('finnes', 'tekst', '«ja» hvis kommunen finnes på datoen dataene gjelder for, ellers «nei».'),
      col('status', 'tekst', 'Statuskode, for eksempel «opsjon-utlost». Se statuslisten på datasiden.'),
      col('status_navn', 'tekst', 'Statusen i klartekst.'),
      col('status_siden', 'dato', 'Datoen kommunen fikk statusen. Tom når ingen hendelse er registrert.'),
      col('fase', 'tekst', 'Innføringsfasen kommunen hører til, hvis kjent.'),
      col('planlagt_oppstart', 'dato', 'Planlagt oppstartsdato for fasen, hvis en dato er kjent.'),
      col('planlagt_oppstart_tekst', 'tekst', 'Planlagt oppstart i ord når det ikke finnes en dato, for eksempel «høsten 2022».'),
      col('siste_endring', 'dato', 'Datoen for den siste registrerte hendelsen.'),
      col('side', 'nettadresse', 'Kommunens side på nettstedet.'),
    ],
    rows: input.municipalities.map(({ id, data }) => {
      const status = statusOn(data, input.date, defaultStatus);
      const phaseId = currentPhase(data, input.date);
      const phase = input.phases.find((p) => p.id === phaseId);
      return {
        kommunenummer: data.nummer,
        kommune: data.navn,
        id,
        fylke: data.fylke,
        breddegrad: data.koordinater.lat,
        lengdegrad: data.koordinater.lon,
        gyldig_fra: data.gyldigFra,
        gyldig_til: data.gyldigTil,
        finnes: existsOn(data, input.date) ? 'ja' : 'nei',
        status: status?.status,
        status_navn: statusName(input, status?.status),
        status_siden: status?.since,
        fase: phase?.navn,
        planlagt_oppstart: phase?.planlagt,
        planlagt_oppstart_tekst: phase?.planlagtTekst,
        siste_endring: lastChange(data, input.date)?.dato,
        side: url(input, `/kommuner/${id}/`),
      };
    }),
  };
}

function statusEvents(input: OpenDataInput): Dataset {
  return {
    id: 'hendelser',
    title: 'Hendelser',
    description: 'Hele historikken: hver registrerte statusendring for hver kommune, med kilde. Status på en dato følger av hendelsene fram til den datoen.',
    columns: [
      col('kommunenummer', 'tekst', 'Offisielt kommunenummer.'),
      col('kommune', 'tekst', 'Kommunens navn.'),
      col('dato', 'dato', 'Datoen endringen gjelder fra.'),
      col('status', 'tekst', 'Statuskode etter endringen.'),
      col('status_navn', 'tekst', 'Statusen i klartekst.'),
      col('fase', 'tekst', 'Innføringsfasen hendelsen gjelder, hvis noen.'),
      col('merknad', 'tekst', 'Kort forklaring, hvis noen.'),
      col('kilde_type', 'tekst', '«nyhet», «dokument» eller «ekstern».'),
      col('kilde_tittel', 'tekst', 'Tittelen på kilden.'),
      col('kilde_url', 'nettadresse', 'Adressen til kilden.'),
    ],
    rows: input.municipalities.flatMap(({ data }) =>
      eventsInOrder(data).map((event) => ({
        kommunenummer: data.nummer,
        kommune: data.navn,
        dato: event.dato,
        status: event.status,
        status_navn: statusName(input, event.status),
        fase: input.phases.find((p) => p.id === event.fase)?.navn,
        merknad: event.merknad,
        ...sourceCells(input, event.kilde),
      })),
    ),
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
    description: 'Alle publiserte dokumenter med type, status, datoer, parter og versjoner.',
    columns: [
      col('id', 'tekst', 'Dokumentets faste kortnavn, brukt i adressen.'),
      col('tittel', 'tekst', 'Dokumentets tittel.'),
      col('type', 'tekst', `Dokumenttype: ${Object.keys(documentTypes).join(', ')}.`),
      col('status', 'tekst', `Status: ${Object.keys(documentStatuses).join(', ')}.`),
      col('statusmerknad', 'tekst', 'Hva statusen venter på, eller hvorfor dokumentet er trukket eller erstattet.'),
      col('publisert', 'dato', 'Datoen dokumentet ble publisert her.'),
      col('vedtaksdato', 'dato', 'Datoen for vedtak eller møte, hvis kjent.'),
      col('vedtaksorgan', 'tekst', 'Organet som behandler dokumentet, hvis kjent.'),
      col('saksnummer', 'tekst', 'Saksnummer, hvis det finnes.'),
      col('versjon', 'tekst', 'Versjonsnummer.'),
      col('erstatter', 'tekst', 'Id for dokumentet denne versjonen erstatter.'),
      col('erstattet_av', 'tekst', 'Id for dokumentet som erstatter dette.'),
      col('parter', 'liste', 'Partene. I CSV skilt med semikolon og mellomrom.'),
      col('antall_vedlegg', 'heltall', 'Antall vedlagte filer.'),
      col('side', 'nettadresse', 'Dokumentets side på nettstedet.'),
    ],
    rows: input.documents.map(({ id, data }) => ({
      id,
      tittel: data.tittel,
      type: data.type,
      status: data.status,
      statusmerknad: data.statusmerknad,
      publisert: data.publisert,
      vedtaksdato: data.behandling?.dato,
      vedtaksorgan: data.behandling?.organ,
      saksnummer: data.behandling?.saksnummer,
      versjon: data.versjon,
      erstatter: data.erstatter,
      erstattet_av: input.documents.find((d) => d.data.erstatter === id)?.id,
      parter: data.parter.map(partyName),
      antall_vedlegg: data.vedlegg.length,
      side: url(input, `/dokumenter/${id}/`),
    })),
  };
}

function phaseTable(input: OpenDataInput): Dataset {
  return {
    id: 'faser',
    title: 'Innføringsfaser',
    description: 'Fasene i innføringen med datoer og deltakere. Kommunene hører til en fase gjennom hendelsene sine.',
    columns: [
      col('id', 'tekst', 'Fasens kortnavn.'),
      col('fase', 'tekst', 'Fasens navn.'),
      col('nummer', 'heltall', 'Rekkefølge, 1 for den første.'),
      col('planlagt', 'dato', 'Planlagt oppstartsdato, hvis kjent.'),
      col('planlagt_tekst', 'tekst', 'Planlagt oppstart i ord når det ikke finnes en dato.'),
      col('gjennomfort', 'dato', 'Faktisk oppstartsdato, når den har skjedd.'),
      col('kommuner', 'liste', 'Kommunene i fasen. I CSV skilt med semikolon og mellomrom.'),
      col('organisasjoner', 'liste', 'Sykehus og helseforetak i fasen. I CSV skilt med semikolon og mellomrom.'),
      col('side', 'nettadresse', 'Siden om innføringen.'),
    ],
    rows: input.phases.map((phase) => ({
      id: phase.id,
      fase: phase.navn,
      nummer: phase.nummer,
      planlagt: phase.planlagt,
      planlagt_tekst: phase.planlagtTekst,
      gjennomfort: phase.gjennomfort,
      kommuner: input.municipalities
        .filter((m) => currentPhase(m.data, input.date) === phase.id)
        .map((m) => m.data.navn),
      organisasjoner: phase.organisasjoner.map((id) => input.organisations.find((o) => o.id === id)?.navn ?? id),
      side: url(input, `/innforing/#${phase.id}`),
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
    ...input.municipalities.flatMap((m) => [...m.data.hendelser.map((e) => e.dato), m.data.gyldigFra, m.data.gyldigTil]),
    ...input.documents.flatMap((d) => [d.data.publisert, d.data.statusdato, ...d.data.endringer.map((e) => e.dato)]),
  ].filter((d): d is string => d !== undefined && d <= input.date);
  return dates.sort().at(-1) ?? input.date;
}
