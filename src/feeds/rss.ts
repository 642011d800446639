import rss from '@astrojs/rss';
import { getAddressRecord } from '../data/queries.ts';
import { stableAddress } from '../domain/permanent-links.ts';
import type { FeedItem } from './municipality-feed.ts';
import type { I18n } from '../i18n/languages.ts';

/**
 * An RSS 2.0 response: absolute links (from `site`), full titles,
 * summaries, dates and the page's language (`<language>`, and every link
 * and the feed's own address in that language). Each item's `guid` is the
 * first address it was published at (content/adresser.yaml), so a renamed
 * item is not shown again as new in feed readers.
 */
export async function rssResponse(options: {
  title: string;
  description: string;
  site: URL | string;
  items: Pick<FeedItem, 'title' | 'description' | 'date' | 'link' | 'category'>[];
  /** The feed's own address, in the main language (translated here). */
  selfPath: string;
  i18n: Pick<I18n, 'lang' | 'path'>;
}) {
  const { i18n } = options;
  const record = await getAddressRecord();
  const guidOf = (link: string) => {
    const stable = stableAddress(link, record);
    return stable === link ? {} : { customData: `<guid isPermaLink="true">${new URL(i18n.path(stable), options.site).href.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</guid>` };
  };
  return rss({
    title: options.title,
    description: options.description,
    // The channel's link: the front page in the feed's language.
    site: new URL(i18n.path('/'), options.site).href,
    // Absolute links are used as given: our links already end as the pages
    // do, and a slash added after a #fragment would break it.
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: `<language>${i18n.lang}</language><atom:link href="${new URL(i18n.path(options.selfPath), options.site).href}" rel="self" type="application/rss+xml"/>`,
    items: options.items.map((item) => ({
      ...guidOf(item.link),
      title: item.title,
      description: item.description,
      pubDate: new Date(`${item.date}T00:00:00Z`),
      link: new URL(i18n.path(item.link), options.site).href,
      categories: [item.category],
    })),
  });
}
