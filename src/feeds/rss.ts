import rss from '@astrojs/rss';
import type { FeedItem } from './municipality-feed.ts';

/**
 * An RSS 2.0 response: absolute links (from `site`), full titles,
 * summaries, dates and `nb` as the language.
 */
export function rssResponse(options: {
  title: string;
  description: string;
  site: URL | string;
  items: Pick<FeedItem, 'title' | 'description' | 'date' | 'link' | 'category'>[];
  selfPath: string;
}) {
  return rss({
    title: options.title,
    description: options.description,
    site: options.site,
    // Absolute links are used as given: our links already end as the pages
    // do, and a slash added after a #fragment would break it.
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: `<language>nb</language><atom:link href="${new URL(options.selfPath, options.site).href}" rel="self" type="application/rss+xml"/>`,
    items: options.items.map((item) => ({
      title: item.title,
      description: item.description,
      pubDate: new Date(`${item.date}T00:00:00Z`),
      link: new URL(item.link, options.site).href,
      categories: [item.category],
    })),
  });
}
