/** What happened to a file under the content folder, as the watcher reports it. */
export type ChangeKind = 'ny' | 'endret' | 'slettet';

/** One batch of changed files handed to a rebuild, in the order first seen. */
export type ChangeBatch = Map<string, ChangeKind>;

/** Timer functions, replaceable in tests. */
export interface Clock {
  now(): number;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

const realClock: Clock = {
  now: () => Date.now(),
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (handle) => clearTimeout(handle as NodeJS.Timeout),
};

/** Coalesces a stream of file changes into as few rebuilds as correctness allows. */
export interface RebuildScheduler {
  /** Records a change; a rebuild follows once changes have paused for the debounce time. */
  notify(file: string, kind: ChangeKind): void;
  /** Asks for a rebuild with no file named (at start-up); it waits for a running one like any change. */
  requestRebuild(): void;
  /** Resolves when no rebuild is running or waiting. */
  idle(): Promise<void>;
  /** Stops scheduling; a running rebuild is left to finish. */
  stop(): void;
}

/**
 * Debounces changes and never runs two rebuilds at once: a rebuild starts
 * `debounceMs` after the last change; changes that arrive while one runs are
 * gathered and produce exactly one more rebuild after it (again waiting for
 * a pause), so the last state is always the one published and a burst of
 * edits costs at most two builds.
 */
export function createRebuildScheduler(options: {
  debounceMs: number;
  rebuild: (changes: ChangeBatch) => Promise<void>;
  /** Called each time the last queued rebuild has finished and nothing waits. */
  onIdle?: () => void;
  clock?: Clock;
}): RebuildScheduler {
  const clock = options.clock ?? realClock;
  let pending: ChangeBatch = new Map();
  let lastChange = 0;
  let timer: unknown;
  let running = false;
  let stopped = false;
  let wanted = false;
  let waiters: (() => void)[] = [];

  const settle = () => {
    if (running || timer !== undefined || pending.size > 0 || wanted) return;
    const done = waiters;
    waiters = [];
    for (const resolve of done) resolve();
  };

  const arm = () => {
    if (stopped) return;
    if (timer !== undefined) clock.clearTimeout(timer);
    // A rebuild asked for without file changes (start-up) need not wait for a pause.
    const wait = pending.size > 0 ? Math.max(0, lastChange + options.debounceMs - clock.now()) : 0;
    timer = clock.setTimeout(fire, wait);
  };

  const fire = () => {
    timer = undefined;
    if (stopped || running || (pending.size === 0 && !wanted)) return settle();
    const batch = pending;
    pending = new Map();
    wanted = false;
    running = true;
    options
      .rebuild(batch)
      .catch(() => {
        // The rebuild reports its own failures; the scheduler only keeps going.
      })
      .finally(() => {
        running = false;
        if (pending.size > 0 || wanted) arm();
        else {
          settle();
          if (!stopped) options.onIdle?.();
        }
      });
  };

  return {
    notify(file, kind) {
      if (stopped) return;
      pending.set(file, mergeKinds(pending.get(file), kind));
      lastChange = clock.now();
      // While a rebuild runs, the change waits for it; the timer starts afterwards.
      if (!running) arm();
    },
    requestRebuild() {
      if (stopped) return;
      wanted = true;
      if (!running) arm();
    },
    idle() {
      return new Promise<void>((resolve) => {
        waiters.push(resolve);
        settle();
      });
    },
    stop() {
      stopped = true;
      if (timer !== undefined) clock.clearTimeout(timer);
      timer = undefined;
      pending = new Map();
      wanted = false;
      settle();
    },
  };
}

/**
 * What a file's change amounts to when it changes twice in one batch: new then
 * edited is still new; deleted then created again (an editor saving through
 * a temporary file) is an edit.
 */
export function mergeKinds(earlier: ChangeKind | undefined, later: ChangeKind): ChangeKind {
  if (earlier === 'ny' && later === 'endret') return 'ny';
  if (earlier === 'slettet' && later === 'ny') return 'endret';
  return later;
}
