import { describe, expect, test } from 'vitest';
import { formatProblem } from '../../validation/problem.ts';
import { checkMarkdownBody, readMarkdownBody } from './markdown-policy.ts';

const md = (body: string) => checkMarkdownBody(body, { file: 'nyheter/a.md', lineOffset: 5, mdx: false, components: [] }).map(formatProblem);
const mdx = (body: string) => checkMarkdownBody(body, { file: 'nyheter/b.mdx', lineOffset: 5, mdx: true, components: ['Faktaboks'] }).map(formatProblem);

describe('Markdown that the site renders as written passes', () => {
  test('ordinary Markdown, GFM tables, footnotes and the HTML GitHub allows', () => {
    const body = [
      '## Mellomtittel',
      '',
      'Tekst med **fet**, *kursiv*, [en lenke](https://helseplattformen.no), <https://example.no>, [e-post](mailto:post@example.no) og en fotnote[^1].',
      '',
      '| Kommune | Status |',
      '| :--- | ---: |',
      '| Røros | I drift |',
      '',
      '![Møtet](./bilder/mote.png)',
      '',
      'H<sub>2</sub>O, 10<sup>3</sup>, linje<br>skift, <kbd>Ctrl</kbd>, <span lang="en">«Go live»</span> <!-- merknad -->',
      '',
      '<details><summary>Mer</summary>',
      '',
      'Skjult tekst med <a href="/dokumenter/avtale/">avtalen</a>.',
      '',
      '</details>',
      '',
      '[^1]: Kilden.',
    ].join('\n');
    expect(md(body)).toEqual([]);
  });

  test('MDX with the site’s own components, literal props and comments', () => {
    expect(mdx('Tekst.\n\n<Faktaboks tittel="Visste du?" åpen>\nInnhold med **fet**.\n</Faktaboks>\n\n{/* merknad til redaksjonen */}\n')).toEqual([]);
  });
});

