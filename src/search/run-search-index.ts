/**
 * Runs the search index (src/search/index-site.ts) in a child process
 * (index-process.ts), so a Pagefind failure, a Rust panic on a full disk
 * included, ends as an error this build can report in Norwegian, never as a
 * backtrace on the staff's screen or a build that waits forever.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { machineFaultInText, type MachineFault } from '../build/fault-messages.ts';
import type { SearchIndexResult } from './index-site.ts';

/** The search index could not be built; `fault` names a machine fault when the tool's output showed one. */
export class SearchIndexError extends Error {
  readonly fault: MachineFault | undefined;
  /** What the tool printed, for a developer. */
  readonly output: string;

  constructor(fault: MachineFault | undefined, output: string) {
    super(`Søkeindeksen kunne ikke bygges${fault ? ` (${fault})` : ''}: ${output.split('\n').find((line) => line.trim())?.trim() ?? 'ukjent feil'}`);
    this.fault = fault;
    this.output = output;
    // As Node's file system errors have it, so callers that look for a code find one.
    if (fault) Object.assign(this, { code: { 'disk-full': 'ENOSPC', 'read-only': 'EROFS', 'no-access': 'EACCES', 'other-file-system': 'EXDEV' }[fault] });
  }
}

const running = new Set<ChildProcess>();

/** Stops a search index being built (a build that is stopping must not leave it writing). */
export function stopSearchIndex(): void {
  for (const child of running) child.kill('SIGKILL');
}

/** Builds `outDir/pagefind/` in a child process (`cacheDir` as buildSearchIndex has it); rejects with `SearchIndexError`. */
export function runSearchIndex(outDir: string, cacheDir?: string): Promise<SearchIndexResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(import.meta.dirname, 'index-process.ts'), outDir, ...(cacheDir ? [cacheDir] : [])], {
      stdio: ['ignore', 'pipe', 'pipe'],
      // Pagefind's allocator (jemalloc) keeps freed pages for 10 s by default while the index grows;
      // handing them back after 1 s lowers its peak by about 0.2 GB at 10,000 items, in the same
      // time (BENCHMARKS.md).
      env: { ...process.env, RUST_BACKTRACE: '0', _RJEM_MALLOC_CONF: 'dirty_decay_ms:1000,muzzy_decay_ms:0' },
    });
    running.add(child);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('error', (error) => reject(new SearchIndexError(undefined, error.message)));
    child.on('close', (code, signal) => {
      running.delete(child);
      if (code === 0) {
        try {
          resolve(JSON.parse(stdout.trim().split('\n').at(-1)!) as SearchIndexResult);
          return;
        } catch {
          // Falls through: no result line.
        }
      }
      const output = `${stderr}${signal ? `\n(stopped by ${signal})` : ''}`.trim();
      reject(new SearchIndexError(machineFaultInText(output), output));
    });
  });
}
