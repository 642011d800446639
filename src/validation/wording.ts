/** Small helpers for Norwegian wording of validation messages. */

const plurals = new Intl.PluralRules('nb');

/** `count` followed by the singular or plural word: `1 problem`, `3 problemer`. */
export function countOf(count: number, one: string, many: string): string {
  return `${count} ${plurals.select(count) === 'one' ? one : many}`;
}

/** Joins words the Norwegian way: «a, b og c». */
export function joinAnd(items: readonly string[]): string {
  return new Intl.ListFormat('nb', { type: 'conjunction' }).format(items);
}

/** Quotes text in Norwegian quotation marks, shortened when long. */
export function quote(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ');
  return `«${oneLine.length > 60 ? `${oneLine.slice(0, 57)}…` : oneLine}»`;
}

/** Describes a value of the wrong kind in plain words: «teksten «ja»», «tallet 5», «en liste». */
export function describeValue(value: unknown): string {
  if (typeof value === 'string') return `teksten ${quote(value)}`;
  if (typeof value === 'number') return `tallet ${value}`;
  if (typeof value === 'boolean') return `verdien ${value}`;
  if (Array.isArray(value)) return 'en liste';
  if (value === null || value === undefined) return 'ingen verdi';
  if (typeof value === 'object') return 'en gruppe med felt';
  return 'en verdi';
}

/** Upper-cases the first letter. */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * The candidate closest to `word` when it is near enough to be a likely typo
 * (`publsert` → `publisert`, `trondhiem` → `trondheim`), otherwise `undefined`.
 * Two equally close candidates (`fase-3` between `fase-1` and `fase-2`) give
 * no guess: a wrong suggestion is worse than none.
 */
export function closest(word: string, candidates: Iterable<string>): string | undefined {
  const lower = word.toLowerCase();
  let best: string | undefined;
  let bestDistance = Infinity;
  let tied = false;
  for (const candidate of new Set(candidates)) {
    const distance = editDistance(lower, candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
      tied = false;
    } else if (distance === bestDistance) {
      tied = true;
    }
  }
  const allowed = Math.max(1, Math.floor(word.length / 4));
  return bestDistance <= allowed && !tied ? best : undefined;
}

/** Edit distance counting a swap of two neighbouring letters as one edit. */
function editDistance(a: string, b: string): number {
  const rows: number[][] = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const row = rows[i]!;
      row[j] = Math.min(rows[i - 1]![j]! + 1, row[j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        row[j] = Math.min(row[j]!, rows[i - 2]![j - 2]! + 1);
      }
    }
  }
  return rows[a.length]![b.length]!;
}

/** A usable slug for a file name staff wrote freely: «Indre Fosen» → «indre-fosen», «Ørland» → «orland». */
export function suggestSlug(name: string): string {
  return name
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'o')
    .replace(/å/g, 'a')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** True for a valid slug, the same rule as the `slug` schema. */
export function isSlug(value: unknown): value is string {
  return typeof value === 'string' && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value);
}
