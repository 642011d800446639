/**
 * `<hp-changes-since>`: «changes since a date» as a shareable address,
 * `/endringer/?siden=2024-01-01`. It reads `siden` from the address (or the
 * date field), gathers the entries on the page, and, where the page lists
 * only the newest changes, fetches the year pages it links to
 * (`a[data-archive-year]`) back to that year; then it shows the entries from
 * that date on and says how many. Without JavaScript the list is still there,
 * newest first.
 */
class ChangesSince extends HTMLElement {
  #list!: HTMLOListElement;
  #status!: HTMLElement;
  #original: HTMLLIElement[] = [];

  connectedCallback() {
    const form = this.querySelector('form');
    const input = this.querySelector<HTMLInputElement>('input[name="siden"]');
    const list = document.querySelector<HTMLOListElement>('.hp-changelog');
    const status = this.querySelector<HTMLElement>('[role="status"]');
    if (!form || !input || !list || !status) return;
    this.#list = list;
    this.#status = status;
    this.#original = [...list.children] as HTMLLIElement[];
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
      return;
    }
    let entries = this.#original;
    let failed = false;
    const archives = [...document.querySelectorAll<HTMLAnchorElement>('a[data-archive-year]')].filter(
      (a) => (a.dataset.archiveYear ?? '') >= since.slice(0, 4),
    );
    if (archives.length > 0) {
      this.#status.textContent = this.dataset.loading ?? '';
      try {
        const pages = await Promise.all(archives.map(async (a) => new DOMParser().parseFromString(await (await fetch(a.href)).text(), 'text/html')));
        const seen = new Set<string>();
        entries = pages
          .flatMap((page) => [...page.querySelectorAll<HTMLLIElement>('.hp-changelog > li')])
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
    const count = (shown.length === 1 ? this.dataset.countOne : this.dataset.countOther) ?? '';
    const lang = document.documentElement.lang || 'nb';
    const date = new Intl.DateTimeFormat(lang, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${since}T00:00:00Z`));
    this.#status.textContent = `${failed ? `${this.dataset.failed ?? ''} ` : ''}${(this.dataset.result ?? '').replace('{count}', count.replace('{count}', new Intl.NumberFormat(lang).format(shown.length))).replace('{date}', date)}`;
  }
}

customElements.define('hp-changes-since', ChangesSince);
