/**
 * Computes a fingerprint in a process of its own, so that reading and
 * hashing every file leaves nothing behind in the watching publisher:
 * `node src/publishing/fingerprint-process.ts <content folder> <project folder> <build date>`.
 * Prints the fingerprint as one line of JSON, or `{"error":{"message","code"}}`
 * and exits 1. See `fingerprintApart()`.
 */
import { fingerprint } from './fingerprint.ts';

const [contentDir, projectRoot, buildDate] = process.argv.slice(2);
if (!contentDir || !projectRoot || !buildDate) {
  process.stderr.write('usage: fingerprint-process.ts <content folder> <project folder> <build date>\n');
  process.exit(2);
}
try {
  process.stdout.write(`${JSON.stringify(fingerprint(contentDir, projectRoot, buildDate))}\n`);
} catch (error) {
  const { message, code } = error as NodeJS.ErrnoException;
  process.stdout.write(`${JSON.stringify({ error: { message: String(message ?? error), ...(code ? { code } : {}) } })}\n`);
  process.exitCode = 1;
}
