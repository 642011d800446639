/**
 * What a first visit to one built page transfers: the HTML, the stylesheets
 * it links (and their `@import`s and fonts), the scripts it runs (and every
 * module they import statically), the images a phone loads and the icon,
 * each counted once, gzipped at zlib level 6, the way a static host with
 * compression on serves them.
 *
 * Rules, so the numbers can be checked by hand:
 * - Stylesheets: `<link rel="stylesheet" href>` (not `alternate stylesheet`),
 *   then `@import` in those files, recursively.
 * - Fonts: the first `url()` of each `@font-face` in those stylesheets,
 *   preferring a `woff2` source (what a current browser picks).
 * - Scripts: `<script src>` of a JavaScript type (none, `module`,
 *   `text/javascript`) and `<link rel="modulepreload">`, then every static
 *   `import`/`export … from` in those files, recursively. Dynamic `import()`
 *   is not followed: it loads only when the page asks for it (Pagefind on
 *   /sok/ when someone searches).
 * - Images: `<img>` and `<picture>` as a phone with a viewport 390 CSS px
 *   wide at device pixel ratio 1 (see `PHONE`) chooses: the first `<source>`
 *   whose `type` it supports and whose `media` matches, else the `<img>`;
 *   from a `w` srcset the smallest candidate at least as wide as the slot
 *   (`sizes` evaluated at 390 px) times the pixel ratio, else the widest;
 *   from an `x` srcset the candidate for the pixel ratio; else `src`.
 *   Lazy images are counted too: a first visit that scrolls loads them.
 *   `<link rel="icon">` counts as an image (browsers fetch it on a first visit).
 * - `data:` URLs are inside the file that holds them. URLs on another host
 *   are listed as third-party and not counted (the site gates forbid them).
 * - Not counted: `background-image` in CSS (the site has none), preloads
 *   other than modulepreload, and feeds or alternates the browser does not fetch.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse, type DefaultTreeAdapterTypes } from 'parse5';

type Node = DefaultTreeAdapterTypes.Node;
type Element = DefaultTreeAdapterTypes.Element;

/** Kinds of bytes a page transfers. */
export type ResourceKind = 'html' | 'css' | 'js' | 'image' | 'font';

/** One file a first visit loads. */
export interface Resource {
  /** Site path, e.g. `/_astro/BaseLayout.x1.css`. */
  url: string;
  kind: ResourceKind;
  /** Size on disk. */
  bytes: number;
  /** Size gzipped at level 6. */
  gzip: number;
}

/** Gzipped bytes of a first visit, by kind. */
export interface WeightByKind {
  html: number;
  css: number;
  js: number;
  images: number;
  fonts: number;
  /** The sum of the above. */
  total: number;
}

/** Everything a first visit to one page loads. */
export interface PageWeight extends WeightByKind {
  /** The page's site path, e.g. `/nyheter/`. */
  page: string;
  resources: Resource[];
  /** Referenced site paths with no file in the built folder. */
  missing: string[];
  /** URLs on other hosts (not counted). */
  thirdParty: string[];
  /** Site paths of the scripts the page itself names (before following imports). */
  entryScripts: string[];
}

/** The device the image choice assumes. */
export interface Viewport {
  /** Layout viewport width in CSS px. */
  width: number;
  /** Device pixel ratio. */
  dpr: number;
  /** Root font size in px, for `rem`/`em` in `sizes` and media queries. */
  rootFontSize: number;
  /** Image MIME types the browser decodes. */
  imageTypes: readonly string[];
}

/** A phone: 390 CSS px wide (iPhone 12–15), pixel ratio 1, every current image format. */
export const PHONE: Viewport = {
  width: 390,
  dpr: 1,
  rootFontSize: 16,
  imageTypes: ['image/avif', 'image/webp', 'image/png', 'image/jpeg', 'image/gif', 'image/svg+xml'],
};

/** What an HTML page references, as written (not yet resolved). */
export interface HtmlReferences {
  stylesheets: string[];
  scripts: string[];
  images: string[];
  icons: string[];
}

const JS_TYPES = new Set(['', 'module', 'text/javascript', 'application/javascript']);

function attr(element: Element, name: string): string | undefined {
  return element.attrs.find((a) => a.name === name)?.value;
}

function relTokens(element: Element): string[] {
  return (attr(element, 'rel') ?? '').toLowerCase().split(/\s+/).filter(Boolean);
}

