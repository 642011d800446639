/**
 * Cache keys for Astro's incremental static build
 * (`experimental.incrementalBuild`): Astro copies a page from the previous
 * build instead of rendering it when the page's code and its `cacheKey`
 * are unchanged. A page's key here is a fingerprint of exactly the content
 * the page shows, so an edit re-renders the pages that show it and no
 * other:
 *
 * - every page: the build date (publication, «today» in citations) and the
 *   settings (the layout shows the site's name, description and licence);
 * - an item's page: the item itself (data, body, image, attachments) and
 *   the labels (data without body) of the items it is linked with through
 *   the registry's declared references (src/content-model/registry.ts),
 *   in the directions and hops that route shows (content-graph.ts);
 * - a list, facet, change-log or data page: the values the page is built
 *   from, computed by the same queries the page uses, with content items
 *   in them counted by their fingerprints.
 *
 * Each page's `getStaticPaths()` passes its paths through `withCacheKeys()`
 * with the route's name; the table below says what each route shows. A
 * route missing from the table is an error, so a new page cannot be cached
 * by mistake. Pages without `getStaticPaths()` have no key and are always
 * rendered. Code changes are Astro's part: it compares each route's module
 * graph, and a change of the Astro configuration or the lockfile drops the
 * whole cache.
 */
import { site as build } from 'virtual:helseplattformen/site';
import { contentSnapshot, type ContentSnapshot } from '../content-model/snapshot.ts';
import type { KindId } from '../content-model/registry.ts';
import type { Change } from '../changes/change-log.ts';
import type { Facet } from '../domain/facets.ts';
import {
  getAddressRecord,
  getChangeFilters,
  getChangeLog,
  getDocumentFacets,
  getMeetingFacets,
  getMeetings,
  getOpenData,
  getOrganisationStatuses,
  getSettings,
  lastChangeOf,
  lastDocumentChange,
  type NewsEntry,
} from '../data/queries.ts';
import { CHANGES_PER_PAGE, NEWS_PER_PAGE, paginate } from '../domain/paging.ts';
import { itemsForLanguage } from '../domain/translations.ts';
import { DEFAULT_LANGUAGES } from '../i18n/languages.ts';
import { oldAnswerAnchors } from '../domain/answers.ts';
import { currentAddress } from '../domain/permanent-links.ts';
import { contentGraph, hashOf, type ContentGraph, type NodeId } from './content-graph.ts';

/** One path as `getStaticPaths()` returns it. */
interface StaticPath {
  params: Record<string, string | undefined>;
  props?: Record<string, unknown>;
}

/** Fingerprints of what one path shows, besides what every page shows. */
type RouteParts = (path: StaticPath, graph: ContentGraph) => Promise<unknown[]> | unknown[];

let current: { snapshot: ContentSnapshot; graph: ContentGraph } | undefined;

/** The graph of this build's content, made once per build. */
async function graphOfBuild(): Promise<ContentGraph> {
  const snapshot = await contentSnapshot(build.contentDir, build.buildDate);
  if (current?.snapshot !== snapshot) current = { snapshot, graph: contentGraph(snapshot.result) };
  return current.graph;
}

/**
 * A JSON fingerprint of values a page is built from. Content entries in
 * them (Astro's collection entries: `{ id, collection, data }`) count by
 * their item's digest, so a list does not hash thousands of bodies; maps
 * and sets count by their entries.
 */
function fingerprint(graph: ContentGraph, value: unknown): string {
  return hashOf(
    JSON.stringify(value, (_key, v: unknown) => {
      if (v instanceof Map) return [...v];
      if (v instanceof Set) return [...v];
      if (v && typeof v === 'object' && 'collection' in v && 'id' in v && 'data' in v) {
        const node = `${String(v.collection)}/${String(v.id)}` as NodeId;
        return `@${node}:${graph.digest(node) ?? hashOf((v as { data: unknown }).data)}`;
      }
      return v;
    }),
  );
}

/** Labels of nodes, each tagged with its id (an item gone or added changes the list). */
const labels = (graph: ContentGraph, nodes: readonly NodeId[]) => nodes.map((node) => `${node}=${graph.label(node)}`);

/** The nodes one hop away from `nodes` along `step`, without repeats, in a stable order. */
function hop(graph: ContentGraph, nodes: readonly NodeId[], step: 'in' | 'out'): NodeId[] {
  const found = new Set<NodeId>();
  for (const node of nodes) for (const next of graph[step](node)) found.add(next);
  return [...found].sort();
}

