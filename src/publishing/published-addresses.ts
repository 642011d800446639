/**
 * Where the check finds what the published site answers: every build
 * writes `/adresser.json` (src/pages/adresser.json.ts), and the check reads
 * it from the published site to see whether an address has disappeared.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

/** The file every build writes at the site's root: `{ "adresser": ["/nyheter/x/", …] }`. */
export const ADDRESS_LIST = 'adresser.json';

/**
 * The addresses a built site answers, from `<siteDir>/adresser.json`, or
 * `undefined` when the folder holds no such list (nothing published yet, or
 * a build from before the list existed). Never throws.
 */
export function readPublishedAddresses(siteDir: string): string[] | undefined {
  try {
    const data = JSON.parse(readFileSync(path.join(siteDir, ADDRESS_LIST), 'utf8')) as unknown;
    const list = (data as { adresser?: unknown }).adresser;
    return Array.isArray(list) ? list.filter((a): a is string => typeof a === 'string') : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The published site the content at `contentRoot` is compared with:
 * PUBLISHED_SITE when set (the publisher sets it to its live folder), else
 * the project's published link `site/` when `contentRoot` is the project's
 * own `content/`. Another content folder (a test fixture) has none, so it is
 * never compared with the real site. `undefined` when there is none.
 */
export function publishedSiteFor(contentRoot: string, env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env['PUBLISHED_SITE']) return path.resolve(env['PUBLISHED_SITE']);
  const project = path.resolve(import.meta.dirname, '../..');
  return path.resolve(contentRoot) === path.join(project, 'content') ? path.join(project, 'site') : undefined;
}

/** The addresses to compare the content at `contentRoot` with (see `publishedSiteFor`), or `undefined`. */
export function publishedAddressesFor(contentRoot: string, env: NodeJS.ProcessEnv = process.env): string[] | undefined {
  const site = publishedSiteFor(contentRoot, env);
  return site ? readPublishedAddresses(site) : undefined;
}
