/**
 * Page weight over a whole built site: every HTML page measured with
 * `measurePage`, summarised per page type (median and heaviest page), and the
 * chart check: how much JavaScript the charts cost and whether it loads only
 * on pages that show a chart.
 */
import { readFileSync } from 'node:fs';
import { BuiltSite, measurePage, scriptGraph, PHONE, type PageWeight, type Viewport, type WeightByKind } from './page-weight.ts';
import { PAGE_TYPES, listPages, pageType, type PageType } from './page-types.ts';

/** One page's weight, without its resource list. */
export interface PageSummary extends WeightByKind {
  page: string;
  /** The JavaScript files it loads (site paths), for the report. */
  jsFiles: string[];
}

/** The weight of one page type. */
export interface TypeWeight {
  id: string;
  label: string;
  example: string;
  /** Number of built pages of this type. */
  pages: number;
  /** The page with the median total (the lower middle for an even count). */
  median: PageSummary;
  /** The page with the largest total. */
  heaviest: PageSummary;
  /** Pages of this type that load any JavaScript. */
  pagesWithJs: number;
  /** The most JavaScript any page of this type loads (gzip). */
  maxJs: number;
}

/** What the charts cost and where their JavaScript loads. */
export interface ChartWeight {
  /** The chart scripts' module graph (site paths): what a chart page pays for charts. */
  files: string[];
  /** Gzipped bytes of those files. */
  gzip: number;
  /** Bytes on disk of those files. */
  bytes: number;
  /** Pages that show a chart. */
  chartPages: string[];
  /** Pages without a chart that still load chart JavaScript (should be none). */
  strayPages: string[];
  /** Chart pages that do not load it (the chart would not draw). */
  chartPagesWithout: string[];
}

/** The page weight of a whole site. */
export interface SiteWeight {
  /** HTML pages measured. */
  pages: number;
  types: TypeWeight[];
  charts: ChartWeight;
  /** Referenced site paths missing from the folder, with a page that names each. */
  missing: { path: string; page: string }[];
  /** Third-party URLs referenced, with a page that names each. */
  thirdParty: { url: string; page: string }[];
  /** How images were chosen. */
  viewport: Viewport;
}

/** How to recognise charts. */
export interface ChartRules {
  /** Whether a page's HTML shows a chart. */
  isChartPage: (html: string) => boolean;
  /** Whether a script a page names is a chart script (its graph is chart JavaScript). */
  isChartEntry: (sitePath: string) => boolean;
}

/**
 * Charts of this site: `<hp-chart>` elements (src/components/charts/Chart.astro),
 * whose script Astro bundles as `/_astro/Chart.astro_astro_type_script_*.js`.
 */
export const SITE_CHARTS: ChartRules = {
  isChartPage: (html) => html.includes('<hp-chart'),
  isChartEntry: (sitePath) => /\/Chart\.astro_astro_type_script[^/]*\.js$/.test(sitePath),
};

function summary(weight: PageWeight): PageSummary {
  const { page, html, css, js, images, fonts, total } = weight;
  return { page, html, css, js, images, fonts, total, jsFiles: weight.resources.filter((r) => r.kind === 'js').map((r) => r.url) };
}

/** Options for `measureSite`. */
export interface MeasureSiteOptions {
  /** The site's public address (absolute links to it are local). */
  origin?: string;
  viewport?: Viewport;
  types?: readonly PageType[];
  charts?: ChartRules;
}

/** Measures every HTML page of the built folder `siteDir`. */
export function measureSite(siteDir: string, options: MeasureSiteOptions = {}): SiteWeight {
  const viewport = options.viewport ?? PHONE;
  const types = options.types ?? PAGE_TYPES;
  const charts = options.charts ?? SITE_CHARTS;
  const site = new BuiltSite(siteDir, options.origin);
  const byType = new Map<string, PageWeight[]>();
  const missing = new Map<string, string>();
  const thirdParty = new Map<string, string>();
  const chartPages: string[] = [];
  const chartEntries = new Set<string>();
  const entriesByPage = new Map<string, string[]>();

  const pages = listPages(siteDir);
  for (const page of pages) {
    const weight = measurePage(site, page, viewport);
    const type = pageType(page, types);
    const list = byType.get(type) ?? [];
    list.push(weight);
    byType.set(type, list);
    for (const m of weight.missing) if (!missing.has(m)) missing.set(m, page);
    for (const t of weight.thirdParty) if (!thirdParty.has(t)) thirdParty.set(t, page);
    if (charts.isChartPage(readFileSync(site.file(page)!, 'utf8'))) chartPages.push(page);
    for (const entry of weight.entryScripts) if (charts.isChartEntry(entry)) chartEntries.add(entry);
    entriesByPage.set(page, weight.entryScripts);
    // Keep only the sums: 10,000 resource lists add up.
    weight.resources = weight.resources.filter((r) => r.kind === 'js');
  }

  const graphs = new Map<string, string[]>();
  const graph = (entry: string) => {
    let files = graphs.get(entry);
    if (!files) graphs.set(entry, (files = scriptGraph(site, entry)));
    return files;
  };
  // A module other scripts also import (a shared helper) does not make a page a chart page.
  const chartFiles = new Set([...chartEntries].flatMap(graph));
  const otherEntries = new Set([...entriesByPage.values()].flat().filter((entry) => !chartEntries.has(entry)));
  const shared = new Set([...otherEntries].flatMap(graph));
  const exclusive = new Set([...chartFiles].filter((file) => !shared.has(file)));
  const isChartPage = new Set(chartPages);
  const loadsChartJs = (page: string) => (entriesByPage.get(page) ?? []).some((entry) => graph(entry).some((f) => exclusive.has(f)));
  const sizes = [...chartFiles].map((file) => site.size(file)!);

  const typeWeights: TypeWeight[] = [];
  const known = [...types.map((t) => ({ id: t.id, label: t.label, example: t.example })), { id: 'other', label: 'Other pages', example: '' }];
  for (const type of known) {
    const weights = byType.get(type.id);
    if (!weights?.length) continue;
    const sorted = [...weights].sort((a, b) => a.total - b.total || a.page.localeCompare(b.page));
    typeWeights.push({
      ...type,
      pages: weights.length,
      median: summary(sorted[Math.floor((sorted.length - 1) / 2)]!),
      heaviest: summary(sorted.at(-1)!),
      pagesWithJs: weights.filter((w) => w.js > 0).length,
      maxJs: Math.max(...weights.map((w) => w.js)),
    });
  }

  return {
    pages: pages.length,
    types: typeWeights,
    charts: {
      files: [...chartFiles].sort(),
      gzip: sizes.reduce((sum, s) => sum + s.gzip, 0),
      bytes: sizes.reduce((sum, s) => sum + s.bytes, 0),
      chartPages,
      strayPages: pages.filter((p) => !isChartPage.has(p) && loadsChartJs(p)),
      chartPagesWithout: chartPages.filter((p) => !loadsChartJs(p)),
    },
    missing: [...missing].map(([p, page]) => ({ path: p, page })),
    thirdParty: [...thirdParty].map(([url, page]) => ({ url, page })),
    viewport,
  };
}
