import { i18nForTest } from '../i18n/testing.ts';
import { describe, expect, it } from 'vitest';
import { documentSchema } from '../schemas/document.ts';
import { meetingSchema } from '../schemas/meeting.ts';
import { changeCounts, changeLog, changesSince, lastChangeDate, type ChangeLogInput } from './change-log.ts';

const kilde = { ekstern: 'x' };
const input: ChangeLogInput = {
  today: '2026-12-01',
  news: [
    { id: 'n1', data: { tittel: 'Ny avtale', ingress: 'Avtalen er klar.', publisert: '2026-11-20', oppdatert: '2026-11-25', kommuner: ['roros'] } },
    { id: 'framtid', data: { tittel: 'Senere', ingress: 'Senere.', publisert: '2027-01-01', kommuner: [] } },
  ],
  documents: [
    {
      id: 'avtale-v2',
      data: documentSchema.parse({
        tittel: 'Avtale',
        type: 'tjenesteavtale',
        status: 'signert',
        statusdato: '2026-11-10',
        publisert: '2026-11-01',
        versjon: '2',
        erstatter: 'avtale-v1',
        parter: ['roros', 'trondheim-kommune'],
        sammendrag: 'Andre versjon.',
        endringer: [
          { dato: '2026-11-01', merknad: 'Publisert.' },
          { dato: '2026-11-10', merknad: 'Signert av partene.' },
        ],
      }),
    },
  ],
  answers: [{ id: 'hva', data: { sporsmal: 'Hva er det?', oppdatert: '2026-10-01' } }],
  municipalities: [
    {
      id: 'roros',
      navn: 'Røros',
      hendelser: [
        { dato: '2022-11-12', status: 'i-drift', kilde },
        { dato: '2021-10', status: 'avtale-signert', kilde },
        { dato: '2027-01-01', status: 'takket-nei', kilde },
      ],
    },
  ],
  organisations: [{ id: 'hnt', navn: 'Helse Nord-Trøndelag HF', hendelser: [{ dato: '2023-05', status: 'innforing-planlagt', planlagt: 'høsten 2024', kilde }] }],
  phases: [{ id: 'fase-2', navn: 'Andre innføring', planer: [{ dato: '2021-05', planlagt: 'høsten 2022', kilde }] }],
  meetings: [
    {
      id: 'styret-2023-06-29',
      data: meetingSchema.parse({
        organ: { organisasjon: 'hp' },
        dato: '2023-06-29',
        status: 'holdt',
        saker: [{ tittel: 'Plan', vedtak: { tekst: 'Planen ble vedtatt.', gjelder: [{ part: 'roros', vedtak: 'Med i puljen.' }] } }],
        kilder: [kilde],
        publisert: '2026-11-30',
      }),
      title: 'Styremøte i HP 29. juni 2023',
      bodyName: 'Styret i HP',
    },
  ],
  statusNames: new Map([
    ['i-drift', 'I drift'],
    ['avtale-signert', 'Avtale signert'],
    ['innforing-planlagt', 'Innføring planlagt'],
  ]),
  municipalityOf: (party) => (party === 'roros' ? 'roros' : party === 'trondheim-kommune' ? 'trondheim' : undefined),
};

