import type { APIRoute } from 'astro';
import { getAddressRecord, getMeetings, site as load, siteDate } from '../../data/queries.ts';
import { meetingCalendar } from '../../feeds/meeting-calendar.ts';
import { calendarEntries } from '../../feeds/meeting-feed.ts';

/** Every published meeting whose day is known, as one iCalendar file. */
export const GET: APIRoute = async ({ site, locals: { i18n } }) => {
  const { t } = i18n;
  const { settings } = await load();
  const { all } = await getMeetings(i18n);
  const body = meetingCalendar(calendarEntries(all, site!.href, i18n, await getAddressRecord()), {
    name: `${t('meetings.title')} – ${settings.navn}`,
    siteUrl: site!.href,
    product: { company: settings.navn, product: t('meetings.title') },
    today: siteDate,
  });
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
