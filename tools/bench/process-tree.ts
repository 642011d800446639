/**
 * Peak memory and CPU time of a process and everything it starts, by
 * polling /proc (Linux) every 100 ms: the build is a tree (npm, the build
 * script, Astro, Pagefind's binary), and what the machine must hold is the
 * sum of the tree's resident memory at its worst moment.
 *
 * The sum counts shared pages (the Node binary, shared libraries) once per
 * process, so it errs on the high side. CPU time is each process's last seen
 * user + system time, so up to one interval per process is missed.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** What /proc says about one process. */
export interface ProcessInfo {
  pid: number;
  ppid: number;
  /** Resident memory in bytes. */
  rss: number;
  /** User + system CPU time in clock ticks. */
  cpuTicks: number;
  /** Short command name. */
  name: string;
}

/**
 * Parses /proc/<pid>/stat. The command name sits in parentheses and may hold
 * spaces and parentheses itself, so fields are counted from the last `)`.
 */
export function parseStat(text: string, pageSize = 4096): ProcessInfo | undefined {
  const open = text.indexOf('(');
  const close = text.lastIndexOf(')');
  if (open < 0 || close < open) return undefined;
  const pid = Number(text.slice(0, open).trim());
  const name = text.slice(open + 1, close);
  // Fields after the name: state(3) ppid(4) … utime(14) stime(15) … rss(24), numbered from 1 with pid = 1.
  const rest = text.slice(close + 2).trim().split(/\s+/);
  const field = (n: number) => Number(rest[n - 3]);
  const ppid = field(4);
  const utime = field(14);
  const stime = field(15);
  const rssPages = field(24);
  if (![pid, ppid, utime, stime, rssPages].every(Number.isFinite)) return undefined;
  return { pid, ppid, rss: rssPages * pageSize, cpuTicks: utime + stime, name };
}

/** The pid and all its descendants among `processes`. */
export function processTree(processes: readonly ProcessInfo[], root: number): ProcessInfo[] {
  const children = new Map<number, ProcessInfo[]>();
  for (const p of processes) {
    const list = children.get(p.ppid) ?? [];
    list.push(p);
    children.set(p.ppid, list);
  }
  const tree: ProcessInfo[] = [];
  const rootInfo = processes.find((p) => p.pid === root);
  const queue = rootInfo ? [rootInfo] : [];
  const seen = new Set<number>();
  while (queue.length) {
    const p = queue.shift()!;
    if (seen.has(p.pid)) continue;
    seen.add(p.pid);
    tree.push(p);
    queue.push(...(children.get(p.pid) ?? []));
  }
  return tree;
}

/** Every process /proc shows now (those that vanish while being read are skipped). */
export function readProcesses(procDir = '/proc'): ProcessInfo[] {
  const list: ProcessInfo[] = [];
  for (const entry of readdirSync(procDir)) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const info = parseStat(readFileSync(`${procDir}/${entry}/stat`, 'utf8'));
      if (info) list.push(info);
    } catch {
      // The process ended between readdir and read.
    }
  }
  return list;
}

/** What a sampler saw over a process tree's life. */
export interface TreeUsage {
  /** Largest sum of resident memory over the tree, in bytes. */
  peakRss: number;
  /** Seconds after the start when the peak was seen. */
  peakAt: number;
  /** The processes at the peak, largest first: name and resident bytes. */
  peakProcesses: { name: string; rss: number }[];
  /** User + system CPU seconds of every process seen. */
  cpuSeconds: number;
  /** Samples taken. */
  samples: number;
}

/**
 * A short name for a process from its command line: the program and the
 * script it runs (`node astro.mjs build`, `pagefind_extended`, `npm run build`).
 */
