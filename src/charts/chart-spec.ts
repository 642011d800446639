/**
 * What a chart component receives: a Chart.js configuration that survives
 * JSON (no functions), the kind of chart (which tells the browser script
 * which callbacks to add), and the same numbers as a table.
 */
import type { ChartConfiguration } from 'chart.js';

/** The browser script's cue: `dates` charts get a year-tick time axis and date tooltips. */
export type ChartKind = 'dates' | 'categories';

/** A Chart.js configuration plus its kind, embedded in the page as JSON. */
export interface ChartSpec {
  kind: ChartKind;
  config: ChartConfiguration;
}

/** The chart's numbers as a table: a header cell per row and one number per column. */
export interface ChartTable {
  caption: string;
  /** Heading of the row-header column, e.g. «Dato». */
  rowHeading: string;
  columns: string[];
  /**
   * Which labels are content values with no language of their own (status or
   * phase names, written in bokmål), which the page marks with `lang` on
   * other languages' pages: the column headings, the row headers, or neither.
   */
  contentLabels?: 'columns' | 'rows';
  /** With `contentLabels: 'columns'`: the indexes of columns named in interface text (the page's language), not by content. */
  interfaceColumns?: number[];
  rows: {
    /** Row header text. */
    label: string;
    /** ISO date when the row is a date, so the page can mark it up with `<time>`. */
    date?: string;
    values: number[];
  }[];
}

/** Everything a page needs to show one chart accessibly. */
export interface ChartModel {
  spec: ChartSpec;
  /** One sentence saying what the chart shows and its main numbers. */
  summary: string;
  table: ChartTable;
}
