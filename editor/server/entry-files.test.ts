import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseDocument, stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/content-model/read/read-content.ts';
import { kind, kinds, type KindDefinition } from '../../src/content-model/registry.ts';
import { entryFormat, entryText } from './entry-files.ts';

const contentDir = path.resolve(import.meta.dirname, '../../content');

/** What Decap sends for an item: every value re-serialised, comments gone, long lines folded. */
function asDecapWrites(definition: KindDefinition, text: string): string {
  const format = entryFormat(definition);
  if (format === 'json') return JSON.stringify(JSON.parse(text));
  if (format === 'yaml') return stringify(parseDocument(text, { version: '1.2', schema: 'core' }).toJS());
  const [, yaml, body] = /^---\n([\s\S]*?\n)---\n([\s\S]*)$/.exec(text)!;
  return `---\n${stringify(parseDocument(yaml!, { version: '1.2', schema: 'core' }).toJS())}---\n${body!.replace(/^\n/, '')}`;
}

describe('entryText', () => {
  it('leaves every shipped content file exactly as it was when it is saved unchanged', () => {
    const { content } = readContent(contentDir);
    let checked = 0;
    for (const definition of kinds as readonly KindDefinition[]) {
      for (const item of content.items[definition.id]) {
        const original = readFileSync(path.join(contentDir, item.file), 'utf8');
        expect(entryText(definition, asDecapWrites(definition, original), original), item.file).toBe(original);
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(100);
  });

  it('writes a new news item as a person would: no empty fields, no untouched defaults, the schema’s order', () => {
    const raw = [
      '---',
      'tittel: "Ærlig talt: Økt bruk på Røros"',
      'ingress: Flere bruker løsningen.',
      'publisert: 2026-11-30',
      'hendelsesdato: ""',
      'bilde:',
      '  fil: bilder/mote.png',
      '  alt: Sykepleier ved en skjerm',
      '  bildetekst: ""',
      'emner: []',
      'kommuner:',
      '  - roros',
      '  - afjord',
      'kilder: []',
      'utkast: false',
      'sprak: nb',
      '---',
      'Teksten.',
      '',
    ].join('\n');
    expect(entryText(kind('nyheter'), raw)).toBe(
      [
        '---',
        'tittel: "Ærlig talt: Økt bruk på Røros"',
        'ingress: Flere bruker løsningen.',
        'publisert: 2026-11-30',
        'bilde:',
        '  fil: ./bilder/mote.png',
        '  alt: Sykepleier ved en skjerm',
        'kommuner: [roros, afjord]',
        '---',
        '',
        'Teksten.',
        '',
      ].join('\n'),
    );
  });

  it('keeps a default the file already had, and a draft flag that is set', () => {
    const previous = '---\nsporsmal: Hva?\nkategori: Om\nrekkefolge: 100\noppdatert: 2026-01-01\n---\n\nSvar.\n';
    const raw = '---\nsporsmal: Hva nå?\nkategori: Om\nrekkefolge: 100\noppdatert: 2026-01-01\nutkast: true\nsprak: nb\n---\nSvar.\n';
    expect(entryText(kind('sporsmal'), raw, previous)).toBe('---\nsporsmal: Hva nå?\nkategori: Om\nrekkefolge: 100\noppdatert: 2026-01-01\nutkast: true\n---\n\nSvar.\n');
  });

  it('adds a status event to a municipality without touching its comments or its other events', () => {
    const previous = readFileSync(path.join(contentDir, 'kommuner', 'roros.yaml'), 'utf8');
    const data = parseDocument(previous, { version: '1.2', schema: 'core' }).toJS() as { hendelser: unknown[] };
    data.hendelser.push({ dato: '2026-11-30', status: 'i-drift', merknad: '', kilde: { ekstern: 'hp-i-drift', url: '' } });
    expect(entryText(kind('kommuner'), stringify(data), previous)).toBe(`${previous}  - dato: 2026-11-30\n    status: i-drift\n    kilde:\n      ekstern: hp-i-drift\n`);
  });

  it('writes what is new in the schema’s order at every depth, whatever order the form filled it in', () => {
    const decision = ['    vedtak:', '      gjelder:', '        - vedtak: Ja til å utløse opsjonen.', '          part: molde', '      tekst: Kommunestyret sa ja.'];
    const raw = (items: string[]) =>
      ['kilder:', '  - ekstern: hp-prosjektet', 'status: holdt', 'dato: 2021-06-17', 'organ:', '  kommune: molde', 'saker:', ...items, 'publisert: 2026-12-01', ''].join('\n');
    const written = (items: string[]) =>
      ['organ:', '  kommune: molde', 'dato: 2021-06-17', 'status: holdt', 'saker:', ...items, 'kilder:', '  - ekstern: hp-prosjektet', 'publisert: 2026-12-01', ''].join('\n');
    const decided = ['  - tittel: Opsjonen', '    vedtak:', '      tekst: Kommunestyret sa ja.', '      gjelder:', '        - part: molde', '          vedtak: Ja til å utløse opsjonen.'];

    // A new meeting.
    expect(entryText(kind('moter'), raw(['  - tittel: Opsjonen', ...decision]))).toBe(written(decided));

    // A saved meeting whose first agenda item gets a note, and a new second item with a decision.
    const previous = written(['  - tittel: Budsjett']);
    const edited = raw(['  - merknad: Utsatt.', '    tittel: Budsjett', '  - tittel: Opsjonen', ...decision]);
    expect(entryText(kind('moter'), edited, previous)).toBe(written(['  - tittel: Budsjett', '    merknad: Utsatt.', ...decided]));
  });

  it('writes the settings as JSON with two spaces, keeping the order of its fields', () => {
    const previous = readFileSync(path.join(contentDir, 'innstillinger.json'), 'utf8');
    const data = JSON.parse(previous) as Record<string, unknown>;
    data['region'] = 'Midt-Norge og Nordmøre';
    const text = entryText(kind('innstillinger'), JSON.stringify(data), previous);
    expect(Object.keys(JSON.parse(text))).toEqual(Object.keys(JSON.parse(previous)));
    expect(text).toBe(previous.replace('"region": "Midt-Norge"', '"region": "Midt-Norge og Nordmøre"'));
  });
});
