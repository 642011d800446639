import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { BUILD_DATE, copyFixture, edit, removeCopies, validFixture } from './fixture.ts';
import { problemLines } from '../../src/validation/report.ts';

afterAll(removeCopies);

const projectRoot = path.resolve(import.meta.dirname, '../..');

function run(script: string, contentDir: string, args: string[] = [], env: Record<string, string> = {}) {
  const result = spawnSync('npx', ['node', script, ...args], {
    cwd: projectRoot,
    env: { ...process.env, CONTENT_DIR: contentDir, BUILD_DATE, ...env },
    encoding: 'utf8',
  });
  // npm may warn about the machine's own configuration; that is not ours to test.
  const output = `${result.stdout}${result.stderr}`
    .split('\n')
    .filter((line) => !line.startsWith('npm warn'))
    .join('\n')
    .trim();
  return { status: result.status, output };
}

test('npm run check passes the valid fixture with one summary line', () => {
  const { status, output } = run('scripts/check.ts', validFixture);
  expect(output).toMatchInlineSnapshot(`"Innholdet er i orden: 4 organisasjoner, 2 faser, 1 kilde, 1 oppgitt tall, 2 kommuner, 1 nyhet, 2 dokumenter, 1 svar, 1 møte og innstillingene kontrollert."`);
  expect(status).toBe(0);
});

test('npm run check names every one of five defects and exits 1', () => {
  const dir = copyFixture();
  edit(dir, 'kommuner/roros.yaml', 'status: opsjon-utlost', 'status: i-bruk');
  edit(dir, 'nyheter/fase-2-vedtatt.md', /\n {2}alt: .*/, '');
  edit(dir, 'dokumenter/tjenesteavtale-2/index.md', 'type: tjenesteavtale', 'type: avtale');
  edit(dir, 'sporsmal/hva-er-helseplattformen.md', 'oppdatert: 2022-02-23', 'oppdatert: 2022-02-30');
  edit(dir, 'organisasjoner/st-olavs-hospital.yaml', 'tilhorer: helse-midt-norge', 'tilhorer: helse-midt');

  const { status, output } = run('scripts/check.ts', dir);
  expect(status).toBe(1);
  for (const expected of [
    'kommuner/roros.yaml:7 – felt «hendelser[0].status»',
    'nyheter/fase-2-vedtatt.md:5 – felt «bilde.alt»',
    'dokumenter/tjenesteavtale-2/index.md:3 – felt «type»',
    'sporsmal/hva-er-helseplattformen.md:4 – felt «oppdatert»',
    'organisasjoner/st-olavs-hospital.yaml:3 – felt «tilhorer»',
  ]) {
    expect(output).toContain(expected);
  }
  expect(output.split('\n').at(-1)).toMatchInlineSnapshot(`"Fant 5 problemer i 5 filer. Rett dem i filene som er nevnt over, og kjør «npm run check» igjen."`);
  expect(output).not.toMatch(/^\s+at /m);
});

test('npm run build refuses to build content with problems', () => {
  const dir = copyFixture();
  edit(dir, 'dokumenter/tjenesteavtale-2/index.md', 'type: tjenesteavtale', 'type: avtale');
  const out = path.join(tmpdir(), `ikke-bygget-${process.pid}`);

  const { status, output } = run('scripts/build.ts', dir, ['--out', out]);
  expect(status).toBe(1);
  expect(output).toContain('dokumenter/tjenesteavtale-2/index.md:3 – felt «type»');
  expect(output.split('\n').at(-1)).toBe('Nettstedet ble ikke bygget.');
  expect(existsSync(out)).toBe(false);
});

test('a bad BUILD_DATE is a plain sentence, not a stack trace', () => {
  const { status, output } = run('scripts/check.ts', validFixture, [], { BUILD_DATE: '2022-02-30' });
  expect(status).toBe(1);
  expect(output).toMatchInlineSnapshot(`"Kan ikke kontrollere innholdet. BUILD_DATE: 2022-02-30 finnes ikke i kalenderen; sjekk dag og måned."`);
});

test('npm run build rejects an unknown option', () => {
  const { status, output } = run('scripts/build.ts', validFixture, ['--ut', 'x']);
  expect(status).toBe(2);
  expect(output).toMatchInlineSnapshot(`"Ukjent valg. Bruk: npm run build -- [--out <mappe>]"`);
});

test('npm run build -- --out without a folder says the folder is missing', () => {
  for (const args of [['--out'], ['--out='], ['--out', '--ut']]) {
    const { status, output } = run('scripts/build.ts', validFixture, args);
    expect(status, args.join(' ')).toBe(2);
    expect(output, args.join(' ')).toBe('Mappen mangler etter --out. Skriv hvilken mappe nettstedet skal bygges i, for eksempel: npm run build -- --out /tmp/nettsted');
  }
});

test('a missing content folder is one sentence on how to point at the right one, with no file to fix', () => {
  const missing = path.join(tmpdir(), `finnes-ikke-${process.pid}`);
  const sentence = `Finner ikke innholdsmappen ${missing}. Kjør kommandoen fra prosjektmappen, eller sett CONTENT_DIR til mappen med innholdet (skriv for eksempel CONTENT_DIR=/sti/til/content foran kommandoen).`;
  const check = run('scripts/check.ts', missing);
  expect(check.status).toBe(1);
  expect(check.output).toBe(sentence);
  const out = path.join(tmpdir(), `ikke-bygget-uten-innhold-${process.pid}`);
  const build = run('scripts/build.ts', missing, ['--out', out]);
  expect(build.status).toBe(1);
  expect(build.output).toBe(`${sentence}\nNettstedet ble ikke bygget.`);
  expect(build.output).not.toMatch(/i 1 fil|Rett det i filen/);
  expect(existsSync(out)).toBe(false);
});

test('the summary counts no file for a problem that has none', () => {
  const folder = { file: '', what: 'finner ikke innholdsmappen /x', fix: 'Sett CONTENT_DIR til mappen med innholdet.' };
  expect(problemLines([folder], 'npm run check').at(-1)).toBe('Fant 1 problem. Rett det slik det står over, og kjør «npm run check» igjen.');
  expect(problemLines([folder, { file: 'nyheter/a.md', what: 'feil' }], 'npm run check').at(-1)).toBe(
    'Fant 2 problemer i 1 fil. Rett dem i filen som er nevnt over, og kjør «npm run check» igjen.',
  );
});
