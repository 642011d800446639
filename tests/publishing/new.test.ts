/** Drives `scripts/new.ts` on a copy of the fixture, and checks what it makes with the real `npm run check`. */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { BUILD_DATE, runScript, tempSite } from './harness.ts';

describe('npm run new', () => {
  const site = tempSite('new');
  const env = { CONTENT_DIR: site.content };
  const run = (...args: string[]) => runScript('new.ts', args, env);
  const read = (file: string) => readFileSync(path.join(site.content, file), 'utf8');
  const yaml = (file: string) => parse(read(file)) as Record<string, unknown>;
  const frontMatter = (file: string) => parse(read(file).split(/^---$/m)[1]!) as Record<string, unknown>;
  afterAll(() => site.cleanup());
  // Every step starts the script as its own process; on a busy machine each takes seconds.
  const slow = 180_000;

  it('starts news, documents (also one held elsewhere) and answers as drafts', () => {
    const news = run('nyhet', 'Ørland får ny dato for innføring');
    expect(news.code, news.output).toBe(0);
    expect(read('nyheter/orland-far-ny-dato-for-innforing.md')).toContain('tittel: Ørland får ny dato for innføring');
    expect(news.output).toContain('Opprettet');
    expect(news.output).toContain('orland-far-ny-dato-for-innforing.md');
    expect(news.output).toMatch(/utkast: true.*blir ikke publisert/s);

    const doc = run('dokument', 'Tjenesteavtale: fase 2');
    expect(doc.code, doc.output).toBe(0);
    expect(existsSync(path.join(site.content, 'dokumenter', 'tjenesteavtale-fase-2', 'index.md'))).toBe(true);
    expect(doc.output).toContain('vedlegg');

    const elsewhere = run('dokument', 'Rapport fra tilsyn', '--utgiver', 'Statens helsetilsyn', '--original', 'https://www.example.org/tilsyn');
    expect(elsewhere.code, elsewhere.output).toBe(0);
    expect(read('dokumenter/rapport-fra-tilsyn/index.md')).toMatch(/utgiver: Statens helsetilsyn\n[\s\S]*original:\n {2}url: https:\/\/www\.example\.org\/tilsyn/);

    // The document's own date, written the Norwegian way, lands as the date its citation uses.
    const dated = run('dokument', 'Styresak om fase 2', '--dato', '19.04.2023');
    expect(dated.code, dated.output).toBe(0);
    expect(frontMatter('dokumenter/styresak-om-fase-2/index.md')).toMatchObject({ dato: '2023-04-19' });
    expect(dated.output).toContain('satt til 2023-04-19');
    expect(read('dokumenter/tjenesteavtale-fase-2/index.md')).toContain('# dato: 2023-04-19');

    const answer = run('svar', 'Når tar Røros i bruk løsningen?');
    expect(answer.code, answer.output).toBe(0);
    // The new answer joins the category the existing answers use.
    const category = /^kategori: (.*)$/m.exec(read('sporsmal/hva-er-helseplattformen.md'))![1]!;
    expect(read('sporsmal/nar-tar-roros-i-bruk-losningen.md')).toContain(`kategori: ${category}`);
  }, slow);

  it('registers a source and a sourced total from what is given', () => {
    const source = run('kilde', 'Namsos sykehus får ny dato', '--url', 'https://www.example.org/namsos', '--utgiver', 'NRK Trøndelag', '--dato', '14.03.2025');
    expect(source.code, source.output).toBe(0);
    expect(yaml('kilder/namsos-sykehus-far-ny-dato.yaml')).toEqual({
      tittel: 'Namsos sykehus får ny dato',
      utgiver: 'NRK Trøndelag',
      url: 'https://www.example.org/namsos',
      dato: '2025-03-14',
    });
    expect(source.output).toContain('--kilde-ekstern namsos-sykehus-far-ny-dato');

    const total = run('tall', '--dato', '2025-03', '--status', 'I drift', '--antall', '30', '--minst', '--kilde-ekstern', 'namsos-sykehus-far-ny-dato');
    expect(total.code, total.output).toBe(0);
    expect(yaml('tall/i-drift-2025-03.yaml')).toEqual({ dato: '2025-03', status: 'i-drift', antall: 30, minst: true, kilde: { ekstern: 'namsos-sykehus-far-ny-dato' } });
    expect(total.output).toContain('ikke utkast');
  }, slow);

  it('creates an organisation and a wave with its first plan', () => {
    const hospital = run('organisasjon', 'Sykehuset Namsos', '--type', 'sykehus', '--tilhorer', 'St. Olavs hospital HF', '--nettside', 'https://www.example.org/namsos-sykehus');
    expect(hospital.code, hospital.output).toBe(0);
    expect(yaml('organisasjoner/sykehuset-namsos.yaml')).toEqual({
      navn: 'Sykehuset Namsos',
      type: 'sykehus',
      tilhorer: 'st-olavs-hospital',
      nettside: 'https://www.example.org/namsos-sykehus',
      hendelser: [],
    });

    const wave = run(
      'fase', 'Pulje våren 2027',
      '--beskrivelse', 'Sykehuset Namsos og Røros.',
      '--planlagt', 'våren 2027',
      '--dato', '2025-03',
      '--merknad', 'Første plan.',
      '--kilde-url', 'https://www.example.org/plan', '--kilde-tittel', 'Planen: neste pulje', '--kilde-utgiver', 'Helseplattformen AS',
    );
    expect(wave.code, wave.output).toBe(0);
    // The next free number after the fixture's two waves.
    expect(yaml('faser/pulje-varen-2027.yaml')).toEqual({
      navn: 'Pulje våren 2027',
      nummer: 3,
      beskrivelse: 'Sykehuset Namsos og Røros.',
      planer: [
        {
          dato: '2025-03',
          planlagt: 'våren 2027',
          merknad: 'Første plan.',
          kilde: { url: 'https://www.example.org/plan', tittel: 'Planen: neste pulje', utgiver: 'Helseplattformen AS' },
        },
      ],
    });
  }, slow);

  it('adds events to a municipality and to a hospital, and everything made passes the checker as created', () => {
    const event = run('hendelse', 'Røros', '--status', 'i-drift', '--dato', '01.10.2022', '--fase', 'fase-2', '--kilde-dokument', 'tjenesteavtale');
    expect(event.code, event.output).toBe(0);
    expect(event.output).toContain('kommuner/roros.yaml');
    // Registered on the build's day, so the change log shows the 2022 step as news today.
    expect((yaml('kommuner/roros.yaml').hendelser as unknown[]).at(-1)).toEqual({ dato: '2022-10-01', status: 'i-drift', fase: 'fase-2', kilde: { dokument: 'tjenesteavtale' }, registrert: BUILD_DATE });

    const plan = run('hendelse', 'sykehuset-namsos', '--status', 'innforing-planlagt', '--planlagt', 'våren 2027', '--dato', '2025-03', '--fase', 'pulje-varen-2027', '--kilde-ekstern', 'namsos-sykehus-far-ny-dato');
    expect(plan.code, plan.output).toBe(0);
    expect(plan.output).toContain('organisasjoner/sykehuset-namsos.yaml');
    expect(yaml('organisasjoner/sykehuset-namsos.yaml').hendelser).toEqual([
      { dato: '2025-03', status: 'innforing-planlagt', fase: 'pulje-varen-2027', planlagt: 'våren 2027', kilde: { ekstern: 'namsos-sykehus-far-ny-dato' }, registrert: BUILD_DATE },
    ]);

    const check = runScript('check.ts', [], env);
    expect(check.code, check.output).toBe(0);
    expect(check.output).toContain('5 organisasjoner, 3 faser, 2 kilder, 2 oppgitte tall');
  }, slow);

  it('starts a meeting of a board or a council as a draft that passes the checker, and explains a bad one without writing anything', () => {
    const board = run('mote', 'helseplattformen', '--dato', '2024-06-20', '--tid', '10:00', '--sted', 'Trondheim', '--kilde-ekstern', 'hp-tjenesteavtale');
    expect(board.code, board.output).toBe(0);
    expect(yaml('moter/styret-helseplattformen-2024-06-20.yaml')).toMatchObject({
      organ: { organisasjon: 'helseplattformen' },
      dato: '2024-06-20',
      tid: '10:00',
      sted: 'Trondheim',
      status: 'holdt',
      kilder: [{ ekstern: 'hp-tjenesteavtale' }],
      utkast: true,
    });
    expect(board.output).toMatch(/utkast: true.*blir ikke publisert/s);

    // Found by name; a month only; a date after the build date is planned.
    const council = run('mote', 'Røros', '--dato', '2027-01', '--kilde-url', 'https://example.no/vedtak', '--kilde-tittel', 'Vedtak', '--kilde-utgiver', 'Røros kommune');
    expect(council.code, council.output).toBe(0);
    expect(yaml('moter/kommunestyret-roros-2027-01.yaml')).toMatchObject({ organ: { kommune: 'roros' }, dato: '2027-01', status: 'planlagt' });

    const check = runScript('check.ts', [], env);
    expect(check.code, check.output).toBe(0);

    const bad = run('mote', 'roros', '--dato', '2024-13', '--utvalg', 'styre');
    expect(bad.code).toBe(1);
    expect(bad.output).toContain('--dato: måneden 2024-13 finnes ikke');
    expect(bad.output).toContain('en kommune har ikke «styre»');
    expect(bad.output).toContain('kilden mangler');
    expect(bad.output).toContain('Ingenting er endret.');

    const early = run('mote', 'helseplattformen', '--dato', '2027-01', '--tid', '10:00', '--status', 'holdt', '--kilde-ekstern', 'hp-tjenesteavtale');
    expect(early.code).toBe(1);
    expect(early.output).toContain('bare måneden er kjent, kan ikke ha klokkeslett');
    expect(early.output).toContain('fram i tid, og kan ikke være holdt ennå');

    // /moter/organ/… lists each body's meetings, so no meeting may take that name.
    const reserved = run('mote', 'helseplattformen', '--dato', '2024-06-21', '--slug', 'organ', '--kilde-ekstern', 'hp-tjenesteavtale');
    expect(reserved.code).toBe(1);
    expect(reserved.output).toContain('Navnet «organ» er opptatt');
    for (const file of ['moter/styret-helseplattformen-2027-01.yaml', 'moter/organ.yaml']) {
      expect(existsSync(path.join(site.content, file)), file).toBe(false);
    }
  }, slow);

  it('refuses to overwrite, and explains what is missing or wrong without writing anything', () => {
    const newsFile = path.join(site.content, 'nyheter', 'orland-far-ny-dato-for-innforing.md');
    const before = readFileSync(newsFile, 'utf8');
    const again = run('nyhet', 'Ørland får ny dato for innføring');
    expect(again.code).toBe(1);
    expect(again.output).toContain('finnes allerede og blir ikke skrevet over');
    expect(readFileSync(newsFile, 'utf8')).toBe(before);

    const roros = read('kommuner/roros.yaml');
    const bad = run('hendelse', 'roros', '--status', 'ferdig', '--kilde-url', 'https://example.no/vedtak');
    expect(bad.code).toBe(1);
    expect(bad.output).toContain('statusen «ferdig» finnes ikke i innstillinger.json');
    expect(bad.output).toContain('--kilde-url trenger en tittel i --kilde-tittel');
    expect(read('kommuner/roros.yaml')).toBe(roros);

    // A go-live dated after its source (dated 2021-10-12) is refused as the check would refuse it, with the check's words.
    const announced = run('hendelse', 'roros', '--status', 'i-drift', '--dato', '15.04.2022', '--kilde-ekstern', 'hp-tjenesteavtale');
    expect(announced.code).toBe(1);
    expect(announced.output).toContain('«i-drift» er datert 2022-04-15, etter kilden (datert 2021-10-12); en kilde kan ikke melde at overgangen er gjennomført før den har skjedd');
    expect(announced.output).toContain('Registrer en planlagt innføring i stedet: en hendelse datert 2021-10-12 med --status innforing-planlagt og --planlagt 2022-04-15.');
    expect(announced.output).toContain('Ingenting er endret.');
    // Without --dato the event is dated today, also after the source.
    const today = run('hendelse', 'roros', '--status', 'I drift', '--kilde-ekstern', 'hp-tjenesteavtale');
    expect(today.code).toBe(1);
    expect(today.output).toContain(`«i-drift» er datert ${BUILD_DATE}, etter kilden (datert 2021-10-12)`);
    expect(read('kommuner/roros.yaml')).toBe(roros);

    // A go-live after today is refused even when its source gives no date; so are a source dated later and a plan already past.
    const page = ['--kilde-url', 'https://www.example.org/roros-i-april', '--kilde-tittel', 'Røros i april', '--kilde-utgiver', 'Røros kommune'];
    const future = run('hendelse', 'roros', '--status', 'i-drift', '--dato', '15.04.2027', ...page);
    expect(future.code).toBe(1);
    expect(future.output).toContain(`«i-drift» er datert 2027-04-15, fram i tid (i dag er ${BUILD_DATE}); en innføring kan bare registreres som gjennomført når den har skjedd`);
    expect(future.output).toContain('Registrer en planlagt innføring i stedet: en hendelse med --status innforing-planlagt og --planlagt 2027-04-15, datert den dagen planen ble kjent.');
    const later = run('hendelse', 'roros', '--status', 'opsjon-utlost', '--dato', '01.03.2021', ...page, '--kilde-dato', '2027-01');
    expect(later.code).toBe(1);
    expect(later.output).toContain(`--kilde-dato: kilden er datert 2027-01, fram i tid (i dag er ${BUILD_DATE})`);
    const past = run('hendelse', 'roros', '--status', 'innforing-planlagt', '--dato', '14.03.2025', '--planlagt', '2024', ...page);
    expect(past.code).toBe(1);
    expect(past.output).toContain('planen sikter mot 2024, før måneden den ble kjent (--dato 2025-03-14)');
    expect(past.output).toContain('Har innføringen skjedd, registrer den med en status for gjennomført innføring i stedet.');
    expect(read('kommuner/roros.yaml')).toBe(roros);

    // Only health trusts and hospitals have a rollout status.
    const company = run('hendelse', 'helseplattformen', '--status', 'i-drift', '--kilde-ekstern', 'hp-tjenesteavtale');
    expect(company.code).toBe(1);
    expect(company.output).toContain('er av typen «selskap», og bare helseforetak og sykehus har innføringsstatus');

    const twice = run('kilde', 'Samme side', '--url', 'https://www.example.org/tjenesteavtale-er-pa-vei/', '--utgiver', 'Helseplattformen AS');
    expect(twice.code).toBe(1);
    expect(twice.output).toContain('adressen er allerede registrert som kilder/hp-tjenesteavtale.yaml');

    const total = run('tall', '--status', 'i-drift', '--antall', 'mange', '--kilde-ekstern', 'hp-tjenesteavtale');
    expect(total.code).toBe(1);
    expect(total.output).toContain('--dato mangler');
    expect(total.output).toContain('--antall «mange» må være et helt tall');

    // A count of go-lives dated after its source (2021-10-12), and a source dated later than today, as the check refuses them.
    const early = run('tall', '--status', 'i-drift', '--antall', '3', '--dato', '2021-10-13', '--kilde-ekstern', 'hp-tjenesteavtale');
    expect(early.code).toBe(1);
    expect(early.output).toContain('tallet for «i-drift» gjelder 2021-10-13, etter kilden (datert 2021-10-12)');
    const coming = run('kilde', 'Kommer', '--url', 'https://www.example.org/kommer', '--utgiver', 'Helseplattformen AS', '--dato', '2026-11-23');
    expect(coming.code).toBe(1);
    expect(coming.output).toContain(`--dato: kilden er datert 2026-11-23, fram i tid (i dag er ${BUILD_DATE})`);

    const organisation = run('organisasjon', 'Nytt sykehus', '--type', 'sykhus');
    expect(organisation.code).toBe(1);
    expect(organisation.output).toContain('Mente du «sykehus»?');

    const wave = run('fase', 'Pulje', '--nummer', '2', '--planlagt', 'snart', '--kilde-ekstern', 'hp-tjenesteavtale');
    expect(wave.code).toBe(1);
    expect(wave.output).toContain('--beskrivelse mangler');
    expect(wave.output).toContain('nummeret 2 er brukt av faser/fase-2.yaml');
    expect(wave.output).toContain('--planlagt: «snart» er ikke en dato');

    // The check refuses a wave's plan aimed before the month it was announced in, so the tool does too.
    const pastWave = run('fase', 'Pulje forbi', '--beskrivelse', 'To kommuner.', '--dato', '2025-03-14', '--planlagt', '2024', '--kilde-ekstern', 'hp-tjenesteavtale');
    expect(pastWave.code).toBe(1);
    expect(pastWave.output).toContain('planen sikter mot 2024, før måneden den ble kjent (--dato 2025-03-14)');
    expect(pastWave.output).toContain('Har innføringen skjedd, før den opp under «gjennomfort» i stedet.');
    expect(existsSync(path.join(site.content, 'faser', 'pulje-forbi.yaml'))).toBe(false);
    for (const file of ['kilder/samme-side.yaml', 'kilder/kommer.yaml', 'organisasjoner/nytt-sykehus.yaml', 'faser/pulje.yaml']) {
      expect(existsSync(path.join(site.content, file)), file).toBe(false);
    }

    const undated = run('dokument', 'Uten dato', '--dato', 'april 2023');
    expect(undated.code).toBe(1);
    expect(undated.output).toContain('Dokumentet ble ikke laget');
    expect(undated.output).toContain('--dato: «april 2023»');
    expect(existsSync(path.join(site.content, 'dokumenter', 'uten-dato'))).toBe(false);

    const wrongOption = run('nyhet', 'Ny sak', '--url', 'https://example.no');
    expect(wrongOption.code).toBe(2);
    expect(wrongOption.output).toContain('--url brukes ikke med «nyhet»');

    const unknownKind = run('artikkel', 'Hei');
    expect(unknownKind.code).toBe(2);
    expect(unknownKind.output).toContain('Ukjent type «artikkel»');
  }, slow);
});
