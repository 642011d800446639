/**
 * Placeholder text left from a template (`npm run new`): news, documents,
 * answers and meetings start as drafts with placeholder sentences where
 * staff write their own. Deleting only the `utkast: true` line would publish
 * them, so an item that is not a draft may not contain any of them, in a
 * field or in its body. The sentences come from the templates themselves
 * (`templatePlaceholders` in src/publishing/templates.ts).
 */
import type { ContentItem, LoadedContent } from '../content-model/read/read-content.ts';
import { kinds, type KindDefinition } from '../content-model/registry.ts';
import { placeholderSentences } from '../publishing/templates.ts';
import { formatField, type Problem } from './problem.ts';

/** Every field or body line of a non-draft item that still holds a template's placeholder sentence. */
export function checkPlaceholders(content: LoadedContent): Problem[] {
  const sentences = placeholderSentences();
  const problems: Problem[] = [];
  for (const definition of kinds as readonly KindDefinition[]) {
    if (!definition.publication) continue;
    for (const item of content.items[definition.id]) {
      if (!item.readable || isDraft(item)) continue;
      const report = (line: number | undefined, field: string | undefined, sentence: string) =>
        problems.push({
          file: item.file,
          line,
          field,
          what: `teksten «${sentence}» står igjen fra malen, og ville blitt publisert slik`,
          fix: `Skriv din egen tekst i stedet, eller behold linjen «utkast: true» til teksten er ferdig (utkast publiseres ikke).`,
        });
      for (const { path, text } of strings(item.data, [])) {
        const found = sentences.find((sentence) => text.includes(sentence));
        if (found) {
          const full = [...item.prefix, ...path];
          report(item.lineAt(full), formatField(full) || undefined, found);
        }
      }
      (item.body ?? '').split('\n').forEach((text, index) => {
        const found = sentences.find((sentence) => text.includes(sentence));
        if (found) report(item.bodyLine === undefined ? undefined : item.bodyLine + index, undefined, found);
      });
    }
  }
  return problems;
}

/** Whether the item is marked as a draft, as the publication rule reads `utkast`. */
function isDraft(item: ContentItem): boolean {
  const data = item.data;
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return false;
  const utkast = (data as Record<string, unknown>)['utkast'];
  return utkast === true || utkast === 'true';
}

/** Every string in parsed data, with its path. */
function strings(value: unknown, path: (string | number)[]): { path: (string | number)[]; text: string }[] {
  if (typeof value === 'string') return [{ path, text: value }];
  if (Array.isArray(value)) return value.flatMap((element, index) => strings(element, [...path, index]));
  if (typeof value === 'object' && value !== null) return Object.entries(value).flatMap(([key, element]) => strings(element, [...path, key]));
  return [];
}
