/**
 * Builds the site once for every integration and browser test: the shipped
 * content plus unpublished items (a draft and future-dated ones) that carry
 * a marker word, so tests can prove the marker appears nowhere in the output,
 * test documents (document-fixtures.ts), pages with very long words
 * (long-word-fixtures.ts), and test meetings and a status event dated the
 * build date (meeting-fixtures.ts), and old addresses that moved or were
 * removed (address-fixtures.ts), a document whose attachments are web
 * pages with scripts (hostile-fixtures.ts), and an answer linking to
 * answers by bare anchor (answer-link-fixtures.ts), and a municipality given
 * a newer plan than its passed wave's (newer-plan-fixtures.ts).
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { parse, stringify } from 'yaml';
import { addDocumentFixtures } from './document-fixtures.ts';
import { buildDateOf } from '../../src/domain/publication.ts';
import { addLongWordFixtures } from './long-word-fixtures.ts';
import { addMeetingFixtures } from './meeting-fixtures.ts';
import { addAddressFixtures } from './address-fixtures.ts';
import { addLanguageFixtures } from './language-fixtures.ts';
import { addHostileFixtures } from './hostile-fixtures.ts';
import { addAnswerLinkFixtures } from './answer-link-fixtures.ts';
import { addNewerPlanFixture } from './newer-plan-fixtures.ts';

/** Word that only unpublished fixture items contain. */
export const UNPUBLISHED_MARKER = 'zyxhemmeligmarkor';
/**
 * The build date the test site is built for: today in Norway, so the tests
 * see what a reader sees today (no plan whose date has passed may show as
 * current). Never before the day the shipped content was last checked.
 */
export const TEST_BUILD_DATE = [buildDateOf(), '2026-12-01'].sort().at(-1)!;

export default function setup(project: TestProject) {
  const root = mkdtempSync(path.join(tmpdir(), 'hp-site-'));
  const content = path.join(root, 'content');
  const out = path.join(root, 'dist');
  cpSync('content', content, { recursive: true });
  addUnpublishedItems(content);
  addDocumentFixtures(content);
  addLongWordFixtures(content);
  addMeetingFixtures(content, TEST_BUILD_DATE);
  addAddressFixtures(content);
  addLanguageFixtures(content);
  addHostileFixtures(content);
  addAnswerLinkFixtures(content);
  addNewerPlanFixture(content, TEST_BUILD_DATE);
  execFileSync(process.execPath, ['scripts/build.ts', '--out', out], {
    env: { ...process.env, CONTENT_DIR: content, BUILD_DATE: TEST_BUILD_DATE },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  project.provide('siteDir', out);
  project.provide('contentDir', content);
  return () => rmSync(root, { recursive: true, force: true });
}

function addUnpublishedItems(content: string) {
  const marker = UNPUBLISHED_MARKER;
  writeFileSync(
    path.join(content, 'nyheter', 'utkast-test.md'),
    `---\ntittel: Utkast ${marker}\ningress: Ikke publisert ${marker}.\npublisert: 2022-01-10\nutkast: true\nkommuner: [trondheim]\n---\n\nTekst ${marker}.\n`,
  );
  writeFileSync(
    path.join(content, 'nyheter', 'fremtidig-test.md'),
    `---\ntittel: Fremtid ${marker}\ningress: Kommer senere ${marker}.\npublisert: 2099-01-01\nemner: [${marker}]\n---\n\nTekst ${marker}.\n`,
  );
  writeFileSync(
    path.join(content, 'sporsmal', 'fremtidig-test.md'),
    `---\nsporsmal: Fremtidig spørsmål ${marker}?\nkategori: Test ${marker}\noppdatert: 2099-01-01\n---\n\nSvar ${marker}.\n`,
  );
  // A future event on a real municipality: it must not change its status anywhere.
  const file = path.join(content, 'kommuner', 'steinkjer.yaml');
  const data = parse(readFileSync(file, 'utf8')) as { hendelser?: unknown[] };
  data.hendelser = [
    ...(data.hendelser ?? []),
    { dato: '2099-01-01', status: 'takket-nei', merknad: marker, kilde: { url: `https://example.org/${marker}`, tittel: marker, utgiver: marker } },
  ];
  writeFileSync(file, stringify(data));
}

declare module 'vitest' {
  export interface ProvidedContext {
    siteDir: string;
    contentDir: string;
  }
}
