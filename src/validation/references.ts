/**
 * References between items, checked from the registry's declarations: every
 * field a kind declares as a reference must name something that exists,
 * and a source must be something readers can open when the item citing it
 * is on the site. Works on the data as parsed, before the schemas, so an
 * item with a schema problem still gets its references checked. Links
 * between items written in bodies are references too: a link to an
 * answer's anchor must lead to a published answer (`checkAnswerLinks()`),
 * and a link to any other page of the site to a page the build makes
 * (`checkSiteLinks()`).
 */
import { ANSWERS_INDEX, answerCategories, indexAnchor, permanentAnswerAddress } from '../domain/answers.ts';
import { collator } from '../domain/format.ts';
import { effectiveDate, parsePeriod } from '../domain/period.ts';
import type { ContentItem, LoadedContent } from '../content-model/read/read-content.ts';
import { kind, kinds, type KindDefinition, type KindId, type Reference, type ReferenceTarget } from '../content-model/registry.ts';
import { organisationHistory, type OrganisationLike } from '../domain/organisation-status.ts';
import type { StatusEvent } from '../schemas/event.ts';
import { translatePath, type LanguageSet } from '../i18n/languages.ts';
import { routeMatches, siteRoutes, translatedSiteRoutes } from './site-routes.ts';
import { formatField, type DataPath, type Problem } from './problem.ts';
import { closest, isSlug, quote, suggestSlug } from './wording.ts';

/**
 * The fields of a source (`kilde`) that name an item on this site, and the
 * kind each names: `ekstern` a registered source, `nyhet` a news item,
 * `dokument` a document. (`url` names a page elsewhere.)
 */
export const SOURCE_KINDS = [
  ['ekstern', 'kilder'],
  ['nyhet', 'nyheter'],
  ['dokument', 'dokumenter'],
] as const satisfies readonly (readonly [string, KindId])[];

/** Options for the reference check. */
export interface ReferenceOptions {
  /** The date the site is built for, `YYYY-MM-DD`. */
  buildDate: string;
}

/** Something a reference can resolve to: the ids that exist, and how to find a valid one. */
interface Target {
  /** «kommunen», «statusen», … */
  label: string;
  fix: string;
  /** Items by id; `undefined` when the list could not be read, so references to it cannot be checked. */
  ids: ReadonlyMap<string, ContentItem | undefined> | undefined;
}

/** One value found at a reference path, with where it sits. */
export interface Found {
  value: unknown;
  path: (string | number)[];
  /** The object holding the field (for its date, with `shownFrom`). */
  parent: unknown;
}

/** Every value at a declared path such as `hendelser[].kilde`, with its full path. */
export function valuesAt(data: unknown, pattern: string): Found[] {
  const segments = pattern.split('.').flatMap((part) => (part.endsWith('[]') ? [part.slice(0, -2), '[]'] : [part]));
  let found: Found[] = [{ value: data, path: [], parent: undefined }];
  for (const segment of segments) {
    const next: Found[] = [];
    for (const { value, path } of found) {
      if (segment === '[]') {
        if (Array.isArray(value)) value.forEach((element, index) => next.push({ value: element, path: [...path, index], parent: value }));
      } else if (isRecord(value) && value[segment] !== undefined && value[segment] !== null) {
        next.push({ value: value[segment], path: [...path, segment], parent: value });
      }
    }
    found = next;
  }
  return found;
}

