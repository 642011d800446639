import type { APIRoute } from 'astro';
import { site as load } from '../../data/queries.ts';
import { rssResponse } from '../../feeds/rss.ts';

/** New documents and new versions: a new version is its own document that supersedes the old one. */
export const GET: APIRoute = async ({ site }) => {
  const { settings, documents } = await load();
  return rssResponse({
    title: `Dokumenter – ${settings.navn}`,
    description: `Nye avtaler, styredokumenter og nye versjoner om innføringen av ${settings.system}.`,
    site: site!,
    selfPath: '/dokumenter/rss.xml',
    items: documents.map((d) => ({
      title: d.data.erstatter ? `Ny versjon: ${d.data.tittel} (versjon ${d.data.versjon})` : `${d.data.tittel} (versjon ${d.data.versjon})`,
      description: d.data.sammendrag,
      date: d.data.publisert,
      link: `/dokumenter/${d.id}/`,
      category: 'Dokument',
    })),
  });
};
