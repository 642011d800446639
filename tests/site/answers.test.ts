/**
 * The answers as built: one page per category, and an index that lists
 * every question. Every answer's permanent address, its anchor on the index
 * (`/sporsmal-og-svar/#<id>`), and every old anchor recorded as moved, still
 * lead to the answer without JavaScript; the change log and the search
 * point at the answer on its category's page.
 */
import { XMLParser } from 'fast-xml-parser';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { parse } from 'yaml';
import { ANSWER_LINK_FIXTURE } from '../support/answer-link-fixtures.ts';

const siteDir = inject('siteDir');
const contentDir = inject('contentDir');
const read = (address: string) => readFileSync(path.join(siteDir, address, 'index.html'), 'utf8');
const index = read('/sporsmal-og-svar/');
const published = readdirSync(path.join(contentDir, 'sporsmal'))
  .filter((f) => f.endsWith('.md'))
  .map((f) => f.replace(/\.md$/, ''))
  .filter((id) => !id.endsWith('-test'));

/** The entry of an anchor on the index: the list item with that id, or holding an element with it. */
function entryOf(anchor: string): string | undefined {
  return [...index.matchAll(/<li id="[^"]+"[^>]*>.*?<\/li>/gs)].map((m) => m[0]).find((li) => li.includes(`id="${anchor}"`));
}
/** Where the index's entry for an anchor links. */
const linkOf = (anchor: string) => /<a href="([^"]+)"/.exec(entryOf(anchor) ?? '')?.[1];

describe('answers: an index and one page per category', () => {
  it('gives each answer on its category page a «link to this answer» that is the permanent address, kept when the category changes', () => {
    for (const id of published) {
      const page = read(linkOf(id)!.replace(/#.*$/, ''));
      const article = new RegExp(`<article[^>]*data-search-answer="${id}"[^>]*>.*?</article>`, 's').exec(page)?.[0] ?? '';
      const share = /<a href="([^"]+)"[^>]*aria-label="Lenke til svaret på[^"]*"/.exec(article)?.[1];
      expect(share, id).toBe(`/sporsmal-og-svar/#${id}`);
      expect(entryOf(id), id).toBeDefined();
    }
  });

  it('lists every published answer on the index under its id, linked to the answer on its category’s page', () => {
    expect(published.length).toBeGreaterThan(5);
    for (const id of published) {
      const link = linkOf(id);
      expect(link, id).toMatch(new RegExp(`^/sporsmal-og-svar/[a-z0-9-]+/#${id}$`));
      const page = read(link!.replace(/#.*$/, ''));
      expect(page, id).toMatch(new RegExp(`<article[^>]*data-search-answer="${id}"[^>]*>.*?<h2 id="${id}"`, 's'));
    }
  });

  it('holds each answer on exactly one category page, and no answer on the index itself', () => {
    const categories = readdirSync(path.join(siteDir, 'sporsmal-og-svar'), { withFileTypes: true }).filter((e) => e.isDirectory());
    expect(categories.length).toBeGreaterThan(1);
    const answers = categories.flatMap((c) => [...read(`/sporsmal-og-svar/${c.name}/`).matchAll(/data-search-answer="([^"]+)"/g)].map((m) => m[1]!));
    expect(answers.filter((id) => published.includes(id)).sort()).toEqual([...published].sort());
    expect(new Set(answers).size).toBe(answers.length);
    expect(index).not.toContain('data-search-answer');
  });

  it('keeps the anchor of an answer that moved on the index, leading to the answer it moved to', () => {
    const record = parse(readFileSync(path.join(contentDir, 'adresser.yaml'), 'utf8')) as { flyttet?: { fra: string; til: string }[] };
    const moves = (record.flyttet ?? []).filter((m) => m.fra.startsWith('/sporsmal-og-svar/#') && m.til.startsWith('/sporsmal-og-svar/#'));
    expect(moves.length, 'the shipped record moves an answer').toBeGreaterThan(0);
    for (const move of moves) {
      const from = move.fra.split('#')[1]!;
      const to = move.til.split('#')[1]!;
      if (!published.includes(to)) continue;
      expect(linkOf(from), from).toMatch(new RegExp(`/#${to}$`));
    }
  });

  it('keeps the category anchors of the old single page on the index', () => {
    const slugs = [...index.matchAll(/<h2 id="([a-z0-9-]+)"[^>]*><a href="\/sporsmal-og-svar\/([a-z0-9-]+)\/"/g)];
    expect(slugs.length).toBeGreaterThan(1);
    for (const [, anchor, page] of slugs) expect(anchor).toBe(page);
  });

  it('exists in nynorsk too, with lang nn and links within the nynorsk pages', () => {
    const nnIndex = read('/nn/sporsmal-og-svar/');
    expect(nnIndex).toMatch(/<html lang="nn"/);
    expect(nnIndex).toMatch(/<h2 id="kategorier"[^>]*>Kategoriar<\/h2>/);
    const link = /<a href="(\/nn\/sporsmal-og-svar\/[a-z0-9-]+\/#[^"]+)"/.exec(nnIndex)?.[1];
    expect(link).toBeDefined();
    const nnPage = read(link!.replace(/#.*$/, ''));
    expect(nnPage).toMatch(/<html lang="nn"/);
    expect(nnPage).toContain(`id="${link!.split('#')[1]}"`);
    expect(nnPage).toContain('Lenkje til dette svaret');
  });

  it('takes an answer’s bare #<id> link to an answer in another category to that answer’s page, in both languages', () => {
    const { id, page, otherCategory, sameCategory } = ANSWER_LINK_FIXTURE;
    for (const prefix of ['', '/nn']) {
      const html = read(`${prefix}${page}`);
      const article = new RegExp(`<article[^>]*data-search-answer="${id}"[^>]*>.*?</article>`, 's').exec(html)?.[0] ?? '';
      const cross = /<a href="([^"]+)">kostnadene<\/a>/.exec(article)?.[1];
      expect(cross, prefix).toBe(`${prefix}${linkOf(otherCategory)}`);
      expect(read(cross!.replace(/#.*$/, '')), prefix).toContain(`<h2 id="${otherCategory}"`);
      // Within the page the link stays an anchor, and the answer is there.
      expect(article, prefix).toContain(`<a href="#${sameCategory}">eierne</a>`);
      expect(html, prefix).toContain(`<h2 id="${sameCategory}"`);
    }
  });

  it('links an answer in the change log to its category’s page, and its feed item keeps the permanent address as its id', () => {
    const log = read('/endringer/type/svar/');
    const links = [...log.matchAll(/<a href="(\/sporsmal-og-svar\/[^"]+)">/g)].map((m) => m[1]!);
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) expect(link).toMatch(/^\/sporsmal-og-svar\/[a-z0-9-]+\/#/);
    const items = [new XMLParser().parse(readFileSync(path.join(siteDir, 'endringer', 'rss.xml'), 'utf8')).rss.channel.item].flat() as { link: string; guid?: string }[];
    const answer = items.find((i) => i.link.includes('/sporsmal-og-svar/'));
    expect(answer?.link).toMatch(/\/sporsmal-og-svar\/[a-z0-9-]+\/#/);
    expect(answer?.guid).toBe(answer!.link.replace(/\/sporsmal-og-svar\/[a-z0-9-]+\/#/, '/sporsmal-og-svar/#'));
  });
});
