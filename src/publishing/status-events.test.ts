import { describe, expect, it } from 'vitest';
import type { ContentIndex } from './content-index.ts';
import { addEventsToYaml, eventKey, municipalityProblems, parseNorwegianDate, resolveEvent, type RawEvent } from './status-events.ts';

const index: ContentIndex = {
  root: '/innhold',
  municipalities: [
    { slug: 'roros', file: 'kommuner/roros.yaml', navn: 'Røros', numbers: ['5025'] },
    { slug: 'indre-fosen', file: 'kommuner/indre-fosen.yaml', navn: 'Indre Fosen', numbers: ['5054'] },
    { slug: 'oslo', file: 'kommuner/oslo.yaml', navn: 'Oslo', numbers: ['0301'] },
    { slug: 'alesund', file: 'kommuner/alesund.yaml', navn: 'Ålesund', numbers: ['1508', '1507'] },
  ],
  statuses: [
    { id: 'opsjon-utlost', navn: 'Opsjon utløst', type: 'steg' },
    { id: 'innforing-planlagt', navn: 'Innføring planlagt', type: 'plan' },
    { id: 'i-drift', navn: 'I drift', type: 'drift' },
  ],
  sources: new Set(['hp-nar-kommer']),
  sourceUrls: new Map([['https://www.helseplattformen.no/nar-kommer', 'hp-nar-kommer']]),
  sourceDates: { ekstern: new Map(), dokument: new Map(), nyhet: new Map([['fase-2-vedtatt', '2021-05-19']]) },
  answerCategories: [],
  phases: [{ id: 'fase-2', navn: 'Fase 2', nummer: 2 }],
  organisations: [
    { slug: 'st-olavs-hospital-hf', file: 'organisasjoner/st-olavs-hospital-hf.yaml', navn: 'St. Olavs hospital HF', type: 'helseforetak' },
    { slug: 'helseplattformen-as', file: 'organisasjoner/helseplattformen-as.yaml', navn: 'Helseplattformen AS', type: 'selskap' },
  ],
  buildDate: '2026-11-22',
  news: new Map([
    ['fase-2-vedtatt', { utkast: false, publisert: '2021-05-19' }],
    ['utkast-sak', { utkast: true, publisert: '2021-05-19' }],
    ['kommer-snart', { utkast: false, publisert: '2027-01-01' }],
  ]),
  documents: new Map([
    ['tjenesteavtale', { utkast: false, publisert: '2022-02-23' }],
    ['avtaleutkast', { utkast: true }],
  ]),
};

const raw = (fields: Partial<RawEvent>): RawEvent => ({
  kommune: '',
  dato: '',
  status: '',
  fase: '',
  planlagt: '',
  merknad: '',
  kilde_ekstern: '',
  kilde_nyhet: '',
  kilde_dokument: '',
  kilde_url: '',
  kilde_tittel: '',
  kilde_utgiver: '',
  kilde_dato: '',
  ...fields,
});
const column = (field: string) => `«${field}»`;

describe('parseNorwegianDate', () => {
  it('reads dd.mm.åååå and åååå-mm-dd', () => {
    expect(parseNorwegianDate('23.02.2022')).toEqual({ iso: '2022-02-23' });
    expect(parseNorwegianDate('1.2.2022')).toEqual({ iso: '2022-02-01' });
    expect(parseNorwegianDate(' 2022-02-23 ')).toEqual({ iso: '2022-02-23' });
  });
  it('refuses dates that do not exist or are written otherwise', () => {
    expect(parseNorwegianDate('29.02.2022')).toEqual({ problem: 'datoen 29.02.2022 finnes ikke i kalenderen; sjekk dag og måned' });
    expect(parseNorwegianDate('23/02/2022')).toEqual({
      problem: '«23/02/2022» er ikke en dato; skriv den som dd.mm.åååå (for eksempel 23.02.2022) eller åååå-mm-dd',
    });
    // The check's hint reads these; the import does not guess them.
    for (const text of ['23-02-2022', '02.2022', '23.02.22']) {
      expect(parseNorwegianDate(text)).toEqual({ problem: `«${text}» er ikke en dato; skriv den som dd.mm.åååå (for eksempel 23.02.2022) eller åååå-mm-dd` });
    }
    expect(parseNorwegianDate('31.13.2022')).toEqual({ problem: 'datoen 31.13.2022 finnes ikke i kalenderen; sjekk dag og måned' });
    expect(parseNorwegianDate('2022-13')).toEqual({ problem: 'måneden 2022-13 finnes ikke; skriv den som åååå-mm, for eksempel 2022-11' });
  });
});

