/**
 * Where a URL in the built site leads: to another site, or to a file of this
 * one (and perhaps an element in it). Served the way the nginx config and
 * static hosts serve it: `/path/` is `/path/index.html`, and the query string
 * does not pick a file.
 */
import type { BuiltPage, BuiltSite } from './built-site.ts';
import { attr, byTag } from './html-document.ts';

/** What a URL resolves to. */
export type Resolution =
  /** Another origin, or a scheme such as `mailto:` or `data:`. */
  | { kind: 'external'; url: URL }
  /** A file of the built site; `fragment` is the decoded `#...` part, or null. */
  | { kind: 'file'; url: URL; file: string; fragment: string | null }
  /** On the site's origin, but no file answers to it; `reason` says why, as the end of a sentence. */
  | { kind: 'broken'; reason: string };

/** The address a page is served at, honouring a `<base href>` if it has one. */
export function pageBaseUrl(site: BuiltSite, page: BuiltPage): URL {
  const url = new URL(encodeURI(page.path), site.origin);
  const base = byTag(page.document, 'base').map((element) => attr(element, 'href')).find((href) => href !== null);
  return base ? new URL(base, url) : url;
}

/** Resolves `raw` (as written in a file served at `base`) against the built site. */
export function resolveUrl(site: BuiltSite, base: URL, raw: string): Resolution {
  let url: URL;
  try {
    url = new URL(raw, base);
  } catch {
    return { kind: 'broken', reason: 'that is not a valid URL.' };
  }
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.origin !== site.origin) {
    return { kind: 'external', url };
  }
  let pathname: string;
  let fragment: string | null = null;
  try {
    pathname = decodeURIComponent(url.pathname);
    if (url.hash.length > 1 && !url.hash.startsWith('#:~:')) fragment = decodeURIComponent(url.hash.slice(1));
  } catch {
    return { kind: 'broken', reason: 'it has a malformed %-escape.' };
  }
  const file = pathname.slice(1);
  if (pathname.endsWith('/')) {
    if (site.files.has(`${file}index.html`)) return { kind: 'file', url, file: `${file}index.html`, fragment };
    return { kind: 'broken', reason: `${pathname} is not in the built site.` };
  }
  if (site.files.has(file)) return { kind: 'file', url, file, fragment };
  if (site.files.has(`${file}/index.html`)) {
    return {
      kind: 'broken',
      reason: `${pathname} is a folder: the page is ${pathname}/. Every address on this site ends in /; without it the link costs a redirect, and some hosts answer 404.`,
    };
  }
  return { kind: 'broken', reason: `${pathname} is not in the built site.` };
}
