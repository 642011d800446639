/**
 * Content that tries to turn the site against its reader in every way the
 * content policy still lets through, for the built test site: a document
 * whose text and CSV attachments are web pages with scripts, a refresh to
 * another site and a frame-busting redirect, and a body linking to other
 * sites. The check accepts it (text attachments are only shown as text); the
 * nginx browser test proves none of it runs or moves the reader elsewhere.
 * Written only into the temporary copy of the content, never into content/.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { stringify } from 'yaml';

/** The test document's slug. */
export const HOSTILE_DOCUMENT = 'testdokument-fiendtlig';

/** A page that would alert, redirect the top window and refresh to another site if a browser ran it. */
const HOSTILE_HTML =
  '<!DOCTYPE html><html><head><meta http-equiv="refresh" content="0;url=https://example.com/"></head>' +
  '<body><script>alert("vedlegg");top.location.href="https://example.com/";</script>' +
  '<img src="x" onerror="alert(\'bilde\')">Notat</body></html>\n';

/** The attachments, by file name. */
export const HOSTILE_ATTACHMENTS: Record<string, string> = {
  'notat.txt': HOSTILE_HTML,
  'tabell.csv': `kolonne,merknad\n"<script>alert('csv')</script>","<meta http-equiv=""refresh"" content=""0;url=https://example.com/"">"\n`,
};

/** Writes the hostile document into a copy of the content folder. */
export function addHostileFixtures(content: string): void {
  const folder = path.join(content, 'dokumenter', HOSTILE_DOCUMENT);
  mkdirSync(folder, { recursive: true });
  const data = {
    tittel: 'Testdokument: vedlegg som prøver å kjøre kode',
    type: 'annet',
    status: 'godkjent',
    publisert: '2024-01-05',
    parter: ['helseplattformen-as'],
    sammendrag: 'Testdokument. Vedleggene er nettsider med skript, som aldri skal kjøre.',
    vedlegg: Object.keys(HOSTILE_ATTACHMENTS).map((fil) => ({ fil, tittel: `Vedlegg ${fil} (test)` })),
  };
  const body =
    'Lenker til <a href="https://example.org/">en annen side</a> og <https://example.net/> går bare dit når leseren klikker.\n\n' +
    '<details><summary>Mer</summary>Skjult tekst.</details>\n';
  writeFileSync(path.join(folder, 'index.md'), `---\n${stringify(data)}---\n\n${body}`);
  for (const [name, text] of Object.entries(HOSTILE_ATTACHMENTS)) writeFileSync(path.join(folder, name), text);
}
