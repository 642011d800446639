/**
 * Decap's interface in Norwegian: its own bokmål phrases (decap-cms-locales'
 * `nb_no`) with ours on top (locale.nb.json). Ours name the buttons for
 * what they do here: «Lagre» writes the file to the content folder, it does
 * not publish (`npm run publish` does that, as before), and they fill in the
 * phrases Decap has only in English.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import overrides from './locale.nb.json' with { type: 'json' };

type Phrases = { [key: string]: string | Phrases };

/** The phrases for `CMS.registerLocale('nb_no', …)`. */
export async function editorLocale(): Promise<Phrases> {
  const file = path.join(import.meta.dirname, '..', 'decap', 'node_modules', 'decap-cms-locales', 'dist', 'esm', 'nb_no', 'index.js');
  const decap = ((await import(pathToFileURL(file).href)) as { default: Phrases }).default;
  return merge(decap, overrides as Phrases);
}

function merge(base: Phrases, extra: Phrases): Phrases {
  const out: Phrases = { ...base };
  for (const [key, value] of Object.entries(extra)) {
    const current = out[key];
    out[key] = typeof value === 'object' && typeof current === 'object' ? merge(current, value) : value;
  }
  return out;
}
