import type { APIRoute } from 'astro';
import { getMeetings, site as load } from '../../data/queries.ts';
import { meetingFeedItems } from '../../feeds/meeting-feed.ts';
import { rssResponse } from '../../feeds/rss.ts';

/** New meetings and changes to them (a new date, a cancellation, minutes). */
export const GET: APIRoute = async ({ site, locals: { i18n } }) => {
  const { t } = i18n;
  const { settings } = await load();
  const { all } = await getMeetings(i18n);
  return rssResponse({
    title: `${t('meetings.title')} – ${settings.navn}`,
    description: t('meetings.description', { system: settings.system }),
    site: site!,
    selfPath: '/moter/rss.xml',
    items: meetingFeedItems(all, i18n),
    i18n,
  });
};
