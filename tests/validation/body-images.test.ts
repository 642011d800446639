/**
 * Images in Markdown bodies (src/content-model/read/markdown-policy.ts): an
 * image is written in Markdown with a description, so it is copied into the
 * built site and readers who cannot see it are told what it shows. What the
 * check refuses is named with file and line.
 */
import { afterAll, describe, expect, test } from 'vitest';
import { formatProblem } from '../../src/validation/index.ts';
import { edit, problemsAfter, removeCopies } from './fixture.ts';

afterAll(removeCopies);

const NEWS = 'nyheter/fase-2-vedtatt.md';
const BODY = 'Teksten i nyheten.';

/** The problems after replacing the news item's body with `body`, as the check prints them. */
const linesWithBody = async (body: string) => (await problemsAfter((dir) => edit(dir, NEWS, BODY, body))).map(formatProblem);

describe('images in a body', () => {
  test('accepts a Markdown image with a description, inline and by reference', async () => {
    expect(await linesWithBody(`${BODY}\n\n![Ordførere rundt et møtebord](./bilder/mote.png)\n\n![Møtet][bilde]\n\n[bilde]: ./bilder/mote.png\n`)).toEqual([]);
  });

  test('refuses a Markdown image with empty brackets, inline and by reference, asking for a description', async () => {
    expect(await linesWithBody(`${BODY}\n\n![](./bilder/mote.png)\n\n![ ][bilde]\n\n[bilde]: ./bilder/mote.png\n`)).toMatchInlineSnapshot(`
      [
        "nyheter/fase-2-vedtatt.md:15 – bildet «./bilder/mote.png» mangler beskrivelse (alt-tekst): hakeparentesene [ ] er tomme. Skriv kort hva bildet viser mellom [ og ], for lesere som ikke kan se det, for eksempel ![Styremøtet i Helseplattformen AS](./bilder/motet.png).",
        "nyheter/fase-2-vedtatt.md:17 – bildet «./bilder/mote.png» mangler beskrivelse (alt-tekst): hakeparentesene [ ] er tomme. Skriv kort hva bildet viser mellom [ og ], for lesere som ikke kan se det, for eksempel ![Styremøtet i Helseplattformen AS](./bilder/motet.png).",
      ]
    `);
  });

  test('refuses a raw <img>, even with alt text, telling staff to write it in Markdown', async () => {
    expect(await linesWithBody(`${BODY}\n\n<img src="./bilder/mote.png">\n\n<p>Se <img src="./bilder/mote.png" alt="Møtet"></p>\n`)).toMatchInlineSnapshot(`
      [
        "nyheter/fase-2-vedtatt.md:15 – HTML-elementet <img> kan ikke brukes: bildet blir ikke med når nettstedet bygges, og vises ikke for leserne. Skriv bildet med Markdown i stedet: ![beskrivelse](./bilder/fil.png), med en kort beskrivelse av hva bildet viser mellom [ og ].",
        "nyheter/fase-2-vedtatt.md:17 – HTML-elementet <img> kan ikke brukes: bildet blir ikke med når nettstedet bygges, og vises ikke for leserne. Skriv bildet med Markdown i stedet: ![beskrivelse](./bilder/fil.png), med en kort beskrivelse av hva bildet viser mellom [ og ].",
      ]
    `);
  });
});
