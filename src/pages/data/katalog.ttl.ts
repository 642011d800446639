import type { APIRoute } from 'astro';
import { getOpenData } from '../../data/queries.ts';
import { dcatCatalog } from '../../open-data/dcat.ts';
import { datasetCsv, datasetJson } from '../../open-data/datasets.ts';

/** The open datasets described in DCAT-AP-NO (Turtle), for data.norge.no and other catalogues to harvest. */
export const GET: APIRoute = async ({ site }) => {
  const { datasets, lastChanged, settings } = await getOpenData();
  const sizes = new Map(
    datasets.flatMap((dataset) => [
      [`${dataset.id}.csv`, Buffer.byteLength(datasetCsv(dataset))] as const,
      [`${dataset.id}.json`, Buffer.byteLength(datasetJson(dataset, { licence: settings.lisens, lastChanged, csvUrl: new URL(`/data/${dataset.id}.csv`, site).href }))] as const,
    ]),
  );
  const body = await dcatCatalog({
    siteName: settings.navn,
    description: settings.beskrivelse,
    siteUrl: site!.href,
    email: settings.epost,
    licence: settings.lisens.nettadresse,
    modified: lastChanged,
    datasets,
    sizes,
  });
  return new Response(body, { headers: { 'Content-Type': 'text/turtle; charset=utf-8' } });
};
