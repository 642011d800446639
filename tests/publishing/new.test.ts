/** Drives `scripts/new.ts` on a copy of the fixture, and checks what it makes with the real `npm run check`. */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runScript, tempSite } from './harness.ts';

describe('npm run new', () => {
  const site = tempSite('new');
  const env = { CONTENT_DIR: site.content };
  const run = (...args: string[]) => runScript('new.ts', args, env);
  afterAll(() => site.cleanup());

  it('creates news, documents and answers that pass the checker as created, and a valid event', () => {
    const news = run('nyhet', 'Ørland får ny dato for innføring');
    expect(news.code, news.output).toBe(0);
    const newsFile = path.join(site.content, 'nyheter', 'orland-far-ny-dato-for-innforing.md');
    expect(readFileSync(newsFile, 'utf8')).toContain('tittel: Ørland får ny dato for innføring');
    expect(news.output).toContain('Opprettet');
    expect(news.output).toContain('orland-far-ny-dato-for-innforing.md');
    expect(news.output).toMatch(/utkast: true.*blir ikke publisert/s);

    const doc = run('dokument', 'Tjenesteavtale: fase 2');
    expect(doc.code, doc.output).toBe(0);
    expect(existsSync(path.join(site.content, 'dokumenter', 'tjenesteavtale-fase-2', 'index.md'))).toBe(true);
    expect(doc.output).toContain('vedlegg');

    const answer = run('svar', 'Når tar Røros i bruk løsningen?');
    expect(answer.code, answer.output).toBe(0);
    const answerFile = path.join(site.content, 'sporsmal', 'nar-tar-roros-i-bruk-losningen.md');
    // The new answer joins the category the existing answers use.
    const existing = readFileSync(path.join(site.content, 'sporsmal', 'hva-er-helseplattformen.md'), 'utf8');
    const category = /^kategori: (.*)$/m.exec(existing)![1]!;
    expect(readFileSync(answerFile, 'utf8')).toContain(`kategori: ${category}`);

    const event = run('hendelse', 'Røros', '--status', 'i-drift', '--dato', '01.10.2022', '--fase', 'fase-2', '--kilde-dokument', 'tjenesteavtale');
    expect(event.code, event.output).toBe(0);
    expect(event.output).toContain('kommuner/roros.yaml');
    const roros = parse(readFileSync(path.join(site.content, 'kommuner', 'roros.yaml'), 'utf8')) as { hendelser: unknown[] };
    expect(roros.hendelser.at(-1)).toEqual({ dato: '2022-10-01', status: 'i-drift', fase: 'fase-2', kilde: { dokument: 'tjenesteavtale' } });

    const check = runScript('check.ts', [], env);
    expect(check.code, check.output).toBe(0);
  });

  it('creates a meeting of a board or a council that passes the checker as created, and explains what is missing', () => {
    const board = run('mote', 'helseplattformen', '--dato', '2024-06-20', '--tid', '10:00', '--sted', 'Trondheim', '--kilde-ekstern', 'hp-tjenesteavtale');
    expect(board.code, board.output).toBe(0);
    const file = path.join(site.content, 'moter', 'styret-helseplattformen-2024-06-20.yaml');
    const meeting = parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    expect(meeting).toMatchObject({ organ: { organisasjon: 'helseplattformen' }, dato: '2024-06-20', tid: '10:00', sted: 'Trondheim', status: 'holdt', kilder: [{ ekstern: 'hp-tjenesteavtale' }], utkast: true });
    expect(board.output).toMatch(/utkast: true.*blir ikke publisert/s);

    const council = run('mote', 'roros', '--dato', '2023-10', '--kilde-url', 'https://example.no/vedtak', '--kilde-tittel', 'Vedtak', '--kilde-utgiver', 'Røros kommune');
    expect(council.code, council.output).toBe(0);
    expect(existsSync(path.join(site.content, 'moter', 'kommunestyret-roros-2023-10.yaml'))).toBe(true);

    const check = runScript('check.ts', [], env);
    expect(check.code, check.output).toBe(0);

    const bad = run('mote', 'roros', '--dato', '2024-13', '--utvalg', 'styre');
    expect(bad.code).toBe(1);
    expect(bad.output).toContain('--dato «2024-13» er ikke en dato');
    expect(bad.output).toContain('Et møte må ha en kilde');
    expect(bad.output).toContain('Ingenting er endret.');
  });

  it('refuses to overwrite, and explains a bad event without touching the file', () => {
    const newsFile = path.join(site.content, 'nyheter', 'orland-far-ny-dato-for-innforing.md');
    const before = readFileSync(newsFile, 'utf8');
    const again = run('nyhet', 'Ørland får ny dato for innføring');
    expect(again.code).toBe(1);
    expect(again.output).toContain('finnes allerede og blir ikke skrevet over');
    expect(readFileSync(newsFile, 'utf8')).toBe(before);

    const rorosFile = path.join(site.content, 'kommuner', 'roros.yaml');
    const roros = readFileSync(rorosFile, 'utf8');
    const bad = run('hendelse', 'roros', '--status', 'ferdig', '--kilde-url', 'https://example.no/vedtak');
    expect(bad.code).toBe(1);
    expect(bad.output).toContain('statusen «ferdig» finnes ikke i innstillinger.json');
    expect(bad.output).toContain('--kilde-url trenger en tittel i --kilde-tittel');
    expect(readFileSync(rorosFile, 'utf8')).toBe(roros);

    const unknownKind = run('artikkel', 'Hei');
    expect(unknownKind.code).toBe(2);
    expect(unknownKind.output).toContain('Ukjent type «artikkel»');
  });
});
