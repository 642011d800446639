/**
 * Which paths the editor's local server may touch. Every path in a request
 * is relative to the content folder, as the editor sends it
 * (`nyheter/ny-avtale.md`); it is refused unless it is plainly spelled
 * (no `..`, no `.` segments, no absolute path, no backslash, no percent
 * sign or control character, no hidden name) and, for a write, unless the
 * registry of content kinds says a file of that name belongs there: an
 * item's file, a news image, a document's attachment. On disk, no part of
 * the path may be a symbolic link, so nothing written or read through the
 * editor can end up outside the content folder.
 */
import { lstat, realpath } from 'node:fs/promises';
import path from 'node:path';
import { kinds, type KindDefinition } from '../../src/content-model/registry.ts';
import { checkAttachmentName } from '../../src/content-model/read/attachments.ts';
import { imageExtensions } from '../../src/content-model/read/read-content.ts';
import { formatProblem } from '../../src/validation/problem.ts';

/** A request for a path the editor may not use; the message is for staff, in Norwegian. */
export class PathRefused extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PathRefused';
  }
}

/** What a writable path is. */
export type WriteTarget =
  /** The file holding one item (or the settings). */
  | { role: 'entry'; kind: KindDefinition; id: string }
  /** A news image or a document's attachment. */
  | { role: 'media'; kind: KindDefinition; id?: string };

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MAX_PATH = 400;

/**
 * The path as the editor sent it, when it is plainly spelled: relative, with
 * forward slashes, no empty, `.` or `..` segment, no name starting with a
 * full stop, no backslash, percent sign (an encoded `..` is refused rather
 * than decoded) or control character. Throws `PathRefused` otherwise.
 */
export function plainPath(requested: unknown): string {
  if (typeof requested !== 'string' || requested === '') throw new PathRefused('Forespørselen mangler en sti.');
  const shown = JSON.stringify(requested.slice(0, 120));
  const refuse = (why: string) => new PathRefused(`Stien ${shown} kan ikke brukes: ${why}. Redigeringsverktøyet leser og skriver bare filer i innholdsmappen.`);
  if (requested.length > MAX_PATH) throw refuse('den er for lang');
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(requested)) throw refuse('den inneholder kontrolltegn');
  if (requested.includes('\\')) throw refuse('den inneholder omvendt skråstrek');
  if (requested.includes('%')) throw refuse('den inneholder prosenttegn (en kodet sti)');
  if (requested.startsWith('/') || /^[a-zA-Z]:/.test(requested)) throw refuse('den peker ut av innholdsmappen');
  const segments = requested.split('/');
  if (segments.some((s) => s === '..' || s === '.')) throw refuse('den peker ut av innholdsmappen');
  if (segments.some((s) => s === '')) throw refuse('den har en tom del');
  if (segments.some((s) => s.startsWith('.'))) throw refuse('skjulte filer og mapper (navn som begynner med punktum) brukes ikke');
  return requested;
}

/**
 * What a path may be written as, by the registry of content kinds: the
 * settings file; `<kind>/<id>.<ext>` for kinds with one file per item;
 * `<kind>/<id>/index.md` for kinds with one folder per item; an image under
 * a kind that has images; an attachment of an allowed type inside a
 * document's folder. Throws `PathRefused` for anything else.
 */
export function writeTarget(requested: unknown): WriteTarget {
  const relative = plainPath(requested);
  const segments = relative.split('/');
  const refuse = (why: string) => new PathRefused(`Kan ikke lagre ${relative}: ${why}.`);
  for (const definition of kinds as readonly KindDefinition[]) {
    const { layout } = definition;
    if (layout.type === 'single') {
      if (relative === layout.file) return { role: 'entry', kind: definition, id: definition.id };
      continue;
    }
    if (segments[0] !== definition.id) continue;
    if (segments.length < 2) break;
    if (layout.type === 'files') {
      const name = segments.at(-1)!;
      const extension = path.extname(name).toLowerCase();
      if (segments.length === 2 && layout.extensions.includes(extension)) {
        const id = name.slice(0, -extension.length);
        if (!SLUG.test(id)) throw refuse('filnavnet kan bare ha små bokstaver a–z, tall og bindestrek');
        return { role: 'entry', kind: definition, id };
      }
      const images = layout.images === true;
      if (images && imageExtensions.has(extension)) return { role: 'media', kind: definition };
      throw refuse(images ? `i ${definition.id}/ kan det bare ligge ${layout.extensions.join(' eller ')}-filer og bilder` : `i ${definition.id}/ kan det bare ligge ${layout.extensions.join(' eller ')}-filer`);
    }
    // One folder per item.
    const id = segments[1]!;
    if (!SLUG.test(id)) throw refuse('mappenavnet kan bare ha små bokstaver a–z, tall og bindestrek');
    if (segments.length === 3 && layout.index.includes(segments[2]!)) return { role: 'entry', kind: definition, id };
    if (segments.length < 3) break;
    const problems = checkAttachmentName(relative);
    if (problems.length > 0) throw new PathRefused(`Kan ikke lagre vedlegget: ${formatProblem(problems[0]!)}`);
    return { role: 'media', kind: definition, id };
  }
  throw refuse('redigeringsverktøyet skriver bare innholdsfiler, nyhetsbilder og vedlegg til dokumenter');
}

/**
 * The absolute path of `relative` inside the content folder `root`, after
 * checking on disk that no existing part of it is a symbolic link (or, for
 * a folder on the way, not a folder). For a write, an existing target must
 * be an ordinary file. Throws `PathRefused`.
 */
export async function insideContent(root: string, relative: string, purpose: 'read' | 'write'): Promise<string> {
  const base = await realpath(root);
  let current = base;
  const segments = plainPath(relative).split('/');
  for (const [index, segment] of segments.entries()) {
    current = path.join(current, segment);
    let stats;
    try {
      stats = await lstat(current);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return path.join(base, ...segments);
      throw error;
    }
    if (stats.isSymbolicLink()) {
      throw new PathRefused(`${segments.slice(0, index + 1).join('/')} er en snarvei (symbolsk lenke). Redigeringsverktøyet følger ikke snarveier, så ingenting leses eller skrives utenfor innholdsmappen.`);
    }
    const last = index === segments.length - 1;
    if (!last && !stats.isDirectory()) throw new PathRefused(`${segments.slice(0, index + 1).join('/')} er ikke en mappe.`);
    if (last && purpose === 'write' && !stats.isFile()) throw new PathRefused(`${relative} er ikke en vanlig fil.`);
  }
  return current;
}
