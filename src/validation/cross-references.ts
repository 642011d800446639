/**
 * Checks that need more than one file: references between items, duplicate
 * names and numbers, documents replacing each other, attachments and images
 * on disk, and dates that contradict other dates. Works on the data as
 * parsed, before the schemas, so an item with a schema problem still gets
 * its references checked and staff see every problem in one run.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { dateProblem } from '../schemas/common.ts';
import { imageExtensions, isRecord, type ContentItem, type LoadedContent } from './load-content.ts';
import { formatField, type DataPath, type Problem } from './problem.ts';
import { closest, isSlug } from './wording.ts';

/** Options for the cross-checks. */
export interface CrossCheckOptions {
  /** The date the site is built for, `YYYY-MM-DD`; items dated later are not yet published. */
  buildDate: string;
}

interface Target {
  /** «kommunen», «dokumentet», ... */
  label: string;
  /** How to find a valid name. */
  fix: string;
  /** Items by id; `undefined` when their file could not be read, so references to them cannot be checked. */
  ids: Map<string, ContentItem> | undefined;
}

/** Every cross-file problem in the content. */
export function checkCrossReferences(content: LoadedContent, options: CrossCheckOptions): Problem[] {
  const problems: Problem[] = [];
  const at = (item: ContentItem, fieldPath: DataPath, what: string, fix?: string) => {
    const full = [...item.prefix, ...fieldPath];
    problems.push({ file: item.file, line: item.lineAt(full), field: formatField(full) || undefined, what, fix });
  };

  const targets = {
    kommune: target('kommunen', 'Bruk filnavnet (uten .yaml) til en av filene i kommuner/.', content.municipalities),
    dokument: target('dokumentet', 'Bruk navnet på en av mappene i dokumenter/.', content.documents),
    nyhet: target('nyheten', 'Bruk filnavnet (uten .md) til en av filene i nyheter/.', content.news),
    organisasjon: target('organisasjonen', 'Bruk en «id» fra organisasjoner.json.', content.organisations, content.organisationsReadable),
    fase: target('fasen', 'Bruk en «id» fra faser.json.', content.phases, content.phasesReadable),
  };

  /** Reports `value` at `fieldPath` if it names nothing in `to`; returns the item it names. */
  const reference = (item: ContentItem, fieldPath: DataPath, value: unknown, to: Target): ContentItem | undefined => {
    if (!isSlug(value) || !to.ids) return undefined; // the schema reports malformed names; an unreadable file, its own problem
    const found = to.ids.get(value);
    if (!found) at(item, fieldPath, `${to.label} «${value}» finnes ikke`, withGuess(value, to.ids.keys(), to.fix));
    return found;
  };
  const referenceList = (item: ContentItem, field: string, to: Target) => {
    const list = get(item.data, field);
    if (Array.isArray(list)) list.forEach((value, index) => reference(item, [field, index], value, to));
  };
  /**
   * A source (`kilde`) must resolve, and to something readers can open:
   * never a draft, and not an item still unpublished on the build date while
   * the citing item (shown from `shownFrom`; always, when undefined) is on the site.
   */
  const source = (item: ContentItem, fieldPath: (string | number)[], shownFrom?: string) => {
    const kilde = get(item.data, ...fieldPath);
    if (!isRecord(kilde)) return;
    for (const [key, to, noun] of [
      ['nyhet', targets.nyhet, 'nyheten'],
      ['dokument', targets.dokument, 'dokumentet'],
    ] as const) {
      const found = reference(item, [...fieldPath, key], kilde[key], to);
      // Only a citing item that is itself on the site can carry a dead link.
      const citingShown = shownFrom === undefined || shownFrom <= options.buildDate;
      const reason = found && unpublished(found, options.buildDate);
      if (reason && !reason.draft && !citingShown) continue;
      if (!reason) continue;
      at(
        item,
        [...fieldPath, key],
        `${to.label} «${String(kilde[key])}» ${reason.what}, så lenken til kilden ville ikke virke`,
        reason.draft
          ? `Publiser ${noun} først (fjern «utkast: true»), eller velg en annen kilde.`
          : `Vent med dette til ${noun} er publisert, eller velg en annen kilde.`,
      );
    }
  };

  // Settings: unique status ids; the boundary file must exist.
  const settings = content.settings?.readable ? content.settings : undefined;
  const statuser = get(settings?.data, 'statuser');
  const statusIds = Array.isArray(statuser)
    ? statuser.map((status) => get(status, 'id')).filter((id): id is string => typeof id === 'string')
    : undefined;
  if (settings && Array.isArray(statuser)) {
    duplicates(statuser.map((status) => get(status, 'id')), (index, firstIndex, id) =>
      at(settings, ['statuser', index, 'id'], `statusen «${id}» står to ganger (også på linje ${settings.lineAt(['statuser', firstIndex, 'id'])})`, 'Hver status må ha sin egen id; fjern eller endre den ene.'),
    );
  }
  const kartgrenser = get(settings?.data, 'kartgrenser');
  if (settings && typeof kartgrenser === 'string' && kartgrenser.trim() !== '' && !insideRoot(content.root, kartgrenser, true)) {
    at(settings, ['kartgrenser'], `filen «${kartgrenser}» finnes ikke i innholdsmappen`, 'Legg kartfilen (GeoJSON eller TopoJSON) i innholdsmappen og skriv stien fra den, eller fjern feltet.');
  }

  // Organisations and phases: unique ids, references.
  for (const [list, noun] of [
    [content.organisations, 'organisasjon'],
    [content.phases, 'fase'],
  ] as const) {
    duplicates(list.map((entry) => get(entry.data, 'id')), (index, firstIndex, id) => {
      const entry = list[index]!;
      at(entry, ['id'], `id-en «${id}» er brukt før (linje ${entry.lineAt([firstIndex, 'id'])})`, `Hver ${noun} må ha sin egen id; gi den ene en annen.`);
    });
  }
  duplicates(content.phases.map((entry) => get(entry.data, 'nummer')), (index, firstIndex, nummer) => {
    const entry = content.phases[index]!;
    at(entry, ['nummer'], `nummeret ${String(nummer)} er brukt før (linje ${entry.lineAt([firstIndex, 'nummer'])})`, 'Hver fase må ha sitt eget nummer.');
  });
  for (const organisation of content.organisations) {
    const tilhorer = get(organisation.data, 'tilhorer');
    if (tilhorer !== undefined && tilhorer === organisation.id) {
      at(organisation, ['tilhorer'], 'en organisasjon kan ikke tilhøre seg selv', 'Skriv id-en til organisasjonen den hører til, eller fjern feltet.');
    } else {
      reference(organisation, ['tilhorer'], tilhorer, targets.organisasjon);
    }
    reference(organisation, ['kommune'], get(organisation.data, 'kommune'), targets.kommune);
  }
  for (const phase of content.phases) {
    referenceList(phase, 'organisasjoner', targets.organisasjon);
    source(phase, ['kilde']);
  }

  // News: references and the image file.
  for (const news of content.news) {
    referenceList(news, 'kommuner', targets.kommune);
    referenceList(news, 'dokumenter', targets.dokument);
    const fil = get(news.data, 'bilde', 'fil');
    if (typeof fil === 'string' && fil.trim() !== '') checkImage(news, fil);
  }

  // Answers.
  for (const faq of content.faqs) {
    referenceList(faq, 'dokumenter', targets.dokument);
    if (faq.body !== undefined && faq.body.trim() === '') {
      problems.push({ file: faq.file, what: 'svaret mangler tekst', fix: 'Skriv svaret under den siste linjen med ---.' });
    }
  }

  // Documents: parties, replacement chain, attachments.
  const parties: Target = {
    label: 'parten',
    fix: 'Bruk en «id» fra organisasjoner.json eller filnavnet (uten .yaml) til en kommune i kommuner/.',
    ids: targets.organisasjon.ids && new Map([...targets.kommune.ids!, ...targets.organisasjon.ids]),
  };
  for (const document of content.documents) {
    referenceList(document, 'parter', parties);
    const erstatter = get(document.data, 'erstatter');
    if (erstatter !== undefined && erstatter === document.id) {
      at(document, ['erstatter'], 'dokumentet kan ikke erstatte seg selv', 'Skriv navnet på mappen til dokumentet det erstatter, eller fjern feltet.');
    } else {
      reference(document, ['erstatter'], erstatter, targets.dokument);
    }
    checkAttachments(document);
  }
  for (const cycle of replacementCycles(content.documents)) {
    const first = targets.dokument.ids!.get(cycle[0]!)!;
    at(
      first,
      ['erstatter'],
      `dokumentene erstatter hverandre i ring: ${[...cycle, cycle[0]].join(' → ')}`,
      'Et dokument kan bare erstatte et eldre dokument. Rett eller fjern «erstatter» i ett av dem.',
    );
  }

  // Municipalities: unique numbers, lifetime, events.
  const numbers = new Map<string, ContentItem>();
  for (const municipality of content.municipalities) {
    const data = municipality.data;
    const nummer = get(data, 'nummer');
    const fra = validDate(get(data, 'gyldigFra'));
    const til = validDate(get(data, 'gyldigTil'));
    if (typeof nummer === 'string' || typeof nummer === 'number') {
      const key = String(nummer);
      const other = numbers.get(key);
      if (other && lifetimesOverlap(municipality, other)) {
        at(municipality, ['nummer'], `kommunenummeret ${key} brukes også av ${other.file}`, 'Hver kommune må ha sitt eget nummer; sjekk nummeret.');
      } else if (!other) {
        numbers.set(key, municipality);
      }
    }
    const contradictory = fra !== undefined && til !== undefined && til < fra;
    if (contradictory) {
      at(municipality, ['gyldigTil'], `gyldigTil (${til}) er før gyldigFra (${fra})`, 'Sjekk de to datoene: gyldigFra er kommunens første dag, gyldigTil den siste.');
    }
    const hendelser = get(data, 'hendelser');
    if (!Array.isArray(hendelser)) continue;
    hendelser.forEach((event, index) => {
      const status = get(event, 'status');
      if (statusIds && isSlug(status) && !statusIds.includes(status)) {
        at(municipality, ['hendelser', index, 'status'], `«${status}» er ikke en av statusene i innstillinger.json`, withGuess(status, statusIds, `Bruk en av: ${statusIds.join(', ')}.`));
      }
      reference(municipality, ['hendelser', index, 'fase'], get(event, 'fase'), targets.fase);
      const dato = validDate(get(event, 'dato'));
      source(municipality, ['hendelser', index, 'kilde'], dato);
      if (contradictory) return; // one problem for the two dates, not one per event
      if (dato && fra && dato < fra) {
        at(municipality, ['hendelser', index, 'dato'], `hendelsen er datert ${dato}, før kommunen ble opprettet (gyldigFra: ${fra})`, 'Sjekk datoen, eller før hendelsen på kommunen som fantes da.');
      }
      if (dato && til && dato > til) {
        at(municipality, ['hendelser', index, 'dato'], `hendelsen er datert ${dato}, etter at kommunen ble nedlagt (gyldigTil: ${til})`, 'Sjekk datoen, eller før hendelsen på kommunen som tok over.');
      }
    });
  }

  return problems;

  function checkImage(news: ContentItem, fil: string): void {
    const field = ['bilde', 'fil'];
    if (fil.includes('://')) {
      at(news, field, 'bildet må ligge sammen med nyheten, ikke på en annen nettside', 'Legg bildefilen i nyheter/ (gjerne i nyheter/bilder/), og skriv stien til den, for eksempel ./bilder/motet.jpg.');
      return;
    }
    if (fil.startsWith('/')) {
      at(news, field, 'stien til bildet må gå fra nyhetsfilen', 'Skriv den uten / først, for eksempel ./bilder/motet.jpg.');
      return;
    }
    const relative = path.posix.join(path.posix.dirname(news.file), fil);
    if (relative.startsWith('../')) {
      at(news, field, 'bildet må ligge i innholdsmappen', 'Flytt bildet til nyheter/bilder/ og rett stien.');
      return;
    }
    const ext = path.extname(fil).toLowerCase();
    if (!imageExtensions.has(ext)) {
      at(news, field, `filtypen «${ext || 'uten endelse'}» kan ikke brukes for bilder`, 'Bruk et bilde i formatet jpg, png, webp, avif, gif eller svg.');
      return;
    }
    if (!existsSync(path.join(content.root, relative))) {
      const guess = caseInsensitiveMatch(path.join(content.root, path.dirname(relative)), path.basename(relative));
      at(
        news,
        field,
        `bildefilen «${fil}» finnes ikke`,
        `${guess ? `Mente du «${path.posix.join(path.posix.dirname(fil), guess)}»? ` : ''}Sjekk at filen finnes og at navnet er stavet likt (store og små bokstaver teller). Stien regnes fra mappen nyheten ligger i.`,
      );
    }
  }

  function checkAttachments(document: ContentItem): void {
    if (!document.readable || !document.folderFiles) return;
    const folder = path.posix.dirname(document.file);
    const vedlegg = get(document.data, 'vedlegg');
    if (vedlegg !== undefined && !Array.isArray(vedlegg)) return; // the schema reports it; every file would look unlisted
    const listed = new Map<string, number>();
    // A file offered as «Mente du …?» for a listed name is the same file misspelt; one problem is enough.
    const suggested = new Set<string>();
    (vedlegg ?? []).forEach((attachment: unknown, index: number) => {
      const fil = get(attachment, 'fil');
      if (typeof fil !== 'string' || fil.trim() === '') return;
      const field = ['vedlegg', index, 'fil'];
      const normal = path.posix.normalize(fil.trim());
      if (fil.includes('://') || normal.startsWith('/') || normal.startsWith('../')) {
        at(document, field, 'vedlegget må ligge i dokumentets mappe', `Legg filen i ${folder}/ og skriv bare filnavnet.`);
        return;
      }
      if (normal === 'index.md' || normal === 'index.mdx') {
        at(document, field, `${normal} er dokumentets tekst, ikke et vedlegg`, 'Fjern dette vedlegget fra listen.');
        return;
      }
      const before = listed.get(normal);
      if (before !== undefined) {
        at(document, field, `filen «${fil}» er oppført to ganger (også som vedlegg[${before}])`, 'Fjern den ene.');
        return;
      }
      listed.set(normal, index);
      if (!document.folderFiles!.includes(normal)) {
        const guess =
          document.folderFiles!.find((name) => name.toLowerCase() === normal.toLowerCase()) ??
          closest(normal, document.folderFiles!);
        if (guess) suggested.add(guess);
        at(
          document,
          field,
          `filen «${fil}» finnes ikke i ${folder}/`,
          `${guess ? `Mente du «${guess}»? ` : ''}Legg filen i mappen, eller rett navnet (store og små bokstaver teller).`,
        );
      }
    });
    for (const name of document.folderFiles) {
      if (listed.has(name) || suggested.has(name)) continue;
      problems.push({
        file: `${folder}/${name}`,
        what: 'filen er ikke oppført som vedlegg i index.md',
        fix: 'Legg den til under «vedlegg» (med fil og tittel), eller fjern den fra mappen.',
      });
    }
  }
}

