/**
 * URL slugs from Norwegian (and Sámi) titles and topic words.
 */

// Letters NFD cannot take apart; the rest (é, á, ü, č, ...) lose their accent below.
const LETTERS: Record<string, string> = {
  æ: 'ae',
  ø: 'o',
  å: 'a',
  œ: 'oe',
  ß: 'ss',
  đ: 'd',
  ŋ: 'n',
  ŧ: 't',
  ł: 'l',
  þ: 'th',
  ð: 'd',
};

/**
 * A URL slug from a title: lower case, æ→ae, ø→o, å→a, accents dropped
 * (é→e, á→a, č→c), every run of other characters a single hyphen, no hyphen
 * at either end. «Snåase – Snåsa» gives `snaase-snasa`, «Ørland» `orland`.
 * Returns an empty string when the title has no letters or digits.
 */
export function slugify(title: string): string {
  return title
    .toLowerCase()
    .replace(/[æøåœßđŋŧłþð]/g, (letter) => LETTERS[letter] ?? letter)
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * The slug of a news topic, for its page under `/nyheter/`: the same rules as
 * {@link slugify}, so «Økonomi» and «økonomi» share one page.
 */
export function topicSlug(topic: string): string {
  return slugify(topic);
}
