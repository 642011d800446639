import { readContent } from '../../src/content-model/read/read-content.ts';
import type { Vocabulary } from './decap-config.ts';

/**
 * The choices the editor offers that come from the content folder: the
 * settings' statuses (in their order) and the parties a document can name
 * (organisations, then municipalities, each by name). Read with the site's
 * one content reader; a file it cannot read simply adds no choice (the
 * check names the problem).
 */
export function readVocabulary(contentDir: string): Vocabulary {
  const { content } = readContent(contentDir);
  const settings = record(content.settings?.data);
  const statuses = (Array.isArray(settings?.['statuser']) ? settings['statuser'] : []).flatMap((entry) => {
    const status = record(entry);
    return status && typeof status['id'] === 'string'
      ? [{ id: status['id'], navn: typeof status['navn'] === 'string' ? status['navn'] : status['id'], type: String(status['type'] ?? '') }]
      : [];
  });
  const byName = (a: { navn: string }, b: { navn: string }) => collator.compare(a.navn, b.navn);
  const named = (kind: 'organisasjoner' | 'kommuner') =>
    content.items[kind]
      .map((item) => ({ id: item.id, navn: String(record(item.data)?.['navn'] ?? item.id) }))
      .sort(byName);
  return { statuses, parts: [...named('organisasjoner'), ...named('kommuner')] };
}

const collator = new Intl.Collator('nb');

function record(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}
