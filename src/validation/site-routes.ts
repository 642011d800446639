/**
 * The addresses the site's own code publishes, read from the page files in
 * src/pages (and the files in public/), for the check of links in bodies:
 * a link to a fixed page such as /kommuner/utvikling/ or /sok/ leads
 * somewhere because a page file makes it; the same page in another language
 * (/nn/kommunar/utvikling/) because the page is translated and src/i18n
 * gives the words of its address. Read from disk once per process.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { pageFiles, readStringsFiles, routesOf } from '../build/languages.ts';
import { isTranslatedPage, type RoutePattern, type Strings } from '../i18n/languages.ts';

/** What the site's own code publishes, as read from src/pages, public/ and src/i18n. */
interface SiteSources {
  /** Every route, files in public/ included, without the catch-all for old addresses. */
  routes: RoutePattern[];
  /** The routes every other language repeats under its prefix, in the main language's words. */
  translated: RoutePattern[];
  /** Interface strings by language code (the `url.<word>` strings translate address words). */
  strings: Record<string, Strings>;
}

let cached: SiteSources | null | undefined;

function sources(): SiteSources | undefined {
  if (cached === undefined) {
    try {
      const pages = fileURLToPath(new URL('../pages/', import.meta.url));
      const publicDir = fileURLToPath(new URL('../../public/', import.meta.url));
      const i18nDir = fileURLToPath(new URL('../i18n/', import.meta.url));
      // Bundled into a build's chunks, this module is not beside the page sources: then nothing is derived.
      if (existsSync(path.join(pages, 'index.astro'))) {
        const files = pageFiles(pages);
        cached = {
          routes: [
            ...routesOf(files.filter((file) => file !== '[...adresse].astro')),
            ...(existsSync(publicDir) ? readdirSync(publicDir).map((name) => [name]) : []),
          ],
          translated: routesOf(files.filter(isTranslatedPage)),
          strings: readStringsFiles(i18nDir),
        };
      } else cached = null;
    } catch {
      cached = null;
    }
  }
  return cached ?? undefined;
}

/**
 * Route patterns of the page files (`['kommuner', 'utvikling']`,
 * `['nyheter', '[slug]']`, `['nyheter', '[...side]']`) and of the files in
 * public/ (`['favicon.svg']`), without the catch-all for moved and removed
 * addresses (those are in content/adresser.yaml). `undefined` when the
 * page sources cannot be found (this module bundled elsewhere), so nothing
 * is refused for want of them.
 */
export function siteRoutes(): RoutePattern[] | undefined {
  return sources()?.routes;
}

/**
 * The routes the site makes again under each other language's prefix
 * (`/nn/nyheiter/[slug]`: pages, feeds and calendars, not attachments, data
 * files or old addresses), in the main language's words, with the strings
 * that translate those words, as `translatePath()` takes them. `undefined`
 * when the page sources cannot be found, as for `siteRoutes()`.
 */
export function translatedSiteRoutes(): { routes: RoutePattern[]; strings: Record<string, Strings> } | undefined {
  const found = sources();
  return found && { routes: found.translated, strings: found.strings };
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
