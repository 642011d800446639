import type { APIRoute } from 'astro';
import { getChangeLog, site as load } from '../../data/queries.ts';
import { changeFeedItems } from '../../feeds/change-feed.ts';
import { rssResponse } from '../../feeds/rss.ts';

/**
 * New documents, new versions (a new version is its own document that
 * supersedes the old one), status changes and dated change notes.
 */
export const GET: APIRoute = async ({ site, locals: { i18n } }) => {
  const { t } = i18n;
  const { settings } = await load();
  const changes = (await getChangeLog(i18n)).filter((c) => c.kind === 'dokument');
  return rssResponse({
    title: `${t('documents.title')} – ${settings.navn}`,
    description: t('documents.feed.description', { system: settings.system }),
    site: site!,
    selfPath: '/dokumenter/rss.xml',
    items: changeFeedItems(changes, i18n),
    i18n,
  });
};
