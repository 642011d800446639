/**
 * The preview staff run while they write (`npm run dev`, the staff guide's
 * «oppdateres hver gang du lagrer»): a saved edit shows on the next
 * reload; a file with a problem is reported in the terminal in Norwegian,
 * as `npm run check` reports it, without an English stack trace, and the
 * preview goes on showing the content as it last was without problems;
 * once the file is fixed, the fix shows.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const projectDir = path.resolve(import.meta.dirname, '../..');
const root = mkdtempSync(path.join(tmpdir(), 'hp-dev-'));
const contentDir = path.join(root, 'content');
const newsFile = path.join(contentDir, 'nyheter', 'alesund-tok-i-bruk-helseplattformen.md');
const newsPath = '/nyheter/alesund-tok-i-bruk-helseplattformen/';

let server: ChildProcess | undefined;
let output = '';
let base = '';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/** Polls `check` every half second until it returns something, or fails after `ms`. */
async function until<T>(what: string, check: () => Promise<T | undefined> | T | undefined, ms = 60_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const found = await check();
    if (found !== undefined) return found;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}; the preview wrote:\n${output}`);
    await new Promise((r) => setTimeout(r, 500));
  }
}

async function heading(): Promise<string | undefined> {
  const response = await fetch(base + newsPath).catch(() => undefined);
  if (!response?.ok) return undefined;
  return /<h1\b[^>]*>([^<]*)</.exec(await response.text())?.[1];
}

function setTitle(line: string): void {
  const text = readFileSync(newsFile, 'utf8');
  const next = text.replace(/^tittel: .*$/m, line);
  if (next === text) throw new Error('test edit found no title line');
  writeFileSync(newsFile, next);
}

/** The environment staff have: without what Vitest sets for itself (NODE_ENV=test, VITEST…), which changes how Astro's dev server runs. */
function staffEnvironment(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([name]) => name !== 'NODE_ENV' && !name.startsWith('VITEST')));
}

beforeAll(async () => {
  cpSync(path.join(projectDir, 'content'), contentDir, { recursive: true });
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  server = spawn(process.execPath, [path.join(projectDir, 'node_modules/astro/bin/astro.mjs'), 'dev', '--port', String(port), '--host', '127.0.0.1'], {
    cwd: projectDir,
    env: { ...staffEnvironment(), CONTENT_DIR: contentDir, BUILD_DATE: '2026-12-01', FORCE_COLOR: '0', NO_COLOR: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  server.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  server.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  await until('the preview to serve the news item', heading, 120_000);
}, 150_000);

afterAll(() => {
  if (server?.pid) {
    try {
      process.kill(-server.pid, 'SIGKILL');
    } catch {
      // Already gone.
    }
  }
  rmSync(root, { recursive: true, force: true });
});

describe('npm run dev, as staff use it while writing', () => {
  it('shows a saved edit, reports a broken file in Norwegian and keeps serving, then shows the fix', async () => {
    expect(await heading()).toBe('Ålesund tok i bruk Helseplattformen uten sykehuset');

    setTitle('tittel: Ålesund i drift, ny tittel');
    expect(await until('the edited title', async () => ((await heading()) === 'Ålesund i drift, ny tittel' ? true : undefined))).toBe(true);

    // An unquoted colon: the YAML cannot be read.
    const before = output.length;
    setTitle('tittel: Ålesund: i drift');
    const report = await until('the problem in the terminal', () => {
      const written = output.slice(before);
      return written.includes('Forhåndsvisningen viser innholdet slik det sist var uten feil') ? written : undefined;
    });
    expect(report).toContain('nyheter/alesund-tok-i-bruk-helseplattformen.md:2');
    expect(report).toContain('Sett hele verdien i anførselstegn');
    expect(report).not.toMatch(/Stack trace|\bat async\b|Error:/);
    // Written once, not once per collection.
    expect(report.split('Sett hele verdien i anførselstegn').length - 1).toBe(1);
    expect(server!.exitCode).toBeNull();
    expect(await heading()).toBe('Ålesund i drift, ny tittel');

    setTitle('tittel: "Ålesund: i drift"');
    expect(await until('the fixed title', async () => ((await heading()) === 'Ålesund: i drift' ? true : undefined))).toBe(true);
  }, 150_000);
});
