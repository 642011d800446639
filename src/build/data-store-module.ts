/**
 * Astro's content store as a module that reads its file when imported.
 *
 * In a build, Astro turns its content store (`<cacheDir>/data-store.json`,
 * 36 MB for the 10,000-item corpus) into the module
 * `astro:data-layer-content` as `export default JSON.parse("<the whole
 * file as one string literal>")`. Every build bundles that 40 MB module
 * and compiles it when the first page asks for content, whether the pages
 * are rendered or reused: 9.2 s of V8 compiling in a republish of the
 * corpus (BENCHMARKS.md, «The content store read from its file»). The
 * module below has the same default export, the parsed file, read from
 * the same file at import time: the bundle shrinks by the store's size
 * and the import costs one JSON.parse.
 *
 * The store is written by Astro's content sync before the bundle is made
 * and is not written again while the pages are built, so reading it then
 * gives what the literal held.
 */

/** The start of the module Astro writes for a store in one file (Astro 7: vite-plugin-content-virtual-mod.js). */
const INLINE_STORE = 'export default JSON.parse(';

/** The id Vite gives Astro's content store module (`\0astro:data-layer-content`). */
export const DATA_STORE_MODULE_ID = '\0astro:data-layer-content';

/**
 * The module to load instead of Astro's `code` for the store in `file`
 * (an absolute path), or `undefined` to keep Astro's: an empty store
 * (`new Map()`) or one in parts (`experimental.collectionStorage`) is
 * left as it is.
 */
export function dataStoreFromFile(code: string, file: string): string | undefined {
  if (!code.startsWith(INLINE_STORE)) return undefined;
  return `import { readFileSync } from 'node:fs';\nexport default JSON.parse(readFileSync(${JSON.stringify(file)}, 'utf8'));\n`;
}
