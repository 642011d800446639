/**
 * Test meetings and a test status event for the built test site, relative
 * to the build date so «upcoming» stays upcoming: a planned board meeting in
 * a month with two agenda items (one handling a test document, one deciding
 * for Røros), a cancelled one, and a postponed one with its new date; and a
 * status event for Tydal dated the build date, which must reach the change
 * log, its feed and Tydal's feed. Written only into the temporary copy of
 * the content. Titles and notes start with «Test».
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse, stringify } from 'yaml';
import { TEST_DOCUMENTS } from './document-fixtures.ts';

/** Slugs of the test meetings. */
export const TEST_MEETINGS = {
  upcoming: 'testmote-planlagt',
  cancelled: 'testmote-avlyst',
  postponed: 'testmote-utsatt',
} as const;

/** The note on the test status event (unique on the site). */
export const TEST_EVENT_NOTE = 'Testhendelse for endringsloggen.';
/** The municipality that gets the test event. */
export const TEST_EVENT_MUNICIPALITY = 'tydal';

/** The day `days` after `date` (`YYYY-MM-DD`). */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Writes the test meetings and the test event into a copy of the content folder. */
export function addMeetingFixtures(content: string, buildDate: string): void {
  const write = (slug: string, data: Record<string, unknown>) =>
    writeFileSync(path.join(content, 'moter', `${slug}.yaml`), stringify({ kilder: [{ url: 'https://example.org/testmote', tittel: 'Testkilde', utgiver: 'Test' }], publisert: buildDate, ...data }));
  write(TEST_MEETINGS.upcoming, {
    tittel: 'Testmøte: styremøte med to saker',
    organ: { organisasjon: 'helseplattformen-as' },
    dato: addDays(buildDate, 30),
    tid: '10:00',
    slutt: '15:30',
    sted: 'Testveien 1, Trondheim',
    status: 'planlagt',
    saker: [
      { saksnummer: '12/99', tittel: 'Testsak om driftsavtalen', dokumenter: [TEST_DOCUMENTS.v2] },
      { saksnummer: '13/99', tittel: 'Testsak om Røros', vedtak: { tekst: 'Testvedtak.', gjelder: [{ part: 'roros', vedtak: 'Testvedtak for Røros.' }] } },
    ],
    protokoll: TEST_DOCUMENTS.minutes,
  });
  write(TEST_MEETINGS.cancelled, {
    tittel: 'Testmøte: avlyst',
    organ: { organisasjon: 'helseplattformen-as' },
    dato: addDays(buildDate, 40),
    tid: '09:00',
    status: 'avlyst',
    statusmerknad: 'Testmøtet ble avlyst.',
    endringer: [{ dato: buildDate, merknad: 'Testmøtet ble avlyst.' }],
  });
  write(TEST_MEETINGS.postponed, {
    tittel: 'Testmøte: utsatt',
    organ: { kommune: 'roros' },
    dato: addDays(buildDate, 20),
    tid: '18:00',
    status: 'utsatt',
    nyDato: addDays(buildDate, 50),
    nyTid: '19:00',
    endringer: [{ dato: buildDate, merknad: 'Testmøtet ble utsatt.' }],
  });

  const file = path.join(content, 'kommuner', `${TEST_EVENT_MUNICIPALITY}.yaml`);
  const data = parse(readFileSync(file, 'utf8')) as { hendelser?: unknown[] };
  data.hendelser = [
    ...(data.hendelser ?? []),
    { dato: buildDate, status: 'innforing-utsatt', merknad: TEST_EVENT_NOTE, kilde: { url: 'https://example.org/testhendelse', tittel: 'Testkilde', utgiver: 'Test' } },
  ];
  writeFileSync(file, stringify(data));
}
