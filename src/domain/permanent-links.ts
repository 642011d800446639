/**
 * Permanent links: every address the site has published keeps answering.
 * An item's page address comes from the registry of kinds; when an item is
 * renamed or removed, `content/adresser.yaml` records where its old address
 * points now, or when and why it was removed (src/schemas/addresses.ts).
 * These pure functions say which addresses are live, where an old address
 * leads, which address an item was first published at (the stable
 * identifier in feeds), and which published addresses nobody accounted for.
 */
import { kind, kinds, type KindId } from '../content-model/registry.ts';
import type { AddressRecord } from '../schemas/addresses.ts';
import { permanentOfAnswerLink } from './answers.ts';

/** An item as the functions here need it: its kind, id and data (parsed or raw). */
export interface AddressedItem {
  kind: KindId;
  id: string;
  data: unknown;
}

/** The record with nothing in it, for a site without `content/adresser.yaml`. */
export const emptyRecord: AddressRecord = { flyttet: [], fjernet: [] };

/** The kinds whose item addresses are permanent, with how each makes an address from an id. */
const permanentKinds = new Map(
  kinds.flatMap((k) => ('permanent' in k && k.permanent && 'url' in k && k.url ? [[k.id as KindId, k.url as (id: string) => string] as const] : [])),
);

/** The address of an item of a kind with permanent addresses (`/nyheter/<id>/`), or `undefined` for other kinds. */
export function permanentAddress(kind: KindId, id: string): string | undefined {
  return permanentKinds.get(kind)?.(id);
}

/**
 * Whether an item is on the site on `buildDate` (`YYYY-MM-DD`) by its kind's
 * publication rule: not `utkast: true`, and its publication date (a day, or a
 * month counted from its first day) not after the build date. Items of kinds
 * without a rule are always on the site.
 */
export function isOnSite(item: AddressedItem, buildDate: string): boolean {
  const rule = kind(item.kind).publication;
  if (!rule) return true;
  const data = item.data as Record<string, unknown> | undefined;
  if (!data || data['utkast'] === true || data['utkast'] === 'true') return false;
  const date = data[rule.dateField];
  return typeof date !== 'string' || date.slice(0, 10) <= buildDate;
}

/** Every permanent address the site shows on `buildDate`: one per item on the site of a kind with permanent addresses. */
export function liveAddresses(items: Iterable<AddressedItem>, buildDate: string): Set<string> {
  const live = new Set<string>();
  for (const item of items) {
    const address = permanentAddress(item.kind, item.id);
    if (address && isOnSite(item, buildDate)) live.add(address);
  }
  return live;
}

/**
 * Where an old address leads: follows `flyttet` from `address` (an item
 * renamed twice leads to its latest address). Returns `address` itself when
 * it did not move, and `undefined` when the moves go round in a circle.
 */
export function currentAddress(address: string, record: AddressRecord): string | undefined {
  const moves = new Map(record.flyttet.map((m) => [m.fra, m.til]));
  const seen = new Set<string>();
  let at = address;
  while (moves.has(at)) {
    if (seen.has(at)) return undefined;
    seen.add(at);
    at = moves.get(at)!;
  }
  return at;
}

/**
 * The first address an item was published at: follows `flyttet` backwards
 * from its address now. Feeds use it as the item's identifier (RSS `guid`,
 * Atom `id`), so renaming an item does not make feed readers show it again
 * as new.
 */
export function firstAddress(address: string, record: AddressRecord): string {
  const movedFrom = new Map(record.flyttet.map((m) => [m.til, m.fra]));
  const seen = new Set<string>([address]);
  let at = address;
  for (let from = movedFrom.get(at); from !== undefined && !seen.has(from); from = movedFrom.get(at)) {
    seen.add(from);
    at = from;
  }
  return at;
}

/**
 * The addresses to keep answering after this build: every live address and
 * every address in the record. Written with the site (`/adresser.json`), so
 * the next check can tell when one disappears.
 */
export function answeringAddresses(live: Iterable<string>, record: AddressRecord): string[] {
  return [...new Set([...live, ...record.flyttet.map((m) => m.fra), ...record.fjernet.map((r) => r.fra)])].sort();
}

/** Addresses in `published` (what the site answered before) that are neither live now nor in the record, sorted. */
export function unrecordedAddresses(published: Iterable<string>, live: ReadonlySet<string>, record: AddressRecord): string[] {
  const recorded = new Set([...record.flyttet.map((m) => m.fra), ...record.fjernet.map((r) => r.fra)]);
  return [...new Set(published)].filter((a) => !live.has(a) && !recorded.has(a)).sort();
}

/**
 * The stable identifier of a link for feeds: `firstAddress` of the whole
 * link (an answer's anchor), else of its page with the fragment kept
 * (`/nyheter/ny/#oppdatert` → `/nyheter/gammel/#oppdatert`). A link to an
 * answer on its category's page counts as the answer's permanent address
 * (`/sporsmal-og-svar/<category>/#<id>` → `/sporsmal-og-svar/#<id>`).
 */
export function stableAddress(link: string, record: AddressRecord): string {
  // An answer is read on its category's page, but its permanent address is its anchor on the index.
  const whole = firstAddress(permanentOfAnswerLink(link) ?? link, record);
  if (whole !== link) return whole;
  const hash = link.indexOf('#');
  if (hash < 0) return link;
  return firstAddress(link.slice(0, hash), record) + link.slice(hash);
}
