/**
 * Gate (d): what every page needs to be found, named and read aloud
 * correctly: `<html lang>`, one non-empty `<title>` no other page shares, exactly one
 * `<h1>`, and a canonical URL on the site's own origin. The 404 page has no
 * canonical address of its own; it must carry `noindex` instead.
 * Redirect stubs (Astro's `redirects`) are left out: they are not pages.
 */
import { isRedirectPage, type BuiltPage, type BuiltSite } from './built-site.ts';
import { attr, byTag, lineOf, textContent, tokens } from './html-document.ts';
import type { Problem } from './problem.ts';

/** The file of the not-found page, which static hosts and the nginx config serve with status 404. */
export const NOT_FOUND_FILE = '404.html';

/** Every page missing a title, lang, single h1 or canonical URL, and every title used twice. */
export function checkPageMetadata(site: BuiltSite): Problem[] {
  const problems: Problem[] = [];
  const pagesByTitle = new Map<string, BuiltPage[]>();
  for (const page of site.pages) {
    if (isRedirectPage(page)) continue;
    const report = (message: string) => problems.push({ gate: 'page-metadata', page: page.path, message });
    const { document } = page;

    const lang = byTag(document, 'html').map((html) => attr(html, 'lang')?.trim() ?? '')[0] ?? '';
    if (!lang) report('<html> has no lang attribute, so screen readers cannot pick the right voice. Add lang="nb" (or "nn").');

    const titles = byTag(document, 'title').filter((title) => title.namespaceURI.endsWith('xhtml'));
    const title = titles[0] ? textContent(titles[0]).trim().replace(/\s+/g, ' ') : '';
    if (titles.length > 1) report(`It has ${titles.length} <title> elements; a page has exactly one.`);
    if (!title) report('It has no <title> (or an empty one). Every page needs a title saying what it is.');
    // Within one language: the same item in bokmål and nynorsk may keep its title (its content's).
    else pagesByTitle.set(`${lang}\u0000${title}`, [...(pagesByTitle.get(`${lang}\u0000${title}`) ?? []), page]);

    const headings = byTag(document, 'h1');
    if (headings.length === 0) report('It has no <h1>. Every page has exactly one main heading.');
    if (headings.length > 1) {
      report(
        `It has ${headings.length} <h1> elements (lines ${headings.map(lineOf).join(', ')}); every page has exactly one main heading. Make the others <h2>.`,
      );
    }

    const canonicals = byTag(document, 'link').filter((link) => tokens(link, 'rel').includes('canonical'));
    if (page.file === NOT_FOUND_FILE) {
      const robots = byTag(document, 'meta').filter((meta) => attr(meta, 'name')?.toLowerCase() === 'robots');
      if (!robots.some((meta) => tokens(meta, 'content').some((token) => token.replace(/,$/, '') === 'noindex'))) {
        report('The 404 page has no <meta name="robots" content="noindex">; search engines must not index it.');
      }
      continue;
    }
    if (canonicals.length === 0) {
      report(`It has no <link rel="canonical">. Every page names its own address on ${site.origin}.`);
    } else if (canonicals.length > 1) {
      report(`It has ${canonicals.length} <link rel="canonical"> elements; a page has exactly one.`);
    } else {
      const href = attr(canonicals[0]!, 'href') ?? '';
      if (!/^https?:\/\//i.test(href)) {
        report(`Its canonical URL «${href}» is not absolute. Write the full address on ${site.origin}.`);
      } else if (new URL(href).origin !== site.origin) {
        report(`Its canonical URL «${href}» is not on the site's own origin ${site.origin}.`);
      }
    }
  }
  for (const [key, pages] of pagesByTitle) {
    if (pages.length < 2) continue;
    const title = key.slice(key.indexOf('\u0000') + 1);
    for (const page of pages) {
      const others = pages.filter((other) => other !== page).map((other) => other.path);
      problems.push({
        gate: 'page-metadata',
        page: page.path,
        message: `Its <title> «${title}» is also the title of ${others.join(', ')}. Each page needs its own title, so readers can tell tabs, bookmarks and search results apart.`,
      });
    }
  }
  return problems;
}
