import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseFrontMatter, parseYaml } from '../content-model/read/parse.ts';
import {
  answerTemplate,
  documentTemplate,
  existingItem,
  itemFile,
  meetingTemplate,
  newsTemplate,
  organisationTemplate,
  phaseTemplate,
  slugForTitle,
  sourceTemplate,
  statementTemplate,
  templateProblems,
} from './templates.ts';

/** The data of a template as the site's reader reads it. */
const frontMatter = (text: string) => {
  const parsed = parseFrontMatter(text, 'ny.md');
  if (!parsed.ok) throw new Error(parsed.problems.map((p) => p.what).join('; '));
  return parsed.source.data;
};
const yamlData = (text: string) => {
  const parsed = parseYaml(text, 'ny.yaml');
  if (!parsed.ok) throw new Error(parsed.problems.map((p) => p.what).join('; '));
  return parsed.source.data;
};

describe('slugForTitle', () => {
  it('turns Norwegian titles into file names', () => {
    expect(slugForTitle('Ørland får ny dato for innføring')).toBe('orland-far-ny-dato-for-innforing');
    expect(slugForTitle('Æresord: «Snåsa» – én avtale?')).toBe('aeresord-snasa-en-avtale');
  });
  it('cuts long titles at a word boundary', () => {
    const slug = slugForTitle('Styret i Helseplattformen AS har behandlet den reviderte tjenesteavtalen for kommunene i fase to og tre');
    expect(slug.length).toBeLessThanOrEqual(70);
    expect(slug).toBe('styret-i-helseplattformen-as-har-behandlet-den-reviderte');
  });
});

describe('where new items go', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'hp-templates-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('follows each kind’s layout in the registry', () => {
    expect(['nyheter', 'dokumenter', 'sporsmal', 'kilder', 'tall', 'organisasjoner', 'faser', 'moter'].map((id) => itemFile(id as never, 'x'))).toEqual([
      'nyheter/x.md',
      'dokumenter/x/index.md',
      'sporsmal/x.md',
      'kilder/x.yaml',
      'tall/x.yaml',
      'organisasjoner/x.yaml',
      'faser/x.yaml',
      'moter/x.yaml',
    ]);
    expect(() => itemFile('innstillinger', 'x')).toThrow();
  });

  it('finds an item that already has the name under another extension the kind accepts', () => {
    mkdirSync(path.join(root, 'nyheter'), { recursive: true });
    mkdirSync(path.join(root, 'kilder'), { recursive: true });
    mkdirSync(path.join(root, 'dokumenter', 'avtale'), { recursive: true });
    writeFileSync(path.join(root, 'nyheter', 'sak.mdx'), '');
    writeFileSync(path.join(root, 'kilder', 'nrk.yml'), '');
    expect(existingItem(root, 'nyheter', 'sak')).toBe('nyheter/sak.mdx');
    expect(existingItem(root, 'kilder', 'nrk')).toBe('kilder/nrk.yml');
    expect(existingItem(root, 'dokumenter', 'avtale')).toBe('dokumenter/avtale');
    expect(existingItem(root, 'nyheter', 'ny-sak')).toBeUndefined();
  });
});

