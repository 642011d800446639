import { describe, expect, it } from 'vitest';
import { astroPageCount, buildPhases, markerTimes, routeTimes, stripAnsi, type TimedLine } from '../../tools/bench/build-phases.ts';
import { routeType } from '../../tools/bench/page-types.ts';

// The lines `npm run build` prints, as they arrived (seconds), trimmed to the markers and a few others.
const lines: TimedLine[] = [
  { at: 0.4, text: '> helseplattformen-innsyn@0.1.0 build' },
  { at: 3.6, text: 'Innholdet er i orden: 10000 nyheter, 2000 dokumenter, 500 spørsmål, 65 kommuner, 16 organisasjoner, 2 faser og innstillingene kontrollert.' },
  { at: 6.1, text: '14:53:09 \u001b[34m[content]\u001b[39m Syncing content' },
  { at: 11.2, text: '14:53:14 \u001b[34m[content]\u001b[39m Synced content' },
  { at: 11.3, text: '14:53:14 [build] Building static entrypoints...' },
  { at: 21.5, text: '14:53:24 [vite] ✓ built in 10.18s' },
  { at: 22.0, text: '\u001b[42m generating static routes \u001b[49m' },
  { at: 30.0, text: '14:53:30   ├─ /nyheter/a/index.html (+3ms)' },
  { at: 45.5, text: '14:53:48 ✓ Completed in 23.48s.' },
  { at: 45.6, text: '\u001b[42m generating optimized images \u001b[49m' },
  { at: 46.1, text: '14:53:48 ✓ Completed in 74ms.' },
  { at: 46.2, text: '14:53:48 [build] ✓ Completed in 34.40s.' },
  { at: 47.3, text: '14:53:49 [build] 12264 page(s) built in 41.88s' },
  { at: 47.4, text: '14:53:49 [build] Complete!' },
  { at: 59.9, text: 'Søkeindeksen er bygget: 12001 sider og 734 vedlegg.' },
  { at: 60.0, text: 'Nettstedet er bygget i /tmp/out.' },
];

describe('build phases from timed output', () => {
  it('strips colour codes before matching', () => {
    expect(stripAnsi('\u001b[34m[content]\u001b[39m Syncing content')).toBe('[content] Syncing content');
    expect(markerTimes(lines).syncStart).toBe(6.1);
  });

  it('splits the build into validation, Astro’s steps and the search index', () => {
    expect(buildPhases(lines, 60.2)).toEqual({
      validation: 3.6,
      astro: 43.8,
      searchIndex: 12.5,
      astroSteps: { startup: 2.5, contentSync: 5.1, bundle: 10.8, pages: 23.6, images: 0.5, finish: 1.3 },
      total: 60.2,
    });
    expect(astroPageCount(lines)).toBe(12264);
  });

  it('runs pages to Astro’s end when there are no images, and leaves missing steps undefined', () => {
    const noImages = lines.filter((l) => !/optimized images|Completed in 74ms/.test(l.text));
    const phases = buildPhases(noImages, 60.2);
    expect(phases.astroSteps.pages).toBe(25.4);
    expect(phases.astroSteps.images).toBeUndefined();
    expect(phases.astroSteps.finish).toBe(0);

    const failed = buildPhases(lines.slice(0, 3), 7);
    expect(failed.validation).toBe(3.6);
    expect(failed.astro).toBeUndefined();
    expect(failed.searchIndex).toBeUndefined();
    expect(failed.total).toBe(7);
  });
});

describe('render time per route', () => {
  it('reads Astro’s per-route lines and types each route', () => {
    const log: TimedLine[] = [
      { at: 1, text: '14:51:00   ├─ /404.html (+90ms) ' },
      { at: 1, text: '14:51:00   ├─ /data/kommuner.csv/ (+11ms) ' },
      { at: 2, text: '14:41:35   ├─ /nyheter/rss.xml (+1.79s) ' },
      { at: 2, text: '\u001b[2m14:41:35\u001b[22m   └─ /nyheter/demo-nyhet-1/index.html (+3ms)' },
      { at: 3, text: '14:41:37   ├─ /nyheter/demo-nyhet-2/index.html14:41:37 [ERROR] LocalImageUsedWrongly' },
      { at: 3, text: '14:41:37   ├─ /dokumenter/avtale/vedlegg/tall.pdf (+2ms)' },
    ];
    const routes = routeTimes(log);
    expect(routes).toEqual([
      { route: '/404.html', seconds: 0.09 },
      { route: '/data/kommuner.csv/', seconds: 0.011 },
      { route: '/nyheter/rss.xml', seconds: 1.79 },
      { route: '/nyheter/demo-nyhet-1/index.html', seconds: 0.003 },
      { route: '/dokumenter/avtale/vedlegg/tall.pdf', seconds: 0.002 },
    ]);
    expect(routes.map((r) => routeType(r.route))).toEqual(['not-found', 'data-files', 'feeds', 'article', 'attachments']);
    expect(routeType('/kommuner/utvikling/index.html')).toBe('charts');
    expect(routeType('/tema.css')).toBe('other-files');
  });
});
