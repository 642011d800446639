import { describe, expect, it } from 'vitest';
import { createRebuildScheduler, type ChangeBatch, type Clock } from './rebuild-scheduler.ts';

/** A clock the test moves by hand. */
function fakeClock() {
  let now = 0;
  let timers: { at: number; fn: () => void; id: number }[] = [];
  let next = 1;
  const clock: Clock = {
    now: () => now,
    setTimeout: (fn, ms) => {
      const id = next++;
      timers.push({ at: now + ms, fn, id });
      return id;
    },
    clearTimeout: (id) => {
      timers = timers.filter((t) => t.id !== id);
    },
  };
  const advance = async (ms: number) => {
    const until = now + ms;
    for (;;) {
      const due = timers.filter((t) => t.at <= until).sort((a, b) => a.at - b.at)[0];
      if (!due) break;
      timers = timers.filter((t) => t !== due);
      now = due.at;
      due.fn();
      await flush();
    }
    now = until;
    await flush();
  };
  return { clock, advance };
}

const flush = () => new Promise<void>((resolve) => setImmediate(resolve));

/** A rebuild the test finishes by hand, recording every batch and any overlap. */
function controlledRebuilds() {
  const batches: ChangeBatch[] = [];
  const finishers: (() => void)[] = [];
  let active = 0;
  let overlapped = false;
  const rebuild = (batch: ChangeBatch) => {
    batches.push(batch);
    active += 1;
    if (active > 1) overlapped = true;
    return new Promise<void>((resolve) => {
      finishers.push(() => {
        active -= 1;
        resolve();
      });
    });
  };
  const finish = async () => {
    finishers.shift()?.();
    await flush();
  };
  return { batches, rebuild, finish, overlapped: () => overlapped };
}

describe('createRebuildScheduler', () => {
  it('waits for a pause in editing, then rebuilds once with every changed file', async () => {
    const { clock, advance } = fakeClock();
    const builds = controlledRebuilds();
    const scheduler = createRebuildScheduler({ debounceMs: 300, rebuild: builds.rebuild, clock });

    scheduler.notify('nyheter/a.md', 'endret');
    await advance(200);
    scheduler.notify('nyheter/b.md', 'ny');
    await advance(200);
    scheduler.notify('nyheter/a.md', 'endret');
    await advance(299);
    expect(builds.batches).toHaveLength(0);
    await advance(1);
    expect(builds.batches).toHaveLength(1);
    expect([...builds.batches[0]!]).toEqual([
      ['nyheter/a.md', 'endret'],
      ['nyheter/b.md', 'ny'],
    ]);
  });

  it('queues exactly one more rebuild for changes made while one runs, and never runs two at once', async () => {
    const { clock, advance } = fakeClock();
    const builds = controlledRebuilds();
    const scheduler = createRebuildScheduler({ debounceMs: 300, rebuild: builds.rebuild, clock });

    scheduler.notify('a.md', 'endret');
    await advance(300);
    expect(builds.batches).toHaveLength(1);
    for (let i = 0; i < 50; i++) {
      scheduler.notify(`f${i % 3}.md`, 'endret');
      await advance(400);
    }
    // However long the first rebuild takes, the edits made meanwhile wait for it.
    expect(builds.batches).toHaveLength(1);
    await builds.finish();
    await advance(300);
    expect(builds.batches).toHaveLength(2);
    expect([...builds.batches[1]!.keys()].sort()).toEqual(['f0.md', 'f1.md', 'f2.md']);
    await builds.finish();
    await advance(10_000);
    expect(builds.batches).toHaveLength(2);
    expect(builds.overlapped()).toBe(false);
  });

  it('keeps a file created and then edited in one batch marked as new', async () => {
    const { clock, advance } = fakeClock();
    const builds = controlledRebuilds();
    const scheduler = createRebuildScheduler({ debounceMs: 300, rebuild: builds.rebuild, clock });
    scheduler.notify('ny.md', 'ny');
    scheduler.notify('ny.md', 'endret');
    await advance(300);
    expect(builds.batches[0]!.get('ny.md')).toBe('ny');
  });

  it('runs a requested rebuild without a change, and idle() resolves only when all work is done', async () => {
    const { clock, advance } = fakeClock();
    const builds = controlledRebuilds();
    const scheduler = createRebuildScheduler({ debounceMs: 300, rebuild: builds.rebuild, clock });
    let idle = false;
    scheduler.requestRebuild();
    void scheduler.idle().then(() => (idle = true));
    await advance(0);
    expect(builds.batches).toHaveLength(1);
    expect(builds.batches[0]!.size).toBe(0);
    expect(idle).toBe(false);
    await builds.finish();
    await flush();
    expect(idle).toBe(true);
  });

  it('schedules nothing after stop()', async () => {
    const { clock, advance } = fakeClock();
    const builds = controlledRebuilds();
    const scheduler = createRebuildScheduler({ debounceMs: 300, rebuild: builds.rebuild, clock });
    scheduler.notify('a.md', 'endret');
    scheduler.stop();
    scheduler.notify('b.md', 'endret');
    await advance(1000);
    expect(builds.batches).toHaveLength(0);
    await expect(scheduler.idle()).resolves.toBeUndefined();
  });
});

describe('mergeKinds and onIdle', () => {
  it('reads an editor saving through delete-and-create as an edit', async () => {
    const { clock, advance } = fakeClock();
    const builds = controlledRebuilds();
    let idle = 0;
    const scheduler = createRebuildScheduler({ debounceMs: 300, rebuild: builds.rebuild, clock, onIdle: () => (idle += 1) });
    scheduler.notify('a.md', 'slettet');
    scheduler.notify('a.md', 'ny');
    scheduler.notify('b.md', 'ny');
    scheduler.notify('b.md', 'slettet');
    await advance(300);
    expect([...builds.batches[0]!]).toEqual([
      ['a.md', 'endret'],
      ['b.md', 'slettet'],
    ]);
    expect(idle).toBe(0);
    await builds.finish();
    expect(idle).toBe(1);
  });
});
