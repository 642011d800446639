/**
 * The benchmark's peers at a tiny size: the same Markdown built by a bare
 * Astro site (with this project's Astro) and by Hugo when it is installed
 * (never installed by the test), one page per file.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { corpusMarkdown, findHugo, peerFileName, buildPeers } from '../../tools/bench/peers.ts';
import type { PeerResult } from '../../tools/bench/results.ts';

const projectRoot = path.resolve(import.meta.dirname, '../..');
let tmp: string;
let corpus: string;
let peers: PeerResult[];
const logged: string[] = [];

const write = (file: string, text: string) => {
  mkdirSync(path.dirname(path.join(corpus, file)), { recursive: true });
  writeFileSync(path.join(corpus, file), text);
};

beforeAll(async () => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'bench-peers-'));
  corpus = path.join(tmp, 'corpus');
  write('README.md', '# Demonstrasjonsdata\n');
  write('nyheter/a.md', '---\ntittel: Første nyhet\npublisert: 2026-11-01\n---\n\nEn **uttalelse** fra kommunen.\n');
  write('nyheter/b.md', '---\ntittel: Andre nyhet\npublisert: 2026-11-02\n---\n\n## Bakgrunn\n\nMøte i samarbeidsrådet.\n');
  write('nyheter/c.mdx', '---\ntittel: MDX\n---\n\nIkke med.\n');
  write('dokumenter/avtale/index.md', '---\ntittel: Avtale\n---\n\n| a | b |\n| - | - |\n| 1 | 2 |\n');
  write('kommuner/roros.yaml', 'navn: Røros\n');
  peers = await buildPeers({ projectRoot, corpusDir: corpus, work: path.join(tmp, 'work'), repeat: 1, installHugo: false, log: (line) => logged.push(line) });
}, 120_000);

afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('the peers’ input', () => {
  it('is every .md file of the corpus except its README, flattened to one folder', () => {
    expect(corpusMarkdown(corpus)).toEqual(['dokumenter/avtale/index.md', 'nyheter/a.md', 'nyheter/b.md']);
    expect(peerFileName('dokumenter/avtale/index.md')).toBe('dokumenter--avtale.md');
    expect(peerFileName('nyheter/a.md')).toBe('nyheter--a.md');
  });
});

describe('bare Astro', () => {
  it('builds one page per Markdown file with this project’s Astro, the Markdown rendered', () => {
    const astro = peers.find((p) => p.id === 'astro-bare')!;
    expect(astro, logged.join('\n')).toMatchObject({ available: true, markdownFiles: 3, pages: 3 });
    expect(astro.version).toMatch(/^astro v7\./);
    expect(astro.seconds).toBeGreaterThan(0);
    expect(astro.peakRss).toBeGreaterThan(20e6);
    const html = readFileSync(path.join(tmp, 'work', 'peer-astro', 'dist', 'nyheter--a', 'index.html'), 'utf8');
    expect(html).toContain('<strong>uttalelse</strong>');
    expect(readFileSync(path.join(tmp, 'work', 'peer-astro', 'dist', 'dokumenter--avtale', 'index.html'), 'utf8')).toContain('<table>');
  });
});

describe('Hugo', () => {
  const hugoHere = findHugo({ install: false, log: () => {} });
  it('builds the same pages when installed, or is skipped with a note saying why', () => {
    const hugo = peers.find((p) => p.id === 'hugo')!;
    if (hugoHere.ok) {
      expect(hugo, logged.join('\n')).toMatchObject({ available: true, markdownFiles: 3, pages: 3 });
      const html = readFileSync(path.join(tmp, 'work', 'peer-hugo-out', 'sider', 'nyheter--b', 'index.html'), 'utf8');
      expect(html).toContain('Møte i samarbeidsrådet.');
    } else {
      expect(hugo).toMatchObject({ available: false, pages: 0 });
      expect(hugo.note).toContain('not installed');
    }
  });

  it('is reported missing, not installed, when installing is not allowed', () => {
    expect(findHugo({ install: false, log: () => {}, hugo: path.join(tmp, 'no-such-hugo') })).toEqual({
      ok: false,
      note: `\`${path.join(tmp, 'no-such-hugo')}\` is not installed, and installing it was not allowed in this run.`,
    });
  });
});
