/**
 * Spelling-tolerant matching of Norwegian and Sámi place names: what lets a
 * reader type «roros», «Roeros» or «aafjord» on a keyboard without æ, ø, å
 * and still find Røros and Åfjord. Pure functions, shared by the «find your
 * municipality» box (in the browser) and the search index (at build time).
 *
 * The two ways people write the Norwegian letters without them are both
 * accepted: the one-letter form (ø → o, å → a, æ → a) and the older
 * two-letter form (ø → oe, å → aa, æ → ae), as in the official spelling
 * rules before 1917 and in e-mail addresses and URLs today.
 */

// Letters that Unicode decomposition (NFD) cannot take apart into a base
// letter and an accent; every other accented letter (é, á, č, ï) loses its
// accent through NFD below.
const SPECIAL_LETTERS: Record<string, string> = {
  æ: 'ae',
  ø: 'oe',
  å: 'aa',
  œ: 'oe',
  ß: 'ss',
  đ: 'd',
  ŋ: 'n',
  ŧ: 't',
  ł: 'l',
  þ: 'th',
  ð: 'd',
};
const SPECIAL = /[æøåœßđŋŧłþð]/g;
const COMBINING_MARKS = /[\u0300-\u036f]/g;

/**
 * The comparison key of a text: lower case, accents dropped, the Norwegian
 * letters and their two-letter spellings brought to one form (æ, ae → a;
 * ø, oe → o; å, aa → a), and every run of other characters (spaces, dashes,
 * punctuation) a single space, trimmed. Two spellings of a name give the same
 * key: «Røros», «roros» and «Roeros» all give `roros`; «Åfjord» and «Aafjord»
 * give `afjord`.
 *
 * The key is for comparing only, never for showing: «Hoel» and «Hol» share
 * one, which costs a rare extra match but never a missed one.
 */
export function foldKey(text: string): string {
  return text
    .toLocaleLowerCase('nb')
    .replace(SPECIAL, (letter) => SPECIAL_LETTERS[letter] ?? letter)
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(/ae/g, 'a')
    .replace(/oe/g, 'o')
    // A run, not a pair: «Snåase» is `snaaase` here and must meet «snaase».
    .replace(/a{2,}/g, 'a')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/**
 * Other spellings of the words in `text` that a reader without Norwegian
 * letters on the keyboard might type, for adding to a search index that
 * only matches words as written: «Røros» gives `roros` and `roeros`;
 * «Åfjord» gives `afjord` and `aafjord`; «Nærøysund» gives `naeroysund`
 * and `naeroeysund`. Words that are plain ASCII already give nothing.
 * Lower case, without duplicates, in order of first appearance.
 */
export function spellingVariants(text: string): string[] {
  const variants = new Set<string>();
  for (const word of text.toLocaleLowerCase('nb').split(/[^\p{L}\p{N}]+/u)) {
    if (word === '' || /^[a-z0-9]*$/.test(word)) continue;
    for (const form of [oneLetterForm(word), twoLetterForm(word)]) {
      if (form !== word && form !== '') variants.add(form);
    }
  }
  return [...variants];
}

function stripAccents(text: string): string {
  return text.normalize('NFD').replace(COMBINING_MARKS, '');
}

/** ø → o, å → a, æ → ae, accents dropped: the spelling most people type. */
function oneLetterForm(word: string): string {
  return stripAccents(word.replace(/ø/g, 'o').replace(/å/g, 'a').replace(SPECIAL, (l) => SPECIAL_LETTERS[l] ?? l));
}

/** ø → oe, å → aa, æ → ae, accents dropped: the older two-letter spelling. */
function twoLetterForm(word: string): string {
  return stripAccents(word.replace(SPECIAL, (l) => SPECIAL_LETTERS[l] ?? l));
}
