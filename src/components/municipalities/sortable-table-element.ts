/**
 * `<hp-sortable-table>`: makes the column headers marked `data-sort` into
 * Designsystemet's sort buttons (`<th aria-sort><button>`). The table is
 * complete without JavaScript; the buttons only exist once this runs.
 * A cell's `data-sort-value` sorts it when its text does not (dates,
 * statuses); empty values always go last.
 */
import { supportedLocale } from '../../domain/format.ts';
// The page's language (its <html lang>), as far as this browser knows it.
const collator = new Intl.Collator(supportedLocale(document.documentElement.lang || 'nb'), { numeric: true });

type Direction = 'ascending' | 'descending';

function sortKey(cell: Element | undefined): string {
  if (!cell) return '';
  return (cell as HTMLElement).dataset.sortValue ?? cell.textContent?.trim() ?? '';
}

class HpSortableTable extends HTMLElement {
  connectedCallback() {
    const table = this.querySelector('table');
    if (!table || table.dataset.sortable === 'ready') return;
    table.dataset.sortable = 'ready';
    const headers = [...table.querySelectorAll<HTMLTableCellElement>('thead th[data-sort]')];
    for (const th of headers) {
      const button = document.createElement('button');
      button.type = 'button';
      button.append(...th.childNodes);
      th.append(button);
      th.setAttribute('aria-sort', th.dataset.sortInitial === 'true' ? 'ascending' : 'none');
      button.addEventListener('click', () => {
        const direction: Direction = th.getAttribute('aria-sort') === 'ascending' ? 'descending' : 'ascending';
        for (const other of headers) other.setAttribute('aria-sort', other === th ? direction : 'none');
        this.sort(table, th.cellIndex, th.dataset.sort === 'number', direction);
      });
    }
    for (const hint of this.querySelectorAll<HTMLElement>('[data-sort-hint]')) hint.hidden = false;
  }

  /** Sorts the body rows by one column; ties keep their current order (stable sort). */
  sort(table: HTMLTableElement, column: number, numeric: boolean, direction: Direction) {
    const body = table.tBodies[0];
    if (!body) return;
    const sign = direction === 'ascending' ? 1 : -1;
    const rows = [...body.rows].map((row) => ({ row, key: sortKey(row.cells[column]) }));
    rows.sort((a, b) => {
      if (a.key === '' || b.key === '') return a.key === b.key ? 0 : a.key === '' ? 1 : -1;
      const order = numeric ? Number(a.key) - Number(b.key) : collator.compare(a.key, b.key);
      return sign * order;
    });
    body.append(...rows.map((r) => r.row));
  }
}

if (!customElements.get('hp-sortable-table')) customElements.define('hp-sortable-table', HpSortableTable);
