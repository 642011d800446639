import { describe, expect, it } from 'vitest';
import { meetingSchema, type Meeting } from '../schemas/meeting.ts';
import { groupMeetings, isUpcoming, meetingBody, meetingLastChanged, scheduled, shownStatus, unconfirmed } from './meetings.ts';

const meeting = (fields: Record<string, unknown>): Meeting =>
  meetingSchema.parse({ organ: { organisasjon: 'helseplattformen-as' }, status: 'holdt', publisert: '2026-12-01', kilder: [{ ekstern: 'x' }], ...fields });

const names = {
  organisation: new Map([['helseplattformen-as', 'Helseplattformen AS']]),
  municipality: new Map([['molde', 'Molde']]),
};

describe('meetingBody', () => {
  it('is a board for an organisation and the council for a municipality unless told otherwise', () => {
    expect(meetingBody(meeting({ dato: '2023-06-29' }), names)).toMatchObject({ key: 'helseplattformen-as-styre', body: 'styre', ownerName: 'Helseplattformen AS' });
    expect(meetingBody(meeting({ dato: '2021-06-17', organ: { kommune: 'molde' } }), names)).toMatchObject({ key: 'molde-kommunestyre', municipality: 'molde', ownerName: 'Molde' });
    expect(meetingBody(meeting({ dato: '2021-06-17', organ: { kommune: 'molde', utvalg: 'formannskap' } }), names).key).toBe('molde-formannskap');
  });
});

describe('when a meeting is', () => {
  it('moves a postponed meeting to its new date', () => {
    expect(scheduled(meeting({ dato: '2023-01-05', tid: '09:00', status: 'utsatt', nyDato: '2023-01-12', nyTid: '12:00' }))).toEqual({ date: '2023-01-12', time: '12:00' });
    expect(scheduled(meeting({ dato: '2023-01-05', tid: '09:00' }))).toEqual({ date: '2023-01-05', time: '09:00' });
  });

  it('is upcoming only while planned or postponed and not past; a month lasts to its end', () => {
    expect(isUpcoming(meeting({ dato: '2027-01-05', status: 'planlagt' }), '2026-12-01')).toBe(true);
    expect(isUpcoming(meeting({ dato: '2026-12-01', status: 'planlagt' }), '2026-12-01')).toBe(true);
    expect(isUpcoming(meeting({ dato: '2026-11-30', status: 'planlagt' }), '2026-12-01')).toBe(false);
    expect(isUpcoming(meeting({ dato: '2026-12', status: 'planlagt' }), '2026-12-20')).toBe(true);
    expect(isUpcoming(meeting({ dato: '2027-01-05', status: 'avlyst' }), '2026-12-01')).toBe(false);
    expect(isUpcoming(meeting({ dato: '2026-11-05', status: 'utsatt', nyDato: '2027-02-01' }), '2026-12-01')).toBe(true);
  });

  it('calls a planned meeting whose day has passed unconfirmed, not held', () => {
    expect(unconfirmed(meeting({ dato: '2023-01-05', status: 'planlagt' }), '2026-12-01')).toBe(true);
    expect(unconfirmed(meeting({ dato: '2023-01-05', status: 'holdt' }), '2026-12-01')).toBe(false);
    expect(unconfirmed(meeting({ dato: '2027-01-05', status: 'planlagt' }), '2026-12-01')).toBe(false);
  });
});

describe('groupMeetings', () => {
  it('puts upcoming meetings first, soonest first, then past ones by year, newest first', () => {
    const items = [
      { id: 'a', data: meeting({ dato: '2022-02-28', status: 'planlagt' }) },
      { id: 'b', data: meeting({ dato: '2023-06-29' }) },
      { id: 'c', data: meeting({ dato: '2023-10' }) },
      { id: 'd', data: meeting({ dato: '2027-03-01', status: 'planlagt' }) },
      { id: 'e', data: meeting({ dato: '2027-01-10', tid: '12:00', status: 'planlagt' }) },
      { id: 'f', data: meeting({ dato: '2027-01-10', tid: '09:00', status: 'planlagt' }) },
      { id: 'g', data: meeting({ dato: '2023-01-05', tid: '09:00' }) },
    ];
    const groups = groupMeetings(items, '2026-12-01');
    expect(groups.upcoming.map((m) => m.id)).toEqual(['f', 'e', 'd']);
    expect(groups.past.map((g) => [g.year, g.meetings.map((m) => m.id)])).toEqual([
      ['2023', ['c', 'b', 'g']],
      ['2022', ['a']],
    ]);
  });
});

describe('meetingLastChanged', () => {
  it('is the latest of publication and change notes', () => {
    expect(meetingLastChanged(meeting({ dato: '2023-06-29', publisert: '2026-11-01', endringer: [{ dato: '2026-11-20', merknad: 'Protokoll lagt til.' }] }))).toBe('2026-11-20');
    expect(meetingLastChanged(meeting({ dato: '2023-06-29' }))).toBe('2026-12-01');
  });
});

describe('shownStatus', () => {
  it('shows a plan whose date passed unconfirmed as its own status, never as planned', () => {
    expect(shownStatus(meeting({ status: 'planlagt', dato: '2022-02-28' }), '2026-12-02')).toBe('ikke-bekreftet');
    expect(shownStatus(meeting({ status: 'utsatt', dato: '2022-02-28', nyDato: '2022-03' }), '2026-12-02')).toBe('ikke-bekreftet');
    expect(shownStatus(meeting({ status: 'planlagt', dato: '2026-12-02' }), '2026-12-02')).toBe('planlagt');
    expect(shownStatus(meeting({ status: 'holdt', dato: '2022-02-28' }), '2026-12-02')).toBe('holdt');
  });
});
