/**
 * Links in bodies to answers by anchor (src/validation/references.ts,
 * `checkAnswerLinks`): what the check accepts leads where it says on the
 * built site; what it refuses is named with file and line, and the closest
 * answer when there is one.
 */
import { afterAll, describe, expect, test } from 'vitest';
import { edit, linesAfter, removeCopies, write } from './fixture.ts';

afterAll(removeCopies);

const ANSWER = 'sporsmal/hva-er-helseplattformen.md';
const BODY = 'Et felles pasientjournalsystem for helsetjenesten i Midt-Norge.\n';

/** An answer file with the given id's category, date and body. */
function answer(dir: string, id: string, kategori: string, body: string, extra = ''): void {
  write(dir, `sporsmal/${id}.md`, `---\nsporsmal: Spørsmålet ${id}?\nkategori: ${kategori}\noppdatert: 2022-02-23\n${extra}---\n\n${body}\n`);
}

/** The problems after `change`, as the check prints them. */

describe('links between answers', () => {
  test('accepts a bare #<id> to an answer in another category, to one in the same, and to a heading in the same category', async () => {
    expect(
      await linesAfter((dir) => {
        answer(dir, 'hva-kostet-helseplattformen', 'Kostnader', '## Tallene\n\nSe [Hva er Helseplattformen?](#hva-er-helseplattformen).');
        answer(dir, 'hvem-eier-helseplattformen', 'Om Helseplattformen', '## Eierne\n\nEid av kommunene.');
        edit(dir, ANSWER, BODY, `${BODY}\nSe [kostnadene](#hva-kostet-helseplattformen), [eierne](#hvem-eier-helseplattformen) og [listen](#eierne).\n`);
      }),
    ).toEqual([]);
  });

  test('refuses a bare #<id> that names no answer and no heading on the page, with the closest answer', async () => {
    expect(
      await linesAfter((dir) => {
        answer(dir, 'hva-kostet-helseplattformen', 'Kostnader', '## Tallene\n\nMange millioner.');
        edit(dir, ANSWER, BODY, `${BODY}\nSe [kostnadene](#hva-kostet-helseplatformen) og [tallene](#tallene).\n`);
      }),
    ).toMatchInlineSnapshot(`
      [
        "sporsmal/hva-er-helseplattformen.md:10 – lenken «#hva-kostet-helseplatformen» peker ikke på noe svar, og ikke på noen overskrift i svarene i samme kategori. Mente du «#hva-kostet-helseplattformen»? Skriv # og filnavnet (uten .md) til et av svarene i sporsmal/, eller lenk til en overskrift i et svar i samme kategori.",
        "sporsmal/hva-er-helseplattformen.md:10 – lenken «#tallene» peker ikke på noe svar, og ikke på noen overskrift i svarene i samme kategori. Skriv # og filnavnet (uten .md) til et av svarene i sporsmal/, eller lenk til en overskrift i et svar i samme kategori.",
      ]
    `);
  });

  test('refuses a bare #<id> in raw HTML too, on its own line', async () => {
    expect(
      await linesAfter((dir) => {
        edit(dir, ANSWER, BODY, `${BODY}\nFørste avsnitt.\n\n<p>Se <a href="#finnes-ikke">svaret</a>.</p>\n`);
      }),
    ).toMatchInlineSnapshot(`
      [
        "sporsmal/hva-er-helseplattformen.md:12 – lenken «#finnes-ikke» peker ikke på noe svar, og ikke på noen overskrift i svarene i samme kategori. Skriv # og filnavnet (uten .md) til et av svarene i sporsmal/, eller lenk til en overskrift i et svar i samme kategori.",
      ]
    `);
  });

  test('names an answer that is a draft or dated later', async () => {
    expect(
      await linesAfter((dir) => {
        answer(dir, 'utkast-til-svar', 'Kostnader', 'Ikke ferdig.', 'utkast: true\n');
        answer(dir, 'senere-svar', 'Kostnader', 'Kommer.', '');
        edit(dir, 'sporsmal/senere-svar.md', 'oppdatert: 2022-02-23', 'oppdatert: 2099-01-01');
        edit(dir, ANSWER, BODY, `${BODY}\nSe [utkastet](#utkast-til-svar) og [det neste](/sporsmal-og-svar/#senere-svar).\n`);
      }),
    ).toMatchInlineSnapshot(`
      [
        "sporsmal/hva-er-helseplattformen.md:10 – svaret «senere-svar» publiseres først 2099-01-01, så lenken «/sporsmal-og-svar/#senere-svar» ville ikke virke. Vent med lenken til svaret er publisert, eller fjern den.",
        "sporsmal/hva-er-helseplattformen.md:10 – svaret «utkast-til-svar» er et utkast, så lenken «#utkast-til-svar» ville ikke virke. Publiser svaret først (fjern «utkast: true»), eller fjern lenken.",
      ]
    `);
  });
});

describe('links to an answer’s address in any body', () => {
  test('accepts the permanent address of an answer and the old anchor of a category on the index', async () => {
    expect(
      await linesAfter((dir) => {
        edit(dir, 'nyheter/fase-2-vedtatt.md', 'Teksten i nyheten.\n', 'Se [svaret](/sporsmal-og-svar/#hva-er-helseplattformen) og [kategorien](/sporsmal-og-svar/#om-helseplattformen).\n');
      }),
    ).toEqual([]);
  });

  test('refuses /sporsmal-og-svar/#<id> when no published answer has the id, with the closest one', async () => {
    expect(
      await linesAfter((dir) => {
        edit(dir, 'nyheter/fase-2-vedtatt.md', 'Teksten i nyheten.\n', 'Teksten i nyheten.\n\nSe [svaret](/sporsmal-og-svar/#hva-er-helseplatformen).\n');
      }),
    ).toMatchInlineSnapshot(`
      [
        "nyheter/fase-2-vedtatt.md:15 – lenken «/sporsmal-og-svar/#hva-er-helseplatformen» peker på et svar som ikke finnes. Mente du «/sporsmal-og-svar/#hva-er-helseplattformen»? Bruk filnavnet (uten .md) til et av svarene i sporsmal/.",
      ]
    `);
  });

  test('refuses a category page that does not hold the answer, and one that does not exist', async () => {
    expect(
      await linesAfter((dir) => {
        answer(dir, 'hva-kostet-helseplattformen', 'Kostnader', 'Mange millioner.');
        edit(
          dir,
          'nyheter/fase-2-vedtatt.md',
          'Teksten i nyheten.\n',
          'Se [svaret](/sporsmal-og-svar/kostnader/#hva-er-helseplattformen),\n[kostnadene](/sporsmal-og-svar/okonomi/#hva-kostet-helseplattformen) og\n[riktig](/sporsmal-og-svar/kostnader/#hva-kostet-helseplattformen).\n',
        );
      }),
    ).toMatchInlineSnapshot(`
      [
        "nyheter/fase-2-vedtatt.md:13 – lenken «/sporsmal-og-svar/kostnader/#hva-er-helseplattformen» peker på et svar som ikke står i kategorien «kostnader». Skriv heller den faste adressen /sporsmal-og-svar/#hva-er-helseplattformen, som virker også om svaret bytter kategori.",
        "nyheter/fase-2-vedtatt.md:14 – lenken «/sporsmal-og-svar/okonomi/#hva-kostet-helseplattformen» peker på kategorien «okonomi», som ikke finnes. Skriv heller den faste adressen /sporsmal-og-svar/#hva-kostet-helseplattformen, som virker også om svaret bytter kategori.",
      ]
    `);
  });
});
