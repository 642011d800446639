/**
 * The addresses the site's own code publishes, read from the page files in
 * src/pages (and the files in public/), for the check of links in bodies:
 * a link to a fixed page such as /kommuner/utvikling/ or /sok/ leads
 * somewhere because a page file makes it. Read from disk once per process.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { pageFiles, routesOf } from '../build/languages.ts';
import type { RoutePattern } from '../i18n/languages.ts';

let cached: RoutePattern[] | null | undefined;

/**
 * Route patterns of the page files (`['kommuner', 'utvikling']`,
 * `['nyheter', '[slug]']`, `['nyheter', '[...side]']`) and of the files in
 * public/ (`['favicon.svg']`), without the catch-all for moved and removed
 * addresses (those are in content/adresser.yaml). `undefined` when the
 * page sources cannot be found (this module bundled elsewhere), so nothing
 * is refused for want of them.
 */
export function siteRoutes(): RoutePattern[] | undefined {
  if (cached === undefined) {
    try {
      const pages = fileURLToPath(new URL('../pages/', import.meta.url));
      const publicDir = fileURLToPath(new URL('../../public/', import.meta.url));
      // Bundled into a build's chunks, this module is not beside the page sources: then nothing is derived.
      cached = existsSync(path.join(pages, 'index.astro'))
        ? [
            ...routesOf(pageFiles(pages).filter((file) => file !== '[...adresse].astro')),
            ...(existsSync(publicDir) ? readdirSync(publicDir).map((name) => [name]) : []),
          ]
        : null;
    } catch {
      cached = null;
    }
  }
  return cached ?? undefined;
}

/** Whether `segments` (an address split at `/`) is made by `route`: `[x]` stands for one segment, `[...x]` for any number. */
export function routeMatches(route: RoutePattern, segments: readonly string[]): boolean {
  for (let index = 0; index < route.length; index++) {
    const part = route[index]!;
    if (part.startsWith('[...')) return true;
    const segment = segments[index];
    if (segment === undefined) return false;
    if (!part.startsWith('[') && part !== segment) return false;
  }
  return route.length === segments.length;
}
