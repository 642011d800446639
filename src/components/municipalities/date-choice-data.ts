/**
 * The JSON the date choice embeds in /kommuner/: packed status histories,
 * what the table shows for each phase, and the interface strings the script
 * needs (so the script does not bundle the whole string file).
 */
import type { PackedHistories } from './history-data.ts';

/** A phase as the table shows it: name, go-live text, go-live sort key, go-live ISO date ('' if none), carried out (1) or not (0). */
export type PackedPhase = [name: string, goLive: string, goLiveKey: string, goLiveDate: string, done: 0 | 1];

/** Everything `<hp-status-date>` reads from its JSON. */
export interface DateChoiceData {
  h: PackedHistories;
  /** Municipality names by slug, for the map's accessible names. */
  n: Record<string, string>;
  /** Phases by id. */
  p: Record<string, PackedPhase>;
  /** The build date: «today». */
  today: string;
  /** Interface strings with `{placeholders}`. */
  t: {
    summary: string;
    notExisting: string;
    notExistingCount: string;
    ceased: string;
    invalid: string;
    /** Text of the «link to this view» link, with `{date}`. */
    link: string;
  };
}

/** Fills `{name}` placeholders, as the build's `t()` does. */
export function fill(template: string, vars: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}
