import type { APIRoute, GetStaticPaths } from 'astro';
import { getOpenData } from '../../data/queries.ts';
import { datasetCsv, datasetJson } from '../../open-data/datasets.ts';
import { withCacheKeys } from '../../build/cache-keys.ts';

/** Every dataset as `/data/<id>.csv` and `/data/<id>.json`: stable URLs for programs and spreadsheets. */
export const getStaticPaths = (async () => {
  const { datasets } = await getOpenData();
  return withCacheKeys('data/[fil]', datasets.flatMap((dataset) => [
    { params: { fil: `${dataset.id}.csv` }, props: { id: dataset.id, format: 'csv' as const } },
    { params: { fil: `${dataset.id}.json` }, props: { id: dataset.id, format: 'json' as const } },
  ]));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, site }) => {
  const { datasets, lastChanged, settings } = await getOpenData();
  const dataset = datasets.find((d) => d.id === props.id)!;
  if (props.format === 'csv') {
    return new Response(datasetCsv(dataset), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
  }
  const body = datasetJson(dataset, {
    licence: settings.lisens,
    lastChanged,
    csvUrl: new URL(`/data/${dataset.id}.csv`, site).href,
  });
  return new Response(body, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
