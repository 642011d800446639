/**
 * Settings, organisations, phases and municipalities the corpus uses when the
 * project's `content/` does not (yet) have them. They follow the schemas and
 * the public geography of the region; nothing here claims a real status.
 */

/** Site settings used when `content/innstillinger.json` is missing. */
export const FALLBACK_SETTINGS = {
  navn: 'Helseplattformen – innføringen i Midt-Norge',
  system: 'Helseplattformen',
  region: 'Midt-Norge',
  beskrivelse:
    'Demonstrasjonsversjon av nettstedet om innføringen av Helseplattformen. Alt innhold er generert og ikke ekte.',
  nettadresse: 'https://demodata.invalid/',
  farge: '#0b4f6c',
  sistKontrollert: '2026-01-01',
  fylker: ['Trøndelag', 'Møre og Romsdal'],
  omrade: { sor: 61.5, nord: 65.8, vest: 4.0, ost: 14.6 },
  statuser: [
    { id: 'ikke-registrert', navn: 'Ikke registrert', beskrivelse: 'Ingen hendelse er registrert for kommunen.', type: 'start', farge: '#6b6b6b', symbol: '–' },
    { id: 'opsjon-utlost', navn: 'Opsjon utløst', beskrivelse: 'Kommunestyret har vedtatt å utløse opsjonen.', type: 'steg', farge: '#b25000', symbol: 'O' },
    { id: 'avtale-signert', navn: 'Avtale signert', beskrivelse: 'Kommunen har signert den endelige avtalen.', type: 'steg', farge: '#7b3f98', symbol: 'A' },
    { id: 'innforing-planlagt', navn: 'Innføring planlagt', beskrivelse: 'Kommunen er satt opp i en innføringsfase.', type: 'plan', farge: '#1d5fa3', symbol: 'P' },
    { id: 'i-drift', navn: 'I drift', beskrivelse: 'Løsningen er tatt i bruk i kommunen.', type: 'drift', farge: '#1f6f43', symbol: 'D' },
  ],
  epost: 'postmottak@demodata.invalid',
  lisens: {
    navn: 'Creative Commons Navngivelse 4.0 (CC BY 4.0)',
    nettadresse: 'https://creativecommons.org/licenses/by/4.0/deed.no',
  },
};

/** Organisations used when `content/organisasjoner/` is missing. */
export const FALLBACK_ORGANISATIONS = [
  { id: 'helseplattformen-as', navn: 'Helseplattformen AS', type: 'selskap' },
  { id: 'helse-midt-norge-rhf', navn: 'Helse Midt-Norge RHF', type: 'rhf', eier: true },
  { id: 'trondheim-kommune', navn: 'Trondheim kommune', type: 'kommune', kommune: 'trondheim', eier: true },
  { id: 'st-olavs-hospital-hf', navn: 'St. Olavs hospital HF', type: 'helseforetak', tilhorer: 'helse-midt-norge-rhf' },
  { id: 'helse-nord-trondelag-hf', navn: 'Helse Nord-Trøndelag HF', type: 'helseforetak', tilhorer: 'helse-midt-norge-rhf' },
  { id: 'helse-more-og-romsdal-hf', navn: 'Helse Møre og Romsdal HF', type: 'helseforetak', tilhorer: 'helse-midt-norge-rhf' },
  { id: 'st-olavs-hospital', navn: 'St. Olavs hospital i Trondheim', type: 'sykehus', tilhorer: 'st-olavs-hospital-hf' },
  { id: 'sykehuset-levanger', navn: 'Sykehuset Levanger', type: 'sykehus', tilhorer: 'helse-nord-trondelag-hf' },
  { id: 'sykehuset-namsos', navn: 'Sykehuset Namsos', type: 'sykehus', tilhorer: 'helse-nord-trondelag-hf' },
  { id: 'alesund-sjukehus', navn: 'Sykehuset i Ålesund', type: 'sykehus', tilhorer: 'helse-more-og-romsdal-hf' },
  { id: 'samarbeidsradet-for-opsjonskommuner', navn: 'Samarbeidsrådet for opsjonskommuner', type: 'rad' },
];

