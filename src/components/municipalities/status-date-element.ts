/**
 * `<hp-status-date>`: the date choice on /kommuner/. It reveals its (hidden)
 * controls, and on a new date recomputes every municipality's status with
 * the domain's own `statusOn` (the same code the build uses), then updates
 * the table's status, last-change, phase and go-live cells, the map's
 * colours, symbols and accessible names, the key figures, and a polite
 * live-region summary.
 *
 * The chosen date lives in the address (`?dato=2023-01-01`), so a view can
 * be shared or bookmarked, and opening such an address shows that date.
 *
 * The key figures are found by their data attributes (see KeyFigures.astro):
 * `[data-key-figures]` holding `[data-key-date]`, `[data-key-count="<status>"]`,
 * `[data-key-passed="<plan status>"]` (that status's plans whose date had
 * passed, left out of its own count), `[data-key-total][data-template]` and
 * `[data-key-now-only]`.
 */
import { formatDate as formatDateIn, formatNumber as formatNumberIn, formatPeriod as formatPeriodIn, pluralForm, supportedLocale } from '../../domain/format.ts';
import { statusOn, type MunicipalityHistory } from '../../domain/municipality-status.ts';
import type { PhaseInfo } from '../../domain/phases.ts';
import { countsOn, overdueOn } from '../../domain/status-counts.ts';
import { accessibleName } from '../../map/map-model.ts';
import { mapStatusId, OVERDUE_SUFFIX } from '../../map/overdue-status.ts';
import { fill, type DateChoiceData } from './date-choice-data.ts';
import { unpackHistories, unpackPhases } from './history-data.ts';
import { rowState } from './status-rows.ts';

// Dates, numbers and lists in the page's language (its <html lang>), as far as this browser knows it.
const locale = supportedLocale(document.documentElement.lang || 'nb');
const list = new Intl.ListFormat(locale, { type: 'conjunction' });
const formatDate = (date: string) => formatDateIn(date, locale);
const formatNumber = (value: number) => formatNumberIn(value, undefined, locale);
const formatPeriod = (text: string) => formatPeriodIn(text, locale);
/** The query parameter that holds the chosen date. */
export const DATE_PARAMETER = 'dato';

/** A date as precise as it was written, as DateStamp.astro renders it. */
function time(date: string): HTMLElement {
  if (!/^\d{4}-\d{2}(?:-\d{2})?$/.test(date)) {
    const span = document.createElement('span');
    span.textContent = formatPeriod(date);
    return span;
  }
  const element = document.createElement('time');
  element.dateTime = date;
  element.textContent = formatPeriod(date);
  return element;
}

class HpStatusDate extends HTMLElement {
  #data!: DateChoiceData;
  #histories!: Map<string, MunicipalityHistory>;
  #phases!: PhaseInfo[];
  #shown = '';

