import type { APIRoute, GetStaticPaths } from 'astro';
import { getChangeLog, getDocumentFacets, site as load, type DocumentEntry } from '../../../../data/queries.ts';
import { facetPages, type FacetValue } from '../../../../domain/facets.ts';
import { changeFeedItems } from '../../../../feeds/change-feed.ts';
import { rssResponse } from '../../../../feeds/rss.ts';
import { t } from '../../../../i18n/index.ts';
import { withCacheKeys } from '../../../../build/cache-keys.ts';

export const getStaticPaths = (async () =>
  withCacheKeys('dokumenter/[facet]/[value]/rss.xml', facetPages(await getDocumentFacets()).map(({ facet, value }) => ({ params: { facet: facet.id, value: value.value }, props: { value } })))) satisfies GetStaticPaths;

/** One selection of documents (a type, a status, a year, a party) as a feed: new documents, versions and status changes. */
export const GET: APIRoute<{ value: FacetValue<DocumentEntry> }> = async ({ props, site }) => {
  const { settings } = await load();
  const pages = new Set(props.value.items.map((d) => `/dokumenter/${d.id}/`));
  const changes = (await getChangeLog()).filter((c) => c.kind === 'dokument' && pages.has(c.link.replace(/#.*$/, '')));
  const title = t('documents.facet.title', { value: props.value.label });
  return rssResponse({
    title: `${title} – ${settings.navn}`,
    description: t('documents.intro'),
    site: site!,
    selfPath: `${props.value.href}rss.xml`,
    items: changeFeedItems(changes),
  });
};
