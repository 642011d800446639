import { describe, expect, it } from 'vitest';
import { dcatApNoViolations, parseTurtle } from '../../tests/support/dcat-ap-no.ts';
import { dcatCatalog, type CatalogInput } from './dcat.ts';

const input: CatalogInput = {
  siteName: 'Innføringen',
  description: 'Åpne data om innføringen.',
  siteUrl: 'https://innsyn.example/',
  email: 'post@innsyn.example',
  licence: 'https://creativecommons.org/licenses/by/4.0/deed.no',
  modified: '2026-12-01',
  datasets: [
    { id: 'moter', title: 'Møter', description: 'Hvert møte.', columns: [], rows: [] },
    { id: 'endringer', title: 'Endringer', description: 'Endringsloggen.', columns: [], rows: [] },
  ],
  sizes: new Map([['moter.csv', 1234]]),
};

describe('dcatCatalog', () => {
  it('is Turtle that an RDF parser reads and that has every property DCAT-AP-NO requires', async () => {
    const store = parseTurtle(await dcatCatalog(input), input.siteUrl);
    expect(dcatApNoViolations(store)).toEqual([]);
    expect(store.getSubjects('http://www.w3.org/1999/02/22-rdf-syntax-ns#type', 'http://www.w3.org/ns/dcat#Dataset', null)).toHaveLength(2);
    expect(store.getSubjects('http://www.w3.org/1999/02/22-rdf-syntax-ns#type', 'http://www.w3.org/ns/dcat#Distribution', null)).toHaveLength(4);
  });

  it('points each distribution at its file, with format, media type, licence and size', async () => {
    const store = parseTurtle(await dcatCatalog(input), input.siteUrl);
    const csv = 'https://innsyn.example/data/moter.csv#distribusjon';
    const one = (p: string) => store.getObjects(csv, p, null).map((o) => o.value);
    expect(one('http://www.w3.org/ns/dcat#downloadURL')).toEqual(['https://innsyn.example/data/moter.csv']);
    expect(one('http://purl.org/dc/terms/format')).toEqual(['http://publications.europa.eu/resource/authority/file-type/CSV']);
    expect(one('http://www.w3.org/ns/dcat#mediaType')).toEqual(['https://www.iana.org/assignments/media-types/text/csv']);
    expect(one('http://purl.org/dc/terms/license')).toEqual([input.licence]);
    expect(one('http://www.w3.org/ns/dcat#byteSize')).toEqual(['1234']);
  });

  it('the check finds what is missing: a dataset without a theme or a publisher', async () => {
    const text = (await dcatCatalog(input))
      .replace(/dcat:theme <[^>]+>, <[^>]+>;/g, '')
      .replace(/dcat:theme <[^>]+>;/g, '');
    const problems = dcatApNoViolations(parseTurtle(text, input.siteUrl));
    expect(problems.some((p) => p.includes('moter') && p.includes('theme'))).toBe(true);
  });
});
