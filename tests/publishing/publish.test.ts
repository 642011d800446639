/**
 * Drives `scripts/publish.ts` (watch and `--once`) over a temporary copy of
 * the fixture content, with real validation and real Astro builds. Builds
 * take seconds, so one long scenario covers the watcher's promises in turn.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, readlinkSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { tryLockFile } from '../../src/build/file-lock.ts';
import { hashTree } from '../../src/publishing/fingerprint.ts';
import { runScript, sleep, startScript, tempSite, type Running } from './harness.ts';

const NEWS_SLUG = 'fase-2-vedtatt';
const BODY = 'Teksten i nyheten.';

/** The text of every page and record in a published search index (Pagefind's fragments: gzip, then `pagefind_dcd` and JSON). */
function indexedText(site: string): string {
  const folder = path.join(site, 'pagefind', 'fragment');
  return readdirSync(folder)
    .map((name) => gunzipSync(readFileSync(path.join(folder, name))).toString('utf8'))
    .join('\n');
}

/** Reads pages through the published link every 20 ms and records anything missing or cut short. */
function startReader(files: string[]) {
  const problems: string[] = [];
  let reads = 0;
  let running = true;
  const loop = (async () => {
    while (running) {
      for (const file of files) {
        try {
          const text = await readFile(file, 'utf8');
          reads += 1;
          if (!text.trimEnd().endsWith('</html>')) problems.push(`${file}: incomplete (${text.length} bytes)`);
        } catch (error) {
          problems.push(`${file}: ${(error as Error).message}`);
        }
      }
      await sleep(20);
    }
  })();
  return {
    problems,
    reads: () => reads,
    stop: async () => {
      running = false;
      await loop;
    },
  };
}

