/**
 * The JSON the date choice embeds in /kommuner/: packed status histories,
 * what the table shows for each phase, and the interface strings the script
 * needs (so the script does not bundle the whole string file).
 */
import type { StatusDefinition } from '../../schemas/settings.ts';
import type { PackedHistories, PackedPhase } from './history-data.ts';

/** Everything `<hp-status-date>` reads from its JSON. */
export interface DateChoiceData {
  h: PackedHistories;
  /** Municipality names by slug, for the map's accessible names. */
  n: Record<string, string>;
  /** Waves by id, in rollout order. */
  p: Record<string, PackedPhase>;
  /** The status vocabulary (what each status means to the site). */
  v: StatusDefinition[];
  /** The build date: «today». */
  today: string;
  /** The page's locale for dates, numbers and lists, e.g. `nn-NO`. */
  locale: string;
  /** Address of the rollout page in the page's language (`/innforing/`, `/nn/innforing/`). */
  rollout: string;
  /** `lang` for content text (phase names) on this page: `nb` on other languages' pages, absent on bokmål ones. */
  contentLang?: string;
  /** Interface strings with `{placeholders}`. */
  t: {
    summary: string;
    notExisting: string;
    notExistingCount: string;
    /** Those shown that the counts leave out (outside the region), with `{list}`. */
    outside: string;
    ceased: string;
    invalid: string;
    /** Marker after a plan whose date has passed. */
    overdue: string;
    /** Added to a plan's name on the map when its date has passed: «datoen er passert». */
    overdueLabel: string;
    /** Text of the «link to this view» link, with `{date}`. */
    link: string;
    /** A count of municipalities, with `{count}`, by plural form. */
    municipalitiesOne: string;
    municipalitiesOther: string;
    /** Go-live text of a phase that is done, with `{date}`. */
    done: string;
  };
}

/** Fills `{name}` placeholders, as the build's `t()` does. */
export function fill(template: string, vars: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}
