/**
 * Decap CMS's proxy backend protocol (the one `decap-server` speaks:
 * `POST /api/v1` with `{ action, params }`), served over the content
 * folder. Paths in it are relative to the content folder. Reads go through
 * `insideContent` (no symbolic links, no hidden files), writes also through
 * `writeTarget` (only files the registry says belong where they are
 * written), and an item's text through `entryText`, so what lands on disk is
 * what a person would have written. Every refusal is a Norwegian sentence
 * that Decap shows as «Kunne ikke lagre: …».
 */
import { createHash, randomBytes } from 'node:crypto';
import { lstat, mkdir, readdir, readFile, rename, rmdir, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { isClutter } from '../../src/content-model/read/read-content.ts';
import { entryText, EntryFormatError } from './entry-files.ts';
import { insideContent, PathRefused, plainPath, writeTarget } from './content-paths.ts';

/** A failure to report to the editor: an HTTP status and a Norwegian message. */
export class ApiError extends Error {
  readonly status: number;
  constructor(status: number, message: string) {
    super(message);
    this.status = status;
  }
}

/** Told about every file the API wrote or deleted (relative to the content folder). */
export type ChangeListener = (file: string, change: 'ny' | 'endret' | 'slettet') => void;

/** Options for `proxyApi`. */
export interface ProxyOptions {
  /** The content folder (absolute). */
  contentDir: string;
  /** The preview's address for an item, if there is a current preview; `null` when none is ready. */
  deployPreview?: (collection: string, slug: string) => { url: string; status: string } | null;
  onChange?: ChangeListener;
}

interface DataFile {
  path: string;
  raw: string;
  newPath?: string;
}
interface Asset {
  path: string;
  content: string;
  encoding: string;
}

/** One call of the protocol: the action's result as JSON-ready data, or an `ApiError`. */
export function proxyApi(options: ProxyOptions) {
  const root = options.contentDir;
  const changed = options.onChange ?? (() => {});

  return async function handle(body: unknown): Promise<unknown> {
    if (!isRecord(body) || typeof body['action'] !== 'string') throw new ApiError(422, 'Ukjent forespørsel.');
    const params = isRecord(body['params']) ? body['params'] : {};
    try {
      switch (body['action']) {
        case 'info':
          return { repo: path.basename(root), publish_modes: ['simple'], type: 'local_fs' };
        case 'entriesByFolder':
          return await entriesByFolder(String(params['folder']), String(params['extension'] ?? ''), Number(params['depth'] ?? 1));
        case 'entriesByFiles': {
          const files = Array.isArray(params['files']) ? params['files'] : [];
          return await Promise.all(files.map((file) => readEntry(isRecord(file) ? file['path'] : undefined, isRecord(file) ? file['label'] : undefined)));
        }
        case 'getEntry':
          return await readEntry(params['path']);
        case 'persistEntry':
          return await persistEntry(params);
        case 'getMedia':
          return await getMedia(params['mediaFolder']);
        case 'getMediaFile':
          return await mediaFile(plainPath(params['path']));
        case 'persistMedia': {
          const asset = params['asset'];
          if (!isRecord(asset)) throw new ApiError(422, 'Forespørselen mangler filen.');
          await writeAsset(asset as unknown as Asset);
          return await mediaFile(plainPath(asset['path']));
        }
        case 'deleteFile':
          await deleteFiles([params['path']]);
          return { message: 'slettet' };
        case 'deleteFiles':
          await deleteFiles(Array.isArray(params['paths']) ? params['paths'] : []);
          return { message: 'slettet' };
        case 'getDeployPreview':
          return options.deployPreview?.(String(params['collection']), String(params['slug'])) ?? null;
        default:
          throw new ApiError(422, `Redigeringsverktøyet kan ikke «${String(body['action']).slice(0, 40)}» her.`);
      }
    } catch (error) {
      if (error instanceof PathRefused) throw new ApiError(403, error.message);
      if (error instanceof EntryFormatError) throw new ApiError(422, `Innholdet kunne ikke leses (${error.message}).`);
      throw error;
    }
  };

  async function entriesByFolder(folder: string, extension: string, depth: number) {
    const start = await insideContent(root, plainPath(folder), 'read');
    const files = await listFiles(start, plainPath(folder), Math.min(Math.max(depth, 1), 3));
    // Only the files that are items by the registry: a document's index.md, not an attachment that happens to end in .md.
    const wanted = files.filter((file) => file.endsWith(`.${extension.replace(/^\./, '')}`) && isEntryPath(file));
    return Promise.all(wanted.map((file) => readEntry(file)));
  }

  /** Files under `dir` (shown as `shown/...`), `depth` levels down, skipping hidden files, clutter and links. */
  async function listFiles(dir: string, shown: string, depth: number): Promise<string[]> {
    if (depth <= 0) return [];
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch {
      return [];
    }
    const found: string[] = [];
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
      if (isClutter(entry.name) || entry.name.includes('%') || entry.name.includes('\\')) continue;
      if (entry.isDirectory()) found.push(...(await listFiles(path.join(dir, entry.name), `${shown}/${entry.name}`, depth - 1)));
      else if (entry.isFile()) found.push(`${shown}/${entry.name}`);
    }
    return found;
  }

  async function readEntry(requested: unknown, label?: unknown) {
    const relative = plainPath(requested);
    const file: Record<string, unknown> = { path: relative, ...(typeof label === 'string' ? { label } : {}) };
    try {
      const bytes = await readFile(await insideContent(root, relative, 'read'));
      return { data: bytes.toString('utf8'), file: { ...file, id: sha256(bytes) } };
    } catch (error) {
      if (error instanceof PathRefused) throw error;
      return { data: null, file: { ...file, id: null } };
    }
  }

  async function persistEntry(params: Record<string, unknown>) {
    const dataFiles = (Array.isArray(params['dataFiles']) ? params['dataFiles'] : isRecord(params['entry']) ? [params['entry']] : []) as DataFile[];
    const assets = (Array.isArray(params['assets']) ? params['assets'] : []) as Asset[];
    if (dataFiles.length === 0) throw new ApiError(422, 'Forespørselen mangler innholdet som skal lagres.');
    // Check every path before writing anything, so a refused file never leaves half an item behind.
    const planned = dataFiles.map((dataFile) => {
      const target = writeTarget(dataFile.path);
      if (target.role !== 'entry') throw new PathRefused(`${dataFile.path} er ikke en innholdsfil.`);
      if (dataFile.newPath !== undefined) {
        const moved = writeTarget(dataFile.newPath);
        if (moved.role !== 'entry' || moved.kind !== target.kind) throw new PathRefused(`${dataFile.newPath} er ikke en innholdsfil av samme slag.`);
      }
      if (typeof dataFile.raw !== 'string') throw new ApiError(422, 'Forespørselen mangler innholdet som skal lagres.');
      return { dataFile, target };
    });
    for (const asset of assets) assetTarget(asset);

    for (const asset of assets) await writeAsset(asset);
    for (const { dataFile, target } of planned) {
      const file = await insideContent(root, dataFile.path, 'write');
      const previous = await readFile(file, 'utf8').catch(() => undefined);
      const text = entryText(target.kind, dataFile.raw, previous);
      await writeAtomic(file, text);
      changed(dataFile.path, previous === undefined ? 'ny' : 'endret');
      if (dataFile.newPath !== undefined && dataFile.newPath !== dataFile.path) {
        const destination = await insideContent(root, dataFile.newPath, 'write');
        await mkdir(path.dirname(destination), { recursive: true });
        await rename(file, destination);
        changed(dataFile.path, 'slettet');
        changed(dataFile.newPath, 'ny');
      }
    }
    return { message: 'lagret' };
  }

  function assetTarget(asset: Asset) {
    if (!isRecord(asset) || typeof asset.content !== 'string' || asset.encoding !== 'base64') throw new ApiError(422, 'Filen kom ikke fram riktig. Prøv igjen.');
    const target = writeTarget(asset.path);
    if (target.role !== 'media') throw new PathRefused(`${asset.path} kan ikke lastes opp som en fil.`);
    return target;
  }

  async function writeAsset(asset: Asset) {
    assetTarget(asset);
    const file = await insideContent(root, asset.path, 'write');
    const existed = await lstat(file).then(() => true, () => false);
    await writeAtomic(file, Buffer.from(asset.content, 'base64'));
    changed(asset.path, existed ? 'endret' : 'ny');
  }

  async function getMedia(requested: unknown) {
    const folder = plainPath(requested);
    const dir = await insideContent(root, folder, 'read');
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch {
      return [];
    }
    const files = entries.filter((e) => e.isFile() && !isClutter(e.name) && !/\.(md|mdx|ya?ml|json)$/i.test(e.name));
    return Promise.all(files.map((e) => mediaFile(`${folder}/${e.name}`)));
  }

  async function mediaFile(relative: string) {
    const bytes = await readFile(await insideContent(root, relative, 'read'));
    return { id: sha256(bytes), content: bytes.toString('base64'), encoding: 'base64', path: relative, name: path.posix.basename(relative) };
  }

  async function deleteFiles(paths: unknown[]) {
    const targets = paths.map((requested) => {
      const relative = plainPath(requested);
      writeTarget(relative);
      return relative;
    });
    for (const relative of targets) {
      const file = await insideContent(root, relative, 'write');
      try {
        await unlink(file);
        changed(relative, 'slettet');
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      }
      // A document's folder goes with its last file.
      const folder = path.dirname(file);
      if (folder !== root && path.dirname(relative).includes('/')) await rmdir(folder).catch(() => undefined);
    }
  }
}

/**
 * Writes `data` to `file` through a temporary file in the same folder and a
 * rename, so a reader never sees half a file. The temporary name is one the
 * publisher ignores (`.name.tmp-<pid>-<hex>`).
 */
export async function writeAtomic(file: string, data: string | Uint8Array): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`);
  await writeFile(temporary, data, { flag: 'wx' });
  try {
    await rename(temporary, file);
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    throw error;
  }
}

function isEntryPath(file: string): boolean {
  try {
    return writeTarget(file).role === 'entry';
  } catch {
    return false;
  }
}

function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