/** Parses one length from `sizes` or a media query (`45rem`, `390px`, `100vw`) into CSS px. */
export function cssLength(value: string, viewport: Viewport): number | undefined {
  const match = /^\s*(\d*\.?\d+)(px|rem|em|vw)?\s*$/i.exec(value);
  if (!match) return undefined;
  const n = Number(match[1]);
  switch ((match[2] ?? '').toLowerCase()) {
    case 'rem':
    case 'em':
      return n * viewport.rootFontSize;
    case 'vw':
      return (n / 100) * viewport.width;
    case 'px':
      return n;
    default:
      return n === 0 ? 0 : undefined;
  }
}

/**
 * Whether a media condition holds for the viewport. Understands `min-width`,
 * `max-width` and `and`; anything else (orientation, prefers-*) counts as
 * not matching, so the image element's own fallback is used.
 */
export function mediaMatches(media: string | undefined, viewport: Viewport): boolean {
  if (!media || !media.trim() || media.trim().toLowerCase() === 'all') return true;
  const parts = media.toLowerCase().split(/\s+and\s+/);
  return parts.every((part) => {
    const match = /^\(\s*(min|max)-width\s*:\s*([^)]+)\)$/.exec(part.trim());
    if (!match) return false;
    const px = cssLength(match[2]!, viewport);
    if (px === undefined) return false;
    return match[1] === 'min' ? viewport.width >= px : viewport.width <= px;
  });
}

/** The slot width `sizes` gives at this viewport; `100vw` when absent. */
export function evaluateSizes(sizes: string | undefined, viewport: Viewport): number {
  if (!sizes) return viewport.width;
  for (const entry of sizes.split(',')) {
    const trimmed = entry.trim();
    const match = /^(\(.*\))\s+(\S+)$/.exec(trimmed);
    if (match) {
      if (mediaMatches(match[1], viewport)) return cssLength(match[2]!, viewport) ?? viewport.width;
    } else {
      return cssLength(trimmed, viewport) ?? viewport.width;
    }
  }
  return viewport.width;
}

/** Candidates of a srcset: URL and width (`w`) or density (`x`). */
export function parseSrcset(srcset: string): { url: string; w?: number; x?: number }[] {
  return srcset
    .split(/,\s+|,(?=\S+\s)/)
    .map((candidate) => candidate.trim())
    .filter(Boolean)
    .map((candidate) => {
      const [url, descriptor] = candidate.split(/\s+/);
      const w = descriptor && /^\d+w$/.test(descriptor) ? Number(descriptor.slice(0, -1)) : undefined;
      const x = descriptor && /^\d*\.?\d+x$/.test(descriptor) ? Number(descriptor.slice(0, -1)) : undefined;
      return { url: url!, ...(w !== undefined ? { w } : {}), ...(x !== undefined || w === undefined ? { x: x ?? 1 } : {}) };
    });
}

/**
 * The candidate a browser at `viewport` takes from a srcset: for widths, the
 * smallest at least slot × pixel ratio wide, else the widest; for
 * densities, the smallest at least the pixel ratio, else the densest.
 */
export function chooseCandidate(srcset: string, sizes: string | undefined, viewport: Viewport): string | undefined {
  const candidates = parseSrcset(srcset);
  if (candidates.length === 0) return undefined;
  const byWidth = candidates.filter((c) => c.w !== undefined).sort((a, b) => a.w! - b.w!);
  if (byWidth.length > 0) {
    const needed = evaluateSizes(sizes, viewport) * viewport.dpr;
    return (byWidth.find((c) => c.w! >= needed) ?? byWidth.at(-1)!).url;
  }
  const byDensity = candidates.sort((a, b) => (a.x ?? 1) - (b.x ?? 1));
  return (byDensity.find((c) => (c.x ?? 1) >= viewport.dpr) ?? byDensity.at(-1)!).url;
}

function imageFromImg(img: Element, viewport: Viewport): string | undefined {
  const srcset = attr(img, 'srcset');
  if (srcset) return chooseCandidate(srcset, attr(img, 'sizes'), viewport) ?? attr(img, 'src');
  return attr(img, 'src');
}

function imageFromPicture(picture: Element, viewport: Viewport): string | undefined {
  const children = picture.childNodes.filter((n): n is Element => 'tagName' in n);
  for (const source of children.filter((c) => c.tagName === 'source')) {
    const type = attr(source, 'type');
    if (type && !viewport.imageTypes.includes(type.toLowerCase())) continue;
    if (!mediaMatches(attr(source, 'media'), viewport)) continue;
    const srcset = attr(source, 'srcset');
    if (srcset) return chooseCandidate(srcset, attr(source, 'sizes'), viewport);
  }
  const img = children.find((c) => c.tagName === 'img');
  return img ? imageFromImg(img, viewport) : undefined;
}

