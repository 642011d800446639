/**
 * Test documents for the built test site: two versions of an agreement (v2
 * replaces v1) with a PDF and a CSV attachment, and a withdrawn board paper.
 * Written only into the temporary copy of the content, never into content/.
 * Every title starts with «Testdokument» so nobody mistakes them for facts.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { stringify } from 'yaml';

/** Word that only the test PDF attachment contains (the search index must find it). */
export const ATTACHMENT_MARKER = 'vedleggsord';

/** Slugs of the test documents. */
export const TEST_DOCUMENTS = {
  v1: 'testdokument-avtale-v1',
  v2: 'testdokument-avtale-v2',
  withdrawn: 'testdokument-trukket',
  minutes: 'testdokument-protokoll',
} as const;

/** The text of version 1; version 2 changes a few words (see `V2_TEXT`). */
export const V1_TEXT = `## Formål

Avtalen gjelder drift av den felles løsningen for kommunene i fase 2.

## Kostnader

Kommunene betaler en fast årlig sum fordelt etter innbyggertall.
`;

/** Version 2: «fase 2» becomes «fase 2 og 3», «fast» is removed, a sentence is added. */
export const V2_TEXT = `## Formål

Avtalen gjelder drift av den felles løsningen for kommunene i fase 2 og 3.

## Kostnader

Kommunene betaler en årlig sum fordelt etter innbyggertall.

## Oppsigelse

Avtalen kan sies opp med tolv måneders varsel.
`;

/** The test PDF's bytes. */
export const TEST_PDF = minimalPdf(`Testvedlegg ${ATTACHMENT_MARKER} for Helseplattformen`);
/** The test CSV's text. */
export const TEST_CSV = 'kommune;andel\nRøros;0,02\nTrondheim;0,55\n';

/** Writes the test documents and their attachments into a copy of the content folder. */
export function addDocumentFixtures(content: string): void {
  const { v1, v2, withdrawn, minutes } = TEST_DOCUMENTS;
  write(content, v1, {
    tittel: 'Testdokument: driftsavtale, versjon 1',
    type: 'tjenesteavtale',
    status: 'erstattet',
    statusdato: '2023-03-01',
    statusmerknad: 'Erstattet av versjon 2, som også omfatter fase 3.',
    publisert: '2022-06-01',
    parter: ['helseplattformen-as', 'trondheim-kommune', 'roros'],
    versjon: '1',
    sammendrag: 'Testdokument. Første versjon av en driftsavtale.',
    endringer: [{ dato: '2022-06-01', merknad: 'Publisert.' }],
  }, V1_TEXT);
  write(content, v2, {
    tittel: 'Testdokument: driftsavtale, versjon 2',
    type: 'tjenesteavtale',
    status: 'signert',
    statusdato: '2023-03-10',
    dato: '2023-02-27',
    publisert: '2023-03-01',
    behandling: {
      organ: 'Styret i Helseplattformen AS',
      dato: '2023-02-27',
      mote: 'Styremøte 27. februar 2023',
      saksnummer: '07/2023',
    },
    parter: ['helseplattformen-as', 'trondheim-kommune', 'roros'],
    versjon: '2',
    erstatter: v1,
    sammendrag: 'Testdokument. Andre versjon av driftsavtalen, utvidet til fase 3.',
    vedlegg: [
      { fil: 'avtale.pdf', tittel: 'Avtaleteksten (test)' },
      { fil: 'kostnader.csv', tittel: 'Kostnadsfordeling (test)' },
    ],
    endringer: [
      { dato: '2023-03-01', merknad: 'Ny versjon publisert.' },
      { dato: '2023-03-10', merknad: 'Signert av partene.' },
    ],
  }, V2_TEXT);
  writeFileSync(path.join(content, 'dokumenter', v2, 'avtale.pdf'), TEST_PDF);
  writeFileSync(path.join(content, 'dokumenter', v2, 'kostnader.csv'), TEST_CSV);
  write(content, withdrawn, {
    tittel: 'Testdokument: trukket styresak',
    type: 'styresak',
    status: 'trukket',
    statusdato: '2023-05-02',
    statusmerknad: 'Saken ble trukket før styremøtet fordi tallgrunnlaget var feil.',
    publisert: '2023-04-20',
    parter: ['helseplattformen-as'],
    sammendrag: 'Testdokument. En styresak som ble trukket.',
  }, '## Forslag til vedtak\n\nStyret tar saken til orientering.\n');
  write(content, minutes, {
    tittel: 'Testdokument: protokoll fra styremøte',
    type: 'protokoll',
    status: 'godkjent',
    publisert: '2021-11-15',
    parter: ['helse-midt-norge-rhf'],
    sammendrag: 'Testdokument. Protokoll uten vedlegg.',
  }, 'Protokollen er godkjent.\n');

}

function write(content: string, slug: string, data: Record<string, unknown>, body: string) {
  const folder = path.join(content, 'dokumenter', slug);
  mkdirSync(folder, { recursive: true });
  writeFileSync(path.join(folder, 'index.md'), `---\n${stringify(data)}---\n\n${body}`);
}

/**
 * A one-page PDF showing `text` in Helvetica, with a correct cross-reference
 * table so strict readers (pdf.js, unpdf) accept it.
 */
export function minimalPdf(text: string): Buffer {
  const stream = `BT /F1 18 Tf 72 720 Td (${text.replace(/[\\()]/g, '\\$&')}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${Buffer.byteLength(stream, 'latin1')} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let pdf = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(pdf, 'latin1'));
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(pdf, 'latin1');
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  pdf += offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('');
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(pdf, 'latin1');
}
