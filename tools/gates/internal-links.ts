/**
 * Gate (b): every link, image, script, stylesheet, `srcset` entry and
 * `#fragment` that stays on the site leads to a file of the built output, or
 * to an element id in the page it names. Also follows `url()` in stylesheets
 * and the links in feeds and sitemaps.
 */
import { fragmentTargets, type BuiltSite } from './built-site.ts';
import type { Problem } from './problem.ts';
import { pageReferences, stylesheetReferences, xmlReferences, type Reference } from './references.ts';
import { pageBaseUrl, resolveUrl } from './site-urls.ts';

/** Every internal reference in the built site that leads nowhere. */
export function checkInternalLinks(site: BuiltSite): Problem[] {
  const problems: Problem[] = [];
  const check = (page: string, base: URL, reference: Reference) => {
    const message = brokenReason(site, base, reference);
    if (message) problems.push({ gate: 'internal-links', page, message });
  };
  for (const page of site.pages) {
    const base = pageBaseUrl(site, page);
    for (const reference of pageReferences(page.document)) check(page.path, base, reference);
  }
  for (const stylesheet of site.stylesheets) {
    const base = new URL(encodeURI(stylesheet.path), site.origin);
    for (const reference of stylesheetReferences(stylesheet.source)) {
      // `url(#gradient)` points into an SVG document, not at a file.
      if (!reference.url.startsWith('#')) check(stylesheet.path, base, reference);
    }
  }
  for (const xml of site.xmlFiles) {
    const base = new URL(encodeURI(xml.path), site.origin);
    for (const reference of xmlReferences(xml.source)) check(xml.path, base, reference);
  }
  return problems;
}

function brokenReason(site: BuiltSite, base: URL, reference: Reference): string | null {
  const resolution = resolveUrl(site, base, reference.url);
  if (resolution.kind === 'external') return null;
  const what = `${reference.where} points to «${reference.url}»`;
  if (resolution.kind === 'broken') return `${what}, but ${resolution.reason}`;
  if (resolution.fragment === null || resolution.fragment === 'top') return null;
  const target = site.pageByFile.get(resolution.file);
  // A fragment in a PDF or CSV (`#page=2`) is for the viewer, not an element id.
  if (!target || fragmentTargets(target).has(resolution.fragment)) return null;
  return `${what}, but ${target.path} has no element with id="${resolution.fragment}".`;
}
