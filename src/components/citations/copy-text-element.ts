/**
 * `<hp-copy-text>`: a button that copies the text of the `<pre>` inside it.
 * Without JavaScript the button stays hidden and the text is still there to
 * select and copy by hand; with it, one press copies, and the status line
 * says so (or, if the browser refuses, selects the text and says how to copy).
 */
class CopyText extends HTMLElement {
  connectedCallback() {
    const button = this.querySelector<HTMLButtonElement>('button[data-copy]');
    const source = this.querySelector<HTMLElement>('pre');
    const status = this.querySelector<HTMLElement>('[data-copy-status]');
    if (!button || !source || !status) return;
    button.hidden = false;
    button.addEventListener('click', async () => {
      try {
        await navigator.clipboard.writeText(source.textContent ?? '');
        status.textContent = this.dataset.copied ?? '';
      } catch {
        const range = document.createRange();
        range.selectNodeContents(source);
        const selection = getSelection();
        selection?.removeAllRanges();
        selection?.addRange(range);
        status.textContent = this.dataset.selected ?? '';
      }
    });
  }
}

customElements.define('hp-copy-text', CopyText);