/** Every reference problem in the content. */
export function checkReferences(content: LoadedContent, options: ReferenceOptions): Problem[] {
  const problems: Problem[] = [];
  const at = (item: ContentItem, fieldPath: DataPath, what: string, fix?: string) => {
    const full = [...item.prefix, ...fieldPath];
    problems.push({ file: item.file, line: item.lineAt(full), field: formatField(full) || undefined, what, fix });
  };

  const targets = new Map<ReferenceTarget, Target>();
  for (const definition of kinds) {
    if (definition.layout.type === 'single') continue;
    targets.set(definition.id, {
      label: definition.nouns.definite,
      fix: definition.referenceHint,
      ids: content.complete[definition.id] ? new Map(content.items[definition.id].map((i) => [i.id, i])) : undefined,
    });
  }
  const statuses = statusIds(content);
  targets.set('status', {
    label: 'statusen',
    fix: statuses ? `Bruk en av: ${[...statuses.keys()].join(', ')}.` : '',
    ids: statuses,
  });
  const organisations = targets.get('organisasjoner')!.ids;
  const municipalities = targets.get('kommuner')!.ids;
  targets.set('part', {
    label: 'parten',
    fix: 'Bruk filnavnet (uten .yaml) til en organisasjon i organisasjoner/ eller en kommune i kommuner/.',
    ids: organisations && municipalities ? new Map([...municipalities, ...organisations]) : undefined,
  });

  /** Reports `value` if it names nothing in `to`; returns what it names. */
  const resolve = (item: ContentItem, fieldPath: DataPath, value: unknown, to: Target): ContentItem | undefined => {
    if (!to.ids) return undefined; // an unreadable list reports its own problem
    if (!isSlug(value)) {
      // The schema reports a malformed name. Written with Norwegian letters, capitals or spaces
      // («innføring-planlagt»), it may fold to an existing id: the same problem, naming that id.
      const folded = typeof value === 'string' ? suggestSlug(value) : '';
      if (folded !== '' && to.ids.has(folded)) {
        at(
          item,
          fieldPath,
          `${quote(value as string)} har feil form`,
          `Mente du «${folded}»? Id-er skrives med små bokstaver a–z, tall og bindestrek: æ blir ae, ø blir o og å blir a.`,
        );
      }
      return undefined;
    }
    if (!to.ids.has(value)) {
      const status = to.label === 'statusen';
      at(
        item,
        fieldPath,
        status ? `«${value}» er ikke en av statusene i innstillinger.json` : `${to.label} «${value}» finnes ikke`,
        withGuess(value, to.ids.keys(), to.fix),
      );
      return undefined;
    }
    return to.ids.get(value);
  };

  for (const definition of kinds) {
    for (const item of content.items[definition.id]) {
      if (!item.readable) continue;
      for (const reference of definition.references as readonly Reference[]) {
        for (const found of valuesAt(item.data, reference.path)) {
          if (reference.to === 'kilde') {
            checkSource(item, found, reference);
          } else if (found.path.at(-1) === 'tilhorer' && found.value === item.id) {
            at(item, found.path, `${definition.nouns.definite} kan ikke høre til seg selv`, 'Skriv id-en til det den hører til, eller fjern feltet.');
          } else if (found.path.at(-1) === 'erstatter' && found.value === item.id) {
            at(item, found.path, `${definition.nouns.definite} kan ikke erstatte seg selv`, 'Skriv navnet på mappen til dokumentet det erstatter, eller fjern feltet.');
          } else {
            resolve(item, found.path, found.value, targets.get(reference.to)!);
          }
        }
      }
    }
  }
  problems.push(...checkAnswerLinks(content, options), ...checkSiteLinks(content, options));
  return problems;

  /**
   * A source must resolve, and to something readers can open: never a
   * draft, and not an item still unpublished on the build date while the
   * citing entry is on the site.
   */
  function checkSource(item: ContentItem, found: Found, reference: Reference): void {
    const kilde = found.value;
    if (!isRecord(kilde)) return;
    const entryDate = reference.shownFrom && isRecord(found.parent) ? dateOf(found.parent[reference.shownFrom]) : undefined;
    const citingShown = isShown(item, options.buildDate) && (entryDate === undefined || entryDate <= options.buildDate);
    for (const [key, targetKind] of SOURCE_KINDS) {
      if (kilde[key] === undefined) continue;
      const to = targets.get(targetKind)!;
      const target = resolve(item, [...found.path, key], kilde[key], to);
      if (!target || !kind(targetKind).publication) continue;
      const reason = unpublished(target, options.buildDate, targetKind);
      if (!reason || (!reason.draft && !citingShown)) continue;
      at(
        item,
        [...found.path, key],
        `${to.label} «${String(kilde[key])}» ${reason.what}, så lenken til kilden ville ikke virke`,
        reason.draft
          ? `Publiser ${to.label} først (fjern «utkast: true»), eller velg en annen kilde.`
          : `Vent med dette til ${to.label} er publisert, eller velg en annen kilde.`,
      );
    }
  }
}

/** The status ids in the settings, or `undefined` when the settings cannot be read. */
function statusIds(content: LoadedContent): Map<string, undefined> | undefined {
  const statuser = content.settings?.readable && isRecord(content.settings.data) ? content.settings.data['statuser'] : undefined;
  if (!Array.isArray(statuser)) return undefined;
  return new Map(statuser.flatMap((status) => (isRecord(status) && typeof status['id'] === 'string' ? [[status['id'], undefined] as const] : [])));
}