/**
 * The stylesheets, scripts, images and icons an HTML page references, in
 * document order, as written. `<template>` content is skipped: it is not
 * rendered until a script clones it.
 */
export function htmlReferences(html: string, viewport: Viewport = PHONE): HtmlReferences {
  const refs: HtmlReferences = { stylesheets: [], scripts: [], images: [], icons: [] };
  const visit = (node: Node) => {
    if ('tagName' in node) {
      const element = node;
      switch (element.tagName) {
        case 'link': {
          const rel = relTokens(element);
          const href = attr(element, 'href');
          if (!href) break;
          if (rel.includes('stylesheet') && !rel.includes('alternate')) refs.stylesheets.push(href);
          else if (rel.includes('modulepreload')) refs.scripts.push(href);
          else if (rel.includes('icon')) refs.icons.push(href);
          break;
        }
        case 'script': {
          const src = attr(element, 'src');
          if (src && JS_TYPES.has((attr(element, 'type') ?? '').toLowerCase())) refs.scripts.push(src);
          break;
        }
        case 'picture': {
          const chosen = imageFromPicture(element, viewport);
          if (chosen) refs.images.push(chosen);
          return; // its <img> is already decided
        }
        case 'img': {
          const chosen = imageFromImg(element, viewport);
          if (chosen) refs.images.push(chosen);
          break;
        }
        case 'template':
          return;
      }
    }
    if ('childNodes' in node) node.childNodes.forEach(visit);
  };
  visit(parse(html));
  return refs;
}

/**
 * Static module specifiers of a JavaScript file that point into the site
 * (`./`, `../`, `/`): `import x from "./a.js"`, `import "./a.js"`,
 * `export * from "./a.js"`, minified or not. Dynamic `import()` is left out.
 */
