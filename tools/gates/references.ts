/**
 * Every URL a built file refers to, with what refers to it and whether the
 * browser fetches it while showing the page (a script, a stylesheet, an
 * image) or only when the reader follows it (a link). The link gate follows
 * both kinds within the site; the third-party gate forbids the first kind
 * anywhere else.
 */
import { attr, describe, tokens, type Element, type HtmlDocument } from './html-document.ts';

/** One URL in a page, stylesheet or XML file. */
export interface Reference {
  /** The URL as the browser reads it (character references decoded, not resolved). */
  url: string;
  /** Where it is, for messages: `<img srcset> on line 12`. */
  where: string;
  /** True when the browser fetches it to show the page; false for links the reader follows. */
  loadsWithPage: boolean;
}

// <link rel> values that make the browser fetch (or connect to) the URL.
const FETCHING_RELS = new Set([
  'stylesheet',
  'icon',
  'apple-touch-icon',
  'apple-touch-icon-precomposed',
  'mask-icon',
  'manifest',
  'preload',
  'modulepreload',
  'prefetch',
  'preconnect',
  'dns-prefetch',
  'prerender',
]);

// Attributes holding one URL the browser fetches, by element.
const RESOURCE_ATTRIBUTES: Record<string, string[]> = {
  img: ['src'],
  source: ['src'],
  script: ['src'],
  iframe: ['src'],
  frame: ['src'],
  embed: ['src'],
  object: ['data'],
  video: ['src', 'poster'],
  audio: ['src'],
  track: ['src'],
  input: ['src'],
  // SVG: sprites, embedded images and filters.
  use: ['href'],
  image: ['href'],
  feImage: ['href'],
};

/** Every URL a page refers to. */
export function pageReferences(document: HtmlDocument): Reference[] {
  const references: Reference[] = [];
  const add = (element: Element, attribute: string, loadsWithPage: boolean, url = attr(element, attribute)) => {
    if (url !== null) references.push({ url: url.trim(), where: describe(element, attribute), loadsWithPage });
  };
  for (const element of document.elements) {
    const tag = element.tagName;
    if (tag === 'a' || tag === 'area') {
      add(element, 'href', false);
      // `ping` makes the browser send a request when the link is followed.
      for (const url of tokens(element, 'ping')) add(element, 'ping', true, url);
    } else if (tag === 'link') {
      add(element, 'href', tokens(element, 'rel').some((rel) => FETCHING_RELS.has(rel)));
    } else if (tag === 'form') {
      add(element, 'action', false);
    } else if (tag === 'meta') {
      const property = attr(element, 'property') ?? attr(element, 'name');
      if (property === 'og:url' || property === 'og:image' || property === 'twitter:image') add(element, 'content', false);
      if (attr(element, 'http-equiv')?.toLowerCase() === 'refresh') {
        const target = /url\s*=\s*['"]?([^'"]+)/i.exec(attr(element, 'content') ?? '')?.[1];
        if (target) add(element, 'content', false, target);
      }
    }
    for (const attribute of RESOURCE_ATTRIBUTES[tag] ?? []) add(element, attribute, true);
    if ((tag === 'img' || tag === 'source') && attr(element, 'srcset') !== null) {
      for (const url of parseSrcset(attr(element, 'srcset') ?? '')) add(element, 'srcset', true, url);
    }
  }
  return references;
}

/**
 * The URLs of a `srcset`, following the HTML standard's parsing: a URL is a
 * run of non-space characters (it may contain commas, as data: URLs do),
 * optionally followed by a descriptor; candidates are separated by commas.
 */
export function parseSrcset(value: string): string[] {
  const urls: string[] = [];
  let position = 0;
  while (position < value.length) {
    while (position < value.length && /[\s,]/.test(value[position]!)) position++;
    if (position >= value.length) break;
    let end = position;
    while (end < value.length && !/\s/.test(value[end]!)) end++;
    let url = value.slice(position, end);
    position = end;
    if (url.endsWith(',')) {
      url = url.replace(/,+$/, '');
    } else {
      // Skip the descriptor (`640w`, `2x`) up to the next comma outside parentheses.
      let depth = 0;
      while (position < value.length && (value[position] !== ',' || depth > 0)) {
        if (value[position] === '(') depth++;
        if (value[position] === ')') depth--;
        position++;
      }
    }
    if (url) urls.push(url);
  }
  return urls;
}

/** The URLs in a stylesheet: `url(...)` and `@import "..."`, comments ignored. */
export function stylesheetReferences(css: string): Reference[] {
  const references: Reference[] = [];
  const text = css.replace(/\/\*[\s\S]*?\*\//g, (comment) => comment.replace(/[^\n]/g, ' '));
  const line = (index: number) => text.slice(0, index).split('\n').length;
  for (const match of text.matchAll(/url\(\s*(?:"([^"]*)"|'([^']*)'|([^)\s]*))\s*\)/gi)) {
    const url = match[1] ?? match[2] ?? match[3] ?? '';
    references.push({ url, where: `url() on line ${line(match.index)}`, loadsWithPage: true });
  }
  for (const match of text.matchAll(/@import\s+(?:"([^"]*)"|'([^']*)')/gi)) {
    references.push({ url: match[1] ?? match[2] ?? '', where: `@import on line ${line(match.index)}`, loadsWithPage: true });
  }
  return references;
}

/** The links in a feed or sitemap: `<loc>`, `<link>` text and `href` attributes. */
export function xmlReferences(xml: string): Reference[] {
  const references: Reference[] = [];
  const line = (index: number) => xml.slice(0, index).split('\n').length;
  for (const match of xml.matchAll(/<(loc|link)>\s*([^<]*?)\s*<\/\1>/g)) {
    references.push({ url: decodeXml(match[2]!), where: `<${match[1]}> on line ${line(match.index)}`, loadsWithPage: false });
  }
  for (const match of xml.matchAll(/<([\w:]+)\s[^>]*?\bhref="([^"]*)"/g)) {
    references.push({ url: decodeXml(match[2]!), where: `<${match[1]} href> on line ${line(match.index)}`, loadsWithPage: false });
  }
  return references;
}

function decodeXml(text: string): string {
  return text
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(Number.parseInt(hex, 16)))
    .replace(/&#([0-9]+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&(lt|gt|quot|apos);/g, (_, name: string) => ({ lt: '<', gt: '>', quot: '"', apos: "'" })[name]!)
    .replace(/&amp;/g, '&');
}