describe('templates', () => {
  // A title with a colon, quotation marks and a # would break a naively written YAML line.
  const awkward = 'Avtale: «signert» # endelig';

  it('news: a valid draft, dated today, with the title as written and room for sources', () => {
    const text = newsTemplate(awkward, '2026-11-22');
    expect(templateProblems('nyheter', text)).toEqual([]);
    expect(frontMatter(text)).toMatchObject({ tittel: awkward, publisert: '2026-11-22', utkast: 'true', kilder: [] });
    expect(text).toContain('# hendelsesdato:');
  });

  it('document: a valid draft, dated today, offering every type the schema knows', () => {
    const text = documentTemplate(awkward, '2026-11-22');
    expect(templateProblems('dokumenter', text)).toEqual([]);
    expect(frontMatter(text)).toMatchObject({ tittel: awkward, publisert: '2026-11-22', utkast: 'true', vedlegg: [] });
    expect(text).toContain('tilsynsrapport, evaluering, vedtak');
    expect(frontMatter(text)).not.toHaveProperty('dato');
  });

  it('document: its own date as given, or an example that is valid once the # is removed', () => {
    const dated = documentTemplate('Styresak', '2026-11-22', { dato: '2023' });
    expect(templateProblems('dokumenter', dated)).toEqual([]);
    expect(frontMatter(dated)).toMatchObject({ dato: '2023', publisert: '2026-11-22' });
    const uncommented = documentTemplate('Styresak', '2026-11-22').replace('# dato: ', 'dato: ');
    expect(templateProblems('dokumenter', uncommented)).toEqual([]);
    expect(frontMatter(uncommented)).toMatchObject({ dato: '2023-04-19' });
  });

  it('document held elsewhere: the publisher and the original’s address', () => {
    const text = documentTemplate('Rapport fra tilsyn', '2026-11-22', { utgiver: 'Statens helsetilsyn', original: 'https://www.helsetilsynet.no/r' });
    expect(templateProblems('dokumenter', text)).toEqual([]);
    expect(frontMatter(text)).toMatchObject({
      utgiver: 'Statens helsetilsyn',
      original: { url: 'https://www.helsetilsynet.no/r', tittel: 'Rapport fra tilsyn' },
    });
  });

  it('answer: a valid draft, updated today, in the given category', () => {
    const text = answerTemplate(`${awkward}?`, '2026-11-22', 'Om innføringen');
    expect(templateProblems('sporsmal', text)).toEqual([]);
    expect(frontMatter(text)).toMatchObject({ sporsmal: `${awkward}?`, kategori: 'Om innføringen', oppdatert: '2026-11-22', utkast: 'true' });
  });

  it('source: the fields given, and no date for a page that shows none', () => {
    const dated = sourceTemplate({ tittel: awkward, utgiver: 'NRK Trøndelag', url: 'https://www.nrk.no/a#b', dato: '2023' });
    expect(templateProblems('kilder', dated)).toEqual([]);
    expect(yamlData(dated)).toEqual({ tittel: awkward, utgiver: 'NRK Trøndelag', url: 'https://www.nrk.no/a#b', dato: '2023' });
    const undated = sourceTemplate({ tittel: 'Når kommer Helseplattformen?', utgiver: 'Helseplattformen AS', url: 'https://www.helseplattformen.no/' });
    expect(templateProblems('kilder', undated)).toEqual([]);
    expect(yamlData(undated)).not.toHaveProperty('dato');
  });

  it('sourced total: the figure, «at least», and its source', () => {
    const text = statementTemplate({ dato: '2024-04', status: 'i-drift', antall: 28, minst: true, kilde: { ekstern: 'hp-i-drift-more-og-romsdal' } });
    expect(templateProblems('tall', text)).toEqual([]);
    expect(yamlData(text)).toEqual({ dato: '2024-04', status: 'i-drift', antall: '28', minst: 'true', kilde: { ekstern: 'hp-i-drift-more-og-romsdal' } });
  });

  it('organisation: a status history only for health trusts and hospitals, the municipality only for a municipality', () => {
    const hospital = organisationTemplate({ navn: 'Sykehuset Namsos', type: 'sykehus', tilhorer: 'helse-nord-trondelag-hf' });
    expect(templateProblems('organisasjoner', hospital)).toEqual([]);
    expect(yamlData(hospital)).toEqual({ navn: 'Sykehuset Namsos', type: 'sykehus', tilhorer: 'helse-nord-trondelag-hf', hendelser: [] });
    const owner = organisationTemplate({ navn: 'Trondheim kommune', type: 'kommune', kommune: 'trondheim', eier: true, nettside: 'https://www.trondheim.kommune.no/' });
    expect(templateProblems('organisasjoner', owner)).toEqual([]);
    expect(yamlData(owner)).toEqual({ navn: 'Trondheim kommune', type: 'kommune', kommune: 'trondheim', eier: 'true', nettside: 'https://www.trondheim.kommune.no/' });
    expect(organisationTemplate({ navn: 'Helseplattformen AS', type: 'selskap' })).not.toContain('kommune:');
  });

  it('wave: the first plan with its source, a season kept as written', () => {
    const text = phaseTemplate({
      navn: 'Pulje: april 2027',
      nummer: 11,
      beskrivelse: 'Åtte kommuner i Namdalen.',
      plan: { dato: '2025-03', planlagt: 'våren 2027', kilde: { url: 'https://www.nrk.no/x', tittel: 'Namdalen: neste', utgiver: 'NRK Trøndelag', dato: '2025-03-14' } },
    });
    expect(templateProblems('faser', text)).toEqual([]);
    expect(yamlData(text)).toEqual({
      navn: 'Pulje: april 2027',
      nummer: '11',
      beskrivelse: 'Åtte kommuner i Namdalen.',
      planer: [{ dato: '2025-03', planlagt: 'våren 2027', kilde: { url: 'https://www.nrk.no/x', tittel: 'Namdalen: neste', utgiver: 'NRK Trøndelag', dato: '2025-03-14' } }],
    });
  });

  it('meeting: a valid draft with who meets, the time quoted, one agenda item to fill in and the source', () => {
    const board = meetingTemplate({
      owner: { field: 'organisasjon', id: 'helseplattformen-as' },
      dato: '2024-06-20',
      tid: '10:00',
      sted: 'Trondheim',
      status: 'holdt',
      kilde: { ekstern: 'hp-styremote-5-januar' },
      today: '2026-11-22',
    });
    expect(templateProblems('moter', board)).toEqual([]);
    expect(yamlData(board)).toEqual({
      organ: { organisasjon: 'helseplattformen-as' },
      dato: '2024-06-20',
      tid: '10:00',
      sted: 'Trondheim',
      status: 'holdt',
      saker: [{ tittel: 'Skriv hva saken gjelder', dokumenter: [] }],
      kilder: [{ ekstern: 'hp-styremote-5-januar' }],
      publisert: '2026-11-22',
      utkast: 'true',
    });
    expect(board).toContain('tid: "10:00"');

    const council = meetingTemplate({
      owner: { field: 'kommune', id: 'roros' },
      utvalg: 'formannskap',
      tittel: awkward,
      dato: '2027-01',
      status: 'planlagt',
      kilde: { url: 'https://roros.kommune.no/m', tittel: 'Møteplan', utgiver: 'Røros kommune' },
      today: '2026-11-22',
    });
    expect(templateProblems('moter', council)).toEqual([]);
    expect(yamlData(council)).toMatchObject({ tittel: awkward, organ: { kommune: 'roros', utvalg: 'formannskap' }, dato: '2027-01', status: 'planlagt' });
    expect(yamlData(council)).not.toHaveProperty('tid');
  });

  it('templateProblems reports what the schema refuses, worded by field', () => {
    expect(templateProblems('kilder', 'tittel: X\nurl: nettside\n')).toEqual([
      'utgiver: må være en tekst',
      'url: må være en full nettadresse som begynner med https:// eller http://',
    ]);
  });
});
