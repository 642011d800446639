/**
 * Placeholder text from `npm run new` (src/validation/placeholders.ts): a
 * new item is a draft, and stays accepted; once `utkast: true` is gone, any
 * placeholder sentence left is refused with its line and field, since it
 * would be published as written.
 */
import { afterAll, describe, expect, test } from 'vitest';
import { answerTemplate, documentTemplate, meetingTemplate, newsTemplate } from '../../src/publishing/templates.ts';
import { BUILD_DATE, edit, linesAfter, removeCopies, write } from './fixture.ts';

afterAll(removeCopies);

const DRAFT = /^utkast: true\n/m;
const meeting = () =>
  meetingTemplate({ owner: { field: 'organisasjon', id: 'helseplattformen' }, dato: '2026-11-20', status: 'holdt', kilde: { ekstern: 'hp-tjenesteavtale' }, today: BUILD_DATE });

/** The new items `npm run new` writes for news, a document, an answer and a meeting. */
function newItems(dir: string): void {
  write(dir, 'nyheter/ny-sak.md', newsTemplate('Ny sak', BUILD_DATE));
  write(dir, 'dokumenter/nytt-dokument/index.md', documentTemplate('Nytt dokument', BUILD_DATE));
  write(dir, 'sporsmal/nytt-svar.md', answerTemplate('Nytt svar?', BUILD_DATE, 'Om Helseplattformen'));
  write(dir, 'moter/nytt-mote.yaml', meeting());
}


describe('placeholder text from the templates', () => {
  test('accepts new items as created (drafts), and a published item whose own text mentions writing', async () => {
    expect(
      await linesAfter((dir) => {
        newItems(dir);
        edit(dir, 'nyheter/fase-2-vedtatt.md', 'Teksten i nyheten.', 'Skriv til oss her om du har spørsmål.');
      }),
    ).toEqual([]);
  });

  test('refuses a news item and a document whose utkast line is deleted, naming each placeholder’s field or line', async () => {
    expect(
      await linesAfter((dir) => {
        newItems(dir);
        edit(dir, 'nyheter/ny-sak.md', DRAFT, '');
        edit(dir, 'dokumenter/nytt-dokument/index.md', DRAFT, '');
      }),
    ).toMatchInlineSnapshot(`
      [
        "dokumenter/nytt-dokument/index.md:23 – felt «sammendrag»: teksten «Skriv et kort sammendrag her.» står igjen fra malen, og ville blitt publisert slik. Skriv din egen tekst i stedet, eller behold linjen «utkast: true» til teksten er ferdig (utkast publiseres ikke).",
        "dokumenter/nytt-dokument/index.md:36 – teksten «Lim inn eller skriv dokumentets tekst her.» står igjen fra malen, og ville blitt publisert slik. Skriv din egen tekst i stedet, eller behold linjen «utkast: true» til teksten er ferdig (utkast publiseres ikke).",
        "nyheter/ny-sak.md:4 – felt «ingress»: teksten «Skriv ingressen her.» står igjen fra malen, og ville blitt publisert slik. Skriv din egen tekst i stedet, eller behold linjen «utkast: true» til teksten er ferdig (utkast publiseres ikke).",
        "nyheter/ny-sak.md:26 – teksten «Skriv saken her.» står igjen fra malen, og ville blitt publisert slik. Skriv din egen tekst i stedet, eller behold linjen «utkast: true» til teksten er ferdig (utkast publiseres ikke).",
      ]
    `);
  });

  test('refuses an answer and a meeting with utkast: false, and a news body that kept the placeholder under its own text', async () => {
    expect(
      await linesAfter((dir) => {
        newItems(dir);
        edit(dir, 'sporsmal/nytt-svar.md', DRAFT, 'utkast: false\n');
        edit(dir, 'moter/nytt-mote.yaml', DRAFT, '');
        edit(dir, 'nyheter/fase-2-vedtatt.md', 'Teksten i nyheten.', 'Teksten i nyheten.\n\nSkriv saken her. Skill avsnitt med en tom linje, og bruk ## foran mellomtitler.');
      }),
    ).toMatchInlineSnapshot(`
      [
        "moter/nytt-mote.yaml:17 – felt «saker[0].tittel»: teksten «Skriv hva saken gjelder» står igjen fra malen, og ville blitt publisert slik. Skriv din egen tekst i stedet, eller behold linjen «utkast: true» til teksten er ferdig (utkast publiseres ikke).",
        "nyheter/fase-2-vedtatt.md:15 – teksten «Skriv saken her.» står igjen fra malen, og ville blitt publisert slik. Skriv din egen tekst i stedet, eller behold linjen «utkast: true» til teksten er ferdig (utkast publiseres ikke).",
        "sporsmal/nytt-svar.md:19 – teksten «Skriv svaret her, kort og i klart språk.» står igjen fra malen, og ville blitt publisert slik. Skriv din egen tekst i stedet, eller behold linjen «utkast: true» til teksten er ferdig (utkast publiseres ikke).",
      ]
    `);
  });
});