describe('raw HTML the policy forbids is refused with its line', () => {
  test('Word paste debris, once per line, with how to paste as plain text', () => {
    const body = [
      'Avsnitt med <span lang=EN-US style="mso-ansi-language:EN-US">engelsk</span> tekst.<o:p></o:p>',
      '',
      '<p class=MsoNormal>Word-avsnitt<o:p></o:p></p>',
    ].join('\n');
    expect(md(body)).toMatchInlineSnapshot(`
      [
        "nyheter/a.md:6 – teksten inneholder rester av formatering fra Word (<span lang=EN-US>). Lim inn teksten på nytt som ren tekst (i Word: Lim inn spesial → Uformatert tekst, eller Ctrl+Shift+V), og skriv formateringen med Markdown, for eksempel **fet**.",
        "nyheter/a.md:8 – teksten inneholder rester av formatering fra Word (class="MsoNormal"). Lim inn teksten på nytt som ren tekst (i Word: Lim inn spesial → Uformatert tekst, eller Ctrl+Shift+V), og skriv formateringen med Markdown, for eksempel **fet**.",
      ]
    `);
  });

  test('scripts, frames, plug-ins, styles, forms, base, meta, link, event attributes', () => {
    const body = [
      '<script src="/dokumenter/x/fil.js"></script>',
      '',
      '<iframe src="https://www.youtube.com/embed/abc"></iframe>',
      '',
      '<object data="/dokumenter/x/fil.swf"></object>',
      '',
      '<style>body { display: none }</style>',
      '',
      '<form action="https://example.com"><input name="fnr"></form>',
      '',
      '<base href="https://example.com/">',
      '',
      '<meta http-equiv="refresh" content="0;url=https://example.com">',
      '',
      '<link rel="stylesheet" href="/x.css">',
      '',
      'Bilde: <img src="x.png" onerror="alert(1)"> og <p style="color:red">rød</p>',
    ].join('\n');
    expect(md(body)).toMatchInlineSnapshot(`
      [
        "nyheter/a.md:6 – HTML-elementet <script> er ikke tillatt: det kjører et program i leserens nettleser. Fjern hele <script>…</script>. Innholdet kan ikke inneholde programkode.",
        "nyheter/a.md:8 – HTML-elementet <iframe> er ikke tillatt: det bygger inn en annen nettside eller et program i siden. Fjern elementet, og lenk heller til innholdet, for eksempel [Se videoen](https://…).",
        "nyheter/a.md:10 – HTML-elementet <object> er ikke tillatt: det bygger inn en annen nettside eller et program i siden. Fjern elementet, og lenk heller til innholdet, for eksempel [Se videoen](https://…).",
        "nyheter/a.md:12 – HTML-elementet <style> er ikke tillatt: det endrer utseendet på hele nettstedet. Fjern elementet. Utseendet bestemmes av nettstedets egne stiler.",
        "nyheter/a.md:14 – HTML-elementet <form> er ikke tillatt: skjemaer kan sende det leseren skriver, til andre. Fjern skjemaet, og lenk heller til skjemaet der det ligger.",
        "nyheter/a.md:14 – HTML-elementet <input> er ikke tillatt: skjemaer kan sende det leseren skriver, til andre. Fjern skjemaet, og lenk heller til skjemaet der det ligger.",
        "nyheter/a.md:16 – HTML-elementet <base> er ikke tillatt: det endrer hvor alle lenkene på siden peker. Fjern elementet.",
        "nyheter/a.md:18 – HTML-elementet <meta> er ikke tillatt: det kan sende leseren videre til en annen side. Fjern elementet.",
        "nyheter/a.md:20 – HTML-elementet <link> er ikke tillatt: det henter stiler eller andre filer inn i siden. Fjern elementet. En vanlig lenke skrives [tekst](https://…).",
        "nyheter/a.md:22 – HTML-elementet <img> kan ikke brukes: bildet blir ikke med når nettstedet bygges, og vises ikke for leserne. Skriv bildet med Markdown i stedet: ![beskrivelse](./bilder/fil.png), med en kort beskrivelse av hva bildet viser mellom [ og ].",
        "nyheter/a.md:22 – attributtet «onerror» på <img> er ikke tillatt: det kjører et program i leserens nettleser. Fjern attributtet.",
        "nyheter/a.md:22 – attributtet «style» på <p> er ikke tillatt: utseendet bestemmes av nettstedets egne stiler. Fjern attributtet. Skriv **fet** og *kursiv* med Markdown.",
      ]
    `);
  });

  test('a line inside a multi-line HTML block is the line of the element', () => {
    expect(md('<div>\n<p>Tekst</p>\n<img\n  src="https://cdn.example.com/a.png"\n  onload="x()">\n</div>')).toMatchInlineSnapshot(`
      [
        "nyheter/a.md:8 – HTML-elementet <img> kan ikke brukes: bildet blir ikke med når nettstedet bygges, og vises ikke for leserne. Skriv bildet med Markdown i stedet: ![beskrivelse](./bilder/fil.png), med en kort beskrivelse av hva bildet viser mellom [ og ].",
        "nyheter/a.md:8 – bildet hentes fra et annet nettsted (cdn.example.com); nettstedet henter ingenting fra andre nettsteder, av hensyn til lesernes personvern. Last ned filen, legg den i innholdsmappen (for eksempel nyheter/bilder/) og skriv stien til den, for eksempel ![Beskrivelse](./bilder/bilde.jpg). Eller lenk til den: [Se bildet](https://…).",
        "nyheter/a.md:8 – attributtet «onload» på <img> er ikke tillatt: det kjører et program i leserens nettleser. Fjern attributtet.",
      ]
    `);
  });

  test('elements and attributes outside the sanitiser schema', () => {
    expect(md('<div class="boks">Hei <a href="/x/" target="_blank">lenke</a> <font color="red">rød</font></div>')).toMatchInlineSnapshot(`
      [
        "nyheter/a.md:6 – attributtet «class» på <div> er ikke tillatt. Fjern attributtet.",
        "nyheter/a.md:6 – attributtet «target» på <a> er ikke tillatt. Fjern attributtet.",
        "nyheter/a.md:6 – HTML-elementet <font> er ikke tillatt her. Fjern elementet, og skriv teksten med Markdown.",
      ]
    `);
  });
});

