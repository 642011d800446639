import path from 'node:path';

/**
 * True for files that editors and operating systems leave beside real
 * content: backups (`notat.md~`), Emacs locks (`.#notat.md`), Vim swap files
 * (`.notat.md.swp`), macOS and Windows folder metadata, and the temporary
 * files our own tools write before renaming them into place. They never
 * affect the site, so they neither trigger a rebuild nor count in the
 * content fingerprint.
 */
export function isEditorTempFile(filePath: string): boolean {
  const name = path.basename(filePath);
  return (
    name.endsWith('~') ||
    name.startsWith('.#') ||
    /\.sw[a-p]$/.test(name) ||
    name === '.DS_Store' ||
    name === 'Thumbs.db' ||
    name === 'desktop.ini' ||
    name.startsWith('._') ||
    /^\.~lock\..*#$/.test(name) ||
    /\.tmp-\d+-[0-9a-f]+$/.test(name)
  );
}
