/**
 * The site's two charts built from the published content, for the pages
 * that show them (/kommuner/utvikling/ and /innforing/).
 */
import { getOrganisationStatuses, site, siteDate } from '../data/queries.ts';
import { participantCounts, phaseMembership } from '../domain/phases.ts';
import { existsOn } from '../domain/municipality-status.ts';
import type { ChartModel } from './chart-spec.ts';
import type { I18n } from '../i18n/languages.ts';
import { phaseChart } from './phase-chart.ts';
import { progressChart } from './progress-chart.ts';

/** Municipalities per status over time, up to the build date. */
export async function siteProgressChart(i18n: I18n): Promise<ChartModel> {
  const { settings, municipalities } = await site();
  // Every municipality is counted, also those outside the region (Bindal, Os): the summary says so.
  const outside = municipalities.filter((m) => !settings.fylker.includes(m.data.fylke) && existsOn(m.data, siteDate));
  return progressChart(
    municipalities.map((m) => m.data),
    settings.statuser,
    siteDate,
    i18n,
    outside.map((m) => `${m.data.navn} (${m.data.fylke})`),
  );
}

/** Participants per rollout phase on the build date. */
export async function sitePhaseChart(i18n: I18n): Promise<ChartModel> {
  const { settings, municipalities, phases } = await site();
  const organisations = (await getOrganisationStatuses()).map((o) => ({ ...o.organisation, hendelser: o.history.hendelser }));
  const membership = phaseMembership(phases, municipalities.map((m) => m.data), organisations, settings.statuser, siteDate);
  // A dark neutral for the organisations: a second status colour would suggest a status.
  return phaseChart(participantCounts(membership), { municipalities: settings.farge, organisations: '#4b4b4b' }, i18n);
}