/** Whether an item is on the site on `buildDate` by its own publication rule (not a draft, not dated later). */
export function isShown(item: ContentItem, buildDate: string): boolean {
  return unpublished(item, buildDate, item.kind) === undefined;
}

/** Why an item is not on the built site, or `undefined` when it is (or its kind has no publication rule). */
function unpublished(item: ContentItem, buildDate: string, kindId: KindId): { what: string; draft: boolean } | undefined {
  const rule = kind(kindId).publication;
  if (!rule || !isRecord(item.data)) return undefined;
  if (item.data['utkast'] === true || item.data['utkast'] === 'true') return { what: 'er et utkast', draft: true };
  const date = dateOf(item.data[rule.dateField]);
  if (date && date > buildDate) return { what: `publiseres først ${date}`, draft: false };
  return undefined;
}

/** The day a dated value counts from, when it is a valid day or month. */
function dateOf(value: unknown): string | undefined {
  return typeof value === 'string' && parsePeriod(value) ? effectiveDate(value) : undefined;
}

/**
 * Links in bodies to answers by their anchor, which must lead where they
 * say on the built site:
 * - `/sporsmal-og-svar/#<id>` (an answer's permanent address) in any body:
 *   the index must have that anchor (a published answer, an anchor recorded
 *   as moved or removed in adresser.yaml, or a category);
 * - `/sporsmal-og-svar/<kategori>/#<id>`: the category must exist and hold
 *   the anchor;
 * - a bare `#<id>` in an answer's body: it must name a published answer
 *   (the category page points it at that answer's page, see
 *   src/components/answers/AnswerLinks.astro), an anchor recorded as moved to
 *   one, or a heading (or element id) in an answer of the same category,
 *   since all of them stand on one page.
 * An answer that exists but is not on the site (a draft, or dated later
 * while the linking item is on the site) is named as such.
 */