/** Waves used when `content/faser/` is missing (dates are demonstration values; the generator points each plan at a generated news item). */
export const FALLBACK_PHASES = [1, 2, 3, 4].map((n) => ({
  id: `fase-${n}`,
  navn: `Fase ${n}`,
  nummer: n,
  beskrivelse: `Innføringsfase ${n} (demodata).`,
  planer: [{ dato: '2022-01-01', planlagt: `${2022 + n}`, kilde: { nyhet: 'erstattes' } }],
}));

/** Number, name and administrative-centre position of a municipality. */
export interface MunicipalityFact {
  nummer: string;
  navn: string;
  fylke: string;
  lat: number;
  lon: number;
  /** Earlier numbers, each with its last day (Ålesund's 1507 until 2023). */
  tidligereNummer?: { nummer: string; til: string }[];
}

const T = 'Trøndelag';
const M = 'Møre og Romsdal';

/** The region's 64 municipalities (numbers valid 2020–2023, plus Ålesund's 1508 from 2024), with approximate administrative-centre coordinates. */
export const FALLBACK_MUNICIPALITIES: readonly MunicipalityFact[] = [
  { nummer: '5001', navn: 'Trondheim', fylke: T, lat: 63.4305, lon: 10.3951 },
  { nummer: '5006', navn: 'Steinkjer', fylke: T, lat: 64.0149, lon: 11.4954 },
  { nummer: '5007', navn: 'Namsos', fylke: T, lat: 64.4662, lon: 11.4958 },
  { nummer: '5014', navn: 'Frøya', fylke: T, lat: 63.7262, lon: 8.8327 },
  { nummer: '5020', navn: 'Osen', fylke: T, lat: 64.2986, lon: 10.5147 },
  { nummer: '5021', navn: 'Oppdal', fylke: T, lat: 62.5946, lon: 9.6912 },
  { nummer: '5022', navn: 'Rennebu', fylke: T, lat: 62.8236, lon: 10.012 },
  { nummer: '5025', navn: 'Røros', fylke: T, lat: 62.5747, lon: 11.3842 },
  { nummer: '5026', navn: 'Holtålen', fylke: T, lat: 62.842, lon: 11.2869 },
  { nummer: '5027', navn: 'Midtre Gauldal', fylke: T, lat: 63.0366, lon: 10.2844 },
  { nummer: '5028', navn: 'Melhus', fylke: T, lat: 63.2851, lon: 10.2784 },
  { nummer: '5029', navn: 'Skaun', fylke: T, lat: 63.33, lon: 10.042 },
  { nummer: '5031', navn: 'Malvik', fylke: T, lat: 63.4117, lon: 10.7956 },
  { nummer: '5032', navn: 'Selbu', fylke: T, lat: 63.218, lon: 11.034 },
  { nummer: '5033', navn: 'Tydal', fylke: T, lat: 63.0444, lon: 11.6517 },
  { nummer: '5034', navn: 'Meråker', fylke: T, lat: 63.415, lon: 11.746 },
  { nummer: '5035', navn: 'Stjørdal', fylke: T, lat: 63.4697, lon: 10.9178 },
  { nummer: '5036', navn: 'Frosta', fylke: T, lat: 63.587, lon: 10.742 },
  { nummer: '5037', navn: 'Levanger', fylke: T, lat: 63.7461, lon: 11.2996 },
  { nummer: '5038', navn: 'Verdal', fylke: T, lat: 63.792, lon: 11.482 },
  { nummer: '5041', navn: 'Snåase – Snåsa', fylke: T, lat: 64.246, lon: 12.379 },
  { nummer: '5042', navn: 'Lierne', fylke: T, lat: 64.399, lon: 13.636 },
  { nummer: '5043', navn: 'Raarvihke – Røyrvik', fylke: T, lat: 64.883, lon: 13.56 },
  { nummer: '5044', navn: 'Namsskogan', fylke: T, lat: 64.929, lon: 13.16 },
  { nummer: '5045', navn: 'Grong', fylke: T, lat: 64.464, lon: 12.314 },
  { nummer: '5046', navn: 'Høylandet', fylke: T, lat: 64.63, lon: 12.304 },
  { nummer: '5047', navn: 'Overhalla', fylke: T, lat: 64.492, lon: 11.949 },
  { nummer: '5049', navn: 'Flatanger', fylke: T, lat: 64.491, lon: 10.903 },
  { nummer: '5052', navn: 'Leka', fylke: T, lat: 65.087, lon: 11.708 },
  { nummer: '5053', navn: 'Inderøy', fylke: T, lat: 63.872, lon: 11.296 },
  { nummer: '5054', navn: 'Indre Fosen', fylke: T, lat: 63.633, lon: 10.182 },
  { nummer: '5055', navn: 'Heim', fylke: T, lat: 63.29, lon: 9.088 },
  { nummer: '5056', navn: 'Hitra', fylke: T, lat: 63.605, lon: 8.969 },
  { nummer: '5057', navn: 'Ørland', fylke: T, lat: 63.687, lon: 9.666 },
  { nummer: '5058', navn: 'Åfjord', fylke: T, lat: 63.961, lon: 10.22 },
  { nummer: '5059', navn: 'Orkland', fylke: T, lat: 63.306, lon: 9.849 },
  { nummer: '5060', navn: 'Nærøysund', fylke: T, lat: 64.865, lon: 11.604 },
  { nummer: '5061', navn: 'Rindal', fylke: T, lat: 63.056, lon: 9.214 },
  { nummer: '1505', navn: 'Kristiansund', fylke: M, lat: 63.1105, lon: 7.728 },
  { nummer: '1506', navn: 'Molde', fylke: M, lat: 62.7375, lon: 7.1591 },
  { nummer: '1508', tidligereNummer: [{ nummer: '1507', til: '2023-12-31' }], navn: 'Ålesund', fylke: M, lat: 62.4722, lon: 6.1549 },
  { nummer: '1511', navn: 'Vanylven', fylke: M, lat: 62.134, lon: 5.582 },
  { nummer: '1514', navn: 'Sande', fylke: M, lat: 62.204, lon: 5.581 },
  { nummer: '1515', navn: 'Herøy', fylke: M, lat: 62.341, lon: 5.634 },
  { nummer: '1516', navn: 'Ulstein', fylke: M, lat: 62.343, lon: 5.848 },
  { nummer: '1517', navn: 'Hareid', fylke: M, lat: 62.371, lon: 6.029 },
  { nummer: '1520', navn: 'Ørsta', fylke: M, lat: 62.199, lon: 6.132 },
  { nummer: '1525', navn: 'Stranda', fylke: M, lat: 62.309, lon: 6.94 },
  { nummer: '1528', navn: 'Sykkylven', fylke: M, lat: 62.393, lon: 6.578 },
  { nummer: '1531', navn: 'Sula', fylke: M, lat: 62.446, lon: 6.196 },
  { nummer: '1532', navn: 'Giske', fylke: M, lat: 62.496, lon: 6.134 },
  { nummer: '1535', navn: 'Vestnes', fylke: M, lat: 62.624, lon: 7.088 },
  { nummer: '1539', navn: 'Rauma', fylke: M, lat: 62.567, lon: 7.687 },
  { nummer: '1547', navn: 'Aukra', fylke: M, lat: 62.8, lon: 6.9 },
  { nummer: '1554', navn: 'Averøy', fylke: M, lat: 63.045, lon: 7.639 },
  { nummer: '1557', navn: 'Gjemnes', fylke: M, lat: 62.899, lon: 7.692 },
  { nummer: '1560', navn: 'Tingvoll', fylke: M, lat: 62.913, lon: 8.203 },
  { nummer: '1563', navn: 'Sunndal', fylke: M, lat: 62.675, lon: 8.561 },
  { nummer: '1566', navn: 'Surnadal', fylke: M, lat: 62.976, lon: 8.723 },
  { nummer: '1573', navn: 'Smøla', fylke: M, lat: 63.467, lon: 8.012 },
  { nummer: '1576', navn: 'Aure', fylke: M, lat: 63.267, lon: 8.533 },
  { nummer: '1577', navn: 'Volda', fylke: M, lat: 62.146, lon: 6.069 },
  { nummer: '1578', navn: 'Fjord', fylke: M, lat: 62.38, lon: 7.0 },
  { nummer: '1579', navn: 'Hustadvika', fylke: M, lat: 62.856, lon: 7.147 },
];
