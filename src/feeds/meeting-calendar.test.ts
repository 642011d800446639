import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { meetingSchema } from '../schemas/meeting.ts';
import { meetingCalendar, monthOnlyCount, type CalendarMeeting } from './meeting-calendar.ts';

const options = { name: 'Møter – test', siteUrl: 'https://innsyn.example/', product: { company: 'Test', product: 'Møter' }, today: '2026-12-01' };

const item = (id: string, fields: Record<string, unknown>): CalendarMeeting => ({
  id,
  data: meetingSchema.parse({ organ: { organisasjon: 'hp' }, status: 'holdt', publisert: '2026-12-01', kilder: [{ ekstern: 'x' }], ...fields }),
  summary: `Møte ${id}`,
  description: 'Sak 1: Innføringsplan, vedtatt.',
  url: `https://innsyn.example/moter/${id}/`,
});

/** The calendar parsed by ical.js, each event by UID. */
function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const events = new Map(calendar.getAllSubcomponents('vevent').map((e) => [String(e.getFirstPropertyValue('uid')), e]));
  return { calendar, events };
}

describe('meetingCalendar', () => {
  const text = meetingCalendar(
    [
      item('summer', { dato: '2023-06-29', tid: '10:00', slutt: '14:00', sted: 'Trondheim', endringer: [{ dato: '2026-12-02', merknad: 'Protokoll.' }] }),
      item('winter', { dato: '2023-01-05', tid: '09:30' }),
      item('allday', { dato: '2022-02-28', status: 'planlagt' }),
      item('cancelled', { dato: '2027-02-01', tid: '12:00', status: 'avlyst' }),
      item('moved', { dato: '2027-01-05', tid: '09:00', slutt: '10:00', status: 'utsatt', nyDato: '2027-01-12', nyTid: '13:00' }),
      item('month', { dato: '2023-10' }),
      item('upcoming', { dato: '2027-03-01', status: 'planlagt' }),
    ],
    options,
  );
  const { calendar, events } = parse(text);

  it('is a calendar with its name, version, product and Europe/Oslo time zone', () => {
    expect(text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Møter – test');
    expect(String(calendar.getFirstPropertyValue('prodid'))).toContain('Test');
    const zone = calendar.getFirstSubcomponent('vtimezone')!;
    expect(zone.getFirstPropertyValue('tzid')).toBe('Europe/Oslo');
    expect(zone.getAllSubcomponents().map((c) => c.name).sort()).toEqual(['daylight', 'standard']);
  });

  it('leaves out a meeting known only by its month, and gives every other a stable UID on the site host', () => {
    expect([...events.keys()].sort()).toEqual(['allday@innsyn.example', 'cancelled@innsyn.example', 'moved@innsyn.example', 'summer@innsyn.example', 'upcoming@innsyn.example', 'winter@innsyn.example']);
  });

  it('writes times in Norwegian time, summer and winter alike, with the right instant', () => {
    ICAL.TimezoneService.register(calendar.getFirstSubcomponent('vtimezone')!);
    const summer = new ICAL.Event(events.get('summer@innsyn.example')!);
    expect(summer.startDate.toString()).toBe('2023-06-29T10:00:00');
    expect(events.get('summer@innsyn.example')!.getFirstProperty('dtstart')!.getParameter('tzid')).toBe('Europe/Oslo');
    expect(summer.startDate.toJSDate().toISOString()).toBe('2023-06-29T08:00:00.000Z');
    expect(summer.endDate.toJSDate().toISOString()).toBe('2023-06-29T12:00:00.000Z');
    const winter = new ICAL.Event(events.get('winter@innsyn.example')!);
    expect(winter.startDate.toJSDate().toISOString()).toBe('2023-01-05T08:30:00.000Z');
  });

  it('carries title, place, description, link, sequence and a stamp from the record, not the clock', () => {
    const summer = events.get('summer@innsyn.example')!;
    expect(summer.getFirstPropertyValue('summary')).toBe('Møte summer');
    expect(summer.getFirstPropertyValue('location')).toBe('Trondheim');
    expect(summer.getFirstPropertyValue('description')).toBe('Sak 1: Innføringsplan, vedtatt.');
    expect(summer.getFirstPropertyValue('url')).toBe('https://innsyn.example/moter/summer/');
    expect(summer.getFirstPropertyValue('sequence')).toBe(1);
    const stamp = summer.getFirstPropertyValue('dtstamp') as ICAL.Time;
    expect(stamp.zone).toBe(ICAL.Timezone.utcTimezone);
    expect(stamp.toJSDate().toISOString()).toBe('2026-12-02T00:00:00.000Z');
    expect(summer.getFirstPropertyValue('status')).toBe('CONFIRMED');
  });

  it('makes a meeting without a time an all-day event', () => {
    const allDay = new ICAL.Event(events.get('allday@innsyn.example')!);
    expect(allDay.startDate.isDate).toBe(true);
    expect(allDay.startDate.toString()).toBe('2022-02-28');
  });

  it('marks a cancelled meeting CANCELLED and puts a postponed one at its new date and time', () => {
    expect(events.get('cancelled@innsyn.example')!.getFirstPropertyValue('status')).toBe('CANCELLED');
    const moved = new ICAL.Event(events.get('moved@innsyn.example')!);
    expect(moved.startDate.toString()).toBe('2027-01-12T13:00:00');
    expect(events.get('moved@innsyn.example')!.getFirstPropertyValue('status')).toBe('CONFIRMED');
  });

  it('marks a planned meeting whose day has passed unconfirmed TENTATIVE, and a planned one still ahead CONFIRMED', () => {
    expect(events.get('allday@innsyn.example')!.getFirstPropertyValue('status')).toBe('TENTATIVE');
    expect(events.get('upcoming@innsyn.example')!.getFirstPropertyValue('status')).toBe('CONFIRMED');
    expect(events.get('winter@innsyn.example')!.getFirstPropertyValue('status')).toBe('CONFIRMED');
  });

  it('ends every content line with CRLF, END:VCALENDAR included, and has no bare LF', () => {
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(meetingCalendar([], options).endsWith('END:VCALENDAR\r\n')).toBe(true);
  });

  it('counts the meetings left out because only their month is known', () => {
    expect(monthOnlyCount([item('a', { dato: '2023-10' }), item('b', { dato: '2023-10-02' }), item('c', { dato: '2024-02', status: 'planlagt' })])).toBe(2);
  });

  it('gives the same bytes for the same meetings', () => {
    expect(meetingCalendar([item('winter', { dato: '2023-01-05', tid: '09:30' })], options)).toBe(
      meetingCalendar([item('winter', { dato: '2023-01-05', tid: '09:30' })], options),
    );
  });
});
