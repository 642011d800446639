import type { APIRoute, GetStaticPaths } from 'astro';
import { getMeetingFacets, site as load, type MeetingView } from '../../../../data/queries.ts';
import { facetPages, type FacetValue } from '../../../../domain/facets.ts';
import { meetingFeedItems } from '../../../../feeds/meeting-feed.ts';
import { rssResponse } from '../../../../feeds/rss.ts';
import { t } from '../../../../i18n/index.ts';
import { withCacheKeys } from '../../../../build/cache-keys.ts';

export const getStaticPaths = (async () =>
  withCacheKeys('moter/[facet]/[value]/rss.xml', facetPages(await getMeetingFacets()).map(({ facet, value }) => ({ params: { facet: facet.id, value: value.value }, props: { value } })))) satisfies GetStaticPaths;

/** The meetings of one selection (a body, a status, a year) as a feed. */
export const GET: APIRoute<{ value: FacetValue<MeetingView> }> = async ({ props, site }) => {
  const { settings } = await load();
  const title = t('meetings.facet.title', { value: props.value.label });
  return rssResponse({
    title: `${title} – ${settings.navn}`,
    description: t('meetings.description', { system: settings.system }),
    site: site!,
    selfPath: `${props.value.href}rss.xml`,
    items: meetingFeedItems(props.value.items),
  });
};
