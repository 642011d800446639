/**
 * Short labels for the map's tiles and shapes: up to three letters per
 * municipality, unique within the map, so that every place on the map can be
 * told apart at a glance (the full name appears on hover and focus, and in
 * the link's accessible name). Norwegian municipalities have no official
 * abbreviations, so they are derived from the names.
 */

const collator = new Intl.Collator('nb');

/** A place to label: its id and display name. */
export interface NamedPlace {
  id: string;
  name: string;
}

/**
 * The candidate labels of a name, best first. One word: its first three
 * letters («Røros» → «Rør»), then its first two letters with each later
 * letter («Rørs», «Røo» …). Several words: the initials of the first two
 * words with the next letter of the second («Midtre Gauldal» → «MGa»), then
 * the single-word candidates of the whole. A bilingual name written
 * «Raarvihke – Røyrvik» is labelled by its last part.
 */
export function labelCandidates(name: string): string[] {
  const part = name.split(/\s+[–—-]\s+/).pop() ?? name;
  const words = part.split(/[\s-]+/).filter((w) => /\p{L}/u.test(w)).map((w) => w.replace(/[^\p{L}\p{N}]/gu, ''));
  const letters = words.join('');
  const candidates: string[] = [];
  const add = (label: string) => {
    if (label.length > 0 && !candidates.includes(label)) candidates.push(label);
  };
  const capitalise = (s: string) => s.charAt(0).toLocaleUpperCase('nb') + s.slice(1).toLocaleLowerCase('nb');
  if (words.length >= 2) {
    const [first, second] = words as [string, string];
    add(first.charAt(0).toLocaleUpperCase('nb') + second.charAt(0).toLocaleUpperCase('nb') + second.slice(1, 2).toLocaleLowerCase('nb'));
  }
  add(capitalise(letters.slice(0, 3)));
  for (let i = 2; i < letters.length; i++) add(capitalise(letters.slice(0, 2) + letters[i]));
  for (let i = 1; i < letters.length; i++) {
    for (let j = i + 1; j < letters.length; j++) add(capitalise(letters[0]! + letters[i]! + letters[j]!));
  }
  return candidates;
}

/**
 * A unique label for every place, by id. Places are labelled in Norwegian
 * alphabetical order of their names, each taking its first candidate (see
 * {@link labelCandidates}) that no earlier place has taken; so «Haram» keeps
 * «Har» and «Hareid» gets «Hae». The same names always give the same labels.
 * A place whose every candidate is taken (two places with the same name)
 * gets its name's first three letters and a digit.
 */
export function placeLabels(places: readonly NamedPlace[]): Map<string, string> {
  const sorted = [...places].sort((a, b) => collator.compare(a.name, b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const taken = new Set<string>();
  const labels = new Map<string, string>();
  for (const place of sorted) {
    const candidates = labelCandidates(place.name);
    let label = candidates.find((c) => !taken.has(c));
    for (let n = 2; label === undefined; n++) {
      const numbered = `${candidates[0] ?? '?'}${n}`;
      if (!taken.has(numbered)) label = numbered;
    }
    taken.add(label);
    labels.set(place.id, label);
  }
  return labels;
}
