/** The part of fs-native-extensions (no types of its own) that src/build/file-lock.ts uses. */
declare module 'fs-native-extensions' {
  /** Locks the open file `fd` without waiting: `true` when granted, `false` when another descriptor holds it. */
  export function tryLock(fd: number, offset?: number, length?: number, options?: { shared?: boolean }): boolean;
  /** Releases a lock taken on `fd`. */
  export function unlock(fd: number, offset?: number, length?: number): void;
}
