/**
 * Changes (src/changes/change-log.ts) as RSS items: the title says what
 * happened («Ny status: …»), the link goes to where it shows and, being
 * unique per change, is also the item's guid.
 */
import type { Change } from '../changes/change-log.ts';
import type { I18n } from '../i18n/languages.ts';
import type { FeedItem } from './municipality-feed.ts';

/** The feed category of each kind of change (strings `feed.category.<category>`). */
const categories: Record<Change['kind'], string> = {
  nyhet: 'news',
  dokument: 'document',
  mote: 'meeting',
  kommune: 'status',
  helseforetak: 'status',
  fase: 'status',
  svar: 'answer',
};

/** One feed item per change, in the order given. */
export function changeFeedItems(changes: readonly Change[], { t }: I18n): FeedItem[] {
  return changes.map((change) => ({
    title: `${t(`changes.action.${change.action}`)}: ${change.title}`,
    description: change.summary,
    date: change.date,
    link: change.link,
    guid: change.link,
    category: t(`feed.category.${change.kind === 'dokument' && change.action === 'status' ? 'documentStatus' : categories[change.kind]}`),
  }));
}
