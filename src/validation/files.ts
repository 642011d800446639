/**
 * Checks of the files themselves, not their fields: every attachment in a
 * document's folder (its type and name, content that matches its extension,
 * a PDF or Office file a reader can open, an image of a reasonable size),
 * each news image, and the boundary file the settings name (its coordinate
 * system and every feature's number, on the build date). Asynchronous,
 * because opening a PDF is.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { checkAttachment, checkImage } from '../content-model/read/attachments.ts';
import { findOnDisk } from '../content-model/read/file-names.ts';
import { isRecord, type ContentItem, type LoadedContent } from '../content-model/read/read-content.ts';
import { checkBoundaryFile } from '../map/boundary-check.ts';
import { numberPeriods } from '../map/number-matching.ts';
import { checkCoordinates, outsideRegion, regionOf } from '../map/region.ts';
import { formatField, type Problem } from './problem.ts';

/** Options for the file checks. */
export interface FileCheckOptions {
  /** The date the site is built for: the boundary file is read as on this day. */
  buildDate: string;
}

/** Every problem with the files behind the content. */
export async function checkFiles(content: LoadedContent, values: ReadonlyMap<ContentItem, unknown>, options: FileCheckOptions): Promise<Problem[]> {
  const problems: Problem[] = [];
  const settings = content.settings && isRecord(values.get(content.settings)) ? (values.get(content.settings) as Record<string, unknown>) : undefined;
  const region = settings ? regionOf(settings) : undefined;

  for (const document of content.items.dokumenter) {
    const folder = path.posix.dirname(document.file);
    for (const [name, onDisk] of document.folderFiles ?? []) {
      const bytes = new Uint8Array(readFileSync(path.join(content.root, folder, onDisk)));
      problems.push(...(await checkAttachment(bytes, `${folder}/${name}`)));
    }
  }

  for (const news of content.items.nyheter) {
    const fil = isRecord(news.data) && isRecord(news.data['bilde']) ? news.data['bilde']['fil'] : undefined;
    if (typeof fil !== 'string' || fil.includes('://')) continue;
    const relative = path.posix.join(path.posix.dirname(news.file), fil);
    if (relative.startsWith('../')) continue; // rules.ts reports it
    let bytes: Uint8Array;
    try {
      // By the name on disk, which macOS may have written decomposed: the build reads the same file.
      bytes = new Uint8Array(readFileSync(findOnDisk(content.root, relative) ?? path.join(content.root, relative)));
    } catch {
      continue; // a missing image is reported by rules.ts, with the field
    }
    problems.push(...checkImage(bytes, relative));
  }

  // Coordinates inside the region, and swapped ones named as such.
  if (region) {
    for (const municipality of content.items.kommuner) {
      const value = values.get(municipality) as { koordinater?: { lat: number; lon: number } } | undefined;
      if (!value?.koordinater) continue;
      const finding = checkCoordinates(value.koordinater, region);
      if (finding) {
        problems.push({ file: municipality.file, line: municipality.lineAt(['koordinater']), field: formatField(['koordinater']), ...finding });
      }
    }
  }

  // The boundary file, read as the national map agency ships it, matched by the numbers valid on the build date.
  const kartgrenser = settings?.['kartgrenser'];
  if (typeof kartgrenser === 'string') {
    let bytes: Uint8Array | undefined;
    try {
      bytes = new Uint8Array(readFileSync(path.resolve(content.root, kartgrenser)));
    } catch {
      // rules.ts reports a missing file
    }
    if (bytes) {
      const municipalities = content.items.kommuner.flatMap((item) => {
        const value = values.get(item) as
          | { navn: string; nummer: string; tidligereNummer: { nummer: string; fra?: string; til: string }[]; fylke: string; gyldigFra?: string; gyldigTil?: string }
          | undefined;
        if (!value) return [];
        return [
          {
            slug: item.id,
            name: value.navn,
            numbers: numberPeriods(value),
            gyldigFra: value.gyldigFra,
            gyldigTil: value.gyldigTil,
            outsideRegion: outsideRegion(settings!, value.fylke),
          },
        ];
      });
      problems.push(...checkBoundaryFile(bytes, { file: kartgrenser, municipalities, date: options.buildDate, region }).problems);
    }
  }
  return problems;
}
