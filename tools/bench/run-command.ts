/**
 * Runs one command for the benchmark: its output lines with their arrival
 * times, its wall time, and the peak memory and CPU time of its whole
 * process tree.
 */
import { spawn } from 'node:child_process';
import { round, type TimedLine } from './build-phases.ts';
import { sampleTree, type TreeUsage } from './process-tree.ts';

/** What one run of a command produced. */
export interface CommandRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  /** Wall-clock seconds from spawn to exit. */
  seconds: number;
  lines: TimedLine[];
  usage: TreeUsage;
}

/** How to run it. */
export interface RunOptions {
  cwd: string;
  env?: NodeJS.ProcessEnv;
  /** Called with each output line as it arrives (for a progress log). */
  onLine?: (line: TimedLine) => void;
  /** Memory poll interval in ms (default 100). */
  intervalMs?: number;
}

/**
 * Splits a stream's chunks into lines, stamping each with the time its
 * chunk arrived; a partial last line waits for the rest.
 */
export function lineSplitter(onLine: (text: string) => void) {
  let pending = '';
  return {
    push(chunk: string) {
      const parts = (pending + chunk).split(/\r?\n/);
      pending = parts.pop()!;
      for (const part of parts) onLine(part);
    },
    end() {
      if (pending) onLine(pending);
      pending = '';
    },
  };
}

/** A command that is running. */
export interface RunningCommand {
  /** Lines so far. */
  lines: TimedLine[];
  /** Seconds since it started. */
  elapsed(): number;
  /**
   * Resolves with the first line matching `pattern` that arrived at or after
   * `since` seconds; rejects if the command exits first or `timeoutSeconds` pass.
   */
  waitFor(pattern: RegExp, since?: number, timeoutSeconds?: number): Promise<TimedLine>;
  /** Sends SIGTERM to the command's process group (only what it started). */
  stop(): void;
  /** Resolves when it exits. */
  done: Promise<CommandRun>;
}

/** Starts `command args` in its own process group, so the benchmark can stop exactly what it started. */
export function startCommand(command: string, args: readonly string[], options: RunOptions): RunningCommand {
  const started = performance.now();
  const elapsed = () => round((performance.now() - started) / 1000);
  const lines: TimedLine[] = [];
  const waiters = new Set<{ pattern: RegExp; since: number; resolve: (line: TimedLine) => void }>();
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: options.env ?? process.env,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  const sampler = sampleTree(child.pid!, options.intervalMs ?? 100);
  const record = (text: string) => {
    const line = { at: elapsed(), text };
    lines.push(line);
    options.onLine?.(line);
    for (const waiter of waiters) {
      if (line.at >= waiter.since && waiter.pattern.test(text)) {
        waiters.delete(waiter);
        waiter.resolve(line);
      }
    }
  };
  const splitters = [child.stdout, child.stderr].map((stream) => {
    const splitter = lineSplitter(record);
    stream.setEncoding('utf8');
    stream.on('data', (chunk: string) => splitter.push(chunk));
    return splitter;
  });
  const stop = () => {
    try {
      process.kill(-child.pid!, 'SIGTERM');
    } catch {
      // Already gone.
    }
  };
  process.once('exit', stop);
  let exited = false;
  const done = new Promise<CommandRun>((resolve, reject) => {
    child.on('error', (error) => {
      exited = true;
      process.off('exit', stop);
      sampler.stop();
      reject(error);
    });
    child.on('close', (code, signal) => {
      exited = true;
      process.off('exit', stop);
      const seconds = elapsed();
      for (const splitter of splitters) splitter.end();
      resolve({ code, signal, seconds, lines, usage: sampler.stop() });
    });
  });
  const waitFor = (pattern: RegExp, since = 0, timeoutSeconds = 900) =>
    new Promise<TimedLine>((resolve, reject) => {
      const found = lines.find((line) => line.at >= since && pattern.test(line.text));
      if (found) return resolve(found);
      if (exited) return reject(new Error(`${command} ended before printing ${pattern}.`));
      const timer = setTimeout(() => {
        waiters.delete(waiter);
        reject(new Error(`${command} printed no ${pattern} within ${timeoutSeconds} s.`));
      }, timeoutSeconds * 1000);
      const waiter = {
        pattern,
        since,
        resolve: (line: TimedLine) => {
          clearTimeout(timer);
          resolve(line);
        },
      };
      waiters.add(waiter);
      void done.then(() => {
        if (waiters.delete(waiter)) {
          clearTimeout(timer);
          reject(new Error(`${command} ended before printing ${pattern}.`));
        }
      }, () => undefined);
    });
  return { lines, elapsed, waitFor, stop, done };
}

/** Runs `command args` to the end. */
export function runCommand(command: string, args: readonly string[], options: RunOptions): Promise<CommandRun> {
  return startCommand(command, args, options).done;
}
