import type { APIRoute } from 'astro';
import { getChangeLog, site as load } from '../../data/queries.ts';
import { changeFeedItems } from '../../feeds/change-feed.ts';
import { rssResponse } from '../../feeds/rss.ts';

/**
 * New documents, new versions (a new version is its own document that
 * supersedes the old one), status changes and dated change notes.
 */
export const GET: APIRoute = async ({ site }) => {
  const { settings } = await load();
  const changes = (await getChangeLog()).filter((c) => c.kind === 'dokument');
  return rssResponse({
    title: `Dokumenter – ${settings.navn}`,
    description: `Nye avtaler, styredokumenter, nye versjoner og statusendringer om innføringen av ${settings.system}.`,
    site: site!,
    selfPath: '/dokumenter/rss.xml',
    items: changeFeedItems(changes),
  });
};
