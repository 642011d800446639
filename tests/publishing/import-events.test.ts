/** Drives `scripts/import-events.ts` on a copy of the fixture with spreadsheets saved in the ways Excel saves them. */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { hashTree } from '../../src/publishing/fingerprint.ts';
import { BUILD_DATE, runScript, tempSite } from './harness.ts';

interface Event {
  dato: string;
  status: string;
  fase?: string;
  merknad?: string;
  kilde: Record<string, string>;
  registrert?: string;
}

describe('npm run import-events', () => {
  const site = tempSite('import');
  const env = { CONTENT_DIR: site.content };
  const sheet = (name: string, text: string, bom = false) => {
    const file = path.join(site.dir, name);
    writeFileSync(file, `${bom ? '\uFEFF' : ''}${text}`);
    return file;
  };
  const events = (slug: string) =>
    (parse(readFileSync(path.join(site.content, 'kommuner', `${slug}.yaml`), 'utf8')) as { hendelser?: Event[] }).hendelser ?? [];
  afterAll(() => site.cleanup());

  const semicolons = sheet(
    'hendelser-excel.csv',
    'Kommune;Dato;Status;Fase;Merknad;Kilde nyhet;Kilde dokument;Kilde URL;Kilde tittel;Kilde utgiver\r\n' +
      'Trondheim;01.03.2021;opsjon-utlost;;"Vedtatt; enstemmig";;;https://example.no/vedtak;Vedtak i bystyret;Trondheim kommune\r\n' +
      '5025;23.02.2022;I drift;Fase 2;;;tjenesteavtale;;;\r\n',
    true,
  );
  const commas = sheet(
    'hendelser.csv',
    'kommune,dato,status,kilde_nyhet\n' + 'trondheim,2020-01-15,opsjon-utlost,fase-2-vedtatt\n',
  );

  it('shows per municipality what a dry run would change, and writes nothing', async () => {
    const before = await hashTree(site.content);
    const result = runScript('import-events.ts', [semicolons, '--dry-run'], env);
    expect(result.code, result.output).toBe(0);
    expect(result.output).toMatch(/Prøvekjøring: ingenting er skrevet\. \(skilletegn «;», UTF-8\)/);
    expect(result.output).toContain('kommuner/roros.yaml: 1 ny hendelse');
    expect(result.output).toContain('+ 23.02.2022 i-drift (fase-2), kilde: dokumentet tjenesteavtale');
    expect(result.output).toContain('kommuner/trondheim.yaml: 1 ny hendelse');
    expect(result.output).toContain('+ 01.03.2021 opsjon-utlost, kilde: https://example.no/vedtak – Vedtatt; enstemmig');
    expect(await hashTree(site.content)).toBe(before);
  });

  it('imports semicolon (with BOM, dd.mm.åååå) and comma (ISO dates) sheets, sorted by date, and passes the checker', () => {
    const first = runScript('import-events.ts', [semicolons], env);
    expect(first.code, first.output).toBe(0);
    const second = runScript('import-events.ts', [commas], env);
    expect(second.code, second.output).toBe(0);
    expect(second.output).toContain('(skilletegn «,», UTF-8)');

    expect(events('trondheim').map((e) => e.dato)).toEqual(
      [...events('trondheim').map((e) => e.dato)].sort(),
    );
    expect(events('trondheim')).toContainEqual({
      dato: '2021-03-01',
      status: 'opsjon-utlost',
      merknad: 'Vedtatt; enstemmig',
      kilde: { url: 'https://example.no/vedtak', tittel: 'Vedtak i bystyret', utgiver: 'Trondheim kommune' },
      registrert: BUILD_DATE,
    });
    expect(events('trondheim')).toContainEqual({ dato: '2020-01-15', status: 'opsjon-utlost', kilde: { nyhet: 'fase-2-vedtatt' }, registrert: BUILD_DATE });
    expect(events('roros')).toContainEqual({ dato: '2022-02-23', status: 'i-drift', fase: 'fase-2', kilde: { dokument: 'tjenesteavtale' }, registrert: BUILD_DATE });
    expect(events('roros').map((e) => e.dato)).toEqual([...events('roros').map((e) => e.dato)].sort());

    const check = runScript('check.ts', [], env);
    expect(check.code, check.output).toBe(0);
  });

  it('skips events that are already there, so importing twice changes nothing', async () => {
    const before = await hashTree(site.content);
    const again = runScript('import-events.ts', [semicolons], env);
    expect(again.code, again.output).toBe(0);
    expect(again.output).toContain('kommuner/roros.yaml: 0 nye hendelser, 1 fantes fra før');
    expect(again.output).toContain('Alle 2 hendelsene fantes fra før. Ingenting er endret.');
    expect(await hashTree(site.content)).toBe(before);
  });

  it('rejects a sheet with a bad row, naming the row as the spreadsheet shows it, and writes nothing', async () => {
    const before = await hashTree(site.content);
    const bad = sheet(
      'feil.csv',
      'kommune;dato;status;kilde_nyhet\n' +
        'roros;19.05.2021;i-drift;fase-2-vedtatt\n' +
        '\n' +
        'Rørvik;31.06.2023;i-drift;fase-2-vedtatt\n',
    );
    const result = runScript('import-events.ts', [bad], env);
    expect(result.code).toBe(1);
    expect(result.output).toMatchInlineSnapshot(`
      "feil.csv har 2 feil:
        Rad 4: fant ingen kommune «Rørvik»; bruk navnet, kommunenummeret eller filnavnet til en fil i kommuner/ (for eksempel «roros»).
        Rad 4: datoen 31.06.2023 finnes ikke i kalenderen; sjekk dag og måned.

      Ingenting er skrevet. Rett radene i regnearket, lagre som CSV på nytt og kjør importen igjen.
      "
    `);
    expect(await hashTree(site.content)).toBe(before);
  });

  it('refuses rows the check would refuse for their dates: a go-live after today, a source dated later than today, a plan already past', async () => {
    const before = await hashTree(site.content);
    const bad = sheet(
      'datoer.csv',
      'kommune;dato;status;planlagt;kilde_url;kilde_tittel;kilde_utgiver;kilde_dato\n' +
        'roros;15.04.2027;i-drift;;https://example.org/a;Røros i april;Røros kommune;\n' +
        'roros;01.03.2021;opsjon-utlost;;https://example.org/b;Vedtak;Røros kommune;2026-11-23\n' +
        'roros;14.03.2025;innforing-planlagt;2025-02;https://example.org/c;Plan;Røros kommune;\n' +
        `roros;${BUILD_DATE};i-drift;;https://example.org/d;I drift i dag;Røros kommune;${BUILD_DATE}\n`,
    );
    const result = runScript('import-events.ts', ['--dry-run', bad], env);
    expect(result.code).toBe(1);
    expect(result.output).toContain('Rad 2: «i-drift» er datert 2027-04-15, fram i tid (i dag er 2026-11-22); en innføring kan bare registreres som gjennomført når den har skjedd.');
    expect(result.output).toContain('Rad 3: «kilde_dato»: kilden er datert 2026-11-23, fram i tid (i dag er 2026-11-22)');
    expect(result.output).toContain('Rad 4: planen sikter mot 2025-02, før måneden den ble kjent («dato» 2025-03-14)');
    // The last row, a go-live today reported today, is fine.
    expect(result.output).not.toContain('Rad 5');
    expect(await hashTree(site.content)).toBe(before);
  });

  it('refuses an Excel «CSV (kommadelt)» export and a formula cell, and writes nothing', async () => {
    const before = await hashTree(site.content);
    const windows = path.join(site.dir, 'ansi.csv');
    writeFileSync(windows, Buffer.from('kommune;dato;status;kilde_nyhet\nR\xf8ros;01.06.2023;i-drift;fase-2-vedtatt\n', 'latin1'));
    const encoding = runScript('import-events.ts', [windows], env);
    expect(encoding.code).toBe(1);
    expect(encoding.output).toContain('Rad 2: filen er ikke lagret som UTF-8, men trolig som Windows-1252');
    expect(encoding.output).toContain('linjen lyder da «Røros;01.06.2023;i-drift;fase-2-vedtatt». Åpne filen i Excel og lagre den på nytt med Fil → Lagre som → «CSV UTF-8 (kommadelt)».');

    const formula = sheet('formel.csv', 'kommune;dato;status;merknad;kilde_nyhet\nroros;01.06.2023;i-drift;=HYPERLINK("https://x.example";"Klikk");fase-2-vedtatt\n');
    const injected = runScript('import-events.ts', [formula], env);
    expect(injected.code).toBe(1);
    expect(injected.output).toContain('Rad 2: cellen i kolonne «merknad» (D) begynner med «=», så et regneark kan kjøre den som en formel');
    expect(await hashTree(site.content)).toBe(before);
  });
});
