/**
 * File names as staff type them and as the disk keeps them. macOS writes
 * names in Unicode's decomposed form (NFD: «å» as «a» plus a ring), editors
 * and keyboards in the composed form (NFC). The two look identical, so the
 * site treats them as the same name: it compares in NFC and reads the file by
 * the name on disk.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';

/**
 * The path on disk of `relative` (forward slashes) below `folder`, matching
 * each part of it regardless of Unicode normalisation; `undefined` when no
 * such file exists. The exact name is tried first.
 */
export function findOnDisk(folder: string, relative: string): string | undefined {
  const exact = path.join(folder, relative);
  if (existsSync(exact)) return exact;
  let current = folder;
  for (const part of relative.split('/')) {
    if (part === '' || part === '.') continue;
    const wanted = part.normalize('NFC');
    let entries: string[];
    try {
      entries = readdirSync(current);
    } catch {
      return undefined;
    }
    const match = entries.find((name) => name.normalize('NFC') === wanted);
    if (match === undefined) return undefined;
    current = path.join(current, match);
  }
  return current;
}
