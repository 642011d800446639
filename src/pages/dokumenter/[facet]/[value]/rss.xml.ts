import type { APIRoute, GetStaticPaths } from 'astro';
import { getChangeLog, getDocumentFacets, site as load, type DocumentEntry } from '../../../../data/queries.ts';
import { facetPages, facetValue } from '../../../../domain/facets.ts';
import { changeFeedItems } from '../../../../feeds/change-feed.ts';
import { rssResponse } from '../../../../feeds/rss.ts';
import { withCacheKeys } from '../../../../build/cache-keys.ts';

export const getStaticPaths = (async () =>
  withCacheKeys('dokumenter/[facet]/[value]/rss.xml', facetPages(await getDocumentFacets()).map(({ facet, value }) => ({ params: { facet: facet.id, value: value.value }, props: { value } })))) satisfies GetStaticPaths;

/** One selection of documents (a type, a status, a year, a party) as a feed: new documents, versions and status changes. */
export const GET: APIRoute = async ({ params, site, locals: { i18n } }) => {
  const { t } = i18n;
  const { settings } = await load();
  const { value } = facetValue(await getDocumentFacets(i18n), params.facet, params.value);
  const pages = new Set(value.items.map((d: DocumentEntry) => `/dokumenter/${d.id}/`));
  const changes = (await getChangeLog(i18n)).filter((c) => c.kind === 'dokument' && pages.has(c.link.replace(/#.*$/, '')));
  const title = t('documents.facet.title', { value: value.label });
  return rssResponse({
    title: `${title} – ${settings.navn}`,
    description: t('documents.intro'),
    site: site!,
    selfPath: `${value.href}rss.xml`,
    items: changeFeedItems(changes, i18n),
    i18n,
  });
};
