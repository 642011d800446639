/**
 * The site in bokmål and nynorsk, as readers and search engines see the
 * built files: every page type exists in both, with the right `<html lang>`
 * and `hreflang` alternates that point at each other; a nynorsk page shows
 * no bokmål interface text; items in the other written form say so and
 * carry their own `lang`; each feed, the sitemap and the search index are
 * per language.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'parse5';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, inject, it } from 'vitest';
import nb from '../../src/i18n/nb.json' with { type: 'json' };
import nn from '../../src/i18n/nn.json' with { type: 'json' };
import { PAGE_TYPES } from '../support/page-types.ts';
import { LANGUAGE_ITEMS } from '../support/language-fixtures.ts';

const siteDir = inject('siteDir');
const contentDir = inject('contentDir');
const SITE = 'https://innforing.helseplattformen.example';

/** Page types that exist in both languages (old addresses are bokmål only; 404 has no alternates). */
const translated = Object.entries(PAGE_TYPES)
  .filter(([name]) => !['notFound', 'removed'].includes(name))
  .map(([name, url]) => [name, url.replace(/\?.*$/, '')] as const);

const read = (url: string) => readFileSync(path.join(siteDir, decodeURIComponent(url), url.endsWith('/') ? 'index.html' : ''), 'utf8');
const htmlLang = (html: string) => /<html\b[^>]*\blang="([^"]+)"/.exec(html)?.[1];
const alternates = (html: string) =>
  Object.fromEntries([...html.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g)].map((m) => [m[1]!, m[2]!.replace(SITE, '')]));

type Node = { nodeName: string; attrs?: { name: string; value: string }[]; childNodes?: Node[]; value?: string };