describe('npm run publish', () => {
  const site = tempSite('publish');
  const published = path.join(site.dir, 'site');
  const builds = path.join(site.dir, '.published');
  const newsFile = path.join(site.content, 'nyheter', `${NEWS_SLUG}.md`);
  const newsPage = path.join(published, 'nyheter', NEWS_SLUG, 'index.html');
  const indexPage = path.join(published, 'index.html');
  const original = readFileSync(newsFile, 'utf8');
  const withMarker = (marker: string) => original.replace(BODY, `${BODY} ${marker}`);
  let watcher: Running | undefined;

  afterAll(async () => {
    await watcher?.stop();
    site.cleanup();
  });

  it('publishes good edits, keeps the site on bad ones, coalesces bursts and never leaves readers a gap', async () => {
    expect(original).toContain(BODY);
    const args = ['--content', site.content, '--published', published, '--debounce', '300'];
    watcher = startScript('publish.ts', args);
    const w = watcher;
    const started = (pattern = /Kontrollerer innholdet/) => w.count(pattern);
    // Logged each time the watcher has nothing left to do.
    const idle = () => w.count(/Venter på nye endringer/);
    const timings: Record<string, number> = {};
    let t = performance.now();
    const lap = (name: string) => {
      timings[name] = Math.round(performance.now() - t);
      t = performance.now();
    };

    await w.waitFor(() => /Klar\./.test(w.output()), undefined, 'the first publication');
    expect(w.count(/Publisert på/), w.output()).toBe(1);
    expect(readFileSync(newsPage, 'utf8')).toContain(/^tittel: (.*)$/m.exec(original)![1]);
    lap('first build');

    const reader = startReader([indexPage, newsPage]);

    // A valid edit is published, and the log names the file.
    const idleBeforeEdit = idle();
    writeFileSync(newsFile, withMarker('markor-1'));
    await w.waitFor(() => w.count(/Publisert på/) === 2, undefined, 'the edit to be published');
    expect(readFileSync(newsPage, 'utf8')).toContain('markor-1');
    expect(w.output()).toContain(`Endret: nyheter/${NEWS_SLUG}.md (endret)`);
    // The pages went out first; the search follows, and then finds the edit.
    await w.waitFor(() => idle() > idleBeforeEdit, undefined, 'the search index to follow');
    const round = w.output().split('Endret:').at(-1)!;
    expect(round, round).toMatch(/Publisert på [^\n]*Søket oppdateres …\n.*Søket er oppdatert på /);
    expect(indexedText(published)).toContain('markor-1');
    // It says how much of the site the edit needed: a few pages rendered, the rest reused.
    const counts = /Publisert på [^(]*\((\d+) filer? bygget, ([\d\u00a0]+) gjenbrukt\)/.exec(round);
    expect(counts, w.output()).not.toBeNull();
    expect(Number(counts![2]!.replace(/\u00a0/g, ''))).toBeGreaterThan(Number(counts![1]));
    lap('valid edit');

    // An invalid edit publishes nothing: same link, same bytes, and the validator's message.
    const linkBefore = readlinkSync(published);
    const treeBefore = await hashTree(published);
    writeFileSync(newsFile, withMarker('markor-feil').replace(/^publisert: .*$/m, 'publisert: 2021-02-30'));
    await w.waitFor(() => /Ikke publisert/.test(w.output()), undefined, 'the invalid edit to be refused');
    expect(w.output()).toMatch(new RegExp(`nyheter/${NEWS_SLUG}\\.md.*2021-02-30`));
    expect(w.output()).toContain('Nettstedet er som før.');
    expect(readlinkSync(published)).toBe(linkBefore);
    expect(await hashTree(published)).toBe(treeBefore);
    lap('invalid edit');

    // Fifty quick edits: a pause after the tenth starts a build; the forty made during it queue one more.
    const startsBeforeBurst = started();
    const idleBeforeBurst = idle();
    for (let i = 0; i < 50; i++) {
      writeFileSync(newsFile, withMarker(`markor-burst-${i}`));
      await sleep(i === 9 ? 600 : 15);
    }
    await w.waitFor(() => idle() > idleBeforeBurst, undefined, 'the burst to be published');
    await sleep(1000);
    expect(idle()).toBe(idleBeforeBurst + 1);
    const burstBuilds = started() - startsBeforeBurst;
    expect(burstBuilds).toBeGreaterThanOrEqual(1);
    expect(burstBuilds).toBeLessThanOrEqual(3);
    expect(readFileSync(newsPage, 'utf8')).toMatch(/markor-burst-49(?!\d)/);
    expect(readFileSync(newsPage, 'utf8')).not.toMatch(/markor-burst-(?!49)\d+/);
    lap('burst of 50 edits');

    // Editor leftovers are not changes at all; saving a file unchanged rebuilds nothing.
    const startsBefore = started();
    const outputBefore = w.output().length;
    const droppings = [`.#${NEWS_SLUG}.md`, `${NEWS_SLUG}.md~`, `.${NEWS_SLUG}.md.swp`].map((name) => path.join(site.content, 'nyheter', name));
    for (const file of droppings) writeFileSync(file, 'kladd');
    await sleep(1500);
    for (const file of droppings) rmSync(file);
    await sleep(1000);
    expect(w.output().length).toBe(outputBefore);
    writeFileSync(newsFile, readFileSync(newsFile));
    await w.waitFor(() => /Ingen endringer som påvirker/.test(w.output().slice(outputBefore)), undefined, 'the unchanged save to be noticed');
    expect(started()).toBe(startsBefore);
    lap('unchanged save');

    await reader.stop();
    expect(reader.problems).toEqual([]);
    expect(reader.reads()).toBeGreaterThan(100);

    expect(await w.stop()).toBe(0);
    expect(w.output()).toMatch(/Stoppet\./);
    // The lock file stays (the operating system holds the lock, not the file), but nobody holds it.
    const lock = tryLockFile(path.join(builds, 'site.lock'));
    expect(lock).toBeDefined();
    lock?.release();
    // The current build and the one before it; failed and older builds are gone.
    expect(readdirSync(builds).filter((name) => name.startsWith('site-'))).toHaveLength(2);
    console.info('publish watcher timings (ms):', timings, `builds for the burst: ${burstBuilds}, reader reads: ${reader.reads()}`);
  }, 600_000);

  it('--once publishes only when something changed, and exits 1 leaving the site as it was on errors', async () => {
    // The watcher from the first test must be gone: it holds the publishing lock.
    await watcher?.stop();
    const once = () => runScript('publish.ts', ['--once', '--content', site.content, '--published', published]);
    const link = readlinkSync(published);

    const unchanged = once();
    expect(unchanged.output).toMatch(/Ingen endringer som påvirker nettstedet/);
    expect(unchanged.code).toBe(0);
    expect(readlinkSync(published)).toBe(link);

    writeFileSync(newsFile, withMarker('markor-once').replace(/^tittel: .*$/m, 'tittel:'));
    const tree = await hashTree(published);
    const invalid = once();
    expect(invalid.code).toBe(1);
    expect(invalid.output).toMatch(new RegExp(`nyheter/${NEWS_SLUG}\\.md`));
    expect(readlinkSync(published)).toBe(link);
    expect(await hashTree(published)).toBe(tree);

    writeFileSync(newsFile, withMarker('markor-once'));
    const valid = once();
    expect(valid.code, valid.output).toBe(0);
    expect(valid.output).toMatch(/Publisert på/);
    expect(readlinkSync(published)).not.toBe(link);
    expect(readFileSync(newsPage, 'utf8')).toContain('markor-once');
    expect(readdirSync(builds).filter((name) => name.startsWith('site-'))).toHaveLength(2);
  }, 300_000);

  it('watching, shows the pages before the search index, and a search index stopped half way is built on the next run', async () => {
    const hold = path.join(site.dir, 'bygg-soket');
    const w = startScript('publish.ts', ['--content', site.content, '--published', published, '--debounce', '300'], { HP_TEST_HOLD_SEARCH_INDEX: hold });
    try {
      await w.waitFor(() => /Klar\./.test(w.output()), undefined, 'the watcher to start');
      const entryBefore = readFileSync(path.join(published, 'pagefind', 'pagefind-entry.json'), 'utf8');
      writeFileSync(newsFile, withMarker('markor-sidene-forst'));
      await w.waitFor(() => /Søket oppdateres/.test(w.output()), undefined, 'the pages to be published');
      // The edited page is out, beside the whole search index of before: it does not find the edit yet.
      expect(readFileSync(newsPage, 'utf8')).toContain('markor-sidene-forst');
      expect(readFileSync(path.join(published, 'pagefind', 'pagefind-entry.json'), 'utf8')).toBe(entryBefore);
      expect(indexedText(published)).not.toContain('markor-sidene-forst');
      // Stopped before the index is built: the log says what readers have.
      expect(await w.stop()).toBe(0);
      expect(w.output()).toMatch(/Avbrutt etter [\d,]+ s\. Sidene med endringen er publisert, men søket viser forrige versjon til neste publisering\./);
    } finally {
      await w.stop();
    }
    expect(existsSync(hold)).toBe(false);
    // The content is what was published, but the search is behind: the next run builds it.
    const next = runScript('publish.ts', ['--once', '--content', site.content, '--published', published]);
    expect(next.code, next.output).toBe(0);
    expect(next.output).toMatch(/bygger nettstedet \(søket ble ikke oppdatert sist\)/);
    expect(indexedText(published)).toContain('markor-sidene-forst');
    expect(readFileSync(newsPage, 'utf8')).toContain('markor-sidene-forst');
    expect(readdirSync(builds).filter((name) => name.startsWith('site-'))).toHaveLength(2);
    // And then it is whole: nothing more to build.
    expect(runScript('publish.ts', ['--once', '--content', site.content, '--published', published]).output).toMatch(/Ingen endringer som påvirker nettstedet/);
  }, 300_000);

  it('refuses to publish a renamed item until its old address is recorded, then sends the old address on', async () => {
    const once = () => runScript('publish.ts', ['--once', '--content', site.content, '--published', published]);
    const link = readlinkSync(published);
    const renamed = path.join(site.content, 'nyheter', `${NEWS_SLUG}-ny.md`);
    renameSync(newsFile, renamed);
    const refused = once();
    expect(refused.code).toBe(1);
    expect(refused.output).toContain(`adresser.yaml – /nyheter/${NEWS_SLUG}/ er publisert, men finnes ikke lenger i innholdet`);
    expect(readlinkSync(published)).toBe(link);

    // Other files cite the item by its file name; they follow it (the check names each one).
    for (const file of ['faser/fase-2.yaml', 'kommuner/roros.yaml']) {
      const full = path.join(site.content, file);
      writeFileSync(full, readFileSync(full, 'utf8').replaceAll(`nyhet: ${NEWS_SLUG}\n`, `nyhet: ${NEWS_SLUG}-ny\n`));
    }
    writeFileSync(path.join(site.content, 'adresser.yaml'), `flyttet:\n  - fra: /nyheter/${NEWS_SLUG}/\n    til: /nyheter/${NEWS_SLUG}-ny/\n    dato: 2026-11-22\n`);
    const recorded = once();
    expect(recorded.code, recorded.output).toBe(0);
    expect(readFileSync(path.join(published, 'nyheter', `${NEWS_SLUG}-ny`, 'index.html'), 'utf8')).toContain('markor-sidene-forst');
    expect(readFileSync(newsPage, 'utf8')).toContain(`content="0; url=/nyheter/${NEWS_SLUG}-ny/"`);
  }, 300_000);
});

it('follows a content folder given as a link, also into a folder made while it watches', async () => {
  const site = tempSite('publish-link');
  const link = path.join(site.dir, 'innhold');
  symlinkSync(site.content, link);
  const published = path.join(site.dir, 'site');
  const w = startScript('publish.ts', ['--content', link, '--published', published, '--debounce', '300']);
  try {
    await w.waitFor(() => /Klar\./.test(w.output()), undefined, 'the first publication');
    // A new item whose picture lies in a folder made after the watcher started.
    const pictures = path.join(site.content, 'nyheter', 'bilder-desember');
    mkdirSync(pictures);
    copyFileSync(path.join(site.content, 'nyheter', 'bilder', 'mote.png'), path.join(pictures, 'mote.png'));
    const item = readFileSync(path.join(site.content, 'nyheter', `${NEWS_SLUG}.md`), 'utf8')
      .replace(/^tittel: .*$/m, 'tittel: Nytt møte i desember')
      .replace('./bilder/mote.png', './bilder-desember/mote.png');
    writeFileSync(path.join(site.content, 'nyheter', 'nytt-mote.md'), item);
    await w.waitFor(() => w.count(/Publisert på/) === 2, undefined, 'the new item to be published');
    expect(w.output()).toContain('nyheter/nytt-mote.md (ny)');
    expect(readFileSync(path.join(published, 'nyheter', 'nytt-mote', 'index.html'), 'utf8')).toContain('Nytt møte i desember');
    expect(await w.stop()).toBe(0);
  } finally {
    await w.stop();
    site.cleanup();
  }
}, 300_000);

it('says a missing content folder is missing, and how to name the right one, before publishing anything', () => {
  const site = tempSite('publish-missing');
  try {
    const published = path.join(site.dir, 'site');
    const result = runScript('publish.ts', ['--once', '--content', path.join(site.dir, 'innhold'), '--published', published]);
    expect(result.code).toBe(2);
    expect(result.output.trim()).toBe(
      `Finner ikke innholdsmappen ${path.join(site.dir, 'innhold')}. Kjør kommandoen fra prosjektmappen, eller gi riktig mappe med --content (for eksempel npm run publish -- --content /sti/til/content).`,
    );
    // No lock folder, no build, no link: nothing to clean up after a typing error.
    expect(readdirSync(site.dir).sort()).toEqual(['content']);
  } finally {
    site.cleanup();
  }
});
