/**
 * Municipality numbers over time, and which municipality a number in a
 * boundary file stands for on a given date.
 *
 * Numbers change with mergers and splits: Ålesund was 1507 from 2020 until
 * 31 December 2023 and is 1508 from 1 January 2024, when Haram (1580) was
 * split off again (Statistics Norway's classification of municipalities).
 * A boundary file carries the numbers of the year it was made for, so the
 * match tries the number each municipality has on the date the map shows,
 * then its earlier and later numbers.
 */

import { numberPeriods as domainPeriods, type NumberedMunicipality as DomainNumbered } from '../domain/municipality-numbers.ts';

/** A number and the days it was valid, both ends included (`YYYY-MM-DD`; open when absent). */
export interface NumberPeriod {
  nummer: string;
  fra?: string | undefined;
  til?: string | undefined;
}

/** A municipality as the matching needs it. */
export interface NumberedMunicipality {
  /** The municipality's slug (its file name in content/kommuner/). */
  slug: string;
  /** Its name, for messages. */
  name: string;
  /** Every number it has had, with the days each was valid; see {@link numberPeriods}. */
  numbers: readonly NumberPeriod[];
  /** First day it existed, when it was created later. */
  gyldigFra?: string | undefined;
  /** Last day it existed, when it has ceased. */
  gyldigTil?: string | undefined;
  /**
   * True for a municipality in a county outside the region (Os in Innlandet,
   * Bindal in Nordland): features of its county that match nothing are not
   * reported, as they would be for the region's own counties.
   */
  outsideRegion?: boolean | undefined;
}

/**
 * The number periods of a municipality file (content model v2), current
 * number first, in the shape the matching uses; the periods themselves come
 * from the domain's rule (src/domain/municipality-numbers.ts).
 */
export function numberPeriods(municipality: {
  nummer: string;
  tidligereNummer?: readonly { nummer: string | number; fra?: string | undefined; til: string }[] | undefined;
  gyldigFra?: string | undefined;
  gyldigTil?: string | undefined;
}): NumberPeriod[] {
  const numbered: DomainNumbered = {
    ...municipality,
    tidligereNummer: (municipality.tidligereNummer ?? []).map((p) => ({ ...p, nummer: String(p.nummer) })),
  };
  return domainPeriods(numbered)
    .reverse()
    .map((p) => ({ nummer: p.nummer, ...(p.from === undefined ? {} : { fra: p.from }), ...(p.to === undefined ? {} : { til: p.to }) }));
}

function within(date: string, from: string | undefined, to: string | undefined): boolean {
  return (from === undefined || date >= from) && (to === undefined || date <= to);
}

/** Whether the municipality exists on `date` (between `gyldigFra` and `gyldigTil`). */
export function existsOn(municipality: Pick<NumberedMunicipality, 'gyldigFra' | 'gyldigTil'>, date: string): boolean {
  return within(date, municipality.gyldigFra, municipality.gyldigTil);
}

/** The municipality's number on `date`, or `undefined` when no period covers the date. */
export function numberOn(municipality: Pick<NumberedMunicipality, 'numbers'>, date: string): string | undefined {
  return municipality.numbers.find((p) => within(date, p.fra, p.til))?.nummer;
}

/** Which municipality a number stands for on a date. */
export type NumberMatch =
  /** A municipality that exists on the date, and has this number then. */
  | { kind: 'valid'; municipality: NumberedMunicipality }
  /** A municipality that exists on the date and had or will have this number (an older or newer file). */
  | { kind: 'other-period'; municipality: NumberedMunicipality; period: NumberPeriod }
  /** A municipality in the content that does not exist on the date. */
  | { kind: 'not-existing'; municipality: NumberedMunicipality }
  /** Several existing municipalities have had the number at other times. */
  | { kind: 'ambiguous'; municipalities: NumberedMunicipality[] }
  /** No municipality in the content has ever had the number. */
  | { kind: 'unknown' };

/**
 * Returns a function that tells which municipality a four-digit number
 * stands for on `date`: first the municipality that exists then and has that
 * number then; else one that exists then and had (or will have) it at
 * another time; else a municipality in the content that does not exist on
 * the date. Pure; build it once per file.
 */
export function numberMatcher(municipalities: readonly NumberedMunicipality[], date: string): (nummer: string) => NumberMatch {
  const valid = new Map<string, NumberedMunicipality>();
  const other = new Map<string, { municipality: NumberedMunicipality; period: NumberPeriod }[]>();
  const gone = new Map<string, NumberedMunicipality>();
  for (const municipality of municipalities) {
    const exists = existsOn(municipality, date);
    for (const period of municipality.numbers) {
      if (!exists) {
        if (!gone.has(period.nummer)) gone.set(period.nummer, municipality);
      } else if (within(date, period.fra, period.til)) {
        valid.set(period.nummer, municipality);
      } else {
        const list = other.get(period.nummer) ?? [];
        if (!list.some((entry) => entry.municipality === municipality)) list.push({ municipality, period });
        other.set(period.nummer, list);
      }
    }
  }
  return (nummer) => {
    const current = valid.get(nummer);
    if (current) return { kind: 'valid', municipality: current };
    const candidates = other.get(nummer) ?? [];
    if (candidates.length === 1) return { kind: 'other-period', ...candidates[0]! };
    if (candidates.length > 1) return { kind: 'ambiguous', municipalities: candidates.map((c) => c.municipality) };
    const missing = gone.get(nummer);
    return missing ? { kind: 'not-existing', municipality: missing } : { kind: 'unknown' };
  };
}
