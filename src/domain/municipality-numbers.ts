/**
 * A municipality's kommunenummer over time. Numbers change when counties
 * and municipalities are reorganised (Ålesund was 1507 until 31 December
 * 2023 and has been 1508 since 1 January 2024, when Haram, 1580, was split
 * off again; source: SSB's classification of municipalities and Kartverket's
 * boundary data). The current `nummer` is valid from the day after the last
 * earlier number ended (or from the municipality's first day), to its last.
 */

/** The fields of a municipality that its numbers depend on. */
export interface NumberedMunicipality {
  nummer: string;
  tidligereNummer?: readonly { nummer: string; fra?: string | undefined; til: string }[] | undefined;
  gyldigFra?: string | undefined;
  gyldigTil?: string | undefined;
}

/** One number and the days it was valid, both ends included; an open end is `undefined`. */
export interface NumberPeriod {
  nummer: string;
  from: string | undefined;
  to: string | undefined;
}

/** Every number the municipality has had, oldest first, with the days each was valid. */
export function numberPeriods(municipality: NumberedMunicipality): NumberPeriod[] {
  const earlier = [...(municipality.tidligereNummer ?? [])].sort((a, b) => (a.til < b.til ? -1 : a.til > b.til ? 1 : 0));
  const periods: NumberPeriod[] = earlier.map((entry, index) => ({
    nummer: entry.nummer,
    from: entry.fra ?? (index === 0 ? municipality.gyldigFra : dayAfter(earlier[index - 1]!.til)),
    to: entry.til,
  }));
  const last = earlier.at(-1);
  periods.push({
    nummer: municipality.nummer,
    from: last ? dayAfter(last.til) : municipality.gyldigFra,
    to: municipality.gyldigTil,
  });
  return periods;
}

/** The number valid on `date` (`YYYY-MM-DD`), or `undefined` when none was (before or after the municipality existed). */
export function numberOn(municipality: NumberedMunicipality, date: string): string | undefined {
  return numberPeriods(municipality).find((p) => (p.from === undefined || p.from <= date) && (p.to === undefined || date <= p.to))?.nummer;
}

/**
 * The number to show for `date`: the one valid then, or, for a date outside
 * every period, the nearest one (the first number before the municipality's
 * first period, the current one after its last).
 */
export function numberShownOn(municipality: NumberedMunicipality, date: string): string {
  const periods = numberPeriods(municipality);
  const valid = numberOn(municipality, date);
  if (valid !== undefined) return valid;
  const first = periods[0]!;
  return first.from !== undefined && date < first.from ? first.nummer : municipality.nummer;
}

/** Whether two periods share at least one day. */
export function periodsOverlap(a: Pick<NumberPeriod, 'from' | 'to'>, b: Pick<NumberPeriod, 'from' | 'to'>): boolean {
  const aFrom = a.from ?? '0000-01-01';
  const aTo = a.to ?? '9999-12-31';
  const bFrom = b.from ?? '0000-01-01';
  const bTo = b.to ?? '9999-12-31';
  return aFrom <= bTo && bFrom <= aTo;
}

/** The calendar day after `date` (`YYYY-MM-DD`). */
export function dayAfter(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}
