/**
 * Checks that keep published addresses answering (permanent links): the
 * record in `content/adresser.yaml` must point old addresses at live ones,
 * and every address the published site answered must still be live or be
 * in the record. The second check needs the list the last published build
 * wrote (`/adresser.json`, see src/publishing/published-addresses.ts);
 * without one (a first build, a test fixture) only the record is checked.
 */
import type { ContentItem, LoadedContent } from '../content-model/read/read-content.ts';
import { kinds } from '../content-model/registry.ts';
import { currentAddress, emptyRecord, liveAddresses, unrecordedAddresses } from '../domain/permanent-links.ts';
import type { AddressRecord } from '../schemas/addresses.ts';
import { formatField, type DataPath, type Problem } from './problem.ts';
import { closest } from './wording.ts';

/** Options for the address checks. */
export interface AddressOptions {
  /** The date the site is built for, `YYYY-MM-DD`. */
  buildDate: string;
  /** The addresses the published site answers, from its `/adresser.json`; `undefined` when there is no published site to compare with. */
  publishedAddresses?: readonly string[] | undefined;
}

/** The record file, relative to the content folder. */
export const RECORD_FILE = 'adresser.yaml';

/**
 * Every problem with permanent links. `record` is the schema's output for
 * `adresser.yaml` (`undefined` when the file is absent or the schema refused
 * it; its own problems are reported by the schema check).
 */
export function checkAddresses(content: LoadedContent, record: AddressRecord | undefined, options: AddressOptions): Problem[] {
  const problems: Problem[] = [];
  const items = kinds.flatMap((k) => content.items[k.id]).filter((item) => item.readable);
  const live = liveAddresses(items, options.buildDate);
  const recordItem: ContentItem | undefined = content.items.adresser[0];
  const at = (fieldPath: DataPath, what: string, fix: string) => {
    const full = [...(recordItem?.prefix ?? []), ...fieldPath];
    problems.push({ file: RECORD_FILE, line: recordItem?.lineAt(full), field: formatField(full) || undefined, what, fix });
  };

  if (record) {
    const seen = new Map<string, string>();
    const entries = [...record.flyttet.map((m, i) => ['flyttet', i, m.fra] as const), ...record.fjernet.map((r, i) => ['fjernet', i, r.fra] as const)];
    for (const [list, index, from] of entries) {
      const earlier = seen.get(from);
      if (earlier) at([list, index, 'fra'], `adressen ${from} står to ganger (også under ${earlier})`, 'En adresse kan bare flyttes eller fjernes én gang. Slett den ene linjen.');
      else seen.set(from, `${list}[${index}]`);
      if (live.has(from)) {
        at(
          [list, index, 'fra'],
          `adressen ${from} er i bruk på nettstedet`,
          'Linjen gjelder en adresse som ikke lenger er flyttet eller fjernet (kanskje har noe fått det gamle filnavnet tilbake). Slett linjen.',
        );
      }
    }
    record.flyttet.forEach((move, index) => {
      if (move.dato > options.buildDate) at(['flyttet', index, 'dato'], `datoen ${move.dato} er fram i tid`, `Skriv dagen adressen ble flyttet, senest i dag (${options.buildDate}).`);
      if (move.til === move.fra) {
        at(['flyttet', index, 'til'], 'peker på seg selv', 'Skriv den nye adressen under til.');
        return;
      }
      const end = currentAddress(move.til, record);
      if (end === undefined) {
        at(['flyttet', index, 'til'], 'flyttingene går i ring', 'Sjekk linjene under flyttet: den siste adressen i en kjede må være en side som finnes.');
      } else if (!live.has(end)) {
        const guess = closest(end, live);
        at(
          ['flyttet', index, 'til'],
          `adressen ${end} finnes ikke på nettstedet`,
          `${guess ? `Mente du ${guess}? ` : ''}Skriv adressen siden har nå, for eksempel /nyheter/filnavn/ (filnavnet uten .md).`,
        );
      }
    });
    record.fjernet.forEach((removal, index) => {
      if (removal.dato > options.buildDate) at(['fjernet', index, 'dato'], `datoen ${removal.dato} er fram i tid`, `Skriv dagen siden ble fjernet, senest i dag (${options.buildDate}).`);
    });
  }

  if (options.publishedAddresses) {
    const missing = unrecordedAddresses(options.publishedAddresses, live, record ?? emptyRecord);
    for (const address of missing) {
      at(
        [],
        `${address} er publisert, men finnes ikke lenger i innholdet, så lenker til den ville gitt «Fant ikke siden»`,
        `Har du gitt filen nytt navn, skriv i ${RECORD_FILE} under «flyttet:» en linje «- fra: ${address}», med «til:» (den nye adressen) og «dato:» (${options.buildDate}). ` +
          `Er den fjernet med vilje, eller gjort om til utkast, skriv under «fjernet:» «- fra: ${address}» med «dato:» og «grunn:» (en setning til leserne). Se redaktørveiledningen, «Flytte eller fjerne en side».`,
      );
    }
  }
  return problems;
}
