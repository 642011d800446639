/**
 * Changes (src/changes/change-log.ts) as RSS items: the title says what
 * happened («Ny status: …»), the link goes to where it shows and, being
 * unique per change, is also the item's guid.
 */
import type { Change } from '../changes/change-log.ts';
import { t, type StringKey } from '../i18n/index.ts';
import type { FeedItem } from './municipality-feed.ts';

const categories: Record<Change['kind'], FeedItem['category']> = {
  nyhet: 'Nyhet',
  dokument: 'Dokument',
  mote: 'Møte',
  kommune: 'Statusendring',
  helseforetak: 'Statusendring',
  fase: 'Statusendring',
  svar: 'Svar',
};

/** One feed item per change, in the order given. */
export function changeFeedItems(changes: readonly Change[]): FeedItem[] {
  return changes.map((change) => ({
    title: `${t(`changes.action.${change.action}` as StringKey)}: ${change.title}`,
    description: change.summary,
    date: change.date,
    link: change.link,
    guid: change.link,
    category: change.kind === 'dokument' && change.action === 'status' ? 'Dokumentstatus' : categories[change.kind],
  }));
}
