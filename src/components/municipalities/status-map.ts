/**
 * The status map's model for a page: the municipalities that exist on the
 * build date, each with its status then, on the tile map or the site
 * owner's boundaries. Shared by /kommuner/ and the front page's compact map.
 */
import { contentDir, site, siteDate } from '../../data/queries.ts';
import { existsOn, statusOn } from '../../domain/municipality-status.ts';
import { chooseMapLayout } from '../../map/map-layout.ts';
import { buildMapModel, type MapModel } from '../../map/map-model.ts';
import { mapStatusId, withOverdueStatuses } from '../../map/overdue-status.ts';
import { outsideRegion, regionOf } from '../../map/region.ts';
import type { I18n } from '../../i18n/languages.ts';

const cache = new Map<string, Promise<MapModel>>();

/** The map of every municipality's status on the build date, in the page's language; computed once per build and language. */
export function statusMapModel(i18n: I18n): Promise<MapModel> {
  let model = cache.get(i18n.lang);
  if (!model) cache.set(i18n.lang, (model = build(i18n)));
  return model;
}

async function build({ t }: I18n): Promise<MapModel> {
  const { settings, municipalities } = await site();
  const defaultStatus = settings.statuser[0]!.id;
  const existing = municipalities.filter((m) => existsOn(m.data, siteDate));
  const { layout, warnings } = chooseMapLayout({
    municipalities: municipalities.map((m) => ({ id: m.id, ...m.data, outsideRegion: outsideRegion(settings, m.data.fylke) })),
    date: siteDate,
    boundaryFile: settings.kartgrenser,
    contentRoot: contentDir,
    region: regionOf(settings),
  });
  // The map is drawn regardless; the staff see why it is not the one they expected.
  for (const warning of warnings) console.warn(`Kart: ${warning}`);
  return buildMapModel({
    municipalities: existing.map((m) => ({ id: m.id, nummer: m.data.nummer, navn: m.data.navn, href: `/kommuner/${m.id}/` })),
    // A plan whose date has passed is shown as such, never as a current plan.
    statusOf: new Map(existing.map((m) => [m.id, mapStatusId(statusOn(m.data, siteDate, defaultStatus)!)])),
    statuses: withOverdueStatuses(settings.statuser, { label: t('municipalities.overdue.label'), description: t('municipalities.overdue') }),
    layout,
  });
}

/**
 * The municipalities that take part from outside the region and exist on the
 * build date, as «Bindal (Nordland)», in the order of the content. The map
 * and the status table show them; the region's counts (key figures) do not,
 * so every place that counts says which set it counts.
 */
export async function outsideRegionNames(): Promise<string[]> {
  const { settings, municipalities } = await site();
  return municipalities
    .filter((m) => !settings.fylker.includes(m.data.fylke) && existsOn(m.data, siteDate))
    .map((m) => `${m.data.navn} (${m.data.fylke})`);
}