describe('URLs', () => {
  test('javascript:, vbscript: and data: in Markdown and HTML links; obfuscated with tabs too', () => {
    const body = '[a](javascript:alert(1)) <a href="java&#9;script:alert(1)">b</a> <a href="vbscript:x">c</a> [d](data:text/html;base64,PHNjcmlwdD4=) <a href="ftp://x">e</a>';
    expect(md(body)).toMatchInlineSnapshot(`
      [
        "nyheter/a.md:6 – lenken «javascript:alert(1)» er ikke tillatt: adresser som begynner med javascript: kjører et program i leserens nettleser. Bruk en vanlig nettadresse (https://…) eller en fil i innholdsmappen.",
        "nyheter/a.md:6 – lenken «java script:alert(1)» er ikke tillatt: adresser som begynner med javascript: kjører et program i leserens nettleser. Bruk en vanlig nettadresse (https://…) eller en fil i innholdsmappen.",
        "nyheter/a.md:6 – lenken «vbscript:x» er ikke tillatt: adresser som begynner med vbscript: kjører et program i leserens nettleser. Bruk en vanlig nettadresse (https://…) eller en fil i innholdsmappen.",
        "nyheter/a.md:6 – lenken «data:text/html;base64,PHNjcmlwdD4=» er ikke tillatt: adresser som begynner med data: legger inn innhold som ikke er kontrollert. Bruk en vanlig nettadresse (https://…) eller en fil i innholdsmappen.",
        "nyheter/a.md:6 – lenken «ftp://x» er ikke tillatt: adresser som begynner med ftp: kan ikke brukes. Bruk en vanlig nettadresse (https://…) eller en fil i innholdsmappen.",
      ]
    `);
  });

  test('remote images in Markdown, by reference, in srcset, video posters', () => {
    const body = [
      '![Kart](https://kart.example.com/x.png)',
      '',
      '![Ref][r]',
      '',
      '<picture><source srcset="/a.webp 1x, https://cdn.example.com/b.webp 2x"><img src="/c.png" alt=""></picture>',
      '',
      '<video src="/film.mp4" poster="//cdn.example.com/p.jpg"></video>',
      '',
      '![Innebygd](data:image/png;base64,iVBORw0KGgo=)',
      '',
      '[r]: //evil.example/img.png',
    ].join('\n');
    expect(md(body).map((line) => line.slice(0, line.indexOf(';') > 0 ? line.indexOf(';') : undefined))).toMatchInlineSnapshot(`
      [
        "nyheter/a.md:6 – bildet hentes fra et annet nettsted (kart.example.com)",
        "nyheter/a.md:8 – bildet hentes fra et annet nettsted (evil.example)",
        "nyheter/a.md:10 – bildet eller videoen hentes fra et annet nettsted (cdn.example.com)",
        "nyheter/a.md:10 – HTML-elementet <img> kan ikke brukes: bildet blir ikke med når nettstedet bygges, og vises ikke for leserne. Skriv bildet med Markdown i stedet: ![beskrivelse](./bilder/fil.png), med en kort beskrivelse av hva bildet viser mellom [ og ].",
        "nyheter/a.md:12 – HTML-elementet <video> er ikke tillatt her. Fjern elementet, og skriv teksten med Markdown.",
        "nyheter/a.md:14 – bildet «data:image/png",
      ]
    `);
  });
});