describe('changeLog', () => {
  const log = changeLog(input, i18nForTest());

  it('lists every change up to today, newest first, each with its date and a link of its own', () => {
    expect(log.map((c) => `${c.date} ${c.kind}/${c.action} ${c.link}`)).toEqual([
      '2026-11-30 mote/ny /moter/styret-2023-06-29/#sak-1',
      '2026-11-25 nyhet/oppdatert /nyheter/n1/#oppdatert',
      '2026-11-20 nyhet/ny /nyheter/n1/',
      '2026-11-10 dokument/status /dokumenter/avtale-v2/#dokumentstatus',
      '2026-11-10 dokument/oppdatert /dokumenter/avtale-v2/#endring-2',
      '2026-11-01 dokument/ny-versjon /dokumenter/avtale-v2/',
      '2026-10-01 svar/oppdatert /sporsmal-og-svar/#hva',
      '2023-06-29 mote/mote /moter/styret-2023-06-29/',
      '2023-05-31 helseforetak/hendelse /innforing/hnt/#hendelse-1',
      '2022-11-12 kommune/hendelse /kommuner/roros/#hendelse-2',
      '2021-10-31 kommune/hendelse /kommuner/roros/#hendelse-1',
      '2021-05-31 fase/plan /innforing/#fase-2-plan-1',
    ]);
    expect(new Set(log.map((c) => c.link)).size).toBe(log.length);
  });

  it('lists an old event entered on the site later under the day it was entered, so «changes since» and the feed show it', () => {
    const roros = input.municipalities[0]!;
    const late = changeLog(
      {
        ...input,
        municipalities: [
          {
            ...roros,
            hendelser: [
              ...roros.hendelser,
              { dato: '2023-10', status: 'innforing-planlagt', planlagt: '2024-11-09', kilde, registrert: '2026-11-28' },
              // Entered before its own date (a plan announced ahead): listed from its own date, as before.
              { dato: '2022-11-12', status: 'avtale-signert', kilde, registrert: '2022-11-01' },
            ],
          },
        ],
      },
      i18nForTest(),
    );
    const entered = late.find((c) => c.kind === 'kommune' && c.date === '2026-11-28')!;
    expect(entered).toMatchObject({ title: 'Røros: Innføring planlagt', dateText: '2026-11-28' });
    expect(entered.summary).toBe('Ny status fra oktober 2023: Innføring planlagt. Planlagt: 9. november 2024. Registrert på nettstedet 28. november 2026.');
    expect(changesSince(late, '2026-11-26').map((c) => c.link)).toContain(entered.link);
    const early = late.filter((c) => c.kind === 'kommune' && c.title === 'Røros: Avtale signert' && c.date === '2022-11-12');
    expect(early).toHaveLength(1);
    expect(early[0]!.summary).not.toContain('Registrert');
  });

  it('links an answer to its category’s page when told where that is', () => {
    const linked = changeLog({ ...input, answerLink: (id) => `/sporsmal-og-svar/om-systemet/#${id}` }, i18nForTest());
    expect(linked.find((c) => c.kind === 'svar')?.link).toBe('/sporsmal-og-svar/om-systemet/#hva');
  });

  it('says what changed in words, and keeps the date as precise as the content gives it', () => {
    const event = log.find((c) => c.link === '/kommuner/roros/#hendelse-1')!;
    expect(event).toMatchObject({ title: 'Røros: Avtale signert', dateText: '2021-10', municipalities: ['roros'] });
    expect(event.summary).toBe('Ny status fra oktober 2021: Avtale signert.');
    expect(log.find((c) => c.action === 'status')).toMatchObject({ title: 'Avtale: Signert', summary: 'Status: Signert.' });
    expect(log.find((c) => c.action === 'ny-versjon')!.title).toBe('Avtale (versjon 2)');
    expect(log.find((c) => c.action === 'mote')).toMatchObject({ title: 'Styremøte i HP 29. juni 2023 (holdt)', summary: 'Planen ble vedtatt.' });
  });

  it('names the content passages in its words with their language, so a page in another language can mark them', () => {
    const event = log.find((c) => c.link === '/kommuner/roros/#hendelse-1')!;
    expect(event.parts).toEqual([{ text: 'Avtale signert', lang: 'nb' }]);
    expect(log.find((c) => c.action === 'mote')!.parts).toEqual([{ text: 'Planen ble vedtatt.', lang: 'nb' }]);
    expect(log.find((c) => c.action === 'ny-versjon')!.parts?.[0]).toEqual({ text: 'Avtale', lang: 'nb' });
  });

  it('knows the municipalities each change concerns: its own events, parties, decisions and news', () => {
    const forRoros = log.filter((c) => c.municipalities.includes('roros')).map((c) => c.link);
    expect(forRoros).toContain('/moter/styret-2023-06-29/');
    expect(forRoros).toContain('/dokumenter/avtale-v2/#dokumentstatus');
    expect(forRoros).toContain('/nyheter/n1/');
    expect(log.find((c) => c.action === 'ny-versjon')!.municipalities).toEqual(['roros', 'trondheim']);
  });

  it('cuts the log at a date, and knows its latest date', () => {
    expect(changesSince(log, '2026-11-10').map((c) => c.date)).toEqual(['2026-11-30', '2026-11-25', '2026-11-20', '2026-11-10', '2026-11-10']);
    expect(lastChangeDate(log)).toBe('2026-11-30');
    expect(lastChangeDate([])).toBeUndefined();
  });

  it('counts each selection the filter box offers: per kind, and per municipality once per change', () => {
    const counts = changeCounts(log);
    for (const kind of new Set(log.map((c) => c.kind))) expect(counts.byKind.get(kind)).toBe(log.filter((c) => c.kind === kind).length);
    expect(counts.byMunicipality.get('roros')).toBe(log.filter((c) => c.municipalities.includes('roros')).length);
    expect(counts.byMunicipality.get('trondheim')).toBe(log.filter((c) => c.municipalities.includes('trondheim')).length);
    expect(counts.byMunicipality.get('trondheim')).toBeGreaterThan(0);
    expect(counts.byKind.has('fase')).toBe(true);
    expect(changeCounts([]).byKind.size).toBe(0);
  });
});