export function checkAnswerLinks(content: LoadedContent, options: ReferenceOptions): Problem[] {
  const problems: Problem[] = [];
  const answers = content.items.sporsmal.filter((item) => item.readable);
  const byId = new Map(answers.map((item) => [item.id, item]));
  const published = answers.filter((item) => isShown(item, options.buildDate));
  const categories = answerCategoryPages(content, options.buildDate);
  const site = siteUrlOf(content);
  const slugOf = new Map(categories.map((c) => [c.name, c.slug]));

  // Anchors kept on the index for old addresses (the address record, as written).
  const record = content.items.adresser[0]?.data;
  const recorded = (list: string) =>
    isRecord(record) && Array.isArray(record[list]) ? record[list].flatMap((entry) => (isRecord(entry) && typeof entry['fra'] === 'string' ? [entry] : [])) : [];
  const moved = new Map<string, string>();
  for (const entry of recorded('flyttet')) {
    const from = indexAnchor(String(entry['fra']));
    const to = typeof entry['til'] === 'string' ? indexAnchor(entry['til']) : undefined;
    if (from && to) moved.set(from, to);
  }
  const removed = recorded('fjernet').flatMap((entry) => indexAnchor(String(entry['fra'])) ?? []);
  /** The answer an old anchor leads to now, following moves; `undefined` for none. */
  const movedTo = (anchor: string): string | undefined => {
    let current = anchor;
    for (let hops = 0; hops <= moved.size && moved.has(current); hops++) current = moved.get(current)!;
    return current !== anchor && published.some((item) => item.id === current) ? current : undefined;
  };

  const indexAnchors = new Set([...published.map((item) => item.id), ...moved.keys(), ...removed, ...categories.map((c) => c.slug), 'kategorier', 'fjernede-svar']);
  /** Every anchor on a category's page: its answers, the old anchors kept beside them, and the headings in their bodies. */
  const pageAnchors = new Map(
    categories.map((c) => [
      c.slug,
      new Set([
        ...c.answers.map((item) => item.id),
        ...[...moved.keys()].filter((from) => c.answers.some((item) => item.id === movedTo(from))),
        ...c.answers.flatMap((item) => item.outline?.anchors ?? []),
      ]),
    ]),
  );
  const answerHint = 'Bruk filnavnet (uten .md) til et av svarene i sporsmal/.';

  for (const definition of kinds) {
    for (const item of content.items[definition.id]) {
      if (!item.readable || !item.outline) continue;
      const shown = isShown(item, options.buildDate);
      const category = definition.id === 'sporsmal' ? categoryOf(item) : undefined;
      for (const link of item.outline.links) {
        const url = siteAddress(link.url, site);
        if (url === undefined || !/#./.test(url)) continue;
        const at = (what: string, fix: string) => problems.push({ file: item.file, line: link.line, what, fix });
        const hash = url.indexOf('#');
        const anchor = decodeAnchor(url.slice(hash + 1));
        const address = url.slice(0, hash);
        /** Reports a link to an answer that exists but is not on the site; true when it did. */
        const notShown = (): boolean => {
          const target = byId.get(anchor);
          const reason = target ? unpublished(target, options.buildDate, 'sporsmal') : undefined;
          if (!reason || (!reason.draft && !shown)) return reason !== undefined;
          at(
            `svaret «${anchor}» ${reason.what}, så lenken «${link.url}» ville ikke virke`,
            reason.draft ? 'Publiser svaret først (fjern «utkast: true»), eller fjern lenken.' : 'Vent med lenken til svaret er publisert, eller fjern den.',
          );
          return true;
        };

        if (address === ANSWERS_INDEX) {
          if (indexAnchors.has(anchor) || notShown()) continue;
          const guess = closest(anchor, indexAnchors);
          at(`lenken «${link.url}» peker på et svar som ikke finnes`, `${guess ? `Mente du «${permanentAnswerAddress(guess)}»? ` : ''}${answerHint}`);
        } else if (address.startsWith(ANSWERS_INDEX)) {
          const slug = address.slice(ANSWERS_INDEX.length).replace(/\/$/, '');
          const onPage = pageAnchors.get(slug);
          if (onPage?.has(anchor) || notShown()) continue;
          const permanent = indexAnchors.has(anchor) ? anchor : closest(anchor, indexAnchors);
          const fix = permanent
            ? `Skriv heller den faste adressen ${permanentAnswerAddress(permanent)}, som virker også om svaret bytter kategori.`
            : `Skriv heller den faste adressen /sporsmal-og-svar/#filnavn, som virker også om svaret bytter kategori. ${answerHint}`;
          if (!onPage) at(`lenken «${link.url}» peker på kategorien «${slug}», som ikke finnes`, fix);
          else at(`lenken «${link.url}» peker på et svar som ikke står i kategorien «${slug}»`, fix);
        } else if (address === '' && definition.id === 'sporsmal') {
          // A bare anchor in an answer: every answer is linked to its page; other anchors must be on this page.
          const page = category === undefined ? undefined : pageAnchors.get(slugOf.get(category) ?? '');
          const here = new Set([...(page ?? []), ...item.outline.anchors]);
          if (here.has(anchor) || published.some((a) => a.id === anchor) || movedTo(anchor) || notShown()) continue;
          const guess = closest(anchor, [...published.map((a) => a.id), ...here]);
          at(
            `lenken «${link.url}» peker ikke på noe svar, og ikke på noen overskrift i svarene i samme kategori`,
            `${guess ? `Mente du «#${guess}»? ` : ''}Skriv # og filnavnet (uten .md) til et av svarene i sporsmal/, eller lenk til en overskrift i et svar i samme kategori.`,
          );
        }
      }
    }
  }
  return problems;
}

/** `kategori` of an answer, as written. */
function categoryOf(item: ContentItem): string | undefined {
  return isRecord(item.data) && typeof item.data['kategori'] === 'string' ? item.data['kategori'] : undefined;
}

/** The answers' category pages as the site builds them on `buildDate` (src/data/queries.ts, getAnswersByCategory). */
function answerCategoryPages(content: LoadedContent, buildDate: string): { name: string; slug: string; answers: ContentItem[] }[] {
  const groups = new Map<string, ContentItem[]>();
  for (const item of content.items.sporsmal) {
    if (!item.readable || !isShown(item, buildDate)) continue;
    const name = categoryOf(item);
    if (name !== undefined) groups.set(name, [...(groups.get(name) ?? []), item]);
  }
  return answerCategories([...groups].map(([name, answers]) => ({ name, answers })).sort((a, b) => collator.compare(a.name, b.name)));
}

/** The site's own address from the settings (`nettadresse`), when it can be read. */
function siteUrlOf(content: LoadedContent): URL | undefined {
  const value = content.settings?.readable && isRecord(content.settings.data) ? content.settings.data['nettadresse'] : undefined;
  if (typeof value !== 'string') return undefined;
  try {
    return new URL(value);
  } catch {
    return undefined;
  }
}

/**
 * The address a body's link leads to on this site, as a site-relative
 * address (`/kommuner/roros/`, `#svar`), or `undefined` for a link
 * elsewhere. A full address counts as this site's when it has the host of
 * `site` (the settings' `nettadresse`) and lies under its path.
 */
export function siteAddress(url: string, site: URL | undefined): string | undefined {
  if (url.startsWith('#') || (url.startsWith('/') && !url.startsWith('//'))) return url;
  if (!site || !/^https?:\/\//i.test(url)) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  const base = site.pathname.endsWith('/') ? site.pathname : `${site.pathname}/`;
  if (parsed.host !== site.host || !`${parsed.pathname}/`.startsWith(base)) return undefined;
  return `/${parsed.pathname.slice(base.length)}${parsed.search}${parsed.hash}`;
}

/**
 * Links in bodies to this site's pages (`/…`, or a full address on the
 * site's own `nettadresse`), which must lead to a page the build makes:
 * - an item's page, by the kind's address in the registry (`url`):
 *   `/nyheter/<id>/`, `/dokumenter/<id>/…`, `/kommuner/<id>/`,
 *   `/moter/<id>/`, `/innforing/<id>/`; the item must exist and be on the
 *   site on the build date (not a draft, not dated later while the linking
 *   item is on the site), and an organisation must have a page (a status
 *   history of its own or, for a hospital, its trust's);
 * - an answers' category page, `/sporsmal-og-svar/<kategori>/` (links
 *   with an anchor there are checked by `checkAnswerLinks()`);
 * - any other address: a page file in src/pages must make it (fixed pages
 *   such as `/sok/` and `/kommuner/utvikling/`, the kinds' lists and
 *   feeds), or it is an old address kept in adresser.yaml.
 * An address under another language's prefix (`/nn/…`) must be a page
 * that language repeats (pages, feeds, calendars; not attachments or data
 * files), written with that language's address words (`/nn/nyheiter/x/`,
 * not `/nn/nyheter/x/`), whose main-language twin passes the above.
 * A relative link (`../nyheter/x/`, `vedlegg.pdf`) is resolved against every
 * address the item's body is shown at (its page in each language; an
 * answer's category page) and must pass on each.
 */
export function checkSiteLinks(content: LoadedContent, options: ReferenceOptions): Problem[] {
  const problems: Problem[] = [];
  const site = siteUrlOf(content);
  const routes = siteRoutes();
  const split = (address: string) => address.split('/').filter(Boolean);
  const settings = content.settings?.readable && isRecord(content.settings.data) ? content.settings.data : undefined;
  const codes = Array.isArray(settings?.['sprak']) && settings['sprak'].length > 0 ? settings['sprak'].map(String) : ['nb'];
  const [mainLanguage = 'nb', ...otherLanguages] = codes;
  const translated = translatedSiteRoutes();
  const languages: LanguageSet | undefined = translated && { codes, strings: translated.strings };
  /** `path` (a main-language address) as it is in `lang`; unchanged for one the language does not repeat. */
  const inLanguage = (path: string, lang: string) => (languages ? translatePath(path, mainLanguage, lang, languages, translated!.routes) : path);

  // Old addresses the site keeps answering (src/pages/[...adresse].astro).
  const record = content.items.adresser[0]?.data;
  const recorded = new Set(
    (['flyttet', 'fjernet'] as const).flatMap((list) =>
      isRecord(record) && Array.isArray(record[list])
        ? record[list].flatMap((entry) => (isRecord(entry) && typeof entry['fra'] === 'string' && !entry['fra'].includes('#') ? [split(entry['fra']).join('/')] : []))
        : [],
    ),
  );

  // Item pages, by the address each kind declares in the registry.
  const byId = (id: KindId) => new Map(content.items[id].filter((item) => item.readable).map((item) => [item.id, item]));
  const organisations = byId('organisasjoner');
  const itemPages = (kinds as readonly KindDefinition[]).flatMap((definition) => {
    const sample = definition.url?.('\u0000');
    if (!sample || sample.includes('#') || !content.complete[definition.id]) return [];
    const [prefix = '', suffix = ''] = sample.split('\u0000');
    return [{ definition, prefix: split(prefix), suffix, items: byId(definition.id) }];
  });
  /** Whether the build makes a page for `item` (organisations only with a status history). */
  const hasPage = (item: ContentItem): boolean => {
    if (item.kind !== 'organisasjoner') return true;
    return organisationHistory(organisationLike(item, options.buildDate), new Map([...organisations.values()].map((o) => [o.id, organisationLike(o, options.buildDate)]))) !== undefined;
  };
  const categoryPages = answerCategoryPages(content, options.buildDate);
  const categories = new Set(categoryPages.map((c) => c.slug));
  const answersIndex = split(ANSWERS_INDEX);
  const answerPage = new Map(categoryPages.flatMap((c) => c.answers.map((item) => [item, `${ANSWERS_INDEX}${c.slug}/`] as const)));
  /** The addresses an item's body is shown at: its page (an answer's category page), in every language. */
  const bodyPages = (item: ContentItem, definition: KindDefinition): string[] => {
    const own = definition.id === 'sporsmal' ? answerPage.get(item) : definition.url?.(item.id);
    return own ? [...new Set(codes.map((lang) => (lang === mainLanguage ? own : inLanguage(own, lang))))] : [];
  };

  for (const definition of kinds) {
    for (const item of content.items[definition.id]) {
      if (!item.readable || !item.outline) continue;
      const shown = isShown(item, options.buildDate);
      for (const link of item.outline.links) {
        const relative = isRelativeLink(link.url);
        const targets = relative
          ? bodyPages(item, definition).map((page) => ({ page, address: resolveRelative(link.url, page) }))
          : [{ page: undefined, address: siteAddress(link.url, site) }];
        for (const { page, address } of targets) {
          if (address === undefined || address.startsWith('#')) continue;
          const verdict = linkVerdict(address, shown);
          if (verdict === false) continue;
          if (page === undefined) {
            problems.push({
              file: item.file,
              line: link.line,
              what: `lenken «${link.url}» peker til en side som ikke finnes (eller ikke er publisert ennå)`,
              fix: `${verdict.guess ? `Mente du «${verdict.guess}»? ` : ''}${verdict.hint ?? ''}Rett adressen, eller fjern lenken.`,
            });
          } else {
            // From the main-language page the link may work; then the same address written from the root works everywhere.
            const fromMain = resolveRelative(link.url, bodyPages(item, definition)[0]!);
            const guess = linkVerdict(fromMain, shown) === false ? fromMain : verdict.guess;
            problems.push({
              file: item.file,
              line: link.line,
              what: `lenken «${link.url}» peker til en side som ikke finnes (eller ikke er publisert ennå): på siden ${page} leder den til ${address}`,
              fix: `${guess ? `Mente du «${guess}»? ` : ''}Skriv adressen fra roten (/…), så leder den til samme side fra alle sider, eller fjern lenken.`,
            });
          }
          break;
        }
      }
    }
  }
  return problems;

  /**
   * `false` when `address` (from the root, with any query and anchor) leads
   * to a page; otherwise the closest address that does, if any, and a hint
   * for an address in another language written with the main language's words.
   */
  function linkVerdict(address: string, linkingShown: boolean): false | { guess?: string | undefined; hint?: string } {
    const pathname = address.split(/[?#]/)[0]!;
    const withAnchor = /#./.test(address);
    const segments = split(decodeAnchor(pathname));
    const lang = segments[0];
    if (lang === undefined || !otherLanguages.includes(lang) || recorded.has(segments.join('/'))) {
      const guess = deadLink(segments, withAnchor, linkingShown);
      return guess === false ? false : { guess };
    }
    // Without the page sources (bundled elsewhere), another language's addresses cannot be read: accepted.
    if (!languages) return false;
    const twin = translatePath(pathname, lang, mainLanguage, languages, translated!.routes);
    if (twin !== pathname) {
      const guess = deadLink(split(decodeAnchor(twin)), withAnchor, linkingShown);
      return guess === false ? false : { guess: guess && inLanguage(guess, lang) };
    }
    // Not an address the language makes: perhaps the main language's words after its prefix.
    const rest = `/${segments.slice(1).join('/')}${pathname.endsWith('/') && segments.length > 1 ? '/' : ''}`;
    const asMain = deadLink(split(rest), withAnchor, linkingShown);
    if (asMain === false) {
      const there = inLanguage(rest, lang);
      return there === rest
        ? { guess: rest, hint: `Siden finnes bare på ${(languages.strings[mainLanguage]?.['lang.name'] ?? mainLanguage).toLowerCase()}, uten /${lang}/ foran. ` }
        : { guess: there, hint: `Adressene under /${lang}/ har egne ord for faste deler av adressen. ` };
    }
    return { guess: asMain && inLanguage(asMain, lang) };
  }

  /** `false` when the address leads to a page; otherwise the closest address that does, or `undefined`. */
  function deadLink(segments: string[], withAnchor: boolean, linkingShown: boolean): string | undefined | false {
    if (segments.length === 0 || recorded.has(segments.join('/'))) return false;
    const startsWith = (prefix: readonly string[]) => prefix.every((part, index) => segments[index] === part);
    for (const page of itemPages) {
      if (!startsWith(page.prefix) || segments.length === page.prefix.length) continue;
      const id = segments[page.prefix.length]!;
      // A fixed page beside the items (/kommuner/utvikling/, /nyheter/rss.xml) or a numbered list page (/nyheter/2/).
      const fixed = routes?.some((route) => {
        const part = route[page.prefix.length];
        return part !== undefined && page.prefix.every((word, index) => route[index] === word) && (part === id || (/^\d+$/.test(id) && part.startsWith('[...')));
      });
      if (fixed || page.definition.reservedIds?.includes(id)) return false;
      const target = page.items.get(id);
      if (target && hasPage(target)) {
        const reason = page.definition.publication ? unpublished(target, options.buildDate, page.definition.id) : undefined;
        if (!reason || (!reason.draft && !linkingShown)) return false;
      }
      const candidates = [...page.items.values()].filter((item) => hasPage(item) && isShown(item, options.buildDate)).map((item) => item.id);
      const near = closest(id, candidates);
      return near ? page.definition.url!(near) : undefined;
    }
    if (startsWith(answersIndex) && segments.length > answersIndex.length) {
      const slug = segments[answersIndex.length]!;
      if (categories.has(slug) || withAnchor) return false;
      const near = closest(slug, categories);
      return near ? `${ANSWERS_INDEX}${near}/` : undefined;
    }
    if (!routes || routes.some((route) => routeMatches(route, segments))) return false;
    const near = closest(segments[0]!, new Set(routes.flatMap((route) => (route[0] && !route[0].startsWith('[') ? [route[0]] : []))));
    return near ? `/${near}/` : undefined;
  }
}

/** An organisation as its page is made on `buildDate`: only the events counted by then. */
function organisationLike(item: ContentItem, buildDate: string): OrganisationLike {
  const data = isRecord(item.data) ? item.data : {};
  const events = Array.isArray(data['hendelser']) ? data['hendelser'].filter(isRecord) : [];
  return {
    id: item.id,
    type: String(data['type']),
    tilhorer: typeof data['tilhorer'] === 'string' ? data['tilhorer'] : undefined,
    hendelser: events.filter((event) => {
      const date = dateOf(event['dato']);
      return date !== undefined && date <= buildDate;
    }) as unknown as StatusEvent[],
  };
}

/**
 * Whether a body's link is relative to the page it is shown on
 * (`../nyheter/x/`, `vedlegg.pdf`, `?side=2`): no scheme, and not from the
 * root (`/…`), protocol-relative (`//…`) or an anchor on the page (`#…`).
 */
export function isRelativeLink(url: string): boolean {
  return url !== '' && !/^[a-z][a-z0-9+.-]*:/i.test(url) && !url.startsWith('/') && !url.startsWith('#');
}

/** A relative link as the browser resolves it on the page at `page` (an address from the root): the address from the root, with query and anchor. */
export function resolveRelative(url: string, page: string): string {
  const resolved = new URL(url, new URL(page, 'https://nettsted.invalid'));
  return `${resolved.pathname}${resolved.search}${resolved.hash}`;
}

/** An anchor as written in an address, with percent escapes undone. */
function decodeAnchor(anchor: string): string {
  try {
    return decodeURIComponent(anchor);
  } catch {
    return anchor;
  }
}

function withGuess(value: string, candidates: Iterable<string>, fix: string): string {
  const guess = closest(value, candidates);
  return guess ? `Mente du «${guess}»? ${fix}` : fix;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
