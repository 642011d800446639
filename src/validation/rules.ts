/**
 * Checks that need more than one file and are particular to one kind:
 * duplicate numbers and ids, a municipality's numbers and lifetime, what an
 * event may say given its status, documents replacing each other,
 * attachments and images on disk, and dates that contradict other dates or
 * lie in the future. References in general are checked in references.ts.
 * Works on the data as parsed, before the schemas, so an item with a schema
 * problem still gets these checks and staff see every problem in one run.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { dayAfter, periodsOverlap, type NumberPeriod } from '../domain/municipality-numbers.ts';
import { unregisteredUse } from '../domain/municipality-register.ts';
import { effectiveDate, parsePeriod } from '../domain/period.ts';
import { dateProblem } from '../domain/period.ts';
import { meetingBodies, municipalBodies, type MeetingBody } from '../schemas/meeting.ts';
import { organisationKindsWithStatus } from '../schemas/organisation.ts';
import { checkAttachmentName } from '../content-model/read/attachments.ts';
import { findOnDisk } from '../content-model/read/file-names.ts';
import { imageExtensions, isRecord, type ContentItem, type LoadedContent } from '../content-model/read/read-content.ts';
import { formatField, type DataPath, type Problem } from './problem.ts';
import { closest } from './wording.ts';
import { goLiveProblem, planBeforeEventProblem, sourceDateProblem, type SourceDates } from './go-live.ts';
import { valuesAt } from './references.ts';
import { kinds, type KindDefinition } from '../content-model/registry.ts';

/** Options for the rules. */
export interface RuleOptions {
  /** The date the site is built for, `YYYY-MM-DD`. */
  buildDate: string;
}

