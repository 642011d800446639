import type { APIRoute, GetStaticPaths } from 'astro';
import { site as load, type MunicipalityEntry } from '../../../data/queries.ts';
import { municipalityFeedItems } from '../../../feeds/municipality-feed.ts';
import { rssResponse } from '../../../feeds/rss.ts';

export const getStaticPaths = (async () => {
  const { municipalities } = await load();
  return municipalities.map((m) => ({ params: { slug: m.id }, props: { municipality: m } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ municipality: MunicipalityEntry }> = async ({ props, site }) => {
  const { settings, news, documents, phases } = await load();
  const { municipality } = props;
  return rssResponse({
    title: `${municipality.data.navn} – ${settings.navn}`,
    description: `Nyheter, dokumenter og statusendringer for ${municipality.data.navn} i innføringen av ${settings.system}.`,
    site: site!,
    selfPath: `/kommuner/${municipality.id}/rss.xml`,
    items: municipalityFeedItems({
      slug: municipality.id,
      municipality: municipality.data,
      news,
      documents,
      statusNames: new Map(settings.statuser.map((s) => [s.id, s.navn])),
      phaseNames: new Map(phases.map((p) => [p.id, p.navn])),
    }),
  });
};
