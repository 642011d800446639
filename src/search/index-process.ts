/**
 * Builds the search index of one built folder in a process of its own:
 * `node src/search/index-process.ts <folder> [<cache folder>]`. Pagefind's Rust binary
 * panics on a full or read-only disk, prints its backtrace to the inherited
 * error stream and leaves the Node side waiting forever; here it can only
 * end this process, whose output `runSearchIndex()` reads and translates.
 * Prints the result as one line of JSON.
 */
import { buildSearchIndex } from './index-site.ts';

const dir = process.argv[2];
if (!dir) {
  console.error('usage: index-process.ts <folder> [<cache folder>]');
  process.exit(2);
}
try {
  process.stdout.write(`${JSON.stringify(await buildSearchIndex(dir, process.argv[3]))}\n`);
  process.exit(0);
} catch (error) {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
