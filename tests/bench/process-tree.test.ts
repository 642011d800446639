import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { describeCommand, fileSystemProbe, parseStat, processTree, sampleTree, speedProbe, type ProcessInfo } from '../../tools/bench/process-tree.ts';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

// /proc/<pid>/stat of a real process, with a name holding a space and parentheses.
const stat = '4242 (node (build) x) S 4200 4242 4242 0 -1 4194560 9000 0 0 0 250 50 3 1 20 0 11 0 1234 2000000000 25600 18446744073709551615 1 1 0 0 0 0 0 16781312 17920 0 0 0 17 1 0 0 0 0 0';

const proc = (pid: number, ppid: number, rssMB: number, cpuTicks = 0, name = `p${pid}`): ProcessInfo => ({
  pid,
  ppid,
  rss: rssMB * 1e6,
  cpuTicks,
  name,
});

describe('reading /proc', () => {
  it('parses stat fields after a name with spaces and parentheses', () => {
    expect(parseStat(stat)).toEqual({ pid: 4242, ppid: 4200, rss: 25600 * 4096, cpuTicks: 300, name: 'node (build) x' });
    expect(parseStat('garbage')).toBeUndefined();
  });

  it('finds a process and all its descendants, not its siblings', () => {
    const all = [proc(1, 0, 1), proc(10, 1, 1), proc(11, 10, 1), proc(12, 11, 1), proc(20, 1, 1), proc(13, 10, 1)];
    expect(processTree(all, 10).map((p) => p.pid).sort()).toEqual([10, 11, 12, 13]);
    expect(processTree(all, 99)).toEqual([]);
  });

  it('names processes by program and script', () => {
    expect(describeCommand(['/work/node_modules/node/bin/node', '/work/node_modules/astro/bin/astro.mjs', 'build', '--root', '/x'], 'MainThread')).toBe('node astro.mjs build');
    expect(describeCommand(['node', '--max-old-space-size=1024', 'scripts/build.ts', '--out', '/tmp/out'], 'MainThread')).toBe('node build.ts');
    expect(describeCommand(['npm run build -- --out /tmp/x'], 'npm run build -')).toBe('npm run build');
    expect(describeCommand(['/work/node_modules/@pagefind/linux-x64/bin/pagefind_extended', '--service'], 'pagefind')).toBe('pagefind_extended');
    expect(describeCommand([], 'kworker')).toBe('kworker');
  });
});

describe('sampling a process tree', () => {
  it('keeps the largest sum over the tree and the CPU time of processes that came and went', async () => {
    const frames: ProcessInfo[][] = [
      [proc(1, 0, 5000), proc(10, 1, 100, 10)],
      [proc(1, 0, 5000), proc(10, 1, 120, 20), proc(11, 10, 900, 50, 'astro')],
      [proc(1, 0, 5000), proc(10, 1, 120, 30), proc(12, 10, 700, 40, 'pagefind')],
      [proc(1, 0, 5000)],
    ];
    let frame = 0;
    const sampler = sampleTree(10, 5, () => frames[Math.min(frame++, frames.length - 1)]!, (pid, name) => `${name}#${pid}`);
    await new Promise((resolve) => setTimeout(resolve, 60));
    const usage = sampler.stop();
    expect(usage.peakRss).toBe(1020e6);
    expect(usage.peakProcesses).toEqual([
      { name: 'astro#11', rss: 900e6 },
      { name: 'p10#10', rss: 120e6 },
    ]);
    // 30 + 50 + 40 ticks of 1/100 s.
    expect(usage.cpuSeconds).toBeCloseTo(1.2);
    expect(usage.samples).toBe(3);
  });

  it('measures a real child that holds 200 MB', async () => {
    const child = spawn(process.execPath, ['-e', 'const b = Buffer.alloc(200e6, 1); setTimeout(() => b.length, 800)'], { stdio: 'ignore' });
    const sampler = sampleTree(child.pid!, 50);
    await new Promise((resolve) => child.on('exit', resolve));
    const usage = sampler.stop();
    expect(usage.peakRss).toBeGreaterThan(200e6);
    expect(usage.peakRss).toBeLessThan(600e6);
    expect(usage.samples).toBeGreaterThan(3);
  });
});

describe('speed probe', () => {
  it('times a fixed piece of work', () => {
    const seconds = speedProbe();
    expect(seconds).toBeGreaterThan(0.05);
    expect(seconds).toBeLessThan(30);
  });

  it('times writing and deleting pages, and leaves nothing behind', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'fs-probe-test-'));
    try {
      expect(fileSystemProbe(dir)).toBeGreaterThan(0);
      expect(readdirSync(dir)).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
