/**
 * An attachment file as it sits in the document's content folder: its bytes,
 * size and SHA-256, read at build time so the checksum shown on the page is
 * the checksum of the file the site serves.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { findOnDisk } from '../content-model/read/file-names.ts';
import { attachmentFormat, formatFileSize } from './attachment.ts';

/** An attachment with everything the document page shows about it. */
export interface AttachmentInfo {
  /** Path of the file inside the document folder, as written in `vedlegg[].fil` (without a leading `./`). */
  file: string;
  /** Title from the front matter. */
  title: string;
  /** Format label, e.g. «PDF». */
  format: string;
  /** Size in bytes. */
  bytes: number;
  /** Size as Norwegian text, e.g. «12,3 kB». */
  size: string;
  /** SHA-256 of the file's bytes, lower-case hex. */
  sha256: string;
  /** Site path the file is published at: `/dokumenter/<slug>/<file>`, URL-encoded. */
  href: string;
}

/** The attachment's path inside its document folder, without a leading `./`, in Unicode NFC (how it is published). */
export function attachmentPath(file: string): string {
  return path.posix.normalize(file.replace(/\\/g, '/')).replace(/^(\.\/)+/, '').normalize('NFC');
}

/** SHA-256 of some bytes as lower-case hex. */
export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * Reads an attachment from `<documentsDir>/<slug>/<file>`. Throws with the
 * file's path when it is missing or lies outside the document's folder
 * (scripts/check.ts reports this to staff first; this is the last guard).
 */
export function readAttachment(
  documentsDir: string,
  slug: string,
  attachment: { fil: string; tittel: string },
): AttachmentInfo & { data: Buffer } {
  const file = attachmentPath(attachment.fil);
  const folder = path.join(documentsDir, slug);
  const full = path.join(folder, file);
  if (file.startsWith('../') || !full.startsWith(folder + path.sep)) {
    throw new Error(`The attachment "${attachment.fil}" of document "${slug}" lies outside the document's folder.`);
  }
  // The name on disk may be the same name in the other Unicode form (macOS).
  const data = readFileSync(findOnDisk(folder, file) ?? full);
  return {
    file,
    title: attachment.tittel,
    format: attachmentFormat(file),
    bytes: data.length,
    size: formatFileSize(data.length),
    sha256: sha256Hex(data),
    href: `/dokumenter/${slug}/${file.split('/').map(encodeURIComponent).join('/')}`,
    data,
  };
}