describe('MDX is limited to the site’s components with literal props', () => {
  test('import of fs and process.env, each statement on its own line', () => {
    const body = "import fs from 'node:fs'\nexport const passord = fs.readFileSync('/etc/passwd', 'utf8')\n\nHjemmemappe: {process.env.HOME}\n";
    expect(mdx(body)).toMatchInlineSnapshot(`
      [
        "nyheter/b.mdx:6 – «import» fra «node:fs» er ikke tillatt: en .mdx-fil kan ikke hente inn kode eller filer. Fjern linjen. Komponentene <Faktaboks> kan brukes uten import.",
        "nyheter/b.mdx:7 – «export» er ikke tillatt: en .mdx-fil kan ikke inneholde kode. Fjern linjen. Skriv opplysningene som felt øverst i filen.",
        "nyheter/b.mdx:9 – {process.env.HOME} er ikke tillatt: tekst i krøllparenteser kjøres som kode. Fjern krøllparentesene, eller skriv \\{ og \\} hvis de skal vises som tegn.",
      ]
    `);
  });

  test('attribute expressions, spreads, unknown components, HTML and fragments', () => {
    const body = '<Faktaboks tittel={navn} {...props} lenke="javascript:x">\nInnhold\n</Faktaboks>\n\n<Video src="x" />\n\n<script>{alert(1)}</script>\n\n<>tekst</>\n';
    expect(mdx(body)).toMatchInlineSnapshot(`
      [
        "nyheter/b.mdx:6 – verdien til «tittel» i <Faktaboks> er kode ({navn}), ikke tekst. Skriv verdien i anførselstegn: tittel="…".",
        "nyheter/b.mdx:6 – <Faktaboks> har {...props}, som er kode og ikke tekst. Fjern {…} og skriv hver egenskap som navn="verdi".",
        "nyheter/b.mdx:6 – verdien til «lenke» i <Faktaboks> er ikke tillatt: adresser som begynner med javascript: kjører et program i leserens nettleser. Bruk en vanlig nettadresse (https://…).",
        "nyheter/b.mdx:10 – komponenten <Video> finnes ikke; i .mdx-filer kan du bruke <Faktaboks>. Bruk <Faktaboks>, eller skriv innholdet med Markdown.",
        "nyheter/b.mdx:12 – HTML-elementet <script> er ikke tillatt: det kjører et program i leserens nettleser. Fjern hele <script>…</script>. Innholdet kan ikke inneholde programkode.",
        "nyheter/b.mdx:12 – {alert(1)} er ikke tillatt: tekst i krøllparenteser kjøres som kode. Fjern krøllparentesene, eller skriv \\{ og \\} hvis de skal vises som tegn.",
        "nyheter/b.mdx:14 – tomme koder <> … </> er ikke tillatt i .mdx-filer. Fjern <> og </>.",
      ]
    `);
  });

  test('lower-case elements are HTML: the HTML rules apply, with literal attributes', () => {
    expect(mdx('<details>\n<summary>Mer</summary>\n\nSkjult tekst med <sup>1</sup>.\n</details>\n')).toEqual([]);
    expect(mdx('<details onToggle="alert(1)" class="x">\n<summary>Mer</summary>\n</details>\n\n<img src="https://cdn.example.com/a.png" alt="" />\n\n<iframe src="https://x.example" />\n')).toMatchInlineSnapshot(`
      [
        "nyheter/b.mdx:6 – attributtet «ontoggle» på <details> er ikke tillatt: det kjører et program i leserens nettleser. Fjern attributtet.",
        "nyheter/b.mdx:6 – attributtet «class» på <details> er ikke tillatt. Fjern attributtet.",
        "nyheter/b.mdx:10 – HTML-elementet <img> kan ikke brukes: bildet blir ikke med når nettstedet bygges, og vises ikke for leserne. Skriv bildet med Markdown i stedet: ![beskrivelse](./bilder/fil.png), med en kort beskrivelse av hva bildet viser mellom [ og ].",
        "nyheter/b.mdx:10 – bildet hentes fra et annet nettsted (cdn.example.com); nettstedet henter ingenting fra andre nettsteder, av hensyn til lesernes personvern. Last ned filen, legg den i innholdsmappen (for eksempel nyheter/bilder/) og skriv stien til den, for eksempel ![Beskrivelse](./bilder/bilde.jpg). Eller lenk til den: [Se bildet](https://…).",
        "nyheter/b.mdx:12 – HTML-elementet <iframe> er ikke tillatt: det bygger inn en annen nettside eller et program i siden. Fjern elementet, og lenk heller til innholdet, for eksempel [Se videoen](https://…).",
      ]
    `);
  });

  test('MDX that cannot be parsed is one problem at its line, never an exception', () => {
    expect(mdx('Første linje.\n\nPris < 5 og {ikke lukket\n')).toMatchInlineSnapshot(`
      [
        "nyheter/b.mdx:8 – teksten kan ikke leses som MDX: et < eller { på denne linjen starter en komponent eller kode som ikke er skrevet riktig. I .mdx-filer har < og { en spesiell betydning. Skriv \\< og \\{ der tegnene skal vises som tekst, avslutt komponenten riktig, eller lagre filen som .md.",
      ]
    `);
  });

  test('with no components offered, the advice says to use .md', () => {
    const problems = checkMarkdownBody('<Faktaboks />\n', { file: 'nyheter/b.mdx', lineOffset: 0, mdx: true, components: [] });
    expect(problems.map(formatProblem)).toEqual([
      'nyheter/b.mdx:1 – komponenten <Faktaboks> finnes ikke. Nettstedet har ingen komponenter for .mdx-filer. Skriv innholdet med Markdown og lagre filen som .md.',
    ]);
  });
});

describe('the links and anchors the reference check reads from a body', () => {
  test('links that may lead to this site (relative ones too), with their line in the file, and the ids of headings as the site renders them', () => {
    const body = [
      '## Hva koster det?',
      '',
      'Se [svaret](#hva-kostet), [den faste adressen](/sporsmal-og-svar/#hva-kostet), [siden](/kommuner/) og [nettstedet](https://example.no/#x).',
      'Se også [vedlegget](vedlegg.pdf), [saken](../nyheter/x/), [e-post](mailto:post@example.no) og [et annet sted](//example.no/).',
      '',
      '## Hva koster det?',
      '',
      '<p id="merknad">Se <a href="#merknad">merknaden</a>.</p>',
      '',
      '### Økonomi og `kode`',
    ].join('\n');
    for (const mdx of [false, true]) {
      const { links, anchors } = readMarkdownBody(body, { file: 'sporsmal/a.md', lineOffset: 5, mdx, components: [] });
      expect(links).toEqual([
        { url: '#hva-kostet', line: 8 },
        { url: '/sporsmal-og-svar/#hva-kostet', line: 8 },
        { url: '/kommuner/', line: 8 },
        { url: 'https://example.no/#x', line: 8 },
        { url: 'vedlegg.pdf', line: 9 },
        { url: '../nyheter/x/', line: 9 },
        { url: '#merknad', line: 13 },
      ]);
      expect(anchors).toEqual(['hva-koster-det', 'hva-koster-det-1', 'merknad', 'økonomi-og-kode']);
    }
  });
});
