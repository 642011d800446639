import type { APIRoute } from 'astro';
import { site as load } from '../../data/queries.ts';
import { rssResponse } from '../../feeds/rss.ts';
import { itemsForLanguage } from '../../domain/translations.ts';

export const GET: APIRoute = async ({ site, locals: { i18n } }) => {
  const { t } = i18n;
  const { settings, news } = await load();
  return rssResponse({
    title: `${t('news.title')} – ${settings.navn}`,
    description: t('news.feed.description', { system: settings.system, region: settings.region }),
    site: site!,
    selfPath: '/nyheter/rss.xml',
    items: itemsForLanguage(news, i18n.lang).map((n) => ({
      title: n.data.tittel,
      description: n.data.ingress,
      date: n.data.publisert,
      link: `/nyheter/${n.id}/`,
      category: t('feed.category.news'),
    })),
    i18n,
  });
};
