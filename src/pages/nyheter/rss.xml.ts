import type { APIRoute } from 'astro';
import { site as load } from '../../data/queries.ts';
import { rssResponse } from '../../feeds/rss.ts';

export const GET: APIRoute = async ({ site }) => {
  const { settings, news } = await load();
  return rssResponse({
    title: `Nyheter – ${settings.navn}`,
    description: `Nyheter om innføringen av ${settings.system} i ${settings.region}.`,
    site: site!,
    selfPath: '/nyheter/rss.xml',
    items: news.map((n) => ({
      title: n.data.tittel,
      description: n.data.ingress,
      date: n.data.publisert,
      link: `/nyheter/${n.id}/`,
      category: 'Nyhet',
    })),
  });
};
