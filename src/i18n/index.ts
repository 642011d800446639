import nb from './nb.json';

/** Every interface string key; `nb` is the reference language. */
export type StringKey = keyof typeof nb;

/**
 * Interface string by key, with `{name}` placeholders filled in.
 * Kept in one JSON file per language so a `nn` version can be added later.
 */
export function t(key: StringKey, vars: Record<string, string | number> = {}): string {
  return nb[key].replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

const pluralRules = new Intl.PluralRules('nb');
const numbers = new Intl.NumberFormat('nb-NO');

/**
 * A counted phrase: the string `<base>.one` or `<base>.other`, chosen by the
 * language's plural rules, with `{count}` filled in as a formatted number:
 * `tCount('meetings.count', 3)` gives «3 møter».
 */
export function tCount(base: string, count: number, vars: Record<string, string | number> = {}): string {
  const form = pluralRules.select(count) === 'one' ? 'one' : 'other';
  return t(`${base}.${form}` as StringKey, { ...vars, count: numbers.format(count) });
}
