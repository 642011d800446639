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
