import type { APIRoute, GetStaticPaths } from 'astro';
import { getAddressRecord, getMeetings, site as load, siteDate } from '../../../../data/queries.ts';
import { meetingCalendar } from '../../../../feeds/meeting-calendar.ts';
import { calendarEntries } from '../../../../feeds/meeting-feed.ts';
import { withCacheKeys } from '../../../../build/cache-keys.ts';

export const getStaticPaths = (async () => {
  const { bodies } = await getMeetings();
  return withCacheKeys('moter/organ/[organ]/kalender.ics', [...bodies.keys()].map((key) => ({ params: { organ: key } })));
}) satisfies GetStaticPaths;

/** One body's meetings as an iCalendar file. */
export const GET: APIRoute = async ({ params, site, locals: { i18n } }) => {
  const { settings } = await load();
  const group = (await getMeetings(i18n)).bodies.get(params.organ!)!;
  const body = meetingCalendar(calendarEntries(group.meetings, site!.href, i18n, await getAddressRecord()), {
    name: `${group.name} – ${settings.navn}`,
    siteUrl: site!.href,
    product: { company: settings.navn, product: group.name },
    today: siteDate,
  });
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