function target(label: string, fix: string, items: readonly ContentItem[], readable = true): Target {
  if (!readable) return { label, fix, ids: undefined };
  const ids = new Map<string, ContentItem>();
  for (const entry of items) if (entry.id && !ids.has(entry.id)) ids.set(entry.id, entry);
  return { label, fix, ids };
}

function withGuess(value: string, candidates: Iterable<string>, fix: string): string {
  const guess = closest(value, candidates);
  return guess ? `Mente du «${guess}»? ${fix}` : fix;
}

/** Why a referenced item is not on the built site, or `undefined` when it is. */
function unpublished(entry: ContentItem, buildDate: string): { what: string; draft: boolean } | undefined {
  if (get(entry.data, 'utkast') === true) return { what: 'er et utkast', draft: true };
  const publisert = validDate(get(entry.data, 'publisert'));
  if (publisert && publisert > buildDate) return { what: `publiseres først ${publisert}`, draft: false };
  return undefined;
}

/** Each cycle of documents replacing each other, starting with the member that sorts first. */
function replacementCycles(documents: readonly ContentItem[]): string[][] {
  const next = new Map<string, string>();
  for (const document of documents) {
    const erstatter = get(document.data, 'erstatter');
    if (isSlug(erstatter) && erstatter !== document.id) next.set(document.id, erstatter);
  }
  const done = new Set<string>();
  const cycles: string[][] = [];
  for (const start of [...next.keys()].sort()) {
    const trail: string[] = [];
    let current: string | undefined = start;
    while (current !== undefined && !done.has(current) && !trail.includes(current)) {
      trail.push(current);
      current = next.get(current);
    }
    if (current !== undefined && trail.includes(current)) {
      const cycle = trail.slice(trail.indexOf(current));
      const lowest = cycle.indexOf([...cycle].sort()[0]!);
      cycles.push([...cycle.slice(lowest), ...cycle.slice(0, lowest)]);
    }
    for (const id of trail) done.add(id);
  }
  return cycles;
}

