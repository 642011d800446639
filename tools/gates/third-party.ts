/**
 * Gate (c): no page makes the browser fetch anything from another host:
 * scripts, stylesheets, fonts, images, frames, media, `<link rel=preload|
 * stylesheet|icon|preconnect|...>`, and `url()`/`@import` in stylesheets.
 * Plain links to other sites are fine; they are only followed on request.
 */
import type { BuiltSite } from './built-site.ts';
import type { Problem } from './problem.ts';
import { pageReferences, stylesheetReferences, type Reference } from './references.ts';
import { pageBaseUrl } from './site-urls.ts';

const FIX =
  'The site makes no requests to other hosts (readers’ privacy; the Content-Security-Policy blocks them too): copy the file into the site, or drop it.';

/** Every resource in the built site that would be fetched from another origin. */
export function checkThirdParty(site: BuiltSite): Problem[] {
  const problems: Problem[] = [];
  const check = (page: string, base: URL, reference: Reference) => {
    if (!reference.loadsWithPage) return;
    let url: URL;
    try {
      url = new URL(reference.url, base);
    } catch {
      return; // Not a URL the browser could fetch; the link gate reports it.
    }
    if (!['http:', 'https:', 'ws:', 'wss:'].includes(url.protocol) || url.origin === site.origin) return;
    problems.push({ gate: 'third-party', page, message: `${reference.where} loads «${reference.url}» from ${url.host}. ${FIX}` });
  };
  for (const page of site.pages) {
    const base = pageBaseUrl(site, page);
    for (const reference of pageReferences(page.document)) check(page.path, base, reference);
  }
  for (const stylesheet of site.stylesheets) {
    const base = new URL(encodeURI(stylesheet.path), site.origin);
    for (const reference of stylesheetReferences(stylesheet.source)) check(stylesheet.path, base, reference);
  }
  return problems;
}
