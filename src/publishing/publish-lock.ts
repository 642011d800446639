import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { isAlive, lockHolder, tryLockFile } from '../build/file-lock.ts';

/** Thrown when another publishing process holds the lock. */
export class PublishLockedError extends Error {
  /** Process id of the holder, when it wrote one. */
  readonly pid: number | undefined;

  constructor(pid: number | undefined, lockFile: string) {
    super(
      pid !== undefined && !isAlive(pid)
        ? `En bygging som ble startet av en publisering som ble avbrutt (prosess ${pid}), holder fortsatt på å avslutte. ` +
            'Nettstedet er som før. Prøv igjen om et minutt.'
        : `En annen publisering til samme sted kjører allerede${pid !== undefined ? ` (prosess ${pid})` : ''}. Nettstedet er som før. ` +
            `Vent til den er ferdig, eller stopp den (Ctrl+C i vinduet der den kjører), og prøv igjen. (Låsen er ${lockFile}; ` +
            'den slippes av seg selv når publiseringen avslutter, også om den krasjer, så ikke slett den.)',
    );
    this.pid = pid;
  }
}

/** The publishing lock of one published path, held by this process. */
export interface PublishLock {
  /**
   * The open descriptor that holds the lock. The publisher gives it to the
   * check and the build it starts, so a build left running by a publisher
   * that was killed keeps the lock until it has stopped too.
   */
  fd: number;
  /** Lets go of the lock; calling it again does nothing. */
  release(): Promise<void>;
}

/** The lock file of a published path: `<buildsDir>/<name>.lock`. */
export function publishLockFile(publishedPath: string, buildsDir: string): string {
  return path.join(buildsDir, `${path.basename(publishedPath)}.lock`);
}

/**
 * Takes the publishing lock for a published path, so a cron job's `--once`,
 * a running watcher and the editor's preview never build or swap at the same
 * time. The lock is the operating system's (src/build/file-lock.ts): two
 * publishers starting together cannot both get it, and a publisher that
 * crashed holds nothing, whatever its lock file says. Never waits: throws
 * `PublishLockedError` when another process holds the lock, and the file
 * system's error when the builds folder cannot be written.
 */
export async function acquirePublishLock(publishedPath: string, buildsDir: string): Promise<PublishLock> {
  const lockFile = publishLockFile(publishedPath, buildsDir);
  const lock = tryLockFile(lockFile);
  if (!lock) throw new PublishLockedError(await liveHolder(lockFile), lockFile);
  return {
    fd: lock.fd,
    release: async () => lock.release(),
  };
}

/**
 * The holder's process id for the message. A publisher that has just taken
 * the lock writes its id a moment later, so an id of a process that is gone
 * is read again a few times before it is taken to mean a build left behind
 * by a publisher that was killed.
 */
async function liveHolder(lockFile: string): Promise<number | undefined> {
  let pid = lockHolder(lockFile);
  for (let attempt = 0; attempt < 10 && (pid === undefined || !isAlive(pid)); attempt += 1) {
    await sleep(20);
    pid = lockHolder(lockFile);
  }
  return pid;
}
