/**
 * Bytes to text for every content file: the one place that decides which
 * encodings and characters the site accepts.
 */
import type { Problem } from '../../validation/problem.ts';

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/**
 * Decodes a content file as UTF-8, dropping a byte-order mark. Anything else
 * becomes a problem naming the file and saying how to save it as UTF-8.
 */
export function decodeContentFile(bytes: Uint8Array, file: string): { ok: true; text: string } | { ok: false; problems: Problem[] } {
  try {
    return { ok: true, text: utf8.decode(bytes) };
  } catch {
    return {
      ok: false,
      problems: [{ file, what: 'filen er ikke lagret som UTF-8', fix: 'Lagre filen på nytt med tegnkodingen UTF-8.' }],
    };
  }
}