/** Calls `report` for each repeated value after its first occurrence. */
function duplicates(values: readonly unknown[], report: (index: number, firstIndex: number, value: string | number) => void): void {
  const seen = new Map<string | number, number>();
  values.forEach((value, index) => {
    if (typeof value !== 'string' && typeof value !== 'number') return;
    const first = seen.get(value);
    if (first === undefined) seen.set(value, index);
    else report(index, first, value);
  });
}

/** Municipalities with no dates exist for all time; others overlap unless one ends before the other starts. */
function lifetimesOverlap(a: ContentItem, b: ContentItem): boolean {
  const range = (entry: ContentItem) => [validDate(get(entry.data, 'gyldigFra')) ?? '0000-01-01', validDate(get(entry.data, 'gyldigTil')) ?? '9999-12-31'] as const;
  const [aFrom, aTo] = range(a);
  const [bFrom, bTo] = range(b);
  return aFrom <= bTo && bFrom <= aTo;
}

function validDate(value: unknown): string | undefined {
  return typeof value === 'string' && dateProblem(value) === undefined ? value : undefined;
}

function insideRoot(root: string, relative: string, mustExist: boolean): boolean {
  const resolved = path.resolve(root, relative);
  if (!resolved.startsWith(root + path.sep)) return false;
  return !mustExist || existsSync(resolved);
}

function caseInsensitiveMatch(folder: string, name: string): string | undefined {
  if (!existsSync(folder)) return undefined;
  return readdirSync(folder).find((entry) => entry.toLowerCase() === name.toLowerCase());
}

/** The value at a path in parsed data, or `undefined`. */
function get(data: unknown, ...keys: (string | number)[]): unknown {
  let value = data;
  for (const key of keys) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<string | number, unknown>)[key];
  }
  return value;
}
