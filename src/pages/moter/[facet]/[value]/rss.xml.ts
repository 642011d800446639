import type { APIRoute, GetStaticPaths } from 'astro';
import { getMeetingFacets, site as load } from '../../../../data/queries.ts';
import { facetPages, facetValue } from '../../../../domain/facets.ts';
import { meetingFeedItems } from '../../../../feeds/meeting-feed.ts';
import { rssResponse } from '../../../../feeds/rss.ts';
import { withCacheKeys } from '../../../../build/cache-keys.ts';

export const getStaticPaths = (async () =>
  withCacheKeys('moter/[facet]/[value]/rss.xml', facetPages(await getMeetingFacets()).map(({ facet, value }) => ({ params: { facet: facet.id, value: value.value }, props: { value } })))) satisfies GetStaticPaths;

/** The meetings of one selection (a body, a status, a year) as a feed. */
export const GET: APIRoute = async ({ params, site, locals: { i18n } }) => {
  const { t } = i18n;
  const { settings } = await load();
  const { value } = facetValue(await getMeetingFacets(i18n), params.facet, params.value);
  const title = t('meetings.facet.title', { value: value.label });
  return rssResponse({
    title: `${title} – ${settings.navn}`,
    description: t('meetings.description', { system: settings.system }),
    site: site!,
    selfPath: `${value.href}rss.xml`,
    items: meetingFeedItems(value.items, i18n),
    i18n,
  });
};