/**
 * An item's page: its own digest, and the labels of the items reached by
 * each of `paths` (`out` = items it refers to, `in` = items referring to
 * it; `in.out` = items those refer to, and so on).
 */
function itemParts(graph: ContentGraph, kind: KindId, id: string | undefined, paths: readonly string[]): unknown[] {
  const node = `${kind}/${id}` as NodeId;
  return [
    node,
    graph.digest(node),
    ...paths.map((steps) => {
      let nodes: NodeId[] = [node];
      for (const step of steps.split('.') as ('in' | 'out')[]) nodes = hop(graph, nodes, step);
      return [steps, labels(graph, nodes)];
    }),
  ];
}

/** A list of facets as the facet navigation shows it: values, labels, counts, addresses. */
const facetSummary = (facets: readonly Facet<unknown>[]) =>
  facets.map((facet) => [facet.id, facet.label, facet.values.map((v) => [v.value, v.label, v.items.length, v.href])]);

/** The change-log entries for a set of item pages. */
const changesFor = (all: readonly Change[], kind: Change['kind'], pages: ReadonlySet<string>) =>
  all.filter((c) => c.kind === kind && pages.has(c.link.replace(/#.*$/, '')));

/** Every municipality's change-log entries, page filters and feed extras. */
async function municipalityChanges(slug: string | undefined): Promise<unknown[]> {
  const changes = (await getChangeLog()).filter((c) => c.municipalities.includes(slug ?? ''));
  return [changes, await lastChangeOf((c) => c.municipalities.includes(slug ?? ''))];
}

/** `changeFilters()` and the change-log selections, computed once per change log (per build), not once per page. */
const perLog = new WeakMap<readonly Change[], { filters?: Promise<unknown>; selections: Map<string, { size: number; pages: ReturnType<typeof paginate<Change>> }> }>();

/** The memo of one change log. */
function memoOf(all: readonly Change[]) {
  let memo = perLog.get(all);
  if (!memo) perLog.set(all, (memo = { selections: new Map() }));
  return memo;
}

/**
 * What a change-log page shows besides its entries: its filters, with the
 * number of changes of each kind and each municipality, and the years.
 */
async function changeFilters(): Promise<unknown> {
  const all = await getChangeLog();
  const memo = memoOf(all);
  memo.filters ??= countFilters(all);
  return memo.filters;
}

/** `changeFilters()` of one change log, computed. */
async function countFilters(all: readonly Change[]): Promise<unknown> {
  const count = (key: (c: Change) => readonly string[]) => {
    const counts = new Map<string, number>();
    for (const change of all) for (const k of key(change)) counts.set(k, (counts.get(k) ?? 0) + 1);
    return [...counts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  };
  return [await getChangeFilters(), count((c) => [c.kind]), count((c) => c.municipalities)];
}

/**
 * One page of a selection of the change log (by kind, year or
 * municipality): the entries on that page, the page's number and the
 * number of pages (the pager), the selection's size (the lead), and the
 * filters with their counts.
 */
async function changeLogPage(path: StaticPath, selection: string, filter: (change: Change) => boolean): Promise<unknown[]> {
  const { current, total } = path.props as { current: number; total: number };
  const all = await getChangeLog();
  const { selections } = memoOf(all);
  let selected = selections.get(selection);
  if (!selected) {
    const changes = all.filter(filter);
    selections.set(selection, (selected = { size: changes.length, pages: paginate(changes, CHANGES_PER_PAGE) }));
  }
  return [path.props, selected.size, selected.pages[current - 1]?.items, total, await changeFilters()];
}

/** The documents a facet value lists, as pages. */
const documentPages = (items: readonly { id: string }[]) => new Set(items.map((d) => `/dokumenter/${d.id}/`));
/** The meetings a facet value lists, as pages. */
const meetingPages = (items: readonly { entry: { id: string } }[]) => new Set(items.map((m) => `/moter/${m.entry.id}/`));

/** What each route with `getStaticPaths()` shows, by its file under src/pages/. */
const routes = {
  // The item, its municipalities' and documents' names, its sources' titles.
  'nyheter/[slug]': (path, graph) => itemParts(graph, 'nyheter', path.params['slug'], ['out']),
  // Twenty items with their municipalities, every topic with its count, the newest news date.
  'nyheter/[...side]': async (path, graph) => {
    const { items, current, total, count, topics } = path.props as { items: { id: string }[]; current: number; total: number; count: number; topics: { slug: string; name: string; items: unknown[] }[] };
    return [
      fingerprint(graph, items),
      items.map((item) => labels(graph, graph.out(`nyheter/${item.id}`))),
      current,
      total,
      count,
      topics.map((t) => [t.slug, t.name, t.items.length]),
      await lastChangeOf((c) => c.kind === 'nyhet'),
    ];
  },
  // One page of a topic: its items in each language (with their municipalities' names), which page of how many,
  // the topic's name, its count and newest date in each language.
  'nyheter/emne/[emne]/[...side]': async (path, graph) => {
    const { topic, current, total } = path.props as { topic: { slug: string; name: string; items: NewsEntry[] }; current: number; total: number };
    return [
      topic.slug,
      topic.name,
      current,
      total,
      ((await getSettings()).sprak ?? DEFAULT_LANGUAGES).map((lang) => {
        const items = itemsForLanguage(topic.items, lang);
        const shown = paginate(items, NEWS_PER_PAGE)[current - 1]?.items ?? [];
        return [
          lang,
          items.length,
          items.map((i) => i.data.oppdatert ?? i.data.publisert).sort().at(-1),
          fingerprint(graph, shown),
          shown.map((item) => labels(graph, graph.out(`nyheter/${item.id}`))),
        ];
      }),
    ];
  },
  // A category of answers: its answers, the names of the documents and sources they cite, the old anchors
  // kept beside them (the address record), every category's name and count (the navigation), and
  // which category holds each answer (links between answers, src/components/answers/AnswerLinks.astro).
  'sporsmal-og-svar/[kategori]': async (path, graph) => {
    const { category, others, places } = path.props as { category: { slug: string; name: string; answers: { id: string }[] }; others: unknown; places: unknown };
    const ids = new Set(category.answers.map((a) => a.id));
    const record = await getAddressRecord();
    return [
      category.slug,
      category.name,
      fingerprint(graph, category.answers),
      category.answers.map((a) => labels(graph, graph.out(`sporsmal/${a.id}`))),
      [...oldAnswerAnchors(record, (address) => currentAddress(address, record)).moved].filter(([to]) => ids.has(to)),
      others,
      // Where every answer is: a link in a body to an answer in another category points at its page.
      places,
    ];
  },
  // The document, its parties, sources and the version it replaces (whose text it is compared with: digest);
  // documents replacing it, news and meetings naming it, and those meetings' bodies; its change-log date.
  'dokumenter/[slug]': async (path, graph) => {
    const id = path.params['slug'];
    const replaced = graph.out(`dokumenter/${id}`).filter((node) => node.startsWith('dokumenter/'));
    return [
      itemParts(graph, 'dokumenter', id, ['out', 'in', 'in.out']),
      replaced.map((node) => graph.digest(node)),
      await lastDocumentChange(id ?? ''),
    ];
  },
  // An attachment's bytes: the document's digest covers its files.
  'dokumenter/[slug]/[...file]': (path, graph) => [path.params['file'], graph.digest(`dokumenter/${path.params['slug']}`)],
  'dokumenter/[facet]/[value]': async (path, graph) => {
    const { value } = path.props as { value: { items: { id: string }[] } };
    const all = await getChangeLog();
    return [
      fingerprint(graph, value),
      value.items.map((d) => labels(graph, graph.out(`dokumenter/${d.id}`))),
      facetSummary(await getDocumentFacets()),
      changesFor(all, 'dokument', documentPages(value.items)),
    ];
  },
  'dokumenter/[facet]/[value]/rss.xml': async (path, graph) => {
    const { value } = path.props as { value: { label: string; href: string; items: { id: string }[] } };
    return [value.label, value.href, changesFor(await getChangeLog(), 'dokument', documentPages(value.items)), graph.kindDigest('innstillinger')];
  },
  // The meeting, the names of its body, documents and parties, whether those parties have a status page.
  'moter/[slug]': async (path, graph) => [
    itemParts(graph, 'moter', path.params['slug'], ['out', 'in']),
    fingerprint(graph, (path.props as { meeting: unknown }).meeting),
    (await getOrganisationStatuses()).map((s) => s.organisation.id),
  ],
  'moter/[facet]/[value]': async (path, graph) => {
    const { facet, value } = path.props as { facet: { id: string }; value: { items: { entry: { id: string } }[] } };
    return [facet.id, fingerprint(graph, value), facetSummary(await getMeetingFacets()), changesFor(await getChangeLog(), 'mote', meetingPages(value.items))];
  },
  'moter/[facet]/[value]/rss.xml': (path, graph) => [fingerprint(graph, path.props)],
  'moter/organ/[organ]/kalender.ics': async (path, graph) => {
    const group = (await getMeetings()).bodies.get(path.params['organ'] ?? '');
    return [fingerprint(graph, group), await getAddressRecord()];
  },
  // One page of a selection of the log: its entries, which page of how many, the selection's size, and the filters.
  'endringer/kommune/[slug]/[...side]': (path) => changeLogPage(path, `kommune/${path.params['slug'] ?? ''}`, (c) => c.municipalities.includes(path.params['slug'] ?? '')),
  'endringer/ar/[ar]/[...side]': (path) => changeLogPage(path, `ar/${path.params['ar'] ?? ''}`, (c) => c.date.startsWith(`${path.params['ar']}-`)),
  'endringer/type/[kind]/[...side]': (path) => changeLogPage(path, `type/${path.params['kind'] ?? ''}`, (c) => c.kind === path.params['kind']),
  // The organisation's status history (its own or its trust's), its hospitals, the phases, and its sources' titles.
  'innforing/[organisasjon]': async (path, graph) => {
    const { status } = path.props as { status: { organisation: { id: string }; inheritedFrom?: { id: string } } };
    const hospitals = (await getOrganisationStatuses()).filter((o) => o.parent?.id === status.organisation.id);
    const own = `organisasjoner/${status.organisation.id}` as NodeId;
    const trust = status.inheritedFrom ? [`organisasjoner/${status.inheritedFrom.id}` as NodeId] : [];
    return [fingerprint(graph, status), fingerprint(graph, hospitals), graph.kindDigest('faser'), labels(graph, hop(graph, [own, ...trust], 'out'))];
  },
  // The municipality, its events' phases and sources, the news, documents, organisations and meetings naming it
  // (and what those name), and its change-log entries.
  'kommuner/[slug]': async (path, graph) => [
    itemParts(graph, 'kommuner', path.params['slug'], ['out', 'in', 'in.out', 'in.in']),
    graph.kindDigest('faser'),
    await municipalityChanges(path.params['slug']),
  ],
  'kommuner/[slug]/rss.xml': async (path, graph) => [
    itemParts(graph, 'kommuner', path.params['slug'], ['out', 'in', 'in.out', 'in.in']),
    graph.kindDigest('faser'),
    await municipalityChanges(path.params['slug']),
  ],
  // A dataset's rows, as the file writes them.
  'data/[fil]': async (path) => {
    const { datasets, lastChanged } = await getOpenData();
    const { id } = path.props as { id: string };
    return [datasets.find((d) => d.id === id), lastChanged];
  },
  // An old address: where it went, or why it was removed (all in its props).
  '[...adresse]': (path) => [path.props],
} satisfies Record<string, RouteParts>;

/** A route with `getStaticPaths()`, named by its file under src/pages/ without the extension. */
export type CachedRoute = keyof typeof routes;

/**
 * Gives each path of `route` its `cacheKey`: a fingerprint of the build
 * date, the settings, the route's name and parameters, and what the route
 * table says the page shows. Call it on what `getStaticPaths()` returns.
 */
export async function withCacheKeys<P extends StaticPath>(route: CachedRoute, paths: readonly P[]): Promise<(P & { cacheKey: string })[]> {
  // `astro dev` renders every request afresh and has no use for keys; and the content staff are
  // editing may have problems, which the loader reports in the terminal (src/content-model/loader.ts).
  if (build.dev) return paths.map((path) => ({ ...path, cacheKey: '' }));
  const graph = await graphOfBuild();
  const everyPage = [build.buildDate, graph.kindDigest('innstillinger'), route];
  const parts: RouteParts = routes[route];
  const keyed: (P & { cacheKey: string })[] = [];
  for (const path of paths) {
    keyed.push({ ...path, cacheKey: hashOf(everyPage, path.params, await parts(path, graph)) });
  }
  return keyed;
}