export function staticImports(js: string): string[] {
  const found: string[] = [];
  const pattern = /(?:^|[^\w$.])(?:import|export)\s*(?:[\w$*{}\s,]*?\s*from\s*)?(["'])(\.{0,2}\/[^"']+)\1/g;
  for (const match of js.matchAll(pattern)) found.push(match[2]!);
  return found;
}

/** `@import`s and the font file each `@font-face` loads (woff2 first), as written. */
export function cssReferences(css: string): { imports: string[]; fonts: string[] } {
  const withoutComments = css.replace(/\/\*[\s\S]*?\*\//g, '');
  const imports = [...withoutComments.matchAll(/@import\s+(?:url\(\s*)?(["']?)([^"')\s;]+)\1\s*\)?/g)].map((m) => m[2]!);
  const fonts: string[] = [];
  for (const block of withoutComments.matchAll(/@font-face\s*{([^}]*)}/g)) {
    const src = /(?:^|;)\s*src\s*:([^;]*)/.exec(block[1]!)?.[1] ?? '';
    const sources = [...src.matchAll(/url\(\s*(["']?)([^"')]+)\1\s*\)\s*(?:format\(\s*["']?([\w-]+)["']?\s*\))?/g)].map((m) => ({
      url: m[2]!,
      format: m[3],
    }));
    const chosen = sources.find((s) => s.format === 'woff2' || /\.woff2(?:[?#]|$)/.test(s.url)) ?? sources[0];
    if (chosen) fonts.push(chosen.url);
  }
  return { imports, fonts };
}

const LOCAL_ORIGIN = 'https://bench.invalid';

/** Reads a built folder by site path, with gzip sizes computed once per file. */
export class BuiltSite {
  readonly dir: string;
  /** The site's own public address, so absolute links to it count as local. */
  readonly origin: string | undefined;
  private readonly sizes = new Map<string, { bytes: number; gzip: number } | null>();
  private readonly texts = new Map<string, string>();

  constructor(dir: string, origin?: string) {
    this.dir = path.resolve(dir);
    this.origin = origin ? new URL(origin).origin : undefined;
  }

  /**
   * The site path a reference on `base` points to, or `{ thirdParty }` for
   * another host, or undefined for `data:` and fragment-only references.
   */
  resolve(reference: string, base: string): { path: string } | { thirdParty: string } | undefined {
    if (/^data:/i.test(reference) || reference.startsWith('#')) return undefined;
    const url = new URL(reference, LOCAL_ORIGIN + base);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
    if (url.origin !== LOCAL_ORIGIN && url.origin !== this.origin) return { thirdParty: url.href };
    return { path: decodeURIComponent(url.pathname) };
  }

  /** The file behind a site path (`/x/` → `x/index.html`), or undefined when there is none. */
  file(sitePath: string): string | undefined {
    const relative = sitePath.endsWith('/') ? `${sitePath}index.html` : sitePath;
    const file = path.join(this.dir, relative);
    if (!file.startsWith(this.dir + path.sep)) return undefined;
    if (existsSync(file) && statSync(file).isFile()) return file;
    return undefined;
  }

  /** Bytes and gzipped bytes of a site path, or null when missing. */
  size(sitePath: string): { bytes: number; gzip: number } | null {
    let known = this.sizes.get(sitePath);
    if (known === undefined) {
      const file = this.file(sitePath);
      if (file) {
        const data = readFileSync(file);
        known = { bytes: data.length, gzip: gzipSize(data) };
      } else {
        known = null;
      }
      this.sizes.set(sitePath, known);
    }
    return known;
  }

  /** Text of a site path (cached; for stylesheets and scripts, which many pages share). */
  text(sitePath: string): string {
    let text = this.texts.get(sitePath);
    if (text === undefined) {
      text = readFileSync(this.file(sitePath)!, 'utf8');
      this.texts.set(sitePath, text);
    }
    return text;
  }
}

/** Gzipped size at zlib level 6 (what nginx and most CDNs use). */
export function gzipSize(data: Buffer | string): number {
  return gzipSync(data, { level: 6 }).length;
}

/** Sums resources by kind. */
export function sumByKind(resources: readonly Resource[]): WeightByKind {
  const sums: WeightByKind = { html: 0, css: 0, js: 0, images: 0, fonts: 0, total: 0 };
  const field = { html: 'html', css: 'css', js: 'js', image: 'images', font: 'fonts' } as const;
  for (const r of resources) {
    sums[field[r.kind]] += r.gzip;
    sums.total += r.gzip;
  }
  return sums;
}

/** Everything a first visit to `page` (a site path such as `/nyheter/`) loads from `site`. */
export function measurePage(site: BuiltSite, page: string, viewport: Viewport = PHONE): PageWeight {
  const resources: Resource[] = [];
  const missing: string[] = [];
  const thirdParty: string[] = [];
  const seen = new Set<string>();

  const add = (reference: string, base: string, kind: ResourceKind): string | undefined => {
    const target = site.resolve(reference, base);
    if (!target) return undefined;
    if ('thirdParty' in target) {
      if (!thirdParty.includes(target.thirdParty)) thirdParty.push(target.thirdParty);
      return undefined;
    }
    if (seen.has(target.path)) return undefined;
    seen.add(target.path);
    const size = site.size(target.path);
    if (!size) {
      missing.push(target.path);
      return undefined;
    }
    resources.push({ url: target.path, kind, ...size });
    return target.path;
  };

  const htmlPath = add(page, '/', 'html');
  if (!htmlPath) throw new Error(`No built page at ${page} in ${site.dir}.`);
  const refs = htmlReferences(readFileSync(site.file(htmlPath)!, 'utf8'), viewport);

  const stylesheet = (reference: string, base: string) => {
    const sheet = add(reference, base, 'css');
    if (!sheet) return;
    const { imports, fonts } = cssReferences(site.text(sheet));
    for (const font of fonts) add(font, sheet, 'font');
    for (const imported of imports) stylesheet(imported, sheet);
  };
  const script = (reference: string, base: string) => {
    const file = add(reference, base, 'js');
    if (!file) return;
    for (const imported of staticImports(site.text(file))) script(imported, file);
  };

  for (const href of refs.stylesheets) stylesheet(href, page);
  for (const src of refs.scripts) script(src, page);
  for (const src of [...refs.images, ...refs.icons]) add(src, page, 'image');

  const entryScripts = refs.scripts.flatMap((src) => {
    const target = site.resolve(src, page);
    return target && 'path' in target ? [target.path] : [];
  });
  return { page, ...sumByKind(resources), resources, missing, thirdParty, entryScripts };
}

/** Site paths of a script and every module it imports statically, recursively. */
export function scriptGraph(site: BuiltSite, entry: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file) || !site.size(file)) return;
    seen.add(file);
    for (const imported of staticImports(site.text(file))) {
      const target = site.resolve(imported, file);
      if (target && 'path' in target) visit(target.path);
    }
  };
  visit(entry);
  return [...seen];
}