/** Every kind-specific cross-file problem in the content. */
export function checkRules(content: LoadedContent, options: RuleOptions): Problem[] {
  const problems: Problem[] = [];
  const at = (item: ContentItem, fieldPath: DataPath, what: string, fix?: string) => {
    const full = [...item.prefix, ...fieldPath];
    problems.push({ file: item.file, line: item.lineAt(full), field: formatField(full) || undefined, what, fix });
  };
  const { items } = content;

  // Settings: the status vocabulary and the boundary file.
  const settings = content.settings?.readable ? content.settings : undefined;
  const statuser = get(settings?.data, 'statuser');
  const statusTypes = new Map<string, string>();
  if (settings && Array.isArray(statuser)) {
    const seen = new Map<string, number>();
    statuser.forEach((status, index) => {
      const id = get(status, 'id');
      const type = get(status, 'type');
      if (typeof id === 'string') {
        const first = seen.get(id);
        if (first !== undefined) {
          at(settings, ['statuser', index, 'id'], `statusen «${id}» står to ganger (også på linje ${settings.lineAt(['statuser', first, 'id'])})`, 'Hver status må ha sin egen id; fjern eller endre den ene.');
        } else seen.set(id, index);
        if (typeof type === 'string') statusTypes.set(id, type);
      }
      if (index === 0 && typeof type === 'string' && type !== 'start') {
        at(settings, ['statuser', 0, 'type'], 'den første statusen er statusen før noen hendelse, og må ha typen «start»', 'Skriv "type": "start" for den første statusen.');
      }
      if (index > 0 && type === 'start') {
        at(settings, ['statuser', index, 'type'], 'bare den første statusen kan ha typen «start»', 'Velg en annen type: steg, plan, utsatt, drift eller nei.');
      }
    });
  }
  const kartgrenser = get(settings?.data, 'kartgrenser');
  if (settings && typeof kartgrenser === 'string' && kartgrenser.trim() !== '' && !insideRoot(content.root, kartgrenser)) {
    at(settings, ['kartgrenser'], `filen «${kartgrenser}» finnes ikke i innholdsmappen`, 'Legg kartfilen (GeoJSON eller TopoJSON) i innholdsmappen og skriv stien fra den, eller fjern feltet.');
  }

  // «Last checked» can never be a day that has not come.
  for (const item of [...(settings ? [settings] : []), ...items.kommuner, ...items.organisasjoner]) {
    const checked = validDay(get(item.data, 'sistKontrollert'));
    if (checked && checked > options.buildDate) {
      at(item, ['sistKontrollert'], `datoen ${checked} er fram i tid`, `Skriv datoen opplysningene faktisk ble kontrollert, senest i dag (${options.buildDate}).`);
    }
  }

  // The status a go-live announced in advance should be registered as.
  const planStatus = [...statusTypes].find(([, type]) => type === 'plan')?.[0] ?? 'innforing-planlagt';
  // The own date of a source as an event names it (see sourceDateOf in go-live.ts).
  const registered: SourceDates = {
    ekstern: new Map(items.kilder.map((k) => [k.id, get(k.data, 'dato')])),
    dokument: new Map(items.dokumenter.map((d) => [d.id, get(d.data, 'dato')])),
    nyhet: new Map(items.nyheter.map((n) => [n.id, get(n.data, 'publisert')])),
  };

  // Events of municipalities and organisations: what an event may say follows from its status's type.
  const checkEvents = (item: ContentItem, lifetime?: { from?: string | undefined; to?: string | undefined }) => {
    const hendelser = get(item.data, 'hendelser');
    if (!Array.isArray(hendelser)) return;
    hendelser.forEach((event, index) => {
      const status = get(event, 'status');
      const type = typeof status === 'string' ? statusTypes.get(status) : undefined;
      const planlagt = get(event, 'planlagt');
      if (type === 'plan' && (planlagt === undefined || planlagt === null)) {
        at(
          item,
          ['hendelser', index, 'status'],
          `en plan må si hvilken dato den planlegger for`,
          'Legg til «planlagt:» med datoen, måneden eller årstiden oppstarten er planlagt til, for eksempel planlagt: 2024-11-09 eller planlagt: høsten 2025.',
        );
      } else if (type !== undefined && type !== 'plan' && planlagt !== undefined && planlagt !== null) {
        at(
          item,
          ['hendelser', index, 'planlagt'],
          `«planlagt» hører bare til en plan, ikke til statusen «${String(status)}»`,
          'Fjern linjen, eller bruk en status for planlagt innføring.',
        );
      }
      // A plan already past on the day it was announced says nothing true.
      const pastPlan = type === 'plan' ? planBeforeEventProblem({ dato: get(event, 'dato'), planlagt }) : undefined;
      if (pastPlan) at(item, ['hendelser', index, 'planlagt'], pastPlan.what, pastPlan.fix);
      // «I drift» means a source reported the switch-over: a go-live its source only announced, or not yet come, is a plan.
      const goLive = goLiveProblem(
        { dato: get(event, 'dato'), kilde: get(event, 'kilde'), registrert: get(event, 'registrert') },
        type,
        { kind: 'hendelse', status: String(status), planStatus },
        registered,
        options.buildDate,
      );
      if (goLive) at(item, ['hendelser', index, 'dato'], goLive.what, goLive.fix);
      const dato = dateOf(get(event, 'dato'));
      if (!dato || !lifetime) return;
      if (lifetime.from && dato < lifetime.from) {
        at(item, ['hendelser', index, 'dato'], `hendelsen er datert ${String(get(event, 'dato'))}, før kommunen ble opprettet (gyldigFra: ${lifetime.from})`, 'Sjekk datoen, eller før hendelsen på kommunen som fantes da.');
      }
      if (lifetime.to && periodStartOf(get(event, 'dato')) > lifetime.to) {
        at(item, ['hendelser', index, 'dato'], `hendelsen er datert ${String(get(event, 'dato'))}, etter at kommunen ble nedlagt (gyldigTil: ${lifetime.to})`, 'Sjekk datoen, eller før hendelsen på kommunen som tok over.');
      }
    });
  };

  // Organisations: only those that switch to the system have a status history.
  for (const organisation of items.organisasjoner) {
    const type = get(organisation.data, 'type');
    const hendelser = get(organisation.data, 'hendelser');
    if (typeof type === 'string' && Array.isArray(hendelser) && hendelser.length > 0 && !organisationKindsWithStatus.includes(type as never)) {
      at(organisation, ['hendelser'], `en organisasjon av typen «${type}» har ingen innføringsstatus`, `Bare ${organisationKindsWithStatus.join(' og ')} kan ha hendelser. Flytt hendelsene dit de hører hjemme, eller fjern dem.`);
    }
    checkEvents(organisation);
  }

  // Waves: a go-live (gjennomfort) follows the same rule as a status event's, and so does
  // each plan (planer): never aimed at a month before the one it was announced in.
  for (const phase of items.faser) {
    const plans = get(phase.data, 'planer');
    (Array.isArray(plans) ? plans : []).forEach((plan, index) => {
      if (!isRecord(plan)) return;
      const past = planBeforeEventProblem({ dato: plan['dato'], planlagt: plan['planlagt'] }, { kind: 'fase' });
      if (past) at(phase, ['planer', index, 'planlagt'], past.what, past.fix);
    });
    const done = get(phase.data, 'gjennomfort');
    if (!isRecord(done)) continue;
    const goLive = goLiveProblem({ dato: done['dato'], kilde: done['kilde'] }, 'drift', { kind: 'fase' }, registered, options.buildDate);
    if (goLive) at(phase, ['gjennomfort', 'dato'], goLive.what, goLive.fix);
  }

  // Totals: a count of go-lives follows the same rule.
  for (const statement of items.tall) {
    const status = get(statement.data, 'status');
    const type = typeof status === 'string' ? statusTypes.get(status) : undefined;
    const goLive = goLiveProblem({ dato: get(statement.data, 'dato'), kilde: get(statement.data, 'kilde') }, type, { kind: 'tall', status: String(status) }, registered, options.buildDate);
    if (goLive) at(statement, ['dato'], goLive.what, goLive.fix);
  }

  // Sources: never dated after today, registered (kilder/) or named in place (kilde: { url, dato }).
  for (const source of items.kilder) {
    const future = sourceDateProblem(get(source.data, 'dato'), options.buildDate);
    if (future) at(source, ['dato'], future.what, future.fix);
  }
  for (const definition of kinds as readonly KindDefinition[]) {
    for (const reference of definition.references ?? []) {
      if (reference.to !== 'kilde') continue;
      for (const item of items[definition.id]) {
        if (!item.readable) continue;
        for (const found of valuesAt(item.data, reference.path)) {
          if (!isRecord(found.value) || found.value['url'] === undefined) continue;
          const future = sourceDateProblem(found.value['dato'], options.buildDate);
          if (future) at(item, [...found.path, 'dato'], future.what, future.fix);
        }
      }
    }
  }

  // Waves: unique order numbers.
  duplicates(items.faser.map((entry) => get(entry.data, 'nummer')), (index, firstIndex, nummer) => {
    const entry = items.faser[index]!;
    at(entry, ['nummer'], `nummeret ${String(nummer)} er brukt av ${items.faser[firstIndex]!.file} også`, 'Hver fase må ha sitt eget nummer.');
  });

  // News: the image file.
  for (const news of items.nyheter) {
    const fil = get(news.data, 'bilde', 'fil');
    if (typeof fil === 'string' && fil.trim() !== '') checkImage(news, fil);
  }

  // Answers need a text.
  for (const faq of items.sporsmal) {
    if (faq.body !== undefined && faq.body.trim() === '') {
      problems.push({ file: faq.file, what: 'svaret mangler tekst', fix: 'Skriv svaret under den siste linjen med ---.' });
    }
  }

  // Documents: attachments, a replacement chain without rings.
  for (const document of items.dokumenter) checkAttachments(document);
  // A document's status changes neither before the document exists nor on a day that has not come.
  for (const document of items.dokumenter) {
    const statusdato = validDay(get(document.data, 'statusdato'));
    if (!statusdato) continue;
    const dato = get(document.data, 'dato');
    const own = typeof dato === 'string' ? parsePeriod(dato) : undefined;
    // A document scheduled for later (publisert after today) may carry the status it has when it appears.
    const publisert = validDay(get(document.data, 'publisert'));
    const scheduled = publisert !== undefined && publisert > options.buildDate;
    if (statusdato > (scheduled ? publisert : options.buildDate)) {
      at(
        document,
        ['statusdato'],
        scheduled ? `statusdatoen ${statusdato} er etter dagen dokumentet publiseres (publisert: ${publisert})` : `statusdatoen ${statusdato} er fram i tid (i dag er ${options.buildDate})`,
        'Skriv dagen statusen faktisk ble endret, senest i dag. Er endringen bare planlagt, vent med å endre status og statusdato til den har skjedd.',
      );
    } else if (own && statusdato < own.start) {
      at(document, ['statusdato'], `statusdatoen ${statusdato} er før dokumentets egen dato (dato: ${String(dato)}); statusen kan ikke endres før dokumentet finnes`, 'Sjekk de to datoene: «dato» er dagen dokumentet ble utstedt eller lagt fram, «statusdato» dagen statusen sist ble endret.');
    }
  }
  const documentIds = new Map(items.dokumenter.map((d) => [d.id, d]));
  for (const cycle of replacementCycles(items.dokumenter)) {
    at(
      documentIds.get(cycle[0]!)!,
      ['erstatter'],
      `dokumentene erstatter hverandre i ring: ${[...cycle, cycle[0]].join(' → ')}`,
      'Et dokument kan bare erstatte et eldre dokument. Rett eller fjern «erstatter» i ett av dem.',
    );
  }

  // Names a kind's own pages use (/dokumenter/ar/ lists a year, so no document may be called «ar»).
  for (const definition of kinds as readonly KindDefinition[]) {
    const reserved = definition.reservedIds ?? [];
    for (const item of items[definition.id]) {
      if (reserved.includes(item.id)) {
        problems.push({
          file: item.file,
          what: `navnet «${item.id}» er opptatt: nettstedet bruker adressen ${definition.url?.(item.id) ?? ''} til en egen oversikt`,
          fix: `Gi ${definition.nouns.definite} et annet navn${definition.layout.type === 'folders' ? ' (mappenavnet)' : ' (filnavnet)'}, for eksempel med et ord til.`,
        });
      }
    }
  }

  // Meetings: who meets, what a status needs, times that run forwards.
  for (const meeting of items.moter) checkMeeting(meeting);

  // Municipalities: numbers over time (never two on one day, never one number for two at once), lifetime, events.
  const numberUse = new Map<string, { item: ContentItem; period: Pick<NumberPeriod, 'from' | 'to'> }[]>();
  for (const municipality of items.kommuner) {
    const data = municipality.data;
    const fra = validDay(get(data, 'gyldigFra'));
    const til = validDay(get(data, 'gyldigTil'));
    const contradictory = fra !== undefined && til !== undefined && til < fra;
    if (contradictory) {
      at(municipality, ['gyldigTil'], `gyldigTil (${til}) er før gyldigFra (${fra})`, 'Sjekk de to datoene: gyldigFra er kommunens første dag, gyldigTil den siste.');
    }
    const periods = ownNumberPeriods(municipality, fra, til);
    for (const { nummer, period, field } of periods) {
      checkRegistered(municipality, nummer, period, field);
      const uses = numberUse.get(nummer) ?? [];
      const clash = uses.find((use) => use.item !== municipality && periodsOverlap(use.period, period));
      if (clash) {
        at(municipality, ['nummer'], `kommunenummeret ${nummer} brukes også av ${clash.item.file} i samme tidsrom`, 'Hver kommune må ha sitt eget nummer på en gitt dato; sjekk nummeret og datoene i «tidligereNummer».');
      }
      uses.push({ item: municipality, period });
      numberUse.set(nummer, uses);
    }
    if (!contradictory) checkEvents(municipality, { from: fra, to: til });
  }

  return problems;

  /** A municipality's number periods, reporting ones that overlap or run backwards. */
  function ownNumberPeriods(municipality: ContentItem, fra: string | undefined, til: string | undefined) {
    const result: { nummer: string; period: Pick<NumberPeriod, 'from' | 'to'>; field: DataPath }[] = [];
    const earlier = get(municipality.data, 'tidligereNummer');
    const entries = (Array.isArray(earlier) ? earlier : [])
      .map((entry, index) => ({ index, nummer: get(entry, 'nummer'), fra: validDay(get(entry, 'fra')), til: validDay(get(entry, 'til')) }))
      .filter((e): e is { index: number; nummer: string; fra: string | undefined; til: string } => typeof e.nummer === 'string' && e.til !== undefined)
      .sort((a, b) => (a.til < b.til ? -1 : 1));
    let previousEnd: string | undefined;
    for (const entry of entries) {
      const from = entry.fra ?? (previousEnd ? dayAfter(previousEnd) : fra);
      if (entry.fra && entry.fra > entry.til) {
        at(municipality, ['tidligereNummer', entry.index, 'fra'], `«fra» (${entry.fra}) er etter «til» (${entry.til})`, 'Sjekk de to datoene for dette nummeret.');
      } else if (previousEnd && entry.fra && entry.fra <= previousEnd) {
        at(municipality, ['tidligereNummer', entry.index, 'fra'], `nummeret ${entry.nummer} gjelder fra ${entry.fra}, mens et annet nummer for kommunen gjelder til ${previousEnd}`, 'To nummer kan ikke gjelde samme dag: rett «fra» og «til» så periodene følger etter hverandre.');
      }
      if (til && entry.til >= til) {
        at(municipality, ['tidligereNummer', entry.index, 'til'], `et tidligere nummer kan ikke gjelde til ${entry.til} når kommunen ble nedlagt ${til}`, 'Sjekk datoen; det gjeldende «nummer» er det siste kommunen hadde.');
      }
      result.push({ nummer: entry.nummer, period: { from, to: entry.til }, field: ['tidligereNummer', entry.index, 'nummer'] });
      previousEnd = entry.til;
    }
    const nummer = get(municipality.data, 'nummer');
    if (typeof nummer === 'string') result.push({ nummer, period: { from: previousEnd ? dayAfter(previousEnd) : fra, to: til }, field: ['nummer'] });
    return result;
  }

  /**
   * A number must be in SSB's register of municipalities (classification 131,
   * src/domain/municipality-register.ts) for every day the file uses it.
   */
  function checkRegistered(municipality: ContentItem, nummer: string, period: Pick<NumberPeriod, 'from' | 'to'>, field: DataPath): void {
    if (!/^\d{4}$/.test(nummer)) return; // the schema reports the form
    const use = unregisteredUse(nummer, period.from, period.to);
    if (!use) return;
    const elsewhere = use.validIn.map((v) => v.label).join(' og ');
    const fix = elsewhere
      ? `Nummeret gjelder bare for ${elsewhere}. Har kommunen fått nytt nummer, skriv det nye i «nummer» og det gamle under «tidligereNummer» med «til» (siste dag det gjaldt); ellers rett datoene.`
      : 'Sjekk nummeret i SSBs «Standard for kommuneinndeling» (ssb.no/klass/klassifikasjoner/131) eller Kartverkets kommuneliste, og skriv kommunens firesifrede nummer, for eksempel "5001" for Trondheim.';
    at(municipality, field, `${nummer} er ikke et kommunenummer i Kartverkets/SSBs kommuneliste for ${use.version.label}`, fix);
  }

  /**
   * A meeting names exactly one organisation or municipality, a body that
   * belongs to it, the new date of a postponed meeting, and no time for a
   * meeting known only by its month.
   */
  function checkMeeting(meeting: ContentItem): void {
    const organ = get(meeting.data, 'organ');
    if (isRecord(organ)) {
      const organisation = organ['organisasjon'];
      const municipality = organ['kommune'];
      const utvalg = organ['utvalg'];
      if ((organisation === undefined) === (municipality === undefined)) {
        at(
          meeting,
          ['organ'],
          organisation === undefined ? 'sier ikke hvem som møtes' : 'kan ikke ha både «organisasjon» og «kommune»',
          'Skriv enten organisasjon: <id i organisasjoner/> for et styre, eller kommune: <filnavn i kommuner/> for et kommunestyre.',
        );
      } else if (typeof utvalg === 'string' && utvalg in meetingBodies) {
        const municipal = municipalBodies.includes(utvalg as MeetingBody);
        if (municipality !== undefined && !municipal) {
          at(meeting, ['organ', 'utvalg'], `en kommune har ikke «${utvalg}»`, `Bruk ${municipalBodies.join(', ')}.`);
        } else if (organisation !== undefined && municipal) {
          at(meeting, ['organ', 'utvalg'], `«${utvalg}» hører til en kommune, ikke en organisasjon`, 'Skriv kommune: <filnavn i kommuner/> i stedet for organisasjon, eller bruk styre eller foretaksmote.');
        }
      }
    }
    const status = get(meeting.data, 'status');
    const nyDato = get(meeting.data, 'nyDato');
    const hasNewDate = nyDato !== undefined && nyDato !== null;
    if (status === 'utsatt' && !hasNewDate) {
      at(meeting, ['status'], 'et utsatt møte må si hvilken dato det er flyttet til', 'Legg til «nyDato:» med den nye datoen (eller måneden), for eksempel nyDato: 2023-01-12. Er ny dato ikke kjent, bruk status avlyst og forklar i «statusmerknad».');
    } else if (status !== 'utsatt' && typeof status === 'string' && (hasNewDate || get(meeting.data, 'nyTid') !== undefined)) {
      at(meeting, [hasNewDate ? 'nyDato' : 'nyTid'], `ny dato hører bare til et utsatt møte, ikke til statusen «${status}»`, 'Fjern linjen, eller sett status: utsatt.');
    }
    const dato = get(meeting.data, 'dato');
    const monthOnly = typeof dato === 'string' && parsePeriod(dato)?.precision === 'maned';
    for (const field of ['tid', 'slutt'] as const) {
      if (monthOnly && get(meeting.data, field) !== undefined) {
        at(meeting, [field], 'et møte der bare måneden er kjent, kan ikke ha klokkeslett', 'Skriv hele datoen i «dato», eller fjern klokkeslettet.');
      }
    }
    const tid = get(meeting.data, 'tid');
    const slutt = get(meeting.data, 'slutt');
    if (typeof tid === 'string' && typeof slutt === 'string' && /^\d\d:\d\d$/.test(tid) && /^\d\d:\d\d$/.test(slutt) && slutt <= tid) {
      at(meeting, ['slutt'], `møtet slutter (${slutt}) før det begynner (${tid})`, 'Sjekk de to klokkeslettene.');
    }
    if (status === 'holdt' && typeof dato === 'string' && parsePeriod(dato) && parsePeriod(dato)!.start > options.buildDate) {
      at(meeting, ['status'], `møtet er datert ${dato}, fram i tid, og kan ikke være holdt ennå`, 'Bruk status planlagt til møtet er holdt.');
    }
  }

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
      at(news, field, `filtypen «${ext || 'uten endelse'}» kan ikke brukes for bilder`, 'Bruk et bilde i formatet jpg, png, webp, avif eller gif.');
      return;
    }
    // The same path, any part written decomposed (macOS) or composed, is the file: the build finds it the same way.
    if (!findOnDisk(content.root, relative)) {
      const folder = path.join(content.root, path.dirname(relative));
      const name = path.basename(relative);
      const guess = existsSync(folder) ? readdirSync(folder).find((entry) => entry.toLowerCase() === name.toLowerCase()) : undefined;
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
    if (vedlegg !== undefined && vedlegg !== null && !Array.isArray(vedlegg)) return; // the schema reports it; every file would look unlisted
    const present = [...document.folderFiles.keys()];
    const listed = new Map<string, number>();
    // A file offered as «Mente du …?» for a listed name is the same file misspelt; one problem is enough.
    const suggested = new Set<string>();
    ((vedlegg ?? []) as unknown[]).forEach((attachment, index) => {
      const fil = get(attachment, 'fil');
      if (typeof fil !== 'string' || fil.trim() === '') return;
      const field = ['vedlegg', index, 'fil'];
      const normal = path.posix.normalize(fil.trim()).normalize('NFC');
      if (fil.includes('://') || normal.startsWith('/') || normal.startsWith('../')) {
        at(document, field, 'vedlegget må ligge i dokumentets mappe', `Legg filen i ${folder}/ og skriv bare filnavnet.`);
        return;
      }
      if (normal === 'index.md' || normal === 'index.mdx') {
        at(document, field, `${normal} er dokumentets tekst, ikke et vedlegg`, 'Fjern dette vedlegget fra listen.');
        return;
      }
      // A name the site cannot publish (hidden, reserved, a type that could run code) is said as such.
      const nameProblems = checkAttachmentName(`${folder}/${normal}`);
      if (nameProblems.length > 0 && !document.folderFiles!.has(normal)) {
        problems.push(...nameProblems);
        return;
      }
      const before = listed.get(normal);
      if (before !== undefined) {
        at(document, field, `filen «${fil}» er oppført to ganger (også som vedlegg[${before}])`, 'Fjern den ene.');
        return;
      }
      listed.set(normal, index);
      if (!document.folderFiles!.has(normal)) {
        const guess = present.find((name) => name.toLowerCase() === normal.toLowerCase()) ?? closest(normal, present);
        if (guess) suggested.add(guess);
        at(
          document,
          field,
          `filen «${fil}» finnes ikke i ${folder}/`,
          `${guess ? `Mente du «${guess}»? ` : ''}Legg filen i mappen, eller rett navnet (store og små bokstaver teller).`,
        );
      }
    });
    for (const name of present) {
      if (listed.has(name) || suggested.has(name)) continue;
      problems.push({
        file: `${folder}/${name}`,
        what: 'filen er ikke oppført som vedlegg i index.md',
        fix: 'Legg den til under «vedlegg» (med fil og tittel), eller fjern den fra mappen.',
      });
    }
  }
}

