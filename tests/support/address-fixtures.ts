/**
 * Old addresses for the test site (content/adresser.yaml): a news address
 * that moved to a real news item, and a document address that was removed.
 * Added to the shipped record, so its own lines stay in force.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse, stringify } from 'yaml';

/** The test record's addresses. */
export const TEST_ADDRESSES = {
  /** An old address of the news item `movedTo`. */
  moved: '/nyheter/gammel-adresse-test/',
  movedTo: '/nyheter/enighet-om-utkast-til-tjenesteavtale/',
  /** A removed document's address, and why it was removed. */
  removed: '/dokumenter/fjernet-test/',
  removedReason: 'Dokumentet ble lagt ut ved en feil og hørte ikke til innføringen.',
  removedDate: '2026-11-20',
} as const;

/** Adds the test lines to `<content>/adresser.yaml`. */
export function addAddressFixtures(content: string): void {
  const file = path.join(content, 'adresser.yaml');
  const record = (parse(readFileSync(file, 'utf8')) ?? {}) as { flyttet?: unknown[]; fjernet?: unknown[] };
  record.flyttet = [...(record.flyttet ?? []), { fra: TEST_ADDRESSES.moved, til: TEST_ADDRESSES.movedTo, dato: '2026-11-20' }];
  record.fjernet = [...(record.fjernet ?? []), { fra: TEST_ADDRESSES.removed, dato: TEST_ADDRESSES.removedDate, grunn: TEST_ADDRESSES.removedReason }];
  writeFileSync(file, stringify(record));
}
