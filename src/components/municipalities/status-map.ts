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
import { t } from '../../i18n/index.ts';

let cache: Promise<MapModel> | undefined;

/** The map of every municipality's status on the build date, computed once per build. */
export function statusMapModel(): Promise<MapModel> {
  cache ??= build();
  return cache;
}

async function build(): Promise<MapModel> {
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