describe('resolveEvent', () => {
  it('finds municipalities by slug, name or number, and statuses and phases by id or label', () => {
    for (const kommune of ['roros', 'Røros', 'RØROS kommune', '5025']) {
      const result = resolveEvent(raw({ kommune, dato: '19.05.2021', status: 'Opsjon utløst', fase: 'Fase 2', kilde_nyhet: 'fase-2-vedtatt' }), index, column);
      expect(result).toEqual({
        ok: true,
        target: { kind: 'kommuner', slug: 'roros', file: 'kommuner/roros.yaml', navn: 'Røros' },
        event: { dato: '2021-05-19', status: 'opsjon-utlost', fase: 'fase-2', kilde: { nyhet: 'fase-2-vedtatt' } },
      });
    }
    // A spreadsheet drops the leading zero of 0301.
    const oslo = resolveEvent(raw({ kommune: '301', dato: '2021-05-19', status: 'i-drift', kilde_dokument: 'tjenesteavtale' }), index, column);
    expect(oslo.ok && oslo.target.slug).toBe('oslo');
  });

  it('refuses a go-live dated after its source, as the check does, and accepts one on the source’s day', () => {
    const late = resolveEvent(raw({ kommune: 'roros', dato: '01.06.2023', status: 'i-drift', kilde_nyhet: 'fase-2-vedtatt' }), index, column);
    expect(late).toEqual({
      ok: false,
      problems: [
        '«i-drift» er datert 2023-06-01, etter kilden (datert 2021-05-19); en kilde kan ikke melde at overgangen er gjennomført før den har skjedd. ' +
          'Registrer en planlagt innføring i stedet: en hendelse datert 2021-05-19 med «status» innforing-planlagt og «planlagt» 2023-06-01. Legg til «i-drift» når en kilde melder at overgangen er gjennomført.',
      ],
    });
    // A source dated by month can report a go-live any day of that month.
    const url = { kilde_url: 'https://example.no/drift', kilde_tittel: 'I drift', kilde_utgiver: 'Røros kommune', kilde_dato: '2023-06' };
    expect(resolveEvent(raw({ kommune: 'roros', dato: '2023-06-30', status: 'i-drift', ...url }), index, column).ok).toBe(true);
    expect(resolveEvent(raw({ kommune: 'roros', dato: '2023-07-01', status: 'i-drift', ...url }), index, column).ok).toBe(false);
    expect(resolveEvent(raw({ kommune: 'roros', dato: '19.05.2021', status: 'i-drift', kilde_nyhet: 'fase-2-vedtatt' }), index, column).ok).toBe(true);
  });

  it('refuses a go-live dated after today with an undated source, as the check does, and accepts one dated today', () => {
    const live = (dato: string) => resolveEvent(raw({ kommune: 'roros', dato, status: 'i-drift', kilde_ekstern: 'hp-nar-kommer' }), index, column);
    expect(live('2026-11-23')).toEqual({
      ok: false,
      problems: [
        '«i-drift» er datert 2026-11-23, fram i tid (i dag er 2026-11-22); en innføring kan bare registreres som gjennomført når den har skjedd. ' +
          'Registrer en planlagt innføring i stedet: en hendelse med «status» innforing-planlagt og «planlagt» 2026-11-23, datert den dagen planen ble kjent. ' +
          'Legg til «i-drift» når en kilde melder at overgangen er gjennomført, eller rett datoen hvis den er feil.',
      ],
    });
    expect(live('2026-11-22').ok).toBe(true);
    // The current month has begun, so a go-live known only by it may be recorded.
    expect(live('2026-11').ok).toBe(true);
    expect(live('2026-12').ok).toBe(false);
  });

  it('refuses a page named in place dated after today, as the check does, and accepts one dated today', () => {
    const page = (kilde_dato: string) =>
      resolveEvent(raw({ kommune: 'roros', dato: '2021-03-01', status: 'opsjon-utlost', kilde_url: 'https://example.no/a', kilde_tittel: 'A', kilde_utgiver: 'Røros kommune', kilde_dato }), index, column);
    expect(page('2026-11-23')).toEqual({
      ok: false,
      problems: [
        '«kilde_dato»: kilden er datert 2026-11-23, fram i tid (i dag er 2026-11-22); en kilde kan ikke være publisert senere enn i dag. ' +
          'Skriv datoen kilden ble publisert, slik siden eller dokumentet viser den. Er datoen noe kilden sier vil skje, hører den hjemme i «planlagt» på hendelsen eller planen, ikke i kildens dato.',
      ],
    });
    expect(page('2026-11-22').ok).toBe(true);
    expect(page('2026-11').ok).toBe(true);
  });

  it('refuses a plan aiming before the month it was announced in, as the check does, and accepts one in that month', () => {
    const plan = (planlagt: string) => resolveEvent(raw({ kommune: 'roros', dato: '2025-03-14', status: 'innforing-planlagt', planlagt, kilde_ekstern: 'hp-nar-kommer' }), index, column);
    expect(plan('2025-02')).toEqual({
      ok: false,
      problems: [
        'planen sikter mot 2025-02, før måneden den ble kjent («dato» 2025-03-14); en plan kan ikke allerede være passert den dagen den ble meldt. ' +
          'Sjekk de to datoene: «dato» 2025-03-14 er dagen kilden meldte planen, «planlagt» 2025-02 er når innføringen skal skje. Har innføringen skjedd, registrer den med en status for gjennomført innføring i stedet.',
      ],
    });
    expect(plan('2025-03-01').ok).toBe(true);
    expect(plan('våren 2025').ok).toBe(true);
    expect(plan('2024').ok).toBe(false);
  });

  it('keeps an external source with its title, and the note', () => {
    const result = resolveEvent(
      raw({ kommune: 'indre-fosen', dato: '2021-03-01', status: 'i-drift', merknad: ' Vedtatt. ', kilde_url: 'https://example.no/vedtak', kilde_tittel: 'Vedtaket', kilde_utgiver: 'Indre Fosen kommune', kilde_dato: '2021-03' }),
      index,
      column,
    );
    expect(result.ok && result.event).toEqual({
      dato: '2021-03-01',
      status: 'i-drift',
      merknad: 'Vedtatt.',
      kilde: { url: 'https://example.no/vedtak', tittel: 'Vedtaket', utgiver: 'Indre Fosen kommune', dato: '2021-03' },
    });
  });

  it('takes a plan with the date it aims at, a month-precise date and a registered source', () => {
    const result = resolveEvent(
      raw({ kommune: 'Ålesund', dato: '2023-06', status: 'Innføring planlagt', planlagt: 'høsten 2024', kilde_ekstern: 'hp-nar-kommer' }),
      index,
      column,
    );
    expect(result.ok && [result.target.slug, result.event]).toEqual([
      'alesund',
      { dato: '2023-06', status: 'innforing-planlagt', planlagt: 'høsten 2024', kilde: { ekstern: 'hp-nar-kommer' } },
    ]);
    // An earlier number still finds the municipality.
    const byOldNumber = resolveEvent(raw({ kommune: '1507', dato: '2023-06-01', status: 'i-drift', kilde_ekstern: 'hp-nar-kommer' }), index, column);
    expect(byOldNumber.ok && byOldNumber.target.slug).toBe('alesund');
  });

  it('refuses a plan without its date, a date on a step that is not a plan, and an unknown registered source', () => {
    const problems = (fields: Partial<RawEvent>) => {
      const result = resolveEvent(raw({ kommune: 'roros', dato: '2021-05-19', kilde_ekstern: 'hp-nar-kommer', ...fields }), index, column);
      return result.ok ? [] : result.problems;
    };
    expect([
      ...problems({ status: 'innforing-planlagt' }),
      ...problems({ status: 'i-drift', planlagt: '2024-11-09' }),
      ...problems({ status: 'innforing-planlagt', planlagt: 'snart' }),
      ...problems({ status: 'i-drift', kilde_ekstern: 'hp-nar-kommr' }),
    ]).toMatchInlineSnapshot(`
      [
        "en plan må si hvilken dato den planlegger for; fyll ut «planlagt» (for eksempel 2024-11-09, 2025-04 eller «høsten 2025»).",
        "«planlagt» hører bare til en plan, ikke til statusen «i-drift»; la feltet stå tomt.",
        "«planlagt»: «snart» er ikke en dato (2022-11-12), en måned (2022-11), et år (2025) eller en årstid («våren 2025», «sommeren 2025» eller «høsten 2025»).",
        "fant ingen kilde «hp-nar-kommr» i kilder/; skriv filnavnet (uten .yaml) til en fil der, eller legg kilden til først.",
      ]
    `);
  });

  it('finds a health trust by id or name when organisations are allowed, and refuses one without a rollout status', () => {
    const event = { dato: '2022-11-12', status: 'i-drift', kilde_ekstern: 'hp-nar-kommer' };
    for (const kommune of ['st-olavs-hospital-hf', 'St. Olavs hospital HF']) {
      const result = resolveEvent(raw({ kommune, ...event }), index, column, { organisations: true });
      expect(result.ok && result.target).toEqual({
        kind: 'organisasjoner',
        slug: 'st-olavs-hospital-hf',
        file: 'organisasjoner/st-olavs-hospital-hf.yaml',
        navn: 'St. Olavs hospital HF',
      });
    }
    const problems = (kommune: string, options = { organisations: true }) => {
      const result = resolveEvent(raw({ kommune, ...event }), index, column, options);
      return result.ok ? [] : result.problems;
    };
    expect([...problems('helseplattformen-as'), ...problems('st-olavs'), ...problems('st-olavs-hospital-hf', { organisations: false })]).toMatchInlineSnapshot(`
      [
        "Helseplattformen AS (organisasjoner/helseplattformen-as.yaml) er av typen «selskap», og bare helseforetak og sykehus har innføringsstatus; velg helseforetaket eller sykehuset hendelsen gjelder.",
        "fant ingen kommune eller organisasjon «st-olavs»; bruk navnet, kommunenummeret eller filnavnet til en fil i kommuner/ (for eksempel «roros»), eller filnavnet til et helseforetak eller sykehus i organisasjoner/ (for eksempel «st-olavs-hospital-hf»).",
        "fant ingen kommune «st-olavs-hospital-hf»; bruk navnet, kommunenummeret eller filnavnet til en fil i kommuner/ (for eksempel «roros»).",
      ]
    `);
  });

  it('reports every problem of a row at once', () => {
    const result = resolveEvent(raw({ kommune: 'Rørvik', dato: '30.02.2022', status: 'ferdig', fase: 'fase-9', kilde_nyhet: 'x', kilde_url: 'y' }), index, column);
    expect(result.ok ? [] : result.problems).toMatchInlineSnapshot(`
      [
        "fant ingen kommune «Rørvik»; bruk navnet, kommunenummeret eller filnavnet til en fil i kommuner/ (for eksempel «roros»).",
        "datoen 30.02.2022 finnes ikke i kalenderen; sjekk dag og måned.",
        "statusen «ferdig» finnes ikke i innstillinger.json; bruk en av: opsjon-utlost, innforing-planlagt, i-drift.",
        "fasen «fase-9» finnes ikke i faser/; bruk en av: fase-2.",
        "flere kilder er fylt ut («kilde_nyhet» og «kilde_url»); behold bare én.",
      ]
    `);
  });

  it('explains each source problem', () => {
    const problems = (fields: Partial<RawEvent>) => {
      const result = resolveEvent(raw({ kommune: 'roros', dato: '2021-05-19', status: 'i-drift', ...fields }), index, column);
      return result.ok ? [] : result.problems;
    };
    expect([
      ...problems({}),
      ...problems({ kilde_nyhet: 'finnes-ikke' }),
      ...problems({ kilde_dokument: 'finnes-ikke' }),
      ...problems({ kilde_url: 'example.no' }),
      ...problems({ kilde_url: 'https://example.no' }),
      ...problems({ kilde_nyhet: 'fase-2-vedtatt', kilde_tittel: 'Tittel' }),
      ...problems({ kommune: '', dato: '', status: '', kilde_nyhet: 'fase-2-vedtatt' }),
      ...problems({ kilde_nyhet: 'utkast-sak' }),
      ...problems({ kilde_dokument: 'avtaleutkast' }),
      ...problems({ kilde_nyhet: 'kommer-snart' }),
      // An event dated after the build date may cite an item published by then (a plan: a go-live may not be dated later than today).
      ...problems({ dato: '2027-02-01', status: 'innforing-planlagt', planlagt: '2027-04', kilde_nyhet: 'kommer-snart' }),
    ]).toMatchInlineSnapshot(`
      [
        "kilden mangler; fyll ut nøyaktig én av «kilde_ekstern», «kilde_nyhet», «kilde_dokument» eller «kilde_url».",
        "fant ingen nyhet «finnes-ikke»; skriv filnavnet til en fil i nyheter/ uten .md, for eksempel «fase-2-vedtatt».",
        "fant ikke dokumentet «finnes-ikke»; skriv navnet på en mappe i dokumenter/.",
        "«example.no» er ikke en full nettadresse; den må begynne med https:// eller http://.",
        "«kilde_url» trenger en tittel i «kilde_tittel»: navnet på siden det lenkes til.",
        "«kilde_tittel» brukes bare sammen med «kilde_url»; la feltet stå tomt, eller bruk en nettadresse som kilde.",
        "«kommune» mangler en verdi; skriv kommunens navn, nummer eller filnavn (for eksempel «roros»).",
        "«dato» mangler en verdi; skriv datoen som dd.mm.åååå (for eksempel 23.02.2022) eller åååå-mm-dd.",
        "«status» mangler en verdi; bruk en av: opsjon-utlost, innforing-planlagt, i-drift.",
        "nyheten «utkast-sak» er et utkast, så lenken til kilden ville ikke virke; publiser nyheten først (fjern «utkast: true»), eller velg en annen kilde.",
        "dokumentet «avtaleutkast» er et utkast, så lenken til kilden ville ikke virke; publiser dokumentet først (fjern «utkast: true»), eller velg en annen kilde.",
        "nyheten «kommer-snart» publiseres først 2027-01-01, så lenken til kilden ville ikke virke; vent med hendelsen til nyheten er publisert, eller velg en annen kilde.",
      ]
    `);
  });
});

