/**
 * The content as a graph for incremental builds: a fingerprint of every
 * item (what its own page shows), a narrower «label» fingerprint (what a
 * page linking or listing it shows), and the edges the registry declares
 * between items (`references` in src/content-model/registry.ts), both ways.
 * Pure: it works on a validated content folder (`ValidationResult`) and
 * reads nothing but file sizes and times of images and attachments.
 * src/build/cache-keys.ts turns these into Astro's per-page `cacheKey`s.
 */
import { createHash } from 'node:crypto';
import { statSync } from 'node:fs';
import path from 'node:path';
import type { ContentItem } from '../content-model/read/read-content.ts';
import { kinds, type KindId, type ReferenceTarget } from '../content-model/registry.ts';
import { SOURCE_KINDS, valuesAt } from '../validation/references.ts';
import type { ValidationResult } from '../validation/validate-content.ts';

/** An item's node id in the graph: `<kind>/<id>`, e.g. `kommuner/roros`. */
export type NodeId = `${KindId}/${string}`;

/** The graph of one validated content folder. */
export interface ContentGraph {
  /** Fingerprint of everything an item's own page can show: its data, its body, its images' and attachments' files. */
  digest(node: NodeId): string | undefined;
  /** Fingerprint of what a page linking or listing the item can show: its data (no body), see `labelOf()`. */
  label(node: NodeId): string | undefined;
  /** Items the item refers to through a declared reference, in declaration order, without repeats. */
  out(node: NodeId): readonly NodeId[];
  /** Items that refer to the item through a declared reference, in content order, without repeats. */
  in(node: NodeId): readonly NodeId[];
  /** Fingerprint of a whole kind: every item's digest, in file order. */
  kindDigest(kind: KindId): string;
}

/**
 * Fields a page that only links an item never shows, by kind: a
 * municipality's and an organisation's status history (`hendelser`) shows on
 * its own page, the status pages and the change log, never beside a link
 * to it, so a status edit does not touch the thousands of news pages naming
 * the municipality.
 */
const unlabelled: Partial<Record<KindId, readonly string[]>> = {
  kommuner: ['hendelser', 'sistKontrollert'],
};

/** Fingerprint (hex SHA-256, 32 characters) of a JSON-able value. */
export function hashOf(...parts: unknown[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(typeof part === 'string' ? part : JSON.stringify(part) ?? 'undefined').update('\0');
  return hash.digest('hex').slice(0, 32);
}

/** The ids a reference value names, by target kind (a `kilde` object, a `part` that may be either kind). */
function targets(to: ReferenceTarget, value: unknown): NodeId[] {
  if (to === 'status') return [];
  if (to === 'kilde') {
    if (!value || typeof value !== 'object') return [];
    const record = value as Record<string, unknown>;
    return SOURCE_KINDS.flatMap(([field, kind]) => (typeof record[field] === 'string' ? [`${kind}/${record[field] as string}` as NodeId] : []));
  }
  if (typeof value !== 'string') return [];
  if (to === 'part') return [`organisasjoner/${value}`, `kommuner/${value}`];
  return [`${to}/${value}`];
}

/** Size and modification time of a file, or `-` when it is missing. */
function fileStamp(file: string): string {
  try {
    const stats = statSync(file);
    return `${stats.size}:${stats.mtimeMs}`;
  } catch {
    return '-';
  }
}

/** The files an item's page shows besides its text: a news item's image, a document's attachments. */
function itemFiles(root: string, item: ContentItem, value: unknown): string[] {
  const folder = path.dirname(path.join(root, item.file));
  const files: string[] = [];
  if (item.folderFiles) for (const onDisk of [...item.folderFiles.values()].sort()) files.push(`${onDisk}=${fileStamp(path.join(folder, onDisk))}`);
  const image = (value as { bilde?: { fil?: unknown } } | undefined)?.bilde?.fil;
  if (typeof image === 'string' && !image.includes('://')) files.push(`${image}=${fileStamp(path.resolve(folder, image))}`);
  return files;
}

/** What a linking page can show of an item: its schema output, less the kind's `unlabelled` fields. */
function labelOf(kind: KindId, value: unknown): unknown {
  const drop = unlabelled[kind];
  if (!drop || !value || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value as Record<string, unknown>).filter(([field]) => !drop.includes(field)));
}

/** Builds the graph of a validated content folder. Unreadable or invalid items count by their raw data. */
export function contentGraph(result: ValidationResult): ContentGraph {
  const { content, values } = result;
  const digests = new Map<NodeId, string>();
  const labels = new Map<NodeId, string>();
  const outgoing = new Map<NodeId, NodeId[]>();
  const incoming = new Map<NodeId, NodeId[]>();
  const kindDigests = new Map<KindId, string>();

  for (const definition of kinds) {
    const kindHash = createHash('sha256');
    for (const item of content.items[definition.id]) {
      const node: NodeId = `${definition.id}/${item.id}`;
      const value = values.has(item) ? values.get(item) : item.data;
      const digest = hashOf(value, item.body ?? '', itemFiles(content.root, item, value));
      digests.set(node, digest);
      labels.set(node, hashOf(labelOf(definition.id, value)));
      kindHash.update(`${node}=${digest}\n`);
      const out: NodeId[] = [];
      for (const reference of definition.references) {
        for (const found of valuesAt(value, reference.path)) {
          for (const target of targets(reference.to, found.value)) if (!out.includes(target)) out.push(target);
        }
      }
      outgoing.set(node, out);
    }
    kindDigests.set(definition.id, kindHash.digest('hex').slice(0, 32));
  }
  for (const [node, out] of outgoing) {
    for (const target of out) {
      if (!digests.has(target)) continue;
      const list = incoming.get(target) ?? [];
      list.push(node);
      incoming.set(target, list);
    }
  }
  return {
    digest: (node) => digests.get(node),
    label: (node) => labels.get(node),
    out: (node) => (outgoing.get(node) ?? []).filter((target) => digests.has(target)),
    in: (node) => incoming.get(node) ?? [],
    kindDigest: (kind) => kindDigests.get(kind) ?? '',
  };
}
