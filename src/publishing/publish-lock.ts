import { mkdir, open, readFile, unlink } from 'node:fs/promises';
import path from 'node:path';

/** Thrown when another publishing process holds the lock. */
export class PublishLockedError extends Error {
  /** Process id of the holder. */
  readonly pid: number;

  constructor(pid: number, lockFile: string) {
    super(
      `En annen publisering kjører allerede (prosess ${pid}). Vent til den er ferdig, eller stopp den ` +
        `(Ctrl+C i vinduet der den kjører). Hvis ingen publisering kjører, slett ${lockFile}.`,
    );
    this.pid = pid;
  }
}

/**
 * Takes the publishing lock for a published path, so a cron job's `--once`
 * and a running watcher never build or swap at the same time. A lock left
 * by a process that no longer exists is taken over. Returns the release
 * function.
 */
export async function acquirePublishLock(publishedPath: string, buildsDir: string): Promise<() => Promise<void>> {
  await mkdir(buildsDir, { recursive: true });
  const lockFile = path.join(buildsDir, `${path.basename(publishedPath)}.lock`);
  for (let attempt = 0; attempt < 3; attempt += 1) {
    try {
      const handle = await open(lockFile, 'wx');
      await handle.writeFile(String(process.pid));
      await handle.close();
      let released = false;
      return async () => {
        if (released) return;
        released = true;
        await unlink(lockFile).catch(() => {});
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = Number((await readFile(lockFile, 'utf8').catch(() => '')).trim());
      if (holder && holder !== process.pid && isAlive(holder)) throw new PublishLockedError(holder, lockFile);
      await unlink(lockFile).catch(() => {});
    }
  }
  throw new Error(`Fikk ikke låst publiseringen (${lockFile}). Prøv igjen.`);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
