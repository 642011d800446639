/**
 * An answer for the test site that links, by bare anchor, to an answer in
 * another category and to one in its own (tests/site/answers.test.ts): the
 * shipped answers link across categories by the permanent address instead.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';

/** The test answer, its category's page, and the answers it links to. */
export const ANSWER_LINK_FIXTURE = {
  id: 'testsvar-lenker-mellom-kategorier',
  page: '/sporsmal-og-svar/om-helseplattformen/',
  /** In «Tilsyn, evalueringer og kostnader». */
  otherCategory: 'hva-kostet-helseplattformen',
  /** In «Om Helseplattformen», as the test answer. */
  sameCategory: 'hvem-eier-helseplattformen',
} as const;

/** Writes the test answer into `<content>/sporsmal/`. */
export function addAnswerLinkFixtures(content: string): void {
  const { id, otherCategory, sameCategory } = ANSWER_LINK_FIXTURE;
  writeFileSync(
    path.join(content, 'sporsmal', `${id}.md`),
    `---\nsporsmal: Testspørsmål med lenker til andre svar?\nkategori: Om Helseplattformen\noppdatert: 2022-03-03\n---\n\nSe [kostnadene](#${otherCategory}) og [eierne](#${sameCategory}).\n`,
  );
}