/** Each cycle of documents replacing each other, starting with the member that sorts first. */
function replacementCycles(documents: readonly ContentItem[]): string[][] {
  const next = new Map<string, string>();
  for (const document of documents) {
    const erstatter = get(document.data, 'erstatter');
    if (typeof erstatter === 'string' && erstatter !== document.id) next.set(document.id, erstatter);
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

function validDay(value: unknown): string | undefined {
  return typeof value === 'string' && dateProblem(value) === undefined ? value : undefined;
}

/** The day an event counts from (its last day, for a month), when valid. */
function dateOf(value: unknown): string | undefined {
  return typeof value === 'string' && parsePeriod(value) ? effectiveDate(value) : undefined;
}

function periodStartOf(value: unknown): string {
  return (typeof value === 'string' && parsePeriod(value)?.start) || '0000-01-01';
}

function insideRoot(root: string, relative: string): boolean {
  const resolved = path.resolve(root, relative);
  return resolved.startsWith(root + path.sep) && existsSync(resolved);
}

/** The value at a path in parsed data, or `undefined`. */
function get(data: unknown, ...keys: (string | number)[]): unknown {
  let value = data;
  for (const key of keys) {
    if (!isRecord(value) && !Array.isArray(value)) return undefined;
    value = (value as Record<string | number, unknown>)[key];
  }
  return value;
}
