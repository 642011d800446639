/**
 * `<hp-municipality-finder>`: a filtering combobox over the list of
 * municipality links inside it, following the WAI-ARIA Authoring Practices
 * «editable combobox with list autocomplete» pattern
 * (https://www.w3.org/WAI/ARIA/apg/patterns/combobox/): focus stays in the
 * text field, `aria-activedescendant` points at the highlighted option.
 *
 * Keys: typing filters; Down/Up move through the options (opening the list
 * if it is closed, wrapping at the ends); Alt+Down opens the list without
 * moving; Enter opens the highlighted municipality's page, or the best match
 * when none is highlighted; Escape closes the list, or clears the field when
 * it is closed. A pointer can choose an option directly.
 *
 * Messages come from the element's data attributes (`data-count-one`,
 * `data-count-other`, `data-none`, `data-number`, `data-former-number`), the municipalities from
 * the links of the list it enhances (`a[data-number]`).
 */
import { fill } from './date-choice-data.ts';
import { formatDate, supportedLocale } from '../../domain/format.ts';
import { findMunicipalities, prepareFinder, type FinderEntry, type FinderHit, type PreparedFinder } from '../../search/municipality-finder.ts';

type Entry = FinderEntry & { href: string };

// The page's language (its <html lang>), as far as this browser knows it.
const locale = supportedLocale(document.documentElement.lang || 'nb');
const plural = new Intl.PluralRules(locale);

class HpMunicipalityFinder extends HTMLElement {
  #finder!: PreparedFinder<Entry>;
  #input!: HTMLInputElement;
  #listbox!: HTMLUListElement;
  #status!: HTMLElement;
  #hits: FinderHit<Entry>[] = [];
  #active = -1;

  connectedCallback() {
    const field = this.querySelector<HTMLElement>('[data-finder-field]');
    const input = field?.querySelector<HTMLInputElement>('input[role="combobox"]');
    const listbox = field?.querySelector<HTMLUListElement>('[role="listbox"]');
    const status = field?.querySelector<HTMLElement>('[data-finder-status]');
    if (!field || !input || !listbox || !status || this.#finder) return;
    this.#input = input;
    this.#listbox = listbox;
    this.#status = status;
    this.#finder = prepareFinder(
      [...this.querySelectorAll<HTMLAnchorElement>('a[data-number]')].map((link) => ({
        slug: link.pathname.split('/').filter(Boolean).pop() ?? '',
        href: link.getAttribute('href') ?? link.href,
        name: link.textContent?.trim() ?? '',
        otherNames: link.dataset.otherNames ? link.dataset.otherNames.split('|') : [],
        number: link.dataset.number ?? '',
        county: link.dataset.county ?? '',
        formerNumbers: (link.dataset.formerNumbers ?? '')
          .split('|')
          .filter(Boolean)
          .map((former) => {
            const [number = '', until = ''] = former.split(':');
            return { number, until };
          }),
      })),
    );
    field.hidden = false;

    input.addEventListener('input', () => this.#filter());
    input.addEventListener('keydown', (event) => this.#key(event));
    input.addEventListener('blur', () => this.#close());
    // Keep focus in the field while a pointer presses an option, then go there on release.
    listbox.addEventListener('mousedown', (event) => event.preventDefault());
    listbox.addEventListener('click', (event) => {
      const option = (event.target as Element).closest<HTMLElement>('[role="option"]');
      if (option) this.#go(Number(option.dataset.index));
    });
    // A value restored by the browser on «back» shows its matches again.
    if (input.value) this.#filter(false);
  }

  #filter(open = true) {
    this.#hits = findMunicipalities(this.#finder, this.#input.value);
    this.#active = -1;
    this.#input.removeAttribute('aria-activedescendant');
    const query = this.#input.value.trim();
    this.#listbox.replaceChildren(...this.#hits.map((hit, index) => this.#option(hit, index)));
    if (query === '') this.#status.textContent = '';
    else if (this.#hits.length === 0) this.#status.textContent = fill(this.dataset.none ?? '', { query });
    else {
      const template = plural.select(this.#hits.length) === 'one' ? this.dataset.countOne : this.dataset.countOther;
      this.#status.textContent = fill(template ?? '', { count: this.#hits.length });
    }
    if (open && this.#hits.length > 0) this.#open();
    else this.#close();
  }

  #option(hit: FinderHit<Entry>, index: number): HTMLLIElement {
    const option = document.createElement('li');
    option.id = `${this.#listbox.id}-${index}`;
    option.setAttribute('role', 'option');
    option.setAttribute('aria-selected', 'false');
    option.dataset.index = String(index);
    const name = document.createElement('span');
    name.textContent = hit.matchedOtherName ? `${hit.entry.name} (${hit.matchedOtherName})` : hit.entry.name;
    const details = document.createElement('span');
    details.textContent = `${fill(this.dataset.number ?? '{number}', { number: hit.entry.number })}, ${hit.entry.county}`;
    option.append(name, ' ', details);
    if (hit.matchedFormerNumber) {
      // Why a number that is not the municipality's finds it: «Ålesund hadde kommunenummer 1507 til og med 31. desember 2023.»
      const why = document.createElement('span');
      why.className = 'hp-finder__why';
      const { number, until } = hit.matchedFormerNumber;
      why.textContent = fill(this.dataset.formerNumber ?? '', { name: hit.entry.name, number, date: formatDate(until, locale) });
      option.append(' ', why);
    }
    return option;
  }

  #key(event: KeyboardEvent) {
    const count = this.#hits.length;
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        if (count === 0) return;
        this.#open();
        if (!event.altKey) this.#highlight(this.#active < count - 1 ? this.#active + 1 : 0);
        break;
      case 'ArrowUp':
        event.preventDefault();
        if (count === 0) return;
        this.#open();
        this.#highlight(this.#active > 0 ? this.#active - 1 : count - 1);
        break;
      case 'Enter':
        if (count === 0) return;
        event.preventDefault();
        this.#go(this.#active >= 0 ? this.#active : 0);
        break;
      case 'Escape':
        if (!this.#listbox.hidden) {
          event.preventDefault();
          this.#close();
        } else if (this.#input.value) {
          event.preventDefault();
          this.#input.value = '';
          this.#filter(false);
        }
        break;
    }
  }

  #highlight(index: number) {
    const options = this.#listbox.querySelectorAll<HTMLElement>('[role="option"]');
    options[this.#active]?.setAttribute('aria-selected', 'false');
    this.#active = index;
    const option = options[index];
    if (!option) return;
    option.setAttribute('aria-selected', 'true');
    this.#input.setAttribute('aria-activedescendant', option.id);
    option.scrollIntoView({ block: 'nearest' });
  }

  #open() {
    this.#listbox.hidden = false;
    this.#input.setAttribute('aria-expanded', 'true');
  }

  #close() {
    this.#listbox.hidden = true;
    this.#input.setAttribute('aria-expanded', 'false');
    this.#input.removeAttribute('aria-activedescendant');
    this.#listbox.querySelector('[aria-selected="true"]')?.setAttribute('aria-selected', 'false');
    this.#active = -1;
  }

  #go(index: number) {
    const hit = this.#hits[index];
    if (hit) window.location.assign(hit.entry.href);
  }
}

if (!customElements.get('hp-municipality-finder')) customElements.define('hp-municipality-finder', HpMunicipalityFinder);
