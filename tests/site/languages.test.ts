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
import { parse as parseYaml } from 'yaml';
import { describe, expect, inject, it } from 'vitest';
import nb from '../../src/i18n/nb.json' with { type: 'json' };
import nn from '../../src/i18n/nn.json' with { type: 'json' };
import { NYNORSK_PAGE_TYPES, PAGE_TYPES } from '../support/page-types.ts';
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

/**
 * The text a reader sees in `lang`: without scripts, styles, hidden search
 * terms and passages marked with another language; with the attributes read
 * out (labels, titles), unless `attributes` is false.
 */
function textIn(html: string, lang: string, { attributes = true } = {}): string {
  const out: string[] = [];
  const walk = (node: Node, inherited: string | undefined) => {
    if (['script', 'style', 'template', 'head'].includes(node.nodeName)) return;
    const current = node.attrs?.find((a) => a.name === 'lang')?.value ?? inherited;
    if (node.attrs?.some((a) => a.name === 'data-search-terms')) return;
    for (const child of node.childNodes ?? []) walk(child, current);
    if (current !== lang) return;
    if (node.nodeName === '#text') out.push(node.value ?? '');
    if (attributes) for (const a of node.attrs ?? []) if (['aria-label', 'title', 'alt', 'placeholder'].includes(a.name) || (a.name.startsWith('data-') && /\s/.test(a.value) && !/^[[{]/.test(a.value))) out.push(a.value);
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
  it('title every page «<page> – <site>», and each front page with the site name alone', () => {
    const siteName = (JSON.parse(readFileSync(path.join(contentDir, 'innstillinger.json'), 'utf8')) as { navn: string }).navn;
    const titleOf = (html: string) => /<title>([^<]*)<\/title>/.exec(html)?.[1]?.replaceAll('&amp;', '&');
    expect(titleOf(read('/'))).toBe(siteName);
    expect(titleOf(read('/nn/'))).toBe(siteName);
    expect(titleOf(read('/sok/'))).toBe(`Søk – ${siteName}`);
    expect(titleOf(read('/nn/sok/'))).toBe(`Søk – ${siteName}`);
    const wrong: string[] = [];
    const walk = (dir: string): void => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const file = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(file);
        else if (entry.name.endsWith('.html')) {
          const html = readFileSync(file, 'utf8');
          if (/http-equiv="refresh"/.test(html)) continue; // moved addresses: a stub pointing on
          const title = titleOf(html) ?? '';
          const front = ['index.html', 'nn/index.html'].includes(path.relative(siteDir, file));
          if (title.split(siteName).length - 1 !== 1 || (!front && !title.endsWith(` – ${siteName}`))) wrong.push(`${path.relative(siteDir, file)}: ${title}`);
        }
      }
    };
    walk(siteDir);
    expect(wrong).toEqual([]);
  });

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

describe('content with no language of its own is marked bokmål on nynorsk pages (WCAG 3.1.2)', () => {
  const settings = JSON.parse(readFileSync(path.join(contentDir, 'innstillinger.json'), 'utf8')) as {
    navn: string;
    beskrivelse: string;
    lisens: { navn: string };
    statuser: { navn: string; beskrivelse: string }[];
  };
  const phases = readdirSync(path.join(contentDir, 'faser')).map(
    (file) => parseYaml(readFileSync(path.join(contentDir, 'faser', file), 'utf8')) as { navn: string; beskrivelse: string },
  );
  // The categories of published answers (the index lists them; drafts and future answers have none there).
  const answersIndex = read('/sporsmal-og-svar/');
  const categories = [
    ...new Set(
      readdirSync(path.join(contentDir, 'sporsmal'))
        .map((file) => /^kategori: (.+)$/m.exec(readFileSync(path.join(contentDir, 'sporsmal', file), 'utf8'))?.[1]?.trim())
        .filter((name): name is string => name !== undefined && answersIndex.includes(`>${name}</a>`)),
    ),
  ];
  const siteName = settings.navn;
  const licence = settings.lisens.navn;
  const statusNames = settings.statuser.map((s) => s.navn);
  const statusMeanings = settings.statuser.map((s) => s.beskrivelse);
  const phaseNames = phases.map((p) => p.navn);
  const phaseTexts = phases.map((p) => p.beskrivelse);
  // A board meeting: its status note, agenda item, decision and what it decided for each party.
  const meetingId = 'styret-helse-midt-norge-rhf-2023-01';
  const meeting = parseYaml(readFileSync(path.join(contentDir, 'moter', `${meetingId}.yaml`), 'utf8')) as {
    statusmerknad: string;
    saker: { tittel: string; vedtak: { tekst: string; gjelder: { vedtak: string }[] } }[];
  };
  const meetingTexts = [meeting.statusmerknad, ...meeting.saker.flatMap((s) => [s.tittel, s.vedtak.tekst, ...s.vedtak.gjelder.map((g) => g.vedtak)])];
  const all = [siteName, settings.beskrivelse, licence, ...statusNames, ...statusMeanings, ...phaseNames, ...phaseTexts, ...categories, ...meetingTexts];

  /**
   * Every element whose whole text is one of `values`, with the languages
   * its words are in (the nearest `lang` of each text node): what a screen
   * reader would read them in.
   */
  function partsOf(html: string, values: readonly string[]): { value: string; langs: string[] }[] {
    const wanted = new Set(values);
    const found: { value: string; langs: string[] }[] = [];
    const walk = (node: Node, inherited: string | undefined): { text: string; langs: string[] } => {
      if (['script', 'style', 'template', 'head', 'title'].includes(node.nodeName)) return { text: '', langs: [] };
      const current = node.attrs?.find((a) => a.name === 'lang')?.value ?? inherited;
      if (node.nodeName === '#text') {
        const text = node.value ?? '';
        return { text, langs: text.trim() ? [current ?? ''] : [] };
      }
      const inner = (node.childNodes ?? []).map((child) => walk(child, current));
      const text = inner.map((i) => i.text).join('');
      const langs = inner.flatMap((i) => i.langs);
      const value = text.replace(/\s+/g, ' ').trim();
      if (node.attrs && wanted.has(value)) found.push({ value, langs: [...new Set(langs)] });
      return { text, langs };
    };
    walk(parse(html) as unknown as Node, undefined);
    return found;
  }

  /** Where each part is shown on the nynorsk site, and which parts the page must show. */
  const pages: [string, string[]][] = [
    ['/nn/', [siteName, settings.beskrivelse, ...statusNames.slice(1, 3)]],
    ['/nn/sporsmal-og-svar/', [siteName, ...categories]],
    ['/nn/sporsmal-og-svar/innforingen/', ['Innføringen', ...categories]],
    ['/nn/data/', [licence, ...statusNames, ...statusMeanings]],
    ['/nn/kommunar/', statusNames.filter((s) => s !== statusNames[0]).concat(phaseNames.slice(0, 2))],
    ['/nn/kommunar/trondheim/', [statusNames.at(-2)!, statusMeanings.at(-2)!, phaseNames.find((n) => n.startsWith('Første'))!]],
    ['/nn/innforing/', [...phaseNames, ...phaseTexts]],
    ['/nn/kommunar/utvikling/', [...statusNames, ...phaseNames.slice(0, 2)]],
    // The change log: status names in events' titles, phase names in plans' titles.
    ['/nn/endringar/', statusNames.filter((s) => read('/endringer/').includes(`: ${s}</a>`))],
    ['/nn/endringar/type/fase/', phaseNames.filter((p) => read('/endringer/type/fase/').includes(p))],
    [`/nn/mote/${meetingId}/`, meetingTexts],
  ];

  it('has the parts to look for', () => {
    expect(pages.every(([, expected]) => expected.length > 0)).toBe(true);
    expect(categories.length).toBeGreaterThan(2);
    expect(phaseNames.length).toBeGreaterThan(2);
    expect(statusNames.length).toBeGreaterThan(2);
  });

  it.each(pages)('%s shows each part in an element with lang="nb", and none of them as nynorsk', (url, expected) => {
    const html = read(url);
    expect(htmlLang(html)).toBe('nn');
    const parts = partsOf(html, all);
    for (const value of expected) expect(parts.map((p) => p.value), `${url} shows «${value}»`).toContain(value);
    const unmarked = parts.filter((p) => p.langs.some((l) => l !== 'nb')).map((p) => `«${p.value}» read as ${p.langs.join('+')}`);
    expect(unmarked).toEqual([]);
    // Nor inside a sentence: the nynorsk text holds no status or phase name, category, licence or site name.
    // (Attributes such as a map area's label cannot carry a language of their own.)
    const nynorsk = textIn(html, 'nn', { attributes: false });
    const inText = all.filter((value) => value.length > 3 && nynorsk.includes(value));
    expect(inText).toEqual([]);
  });

  it.each(Object.entries(NYNORSK_PAGE_TYPES).map(([name, url]) => [name, url.replace(/\?.*$/, '')] as const))(
    '%s marks the site name in its header and the settings in its footer with lang="nb"',
    (_name, url) => {
      const html = read(url);
      expect(headerName(html)).toEqual({ attributes: ' href="/nn/" lang="nb"', text: siteName });
      expect(html).toMatch(/<footer class="hp-footer">[\s\S]*<p lang="nb">/);
    },
  );

  /** The header's site-name link: its attributes after the class, and its text (its words may sit in elements of their own). */
  function headerName(html: string): { attributes: string; text: string } | undefined {
    const match = /<a class="hp-header__name"([^>]*)>([\s\S]*?)<\/a>/.exec(html);
    return match ? { attributes: match[1]!, text: match[2]!.replace(/<[^>]*>/g, '') } : undefined;
  }

  /** Elements whose `lang` repeats the language they are already in: a redundant mark. */
  function redundantLangs(html: string): string[] {
    const found: string[] = [];
    const walk = (node: Node, inherited: string | undefined) => {
      const own = node.attrs?.find((a) => a.name === 'lang')?.value;
      if (own !== undefined && own === inherited) found.push(`<${node.nodeName} lang="${own}">`);
      for (const child of node.childNodes ?? []) walk(child, own ?? inherited);
    };
    walk(parse(html) as unknown as Node, undefined);
    return found;
  }

  it.each(translated)('%s in bokmål carries no redundant lang="nb"', (_name, url) => {
    const html = read(url);
    expect(htmlLang(html)).toBe('nb');
    expect(redundantLangs(html)).toEqual([]);
    // The parts are there, unmarked.
    expect(headerName(html)).toEqual({ attributes: ' href="/"', text: siteName });
  });
});
