/** Runs the project's scripts on temporary copies of a fixture content tree. */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** The project folder, where the scripts live. */
export const PROJECT = path.resolve(import.meta.dirname, '../..');
/** The validator's fixture of valid content, which every test copies. */
export const FIXTURE = path.join(PROJECT, 'tests/fixtures/valid');
/** The date the fixture is built for, so a test never straddles midnight. */
export const BUILD_DATE = '2026-11-22';

/** A fresh folder holding a copy of the fixture as `content/`; remove it with `cleanup()`. */
export function tempSite(prefix: string): { dir: string; content: string; cleanup: () => void } {
  const dir = mkdtempSync(path.join(tmpdir(), `hp-${prefix}-`));
  const content = path.join(dir, 'content');
  cpSync(FIXTURE, content, { recursive: true });
  return { dir, content, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Runs a script to completion and returns its exit code and combined output. */
export function runScript(script: string, args: string[], env: NodeJS.ProcessEnv = {}): { code: number; output: string } {
  const result = spawnSync(process.execPath, [path.join(PROJECT, 'scripts', script), ...args], {
    cwd: PROJECT,
    env: { ...process.env, BUILD_DATE, ...env },
    encoding: 'utf8',
    timeout: 240_000,
  });
  return { code: result.status ?? 1, output: `${result.stdout}${result.stderr}` };
}

/** A script left running, with its output gathered as it comes. */
export interface Running {
  child: ChildProcess;
  output(): string;
  /** How many output lines match. */
  count(pattern: RegExp): number;
  /** Waits until `test` holds, failing with the output so far after `ms`. */
  waitFor(test: () => boolean, ms?: number, what?: string): Promise<void>;
  /** Sends SIGTERM and resolves with the exit code. */
  stop(): Promise<number | null>;
}

/** Starts a script that keeps running (the watcher, the server), gathering its output. */
export function startScript(script: string, args: string[], env: NodeJS.ProcessEnv = {}): Running {
  const { child, output: gathered } = spawnGathering(script, args, env);
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return {
    child,
    output: gathered,
    count: (pattern) => gathered().split('\n').filter((line) => pattern.test(line)).length,
    async waitFor(test, ms = 180_000, what = 'condition') {
      const until = Date.now() + ms;
      while (!test()) {
        if (Date.now() > until) throw new Error(`Timed out waiting for ${what}. Output so far:\n${gathered()}`);
        if (child.exitCode !== null) throw new Error(`${script} exited (${child.exitCode}) while waiting for ${what}:\n${gathered()}`);
        await sleep(50);
      }
    },
    async stop() {
      if (child.exitCode === null) child.kill('SIGTERM');
      return exited;
    },
  };
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** How a script ended. */
export interface Finished {
  code: number | null;
  signal: NodeJS.Signals | null;
  output: string;
}

/** Starts a script and resolves when it has exited; `child` is there to kill it. */
export function spawnScript(script: string, args: string[], env: NodeJS.ProcessEnv = {}): { child: ChildProcess; output: () => string; done: Promise<Finished> } {
  const { child, output } = spawnGathering(script, args, env);
  const done = new Promise<Finished>((resolve) => child.on('close', (code, signal) => resolve({ code, signal, output: output() })));
  return { child, output, done };
}

/** Starts `scripts/<script>` on the project with the test's build date, gathering stdout and stderr into one text. */
function spawnGathering(script: string, args: string[], env: NodeJS.ProcessEnv): { child: ChildProcess; output: () => string } {
  const child = spawn(process.execPath, [path.join(PROJECT, 'scripts', script), ...args], {
    cwd: PROJECT,
    env: { ...process.env, BUILD_DATE, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  return { child, output: () => output };
}

/** Every file under `dir`, as sorted paths relative to it with `/`. */
export function filesUnder(dir: string): string[] {
  const found: string[] = [];
  const walk = (at: string, prefix: string) => {
    for (const entry of readdirSync(at, { withFileTypes: true })) {
      const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(path.join(at, entry.name), relative);
      else found.push(relative);
    }
  };
  walk(dir, '');
  return found.sort();
}