export function describeCommand(command: readonly string[], fallback: string): string {
  // A process that sets its title (npm does) shows it as one string with spaces.
  const argv = command.length === 1 ? command[0]!.split(/\s+/).filter(Boolean) : command;
  if (argv.length === 0) return fallback;
  const base = (p: string) => p.split('/').at(-1) ?? p;
  const program = base(argv[0]!);
  if (program === 'node' || program === 'nodejs') {
    const script = argv.slice(1).find((a) => !a.startsWith('-'));
    if (!script) return 'node';
    const rest = argv.slice(argv.indexOf(script) + 1, argv.indexOf(script) + 2).filter((a) => !a.startsWith('-') && !a.includes('/'));
    return ['node', base(script), ...rest].join(' ');
  }
  if (program === 'sh' || program === 'bash') return `${program} -c`;
  return argv.slice(0, program === 'npm' ? 3 : 1).map(base).join(' ');
}

function readCommand(pid: number, fallback: string): string {
  try {
    return describeCommand(readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean), fallback);
  } catch {
    return fallback;
  }
}

/** Clock ticks per second of /proc CPU times (USER_HZ; 100 on Linux). */
export const CLOCK_TICKS = 100;

/**
 * Polls the tree under `rootPid` until `stop()`; `stop()` returns the usage.
 * `read` is injectable for tests.
 */
export function sampleTree(
  rootPid: number,
  intervalMs = 100,
  read: () => ProcessInfo[] = readProcesses,
  describe: (pid: number, name: string) => string = readCommand,
) {
  const started = performance.now();
  const usage: TreeUsage = { peakRss: 0, peakAt: 0, peakProcesses: [], cpuSeconds: 0, samples: 0 };
  const cpu = new Map<string, number>();
  const sample = () => {
    const tree = processTree(read(), rootPid);
    if (tree.length === 0) return;
    usage.samples += 1;
    // Keyed by pid and name, so a reused pid is not mistaken for the old process.
    for (const p of tree) cpu.set(`${p.pid}:${p.name}`, Math.max(cpu.get(`${p.pid}:${p.name}`) ?? 0, p.cpuTicks));
    const rss = tree.reduce((sum, p) => sum + p.rss, 0);
    if (rss > usage.peakRss) {
      usage.peakRss = rss;
      usage.peakAt = (performance.now() - started) / 1000;
      usage.peakProcesses = tree
        .filter((p) => p.rss > 0)
        .sort((a, b) => b.rss - a.rss)
        .map((p) => ({ name: describe(p.pid, p.name), rss: p.rss }));
    }
  };
  sample();
  const timer = setInterval(sample, intervalMs);
  return {
    /** Takes one last sample, stops polling and returns what was seen. */
    stop(): TreeUsage {
      clearInterval(timer);
      sample();
      usage.cpuSeconds = [...cpu.values()].reduce((a, b) => a + b, 0) / CLOCK_TICKS;
      return usage;
    },
  };
}

/**
 * Seconds a fixed piece of single-threaded work takes (SHA-256 over 256 MB
 * and an arithmetic loop; about 0.65 s on this machine when it is quiet).
 * Taken at the start and end of a benchmark run, it shows how fast the
 * machine was at the time, so runs on a shared machine can be compared.
 */
export function speedProbe(): number {
  const data = Buffer.alloc(64e6, 7);
  const started = performance.now();
  for (let i = 0; i < 4; i++) createHash('sha256').update(data).digest();
  let sum = 0;
  for (let i = 0; i < 3e8; i++) sum += i % 7;
  const seconds = (performance.now() - started) / 1000;
  // `sum` is used so the loop cannot be optimised away.
  return Math.round(seconds * 1000 + (sum < 0 ? 1 : 0)) / 1000;
}

/**
 * Seconds to write 2,000 folders holding a 20 KB `index.html` each under
 * `dir` and delete them again: what a build does 12,000 times. The disk of
 * this machine is shared too, and its speed varies more than its CPUs'.
 */
export function fileSystemProbe(dir: string): number {
  const root = path.join(dir, `fs-probe-${process.pid}`);
  const page = 'x'.repeat(20_000);
  const started = performance.now();
  try {
    for (let i = 0; i < 2000; i++) {
      mkdirSync(path.join(root, String(i)), { recursive: true });
      writeFileSync(path.join(root, String(i), 'index.html'), page);
    }
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
  return Math.round(performance.now() - started) / 1000;
}
