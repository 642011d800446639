/**
 * Locks kept by the operating system, for the publisher and the build's
 * work folder. A lock is an open file description locked with
 * `fcntl(F_OFD_SETLK)` through fs-native-extensions: the kernel decides who
 * gets it when two processes ask at the same moment, and it lets go when the
 * holder exits in any way (a crash, `kill -9`, a power cut), so there is no
 * stale lock to detect, no process id to trust and no file to delete. The
 * lock file itself stays where it is: deleting it would let a second process
 * lock a new file of the same name while the first still holds the old one.
 *
 * The file holds the process id of the last holder, only to name it in a
 * message. A child process given the descriptor (spawn's `stdio`) shares the
 * lock, so a build that outlives its publisher keeps it until it exits.
 */
import { closeSync, constants, ftruncateSync, mkdirSync, openSync, readFileSync, writeSync } from 'node:fs';
import path from 'node:path';
import { tryLock } from 'fs-native-extensions';

/** A lock this process holds. */
export interface FileLock {
  /** The locked file. */
  file: string;
  /** The open descriptor holding the lock; pass it to a child process to share the lock. */
  fd: number;
  /** Lets go of the lock (closes the descriptor); calling it again does nothing. */
  release(): void;
}

/**
 * Takes the lock on `file` (made, with its folder, when missing) without
 * waiting. Returns the held lock, or `undefined` when another process (or
 * another descriptor in this one) holds it. Throws the file system's error
 * when the file cannot be opened for writing (a read-only folder, no
 * permission).
 */
export function tryLockFile(file: string): FileLock | undefined {
  mkdirSync(path.dirname(file), { recursive: true });
  const fd = openSync(file, constants.O_RDWR | constants.O_CREAT, 0o644);
  let granted = false;
  try {
    granted = tryLock(fd);
  } finally {
    if (!granted) closeSync(fd);
  }
  if (!granted) return undefined;
  try {
    ftruncateSync(fd, 0);
    writeSync(fd, `${process.pid}\n`, 0);
  } catch {
    // Only the message uses the number; a full disk must not stop the lock.
  }
  let held = true;
  return {
    file,
    fd,
    release() {
      if (!held) return;
      held = false;
      // Closing the last descriptor of the open file description releases the lock.
      closeSync(fd);
    },
  };
}

/** The process id written in a lock file by its last holder, if it can be read. */
export function lockHolder(file: string): number | undefined {
  try {
    const pid = Number(readFileSync(file, 'utf8').trim());
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

/** Whether a process with this id exists (it may belong to another user). */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