  connectedCallback() {
    const json = this.querySelector('script[type="application/json"]')?.textContent;
    const input = this.querySelector<HTMLInputElement>('input[type="date"]');
    const panel = this.querySelector<HTMLElement>('[data-date-panel]');
    if (!json || !input || !panel || this.#shown) return;
    this.#data = JSON.parse(json) as DateChoiceData;
    this.#histories = unpackHistories(this.#data.h);
    this.#phases = unpackPhases(this.#data.p);
    this.#shown = this.#data.today;
    panel.hidden = false;

    const choose = () => this.#choose(input);
    input.addEventListener('input', choose);
    input.addEventListener('change', choose);
    this.querySelector('[data-date-reset]')?.addEventListener('click', () => {
      input.value = this.#data.today;
      choose();
      input.focus();
    });
    // A shared address names its date; it wins over whatever the field holds.
    const fromAddress = new URLSearchParams(location.search).get(DATE_PARAMETER);
    if (fromAddress !== null) input.value = fromAddress;
    // On reload or «back» the browser may restore an earlier choice into the
    // field, after this has run; `pageshow` comes once it has, so show that date.
    const restore = () => {
      if (input.value !== this.#shown) choose();
    };
    restore();
    window.addEventListener('pageshow', restore);
  }

  #choose(input: HTMLInputElement) {
    const date = input.value;
    const summary = this.querySelector<HTMLElement>('[data-date-summary]')!;
    // Typing a date segment by segment gives '' until the date is whole: wait for it.
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return;
    if (date < input.min || date > input.max) {
      input.setAttribute('aria-invalid', 'true');
      summary.textContent = fill(this.#data.t.invalid, { min: formatDate(input.min), max: formatDate(input.max) });
      return;
    }
    input.removeAttribute('aria-invalid');
    if (date === this.#shown) return;
    this.#shown = date;
    this.#render(date);
    this.#remember(date);
    summary.textContent = this.#summary(date);
  }

  /** Puts the date in the address (none for today), and in the «link to this view» link. */
  #remember(date: string) {
    const url = new URL(location.href);
    if (date === this.#data.today) url.searchParams.delete(DATE_PARAMETER);
    else url.searchParams.set(DATE_PARAMETER, date);
    history.replaceState(history.state, '', url);
    const link = this.querySelector<HTMLAnchorElement>('[data-date-link]');
    if (link) {
      link.href = url.pathname + url.search;
      link.textContent = fill(this.#data.t.link, { date: formatDate(date) });
      if (link.parentElement) link.parentElement.hidden = date === this.#data.today;
    }
  }

  /**
   * Every municipality's status on `date` as the map shows it: the status id
   * (a plan whose date has passed by then as its own variant), or
   * `undefined` when it did not exist.
   */
  #statuses(date: string): Map<string, string | undefined> {
    const defaultStatus = this.#data.h.s[0]!;
    return new Map(
      [...this.#histories].map(([slug, history]) => {
        const current = statusOn(history, date, defaultStatus);
        return [slug, current && mapStatusId(current)];
      }),
    );
  }

  #render(date: string) {
    const statuses = this.#statuses(date);
    const table = document.getElementById(this.getAttribute('table') ?? '');
    for (const label of table?.querySelectorAll('[data-date-label]') ?? []) label.textContent = formatDate(date);
    for (const row of table?.querySelectorAll<HTMLTableRowElement>('tbody tr[data-slug]') ?? []) {
      const slug = row.dataset.slug!;
      const history = this.#histories.get(slug);
      if (history) this.#renderRow(row, history, statuses.get(slug), date);
    }
    const map = document.getElementById(this.getAttribute('map') ?? '');
    if (map) this.#renderMap(map, statuses);
    const figures = document.querySelector<HTMLElement>('[data-key-figures]');
    if (figures) this.#renderFigures(figures, date);
  }

  /**
   * The key figures as of `date`: its date, the count per status, plans whose
   * date had passed by then apart from the plans still ahead, the total;
   * what holds only today is hidden. The
   * figures count the municipalities of the region (`data-key-scope`).
   */
  #renderFigures(figures: HTMLElement, date: string) {
    const { h } = this.#data;
    const scope = this.#scope();
    const histories = [...this.#histories].filter(([slug]) => scope.size === 0 || scope.has(slug)).map(([, history]) => history);
    const counts = countsOn(histories, h.s.map((id) => ({ id })), date);
    for (const label of figures.querySelectorAll('[data-key-date]')) label.textContent = formatDate(date);
    for (const { statusId, count } of counts) {
      const passedCell = figures.querySelector(`[data-key-passed="${CSS.escape(statusId)}"]`);
      const passed = passedCell ? overdueOn(histories, date, statusId) : 0;
      if (passedCell) passedCell.textContent = formatNumber(passed);
      const cell = figures.querySelector(`[data-key-count="${CSS.escape(statusId)}"]`);
      if (cell) cell.textContent = formatNumber(count - passed);
    }
    const total = figures.querySelector<HTMLElement>('[data-key-total]');
    if (total?.dataset.template) {
      total.textContent = fill(total.dataset.template, { total: formatNumber(counts.reduce((sum, c) => sum + c.count, 0)) });
    }
    for (const element of figures.querySelectorAll<HTMLElement>('[data-key-now-only]')) element.hidden = date !== this.#data.today;
  }

  #renderRow(row: HTMLTableRowElement, history: MunicipalityHistory, status: string | undefined, date: string) {
    const cell = (name: string) => row.querySelector<HTMLElement>(`[data-col="${name}"]`)!;
    const statusCell = cell('status');
    if (status === undefined) {
      statusCell.replaceChildren(this.#absentText(history, date));
      statusCell.dataset.sortValue = '';
    } else {
      const base = status.replace(OVERDUE_SUFFIX, '');
      statusCell.replaceChildren(this.#badge(base));
      statusCell.dataset.sortValue = String(this.#data.h.s.indexOf(base));
    }

    const state = rowState(history, this.#data.v, this.#phases, date, { done: this.#data.t.done, locale });
    const changed = state.lastChange;
    cell('changed').replaceChildren(...(changed ? [time(changed)] : []));
    cell('changed').dataset.sortValue = changed ?? '';

    const phaseCell = cell('phase');
    const goLiveCell = cell('golive');
    if (state.phase) {
      const link = document.createElement('a');
      link.href = `${this.#data.rollout}#${state.phase.id}`;
      link.textContent = state.phase.navn;
      if (this.#data.contentLang) link.lang = this.#data.contentLang;
      phaseCell.replaceChildren(link);
      phaseCell.dataset.sortValue = String(this.#phases.indexOf(state.phase));
    } else {
      phaseCell.replaceChildren();
      phaseCell.dataset.sortValue = '';
    }
    const goLive = state.goLive;
    const parts: Node[] = goLive ? [goLive.planned ? time(goLive.planned) : document.createTextNode(goLive.text)] : [];
    if (goLive?.overdue) {
      const marker = document.createElement('span');
      marker.className = 'hp-overdue';
      marker.textContent = this.#data.t.overdue;
      parts.push(marker);
    }
    goLiveCell.replaceChildren(...parts);
    goLiveCell.dataset.sortValue = goLive?.date ?? '';
  }

  /** «Opphørte 31. desember 2023» after a municipality's last day, else «Fantes ikke». */
  #absentText(history: MunicipalityHistory, date: string): string {
    if (history.gyldigTil !== undefined && date > history.gyldigTil) {
      return fill(this.#data.t.ceased, { date: formatDate(history.gyldigTil) });
    }
    return this.#data.t.notExisting;
  }

  #badge(status: string): Node {
    const template = this.querySelector<HTMLTemplateElement>(`template[data-status-template="${status}"]`);
    return template ? template.content.cloneNode(true) : document.createTextNode(status);
  }

  /**
   * Recolours the map: fill, symbol and its colour come from the map's own
   * legend (one entry per status), so they match what the build drew.
   */
  #renderMap(map: HTMLElement, statuses: Map<string, string | undefined>) {
    const legend = new Map(
      [...map.querySelectorAll<HTMLElement>('li[data-status]')].map((entry) => [
        entry.dataset.status!,
        {
          fill: entry.querySelector('rect')?.getAttribute('fill') ?? '',
          textFill: entry.querySelector('text')?.getAttribute('fill') ?? '',
          symbol: entry.querySelector('text')?.textContent ?? '',
          count: entry.querySelector('.hp-map__count'),
        },
      ]),
    );
    const counts = new Map<string, number>();
    for (const link of map.querySelectorAll<SVGAElement>('a[data-municipality]')) {
      const slug = link.dataset.municipality!;
      const status = statuses.get(slug);
      const look = status === undefined ? undefined : legend.get(status);
      const name = this.#data.n[slug] ?? slug;
      const base = status?.replace(OVERDUE_SUFFIX, '');
      const label =
        base === undefined
          ? this.#data.t.notExisting
          : `${this.#data.h.n[this.#data.h.s.indexOf(base)]!}${status !== base ? ` – ${this.#data.t.overdueLabel}` : ''}`;
      link.dataset.status = status ?? 'none';
      link.setAttribute('aria-label', accessibleName(name, label));
      link.querySelector(':scope > rect:not(.hp-map__target), :scope > path')?.setAttribute('fill', look?.fill ?? '#ffffff');
      const symbol = link.querySelector('.hp-map__symbol');
      if (symbol) {
        symbol.textContent = look?.symbol ?? '';
        // The short name and the symbol share their group's colour.
        symbol.parentElement?.setAttribute('fill', look?.textFill ?? '#000000');
      }
      if (status !== undefined) counts.set(status, (counts.get(status) ?? 0) + 1);
    }
    for (const [status, { count }] of legend) {
      if (count) count.textContent = `(${fill(pluralForm(counts.get(status) ?? 0, locale) === 'one' ? this.#data.t.municipalitiesOne : this.#data.t.municipalitiesOther, { count: formatNumber(counts.get(status) ?? 0) })})`;
    }
  }

  /**
   * The live summary as of `date`: the count per status of the municipalities
   * the key figures count (the region, `data-key-scope`), with their total,
   * so the numbers add up to it; then those shown from outside the region.
   */
  #summary(date: string): string {
    const { h, t } = this.#data;
    const scope = this.#scope();
    const inScope = [...this.#histories].filter(([slug]) => scope.size === 0 || scope.has(slug));
    const histories = inScope.map(([, history]) => history);
    const counts = countsOn(histories, h.s.map((id) => ({ id })), date);
    const items = counts.filter((c) => c.count > 0).map((c) => `${c.count} «${h.n[h.s.indexOf(c.statusId)]}»`);
    const total = counts.reduce((sum, c) => sum + c.count, 0);
    const absent = histories.length - total;
    const outside = [...this.#histories]
      .filter(([slug, history]) => scope.size > 0 && !scope.has(slug) && countsOn([history], h.s.map((id) => ({ id })), date).some((c) => c.count > 0))
      .map(([slug]) => this.#data.n[slug] ?? slug);
    return [
      fill(t.summary, { date: formatDate(date), counts: list.format(items), total: formatNumber(total) }),
      ...(absent > 0 ? [fill(t.notExistingCount, { count: absent })] : []),
      ...(outside.length > 0 ? [fill(t.outside, { list: list.format(outside) })] : []),
    ].join(' ');
  }

  /** The municipalities the key figures count (their `data-key-scope`); empty when all are counted. */
  #scope(): Set<string> {
    const figures = document.querySelector<HTMLElement>('[data-key-figures]');
    return new Set<string>(JSON.parse(figures?.dataset.keyScope ?? '[]') as string[]);
  }
}

if (!customElements.get('hp-status-date')) customElements.define('hp-status-date', HpStatusDate);
