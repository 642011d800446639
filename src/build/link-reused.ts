/**
 * Reused pages are hard-linked, not copied. Astro's incremental build
 * restores a page it did not render by copying its cached copy
 * (`<cacheDir>/dist/…`) into the output; at 10,000 pages that is most of
 * the output, written again on every republish. While a build runs, this
 * module makes that copy a hard link to the cached file, so the output,
 * the cache and the published builds share one file on disk.
 *
 * Shared files must never be written in place, or a build would change
 * the published site under its readers. So, for the same time, a write
 * (`writeFile`) to a file with more than one link first unlinks it and
 * then writes a new file: the other names keep the old content. Astro
 * writes pages and cached copies only through `writeFile`, Pagefind and
 * Vite write new files, and the publisher only renames and removes.
 *
 * Astro calls these through `node:fs`'s shared `promises` object, so the
 * module replaces the two functions there and puts them back afterwards.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

type PathArgument = Parameters<typeof fs.promises.copyFile>[0];

/** The path of a `fs` path argument, or `undefined` for a file handle or an odd value. */
function pathOf(value: unknown): string | undefined {
  if (typeof value === 'string') return path.resolve(value);
  if (value instanceof URL && value.protocol === 'file:') return fileURLToPath(value);
  if (Buffer.isBuffer(value)) return path.resolve(value.toString());
  return undefined;
}

const inside = (file: string, dir: string) => file === dir || file.startsWith(dir + path.sep);

/**
 * Until the returned function is called: copies out of `cacheDist` become
 * hard links (falling back to a copy where a link cannot be made, e.g.
 * across file systems), and writes under `dirs` to a file with other links
 * replace the file instead of changing it. Calls nest: each undoes its own.
 */
export function linkReusedPages(cacheDist: string, dirs: readonly string[]): () => void {
  const promises = fs.promises;
  const copyFile = promises.copyFile;
  const writeFile = promises.writeFile;
  const cache = path.resolve(cacheDist);
  const guarded = [cache, ...dirs.map((dir) => path.resolve(dir))];

  promises.copyFile = async function linkOrCopy(source: PathArgument, destination: PathArgument, mode?: number) {
    const from = pathOf(source);
    const to = pathOf(destination);
    if (from && to && inside(from, cache)) {
      try {
        await promises.link(from, to);
        return;
      } catch {
        // EXDEV, EEXIST, a file system without links: copy as Astro would.
      }
    }
    return copyFile.call(promises, source, destination, mode);
  };
  promises.writeFile = async function writeNew(file: Parameters<typeof writeFile>[0], data: Parameters<typeof writeFile>[1], options?: Parameters<typeof writeFile>[2]) {
    const target = pathOf(file);
    if (target && guarded.some((dir) => inside(target, dir))) {
      try {
        if ((await promises.lstat(target)).nlink > 1) await promises.unlink(target);
      } catch {
        // Not there yet: a plain write makes it.
      }
    }
    return writeFile.call(promises, file, data, options);
  } as typeof writeFile;

  return () => {
    promises.copyFile = copyFile;
    promises.writeFile = writeFile;
  };
}
