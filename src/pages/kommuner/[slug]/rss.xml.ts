import type { APIRoute, GetStaticPaths } from 'astro';
import { getChangeLog, site as load, type MunicipalityEntry } from '../../../data/queries.ts';
import { changeFeedItems } from '../../../feeds/change-feed.ts';
import { municipalityFeedItems } from '../../../feeds/municipality-feed.ts';
import { rssResponse } from '../../../feeds/rss.ts';
import { withCacheKeys } from '../../../build/cache-keys.ts';

export const getStaticPaths = (async () => {
  const { municipalities } = await load();
  return withCacheKeys('kommuner/[slug]/rss.xml', municipalities.map((m) => ({ params: { slug: m.id }, props: { municipality: m } })));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ municipality: MunicipalityEntry }> = async ({ props, site, locals: { i18n } }) => {
  const { t } = i18n;
  const { settings, news, documents, phases } = await load();
  const { municipality } = props;
  // Besides its news, documents and status events: its meetings and decisions, and the documents' status changes and notes.
  const more = (await getChangeLog(i18n)).filter(
    (c) => c.municipalities.includes(municipality.id) && (c.kind === 'mote' || (c.kind === 'dokument' && (c.action === 'status' || c.action === 'oppdatert'))),
  );
  return rssResponse({
    title: `${municipality.data.navn} – ${settings.navn}`,
    description: t('municipality.feed.description', { name: municipality.data.navn, system: settings.system }),
    site: site!,
    selfPath: `/kommuner/${municipality.id}/rss.xml`,
    items: municipalityFeedItems({
      slug: municipality.id,
      municipality: municipality.data,
      news,
      documents,
      statusNames: new Map(settings.statuser.map((s) => [s.id, s.navn])),
      phaseNames: new Map(phases.map((p) => [p.id, p.navn])),
      more: changeFeedItems(more, i18n),
      i18n,
    }),
    i18n,
  });
};
