/**
 * The open datasets described for national data catalogues: DCAT-AP-NO
 * (the Norwegian application profile of DCAT that data.norge.no harvests),
 * written as Turtle with n3.
 *
 * What the profile requires (DCAT-AP-NO 3, its SHACL shapes):
 * - dcat:Catalog: dct:title, dct:description (language-tagged), dct:publisher
 *   (exactly one), dcat:contactPoint;
 * - dcat:Dataset: dct:title, dct:description, dct:publisher (exactly one),
 *   dcat:contactPoint, dcat:theme (from the EU data-theme vocabulary);
 * - dcat:Distribution: dcat:accessURL;
 * - foaf:Agent: foaf:name; vcard:Organization: vcard:fn and an e-mail or URL.
 * Recommended properties written too: the catalogue's datasets, modified
 * date, homepage, licence and language; each dataset's distributions,
 * keywords, access rights and landing page; each distribution's format,
 * media type, licence and download address.
 */
import { DataFactory, Writer } from 'n3';
import type { Dataset } from './datasets.ts';

const { namedNode, literal, blankNode, quad } = DataFactory;

/** Vocabularies used, with the prefixes the Turtle file declares. */
export const PREFIXES = {
  dcat: 'http://www.w3.org/ns/dcat#',
  dct: 'http://purl.org/dc/terms/',
  foaf: 'http://xmlns.com/foaf/0.1/',
  vcard: 'http://www.w3.org/2006/vcard/ns#',
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
} as const;

/** EU controlled vocabularies (publications.europa.eu authority tables) the profile asks for. */
const EU = {
  theme: 'http://publications.europa.eu/resource/authority/data-theme/',
  fileType: 'http://publications.europa.eu/resource/authority/file-type/',
  language: 'http://publications.europa.eu/resource/authority/language/',
  accessRight: 'http://publications.europa.eu/resource/authority/access-right/',
} as const;

/** What the description says about the site and its datasets. */
export interface CatalogInput {
  /** The site's name, the publisher and the catalogue's title. */
  siteName: string;
  /** What the site is, one or two sentences. */
  description: string;
  /** The site's base address. */
  siteUrl: string;
  /** Contact e-mail address. */
  email: string;
  /** The licence's address. */
  licence: string;
  /** The day the data last changed, `YYYY-MM-DD`. */
  modified: string;
  datasets: readonly Dataset[];
  /** Size in bytes of each data file, by file name (`kommuner.csv`), when known. */
  sizes?: ReadonlyMap<string, number>;
}

const p = (prefix: keyof typeof PREFIXES, name: string) => namedNode(`${PREFIXES[prefix]}${name}`);
const nb = (text: string) => literal(text, 'nb');
const date = (day: string) => literal(day, p('xsd', 'date'));

/** The DCAT-AP-NO description of the open datasets, as Turtle. */
export function dcatCatalog(input: CatalogInput): Promise<string> {
  const at = (path: string) => new URL(path, input.siteUrl).href;
  const catalog = namedNode(at('/data/#katalog'));
  const publisher = namedNode(at('/om/#utgiver'));
  const contact = blankNode('kontakt');
  const a = p('rdf', 'type');
  const quads = [
    quad(publisher, a, p('foaf', 'Agent')),
    quad(publisher, p('foaf', 'name'), nb(input.siteName)),
    quad(publisher, p('foaf', 'homepage'), namedNode(at('/'))),
    quad(contact, a, p('vcard', 'Organization')),
    quad(contact, p('vcard', 'fn'), nb(input.siteName)),
    quad(contact, p('vcard', 'hasEmail'), namedNode(`mailto:${input.email}`)),
    quad(contact, p('vcard', 'hasURL'), namedNode(at('/om/'))),
    quad(catalog, a, p('dcat', 'Catalog')),
    quad(catalog, p('dct', 'title'), nb(`Åpne data – ${input.siteName}`)),
    quad(catalog, p('dct', 'description'), nb(input.description)),
    quad(catalog, p('dct', 'publisher'), publisher),
    quad(catalog, p('dcat', 'contactPoint'), contact),
    quad(catalog, p('foaf', 'homepage'), namedNode(at('/data/'))),
    quad(catalog, p('dct', 'license'), namedNode(input.licence)),
    quad(catalog, p('dct', 'language'), namedNode(`${EU.language}NOB`)),
    quad(catalog, p('dct', 'modified'), date(input.modified)),
  ];
  for (const dataset of input.datasets) {
    const node = namedNode(at(`/data/#${dataset.id}`));
    quads.push(
      quad(catalog, p('dcat', 'dataset'), node),
      quad(node, a, p('dcat', 'Dataset')),
      quad(node, p('dct', 'identifier'), literal(at(`/data/#${dataset.id}`))),
      quad(node, p('dct', 'title'), nb(dataset.title)),
      quad(node, p('dct', 'description'), nb(dataset.description)),
      quad(node, p('dct', 'publisher'), publisher),
      quad(node, p('dcat', 'contactPoint'), contact),
      // Health, and government and public sector: the rollout of a public health record system.
      quad(node, p('dcat', 'theme'), namedNode(`${EU.theme}HEAL`)),
      quad(node, p('dcat', 'theme'), namedNode(`${EU.theme}GOVE`)),
      quad(node, p('dcat', 'keyword'), nb('Helseplattformen')),
      quad(node, p('dcat', 'keyword'), nb('pasientjournal')),
      quad(node, p('dct', 'accessRights'), namedNode(`${EU.accessRight}PUBLIC`)),
      quad(node, p('dct', 'language'), namedNode(`${EU.language}NOB`)),
      quad(node, p('dcat', 'landingPage'), namedNode(at('/data/'))),
      quad(node, p('dct', 'modified'), date(input.modified)),
    );
    for (const format of [
      { ext: 'csv', type: 'CSV', media: 'text/csv' },
      { ext: 'json', type: 'JSON', media: 'application/json' },
    ]) {
      const file = `${dataset.id}.${format.ext}`;
      const distribution = namedNode(at(`/data/${file}#distribusjon`));
      quads.push(
        quad(node, p('dcat', 'distribution'), distribution),
        quad(distribution, a, p('dcat', 'Distribution')),
        quad(distribution, p('dct', 'title'), nb(`${dataset.title} (${format.type})`)),
        quad(distribution, p('dcat', 'accessURL'), namedNode(at('/data/'))),
        quad(distribution, p('dcat', 'downloadURL'), namedNode(at(`/data/${file}`))),
        quad(distribution, p('dct', 'format'), namedNode(`${EU.fileType}${format.type}`)),
        quad(distribution, p('dcat', 'mediaType'), namedNode(`https://www.iana.org/assignments/media-types/${format.media}`)),
        quad(distribution, p('dct', 'license'), namedNode(input.licence)),
        quad(distribution, p('dct', 'modified'), date(input.modified)),
      );
      const size = input.sizes?.get(file);
      if (size !== undefined) quads.push(quad(distribution, p('dcat', 'byteSize'), literal(String(size), p('xsd', 'nonNegativeInteger'))));
    }
  }
  const writer = new Writer({ prefixes: PREFIXES });
  writer.addQuads(quads);
  return new Promise((resolve, reject) => writer.end((error, result: string) => (error ? reject(error) : resolve(result))));
}
