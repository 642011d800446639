import type { APIRoute } from 'astro';
import { getMeetings, site as load } from '../../data/queries.ts';
import { meetingFeedItems } from '../../feeds/meeting-feed.ts';
import { rssResponse } from '../../feeds/rss.ts';
import { t } from '../../i18n/index.ts';

/** New meetings and changes to them (a new date, a cancellation, minutes). */
export const GET: APIRoute = async ({ site }) => {
  const { settings } = await load();
  const { all } = await getMeetings();
  return rssResponse({
    title: `${t('meetings.title')} – ${settings.navn}`,
    description: t('meetings.description', { system: settings.system }),
    site: site!,
    selfPath: '/moter/rss.xml',
    items: meetingFeedItems(all),
  });
};
