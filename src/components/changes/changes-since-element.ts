/**
 * `<hp-changes-since>`: «changes since a date» as a shareable address,
 * `/endringer/?siden=2024-01-01`. It reads `siden` from the address (or the
 * date field), gathers the entries on the page, and, where the page lists
 * only the newest changes, fetches the year pages it links to
 * (`a[data-archive-year]`) back to that year; where the list is split into
 * pages (`.hp-pagination`), it reads them from the first on. A paged list is
 * followed by its `rel="next"` links only while the last entry read is not
 * older than the date. Then it shows the entries from that date on and says
 * how many, also in the page's own count (`[data-changes-shown]`); on a paged
 * list, the pager says the list is gathered from all its pages rather than
 * «Side 2 av 2». Without JavaScript the list is still there, newest first.
 */
import { supportedLocale } from '../../domain/format.ts';

/** A fetched page of the log, parsed. */
async function fetchPage(href: string): Promise<Document> {
  return new DOMParser().parseFromString(await (await fetch(href)).text(), 'text/html');
}

/** The log entries of a page. */
const entriesOf = (page: Document) => [...page.querySelectorAll<HTMLLIElement>('.hp-changelog > li')];

/**
 * A paged list from its page at `first` on,
 * following `rel="next"` while the oldest entry read is on or after `since`.
 */
async function pagesFrom(first: string, since: string): Promise<Document[]> {
  const pages: Document[] = [];
  let next: string | undefined = first;
  while (next !== undefined) {
    const page: Document = await fetchPage(next);
    pages.push(page);
    const oldest = entriesOf(page).at(-1)?.dataset.date ?? '';
    const href = page.querySelector('.hp-pagination a[rel="next"]')?.getAttribute('href');
    next = href && oldest >= since ? new URL(href, location.href).href : undefined;
  }
  return pages;
}

class ChangesSince extends HTMLElement {
  #list!: HTMLOListElement;
  #status!: HTMLElement;
  #original: HTMLLIElement[] = [];
  /** The page's counts of its list, with their text as built. */
  #counts: { element: HTMLElement; text: string }[] = [];
  /** The pager's «page n of m» line, and the link to the page shown, as built. */
  #pager: { line: HTMLElement; text: string; current: HTMLAnchorElement | null } | undefined;

  connectedCallback() {
    const form = this.querySelector('form');
    const input = this.querySelector<HTMLInputElement>('input[name="siden"]');
    const list = document.querySelector<HTMLOListElement>('.hp-changelog');
    const status = this.querySelector<HTMLElement>('[role="status"]');
    if (!form || !input || !list || !status) return;
    this.#list = list;
    this.#status = status;
    this.#original = [...list.children] as HTMLLIElement[];
    this.#counts = [...document.querySelectorAll<HTMLElement>('[data-changes-shown]')].map((element) => ({ element, text: element.textContent ?? '' }));
    const line = document.querySelector<HTMLElement>('.hp-pagination > p');
    if (line) this.#pager = { line, text: line.textContent ?? '', current: document.querySelector('.hp-pagination a[aria-current="page"]') };
    this.querySelector<HTMLElement>('[data-nojs]')?.setAttribute('hidden', '');
    const since = new URLSearchParams(location.search).get('siden');
    if (since && /^\d{4}-\d{2}-\d{2}$/.test(since)) {
      input.value = since;
      void this.#show(since);
    }
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const value = input.value;
      const url = new URL(location.href);
      if (value) url.searchParams.set('siden', value);
      else url.searchParams.delete('siden');
      history.replaceState(history.state, '', url);
      void this.#show(value);
    });
  }

  async #show(since: string) {
    if (!since) {
      this.#list.replaceChildren(...this.#original);
      this.#status.textContent = '';
      this.#restoreCounts();
      return;
    }
    let entries = this.#original;
    let failed = false;
    const archives = [...document.querySelectorAll<HTMLAnchorElement>('a[data-archive-year]')].filter(
      (a) => (a.dataset.archiveYear ?? '') >= since.slice(0, 4),
    );
    // This list's own first page, when it is split into pages.
    const firstPage = document.querySelector<HTMLAnchorElement>('.hp-pagination a[data-page="1"]');
    // (fetched even when showing it: the list on screen may already be cut to an earlier date)
    const starts = archives.length > 0 ? archives.map((a) => a.href) : firstPage ? [firstPage.href] : [];
    if (starts.length > 0) {
      this.#status.textContent = this.dataset.loading ?? '';
      try {
        const pages = (await Promise.all(starts.map((start) => pagesFrom(start, since)))).flat();
        const seen = new Set<string>();
        entries = pages
          .flatMap(entriesOf)
          .filter((li) => {
            const key = li.querySelector('a')?.getAttribute('href') ?? '';
            if (seen.has(key)) return false;
            seen.add(key);
            return true;
          })
          .map((li) => document.importNode(li, true))
          .sort((a, b) => (b.dataset.date ?? '').localeCompare(a.dataset.date ?? ''));
      } catch {
        failed = true;
      }
    }
    const shown = entries.filter((li) => (li.dataset.date ?? '') >= since);
    this.#list.replaceChildren(...shown);
    const lang = supportedLocale(document.documentElement.lang || 'nb');
    const count = ((shown.length === 1 ? this.dataset.countOne : this.dataset.countOther) ?? '').replace('{count}', new Intl.NumberFormat(lang).format(shown.length));
    const date = new Intl.DateTimeFormat(lang, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${since}T00:00:00Z`));
    this.#status.textContent = `${failed ? `${this.dataset.failed ?? ''} ` : ''}${(this.dataset.result ?? '').replace('{count}', count).replace('{date}', date)}`;
    this.#restoreCounts();
    for (const { element } of this.#counts) element.textContent = (this.dataset.shown ?? '').replace('{count}', count).replace('{date}', date);
    // The list now holds the selection's entries from every page back to the date; when the
    // other pages could not be fetched, it is still this page's, and the pager still right.
    if (this.#pager && firstPage && !failed) {
      const pages = document.querySelectorAll('.hp-pagination a[data-page]').length;
      this.#pager.line.textContent = (this.dataset.pages ?? '').replace('{date}', date).replace('{pages}', new Intl.NumberFormat(lang).format(pages));
      this.#pager.current?.removeAttribute('aria-current');
    }
  }

  /** The counts and the pager as built, for the whole list. */
  #restoreCounts() {
    for (const { element, text } of this.#counts) element.textContent = text;
    if (this.#pager) {
      this.#pager.line.textContent = this.#pager.text;
      this.#pager.current?.setAttribute('aria-current', 'page');
    }
  }
}

customElements.define('hp-changes-since', ChangesSince);
