/**
 * Content that tests reflow (WCAG 1.4.10): some of the longest real
 * Norwegian compound words and a long bare URL, in every kind of page a
 * reader can reach (a news item, a document with a PDF in a subfolder, an
 * answer, a municipality's event note). Written only into the temporary copy
 * of the content, never into content/. Titles start with «Test» so nobody
 * mistakes them for facts.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse, stringify } from 'yaml';
import { minimalPdf } from './document-fixtures.ts';

/**
 * Long compound words from Norwegian dictionaries and public texts; the
 * first (51 letters) is often cited as the longest Norwegian word.
 */
export const LONG_WORDS = [
  'fylkestrafikksikkerhetsutvalgssekretariatslederfunksjonene',
  'menneskerettighetsorganisasjonenes',
  'personalressursforvaltningssystemene',
] as const;

/** A long URL with no place to break, as staff paste them. */
export const LONG_URL =
  'https://www.helseplattformen.example/nyheter/2022/styremote-i-helseplattformen-as-protokoll-og-saksdokumenter-for-tjenesteavtalen-mellom-kommunene-og-helseforetakene/vedlegg/protokoll.pdf';

/** Slugs and addresses of the long-word pages. */
export const LONG_WORD_PAGES = {
  news: '/nyheter/testnyhet-lange-ord/',
  document: '/dokumenter/testdokument-lange-ord/',
  // The answer on its category's page («Test <second word>»), and its question in the answers index.
  answer: `/sporsmal-og-svar/test-${LONG_WORDS[1]}/#testsvar-lange-ord`,
  answerInIndex: '/sporsmal-og-svar/#testsvar-lange-ord',
  municipality: '/kommuner/roros/',
} as const;

/** Word only in the PDF that sits in a subfolder of the long-word document. */
export const SUBFOLDER_PDF_MARKER = 'undermappeord';

/** Contact address the statement must show when the shipped settings have none yet. */
export const FIXTURE_EMAIL = 'tilbakemelding@example.org';

const [w1, w2, w3] = LONG_WORDS;
const body = `## ${w1}

Dette er en testtekst med de lengste ordene vi kjenner: ${w1}, ${w2} og ${w3}. Adressen står uten lenketekst: ${LONG_URL}

| Ord | Forklaring |
| --- | --- |
| ${w1} | ${w2} |
| ${w3} | ${LONG_URL} |

\`\`\`
${LONG_URL}?${w1}=${w2}&${w3}=1
\`\`\`
`;

/** Writes the long-word items into a copy of the content folder (see the module comment). */
export function addLongWordFixtures(content: string): void {
  writeFileSync(
    path.join(content, 'nyheter', 'testnyhet-lange-ord.md'),
    `---\n${stringify({
      tittel: `Testnyhet: ${w1} og ${w2}`,
      ingress: `Testnyhet om ${w3} og ${LONG_URL}`,
      publisert: '2022-03-01',
      emner: [w2],
      kommuner: ['roros'],
    })}---\n\n${body}`,
  );

  const folder = path.join(content, 'dokumenter', 'testdokument-lange-ord');
  mkdirSync(path.join(folder, 'vedlegg'), { recursive: true });
  writeFileSync(path.join(folder, 'vedlegg', 'bilag.pdf'), minimalPdf(`Bilag ${SUBFOLDER_PDF_MARKER} i en undermappe`));
  writeFileSync(
    path.join(folder, 'index.md'),
    `---\n${stringify({
      tittel: `Testdokument: ${w1}`,
      type: 'rapport',
      status: 'godkjent',
      publisert: '2022-03-02',
      parter: ['helseplattformen-as'],
      sammendrag: `Testdokument om ${w2}. Se ${LONG_URL}`,
      vedlegg: [{ fil: 'vedlegg/bilag.pdf', tittel: `Bilag om ${w3}` }],
      endringer: [{ dato: '2022-03-02', merknad: `Publisert med ${w1}.` }],
    })}---\n\n${body}`,
  );

  writeFileSync(
    path.join(content, 'sporsmal', 'testsvar-lange-ord.md'),
    `---\n${stringify({
      sporsmal: `Testspørsmål: hva er ${w1}?`,
      kategori: `Test ${w2}`,
      oppdatert: '2022-03-03',
    })}---\n\n${body}`,
  );

  // A long note and a long source address on Røros's latest event.
  const file = path.join(content, 'kommuner', 'roros.yaml');
  const data = parse(readFileSync(file, 'utf8')) as { hendelser?: { merknad?: string }[] };
  const last = data.hendelser?.at(-1);
  if (last) {
    last.merknad = `${last.merknad ?? ''} Test: ${w1}, ${LONG_URL}`.trim();
    writeFileSync(file, stringify(data));
  }

  const settingsFile = path.join(content, 'innstillinger.json');
  if (existsSync(settingsFile)) {
    const settings = JSON.parse(readFileSync(settingsFile, 'utf8')) as { epost?: string };
    if (!settings.epost) writeFileSync(settingsFile, JSON.stringify({ ...settings, epost: FIXTURE_EMAIL }, null, 2));
  }
}
