import type { APIRoute } from 'astro';
import { getChangeLog, site as load } from '../../data/queries.ts';
import { changeFeedItems } from '../../feeds/change-feed.ts';
import { rssResponse } from '../../feeds/rss.ts';

/** How many of the newest changes the feed carries (feed readers keep what they have seen). */
const FEED_SIZE = 200;

/** The newest changes on the site. */
export const GET: APIRoute = async ({ site, locals: { i18n } }) => {
  const { t } = i18n;
  const { settings } = await load();
  return rssResponse({
    title: `${t('changes.title')} – ${settings.navn}`,
    description: t('changes.description', { system: settings.system }),
    site: site!,
    selfPath: '/endringer/rss.xml',
    items: changeFeedItems((await getChangeLog(i18n)).slice(0, FEED_SIZE), i18n),
    i18n,
  });
};
