/**
 * News items in both written forms for the language tests: one written in
 * nynorsk and one in bokmål, neither translated (each shows on both sites),
 * and a bokmål item with its nynorsk translation (each site shows its own).
 * Each carries a word found nowhere else, so the tests can find it in the
 * pages, the feeds and the search indexes.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';

/** Slugs and marker words of the fixture items. */
export const LANGUAGE_ITEMS = {
  nynorsk: { slug: 'sprak-test-nynorsk', word: 'kvernsteinsnynorsk', title: 'Kommunane på Sunnmøre fekk ny plan' },
  bokmal: { slug: 'sprak-test-bokmal', word: 'kvernsteinsbokmal', title: 'Kommunene i Trøndelag fikk ny plan' },
  translatedNb: { slug: 'sprak-test-omsatt', word: 'kvernsteinsomsatt', title: 'Avtalen er signert' },
  translatedNn: { slug: 'sprak-test-omsett', word: 'kvernsteinsomsett', title: 'Avtalen er signert på nynorsk' },
} as const;

const item = (title: string, lead: string, body: string, extra = '') =>
  `---\ntittel: ${title}\ningress: ${lead}\npublisert: 2024-05-02\nemner: [språktest]\n${extra}---\n\n${body}\n`;

/** Writes the fixture items into `content`. */
export function addLanguageFixtures(content: string): void {
  const dir = path.join(content, 'nyheter');
  const { nynorsk, bokmal, translatedNb, translatedNn } = LANGUAGE_ITEMS;
  writeFileSync(path.join(dir, `${nynorsk.slug}.md`), item(nynorsk.title, 'Kommunane fekk ein ny plan for innføringa.', `Dette er ein tekst på nynorsk om ${nynorsk.word}.`, 'sprak: nn\n'));
  writeFileSync(path.join(dir, `${bokmal.slug}.md`), item(bokmal.title, 'Kommunene fikk en ny plan for innføringen.', `Dette er en tekst på bokmål om ${bokmal.word}.`, 'sprak: nb\n'));
  writeFileSync(path.join(dir, `${translatedNb.slug}.md`), item(translatedNb.title, 'Avtalen ble signert.', `Teksten på bokmål om ${translatedNb.word}.`));
  writeFileSync(
    path.join(dir, `${translatedNn.slug}.md`),
    item(translatedNn.title, 'Avtalen vart signert.', `Teksten på nynorsk om ${translatedNn.word}.`, `sprak: nn\noversettelseAv: ${translatedNb.slug}\n`),
  );
}