const RØROS = `# Røros kommune, oppdatert av redaksjonen
nummer: "5025"
navn: Røros
fylke: Trøndelag
koordinater: {lat: 62.57, lon: 11.38}
hendelser:
  # Vedtaket i kommunestyret
  - dato: 2021-03-25
    status: opsjon-utlost
    kilde: { url: https://example.no/vedtak, tittel: Vedtak, utgiver: Røros kommune }
  - dato: 2022-10-01 # planlagt
    status: i-drift
    merknad: Gikk som planlagt.
    kilde: { nyhet: fase-2-vedtatt }
# Slutt på filen
`;

describe('addEventsToYaml', () => {
  it('inserts events in date order, keeps comments and every other line as it was', () => {
    const merged = addEventsToYaml(RØROS, [
      { dato: '2022-01-15', status: 'opsjon-utlost', fase: 'fase-2', kilde: { nyhet: 'fase-2-vedtatt' } },
      { dato: '2021-01-01', status: 'opsjon-utlost', merknad: 'Først: et vedtak', kilde: { dokument: 'tjenesteavtale' } },
    ]);
    expect(merged.added).toHaveLength(2);
    expect(merged.text).toMatchInlineSnapshot(`
      "# Røros kommune, oppdatert av redaksjonen
      nummer: "5025"
      navn: Røros
      fylke: Trøndelag
      koordinater: {lat: 62.57, lon: 11.38}
      hendelser:
        - dato: 2021-01-01
          status: opsjon-utlost
          merknad: "Først: et vedtak"
          kilde: { dokument: tjenesteavtale }
        # Vedtaket i kommunestyret
        - dato: 2021-03-25
          status: opsjon-utlost
          kilde: { url: https://example.no/vedtak, tittel: Vedtak, utgiver: Røros kommune }
        - dato: 2022-01-15
          status: opsjon-utlost
          fase: fase-2
          kilde: { nyhet: fase-2-vedtatt }
        - dato: 2022-10-01 # planlagt
          status: i-drift
          merknad: Gikk som planlagt.
          kilde: { nyhet: fase-2-vedtatt }
      # Slutt på filen
      "
    `);
    expect(municipalityProblems(merged.text)).toEqual([]);
  });

  it('skips events that are already there, and leaves the text untouched when nothing is new', () => {
    const existing = { dato: '2022-10-01', status: 'i-drift', merknad: 'Gikk som planlagt.', kilde: { nyhet: 'fase-2-vedtatt' } };
    const merged = addEventsToYaml(RØROS, [existing, { ...existing }]);
    expect(merged.added).toEqual([]);
    expect(merged.skipped).toHaveLength(2);
    expect(merged.text).toBe(RØROS);
  });

  it('turns an empty or missing list into a block list', () => {
    const event = { dato: '2021-05-19', status: 'i-drift', kilde: { nyhet: 'a' } };
    const base = 'nummer: "5001"\nnavn: Trondheim\nfylke: Trøndelag\nkoordinater: { lat: 63.43, lon: 10.4 }\n';
    const expected = `${base}hendelser:\n  - dato: 2021-05-19\n    status: i-drift\n    kilde:\n      nyhet: a\n`;
    expect(addEventsToYaml(`${base}hendelser: []\n`, [event]).text).toBe(expected);
    expect(addEventsToYaml(base, [event]).text).toBe(expected);
  });

  it('refuses a file that is not a municipality', () => {
    expect(() => addEventsToYaml('- a\n- b\n', [])).toThrowError(/skal inneholde feltene til én kommune/);
    expect(() => addEventsToYaml('navn: [\n', [])).toThrowError(/er ikke gyldig YAML/);
    expect(() => addEventsToYaml('navn: X\nhendelser: ja\n', [])).toThrowError(/ikke er en liste/);
  });
});

describe('eventKey', () => {
  it('ignores surrounding spaces and a title without a URL, but not a different note', () => {
    const a = { dato: '2021-05-19', status: 'i-drift', merknad: 'Ja', kilde: { nyhet: 'a' } };
    expect(eventKey(a)).toBe(eventKey({ ...a, merknad: ' Ja ' }));
    expect(eventKey(a)).toBe(eventKey({ ...a, kilde: { nyhet: 'a', tittel: 'x' } }));
    expect(eventKey(a)).not.toBe(eventKey({ ...a, merknad: 'Nei' }));
  });
});