/** The text a reader sees in `lang`: without scripts, styles, hidden search terms and passages marked with another language. */
function textIn(html: string, lang: string): string {
  const out: string[] = [];
  const walk = (node: Node, inherited: string | undefined) => {
    if (['script', 'style', 'template', 'head'].includes(node.nodeName)) return;
    const current = node.attrs?.find((a) => a.name === 'lang')?.value ?? inherited;
    if (node.attrs?.some((a) => a.name === 'data-search-terms')) return;
    for (const child of node.childNodes ?? []) walk(child, current);
    if (current !== lang) return;
    if (node.nodeName === '#text') out.push(node.value ?? '');
    for (const a of node.attrs ?? []) if (['aria-label', 'title', 'alt', 'placeholder'].includes(a.name) || (a.name.startsWith('data-') && /\s/.test(a.value) && !/^[[{]/.test(a.value))) out.push(a.value);
  };
  walk(parse(html) as unknown as Node, undefined);
  return out.join(' ').replace(/\s+/g, ' ');
}

/**
 * The content's own text (bokmål, in files with no language field: settings,
 * municipalities, phases, sources; a known limit, docs/nynorsk.md). A
 * bokmål interface string that the content also writes cannot be told
 * apart on a page, so it is not looked for.
 */
function contentText(dir: string): string {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.(md|mdx|ya?ml|json)$/.test(e.name))
    .map((e) => readFileSync(path.join(e.parentPath, e.name), 'utf8'))
    .join('\n');
}
const content = contentText(contentDir);

/** Each bokmål interface string that nynorsk writes differently, as a pattern ({placeholders} match anything). */
const bokmalOnly = Object.entries(nb as Record<string, string>)
  .filter(([key, text]) => !key.startsWith('lang.') && (nn as Record<string, string>)[key] !== text)
  .map(([key, text]) => {
    const parts = text.split(/\{\w+\}/).map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+'));
    return { key, text, pattern: new RegExp(`(?<![\\p{L}])${parts.join('.{1,200}?')}(?![\\p{L}])`, 'u') };
  })
  .filter(({ text, pattern }) => text.replace(/\{\w+\}/g, '').trim().length > 2 && !pattern.test(content));

describe('both languages', () => {
  it('the nynorsk strings file has every key of the bokmål one', () => {
    expect(Object.keys(nb).filter((k) => !(k in nn))).toEqual([]);
  });

  it.each(translated)('%s (%s) exists in both, with lang and hreflang alternates that point at each other', (_name, url) => {
    const bokmal = read(url);
    expect(htmlLang(bokmal)).toBe('nb');
    const links = alternates(bokmal);
    expect(links.nb).toBe(url);
    expect(links.nn).toMatch(/^\/nn\//);
    const nynorsk = read(links.nn!);
    expect(htmlLang(nynorsk)).toBe('nn');
    expect(alternates(nynorsk)).toEqual(links);
    // The visible switch leads to the other language's page.
    expect(nynorsk).toContain(`<a href="${url}" hreflang="nb" lang="nb">Bokmål</a>`);
    expect(bokmal).toContain(`<a href="${links.nn}" hreflang="nn" lang="nn">Nynorsk</a>`);
  });

  it('writes the fixed words of nynorsk addresses in nynorsk', () => {
    expect(alternates(read('/nyheter/')).nn).toBe('/nn/nyheiter/');
    expect(alternates(read('/dokumenter/')).nn).toBe('/nn/dokument/');
    expect(alternates(read('/moter/')).nn).toBe('/nn/mote/');
    expect(alternates(read('/kommuner/trondheim/')).nn).toBe('/nn/kommunar/trondheim/');
    expect(alternates(read('/endringer/')).nn).toBe('/nn/endringar/');
  });

  it.each(translated)('%s in nynorsk shows no bokmål interface string', (_name, url) => {
    const text = textIn(read(alternates(read(url)).nn!), 'nn');
    const left = bokmalOnly.filter(({ pattern }) => pattern.test(text)).map(({ key, text }) => `${key}: ${text}`);
    expect(left.join('\n')).toBe('');
  });

  it('links from a nynorsk page stay on the nynorsk site', () => {
    const page = read('/nn/nyheiter/');
    const links = [...page.matchAll(/<a href="(\/[^"#?]*)"(?![^>]*hreflang)/g)].map((m) => m[1]!);
    expect(links.length).toBeGreaterThan(10);
    expect(links.filter((href) => !href.startsWith('/nn/'))).toEqual([]);
  });

  /** The text pages, written in both languages (bokmål address, nynorsk address). */
  const textPages = [
    ['/om/', '/nn/om/'],
    ['/personvern/', '/nn/personvern/'],
    ['/tilgjengelighet/', '/nn/tilgjengelegheit/'],
    ['/data/', '/nn/data/'],
  ] as const;

  it.each(textPages)('%s has its text in nynorsk at %s: lang nn, no written-in note, links that stay on /nn/', (url, nnUrl) => {
    const bokmal = read(url);
    expect(alternates(bokmal).nn).toBe(nnUrl);
    const page = read(nnUrl);
    expect(htmlLang(page)).toBe('nn');
    for (const html of [bokmal, page]) expect(html).not.toContain('hp-written-in');
    expect(page).not.toContain(nn['page.writtenIn.nb']);
    // Only content values written in bokmål are marked so, never the text as a whole.
    expect(page).not.toMatch(/<div lang="nb"/);
    const links = [...page.matchAll(/<a href="(\/[^"#?]*)"(?![^>]*hreflang)/g)].map((m) => m[1]!);
    // Files (open data, the catalogue) exist once, at their main-language address.
    expect(links.filter((href) => !href.startsWith('/nn/') && !/\.\w+$/.test(href))).toEqual([]);
    expect(links.length).toBeGreaterThan(10);
  });
});

describe('items in nynorsk and bokmål', () => {
  const { nynorsk, bokmal, translatedNb, translatedNn } = LANGUAGE_ITEMS;

  it('a nynorsk item is on both sites: in its own language, and on the bokmål site with a note and lang="nn"', () => {
    const own = read(`/nn/nyheiter/${nynorsk.slug}/`);
    expect(own).toContain(nynorsk.word);
    expect(own).not.toContain('Denne saka er skriven');
    const other = read(`/nyheter/${nynorsk.slug}/`);
    expect(other).toMatch(/<article class="hp-article"[^>]*lang="nn"/);
    expect(textIn(other, 'nb')).toContain('Denne saken er skrevet på nynorsk.');
    expect(other).toContain(nynorsk.word);
  });

  it('a bokmål item is on both sites: on the nynorsk site with a note in nynorsk and lang="nb"', () => {
    const other = read(`/nn/nyheiter/${bokmal.slug}/`);
    expect(other).toMatch(/<article class="hp-article"[^>]*lang="nb"/);
    expect(textIn(other, 'nn')).toContain('Denne saka er skriven på bokmål.');
    expect(read(`/nyheter/${bokmal.slug}/`)).not.toContain('Denne saken er skrevet på');
  });

  it('each list shows a translated item in its own language only, and links the translation', () => {
    const nbList = read('/nyheter/emne/spraktest/');
    const nnList = read('/nn/nyheiter/emne/spraktest/');
    expect(nbList).toContain(translatedNb.title);
    expect(nbList).not.toContain(translatedNn.title);
    expect(nnList).toContain(translatedNn.title);
    expect(nnList).not.toContain(`>${translatedNb.title}<`);
    for (const list of [nbList, nnList]) {
      expect(list).toContain(nynorsk.title);
      expect(list).toContain(bokmal.title);
    }
    expect(read(`/nyheter/${translatedNb.slug}/`)).toMatch(new RegExp(`<a href="/nn/nyheiter/${translatedNn.slug}/" hreflang="nn"[^>]*>Saken finnes også på nynorsk</a>`));
    expect(read(`/nn/nyheiter/${translatedNn.slug}/`)).toMatch(new RegExp(`<a href="/nyheter/${translatedNb.slug}/" hreflang="nb"[^>]*>Saka finst òg på bokmål</a>`));
  });

  it('each feed is in its language, with both items, its own links and the right version of a translated one', () => {
    const xml = new XMLParser();
    const feed = (url: string) => xml.parse(readFileSync(path.join(siteDir, url), 'utf8')).rss.channel as { language: string; item: { title: string; link: string }[] };
    const nbFeed = feed('nyheter/rss.xml');
    const nnFeed = feed('nn/nyheiter/rss.xml');
    expect(nbFeed.language).toBe('nb');
    expect(nnFeed.language).toBe('nn');
    const titles = (f: typeof nbFeed) => f.item.map((i) => i.title);
    for (const f of [nbFeed, nnFeed]) expect(titles(f)).toEqual(expect.arrayContaining([nynorsk.title, bokmal.title]));
    expect(titles(nbFeed)).toContain(translatedNb.title);
    expect(titles(nbFeed)).not.toContain(translatedNn.title);
    expect(titles(nnFeed)).toContain(translatedNn.title);
    expect(titles(nnFeed)).not.toContain(translatedNb.title);
    expect(nnFeed.item.every((i) => i.link.startsWith(`${SITE}/nn/nyheiter/`))).toBe(true);
    expect(nbFeed.item.every((i) => i.link.startsWith(`${SITE}/nyheter/`))).toBe(true);
  });

  it('the sitemap names each page in both languages', () => {
    const sitemap = readFileSync(path.join(siteDir, 'sitemap-0.xml'), 'utf8');
    expect(sitemap).toContain(
      `<url><loc>${SITE}/nyheter/${nynorsk.slug}/</loc><xhtml:link rel="alternate" hreflang="nb" href="${SITE}/nyheter/${nynorsk.slug}/"/><xhtml:link rel="alternate" hreflang="nn" href="${SITE}/nn/nyheiter/${nynorsk.slug}/"/></url>`,
    );
  });

  it('the search index has one language per site, each with every searchable page of its site', () => {
    const entry = JSON.parse(readFileSync(path.join(siteDir, 'pagefind', 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
    expect(Object.keys(entry.languages).sort()).toEqual(['nb', 'nn']);
    const searchable = (dir: string, skip: string[] = []): number =>
      readdirSync(dir, { withFileTypes: true, recursive: true })
        .filter((e) => e.isFile() && e.name === 'index.html' && !skip.some((s) => path.join(e.parentPath, '/').startsWith(s)))
        .filter((e) => /data-pagefind-body/.test(readFileSync(path.join(e.parentPath, e.name), 'utf8'))).length;
    const nnPages = searchable(path.join(siteDir, 'nn'));
    const nbPages = searchable(siteDir, [path.join(siteDir, 'nn', '/')]);
    // Pages, plus each answer as its own result.
    expect(entry.languages.nn!.page_count).toBeGreaterThan(nnPages);
    expect(entry.languages.nb!.page_count).toBeGreaterThan(nbPages);
  });
});
