/**
 * The mandatory properties of DCAT-AP-NO 3 (the Norwegian DCAT profile
 * data.norge.no harvests), as its SHACL shapes state them, checked over
 * parsed RDF: each class's required properties with their minimum and
 * maximum counts and the kind of value (a language-tagged text, an IRI, an
 * instance of a class, a term from an EU vocabulary). Returns every
 * violation as a sentence, so a failing test says what to fix.
 */
import { Parser, Store, type Quad_Object, type Term } from 'n3';

const NS = {
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  dcat: 'http://www.w3.org/ns/dcat#',
  dct: 'http://purl.org/dc/terms/',
  foaf: 'http://xmlns.com/foaf/0.1/',
  vcard: 'http://www.w3.org/2006/vcard/ns#',
};
const DATA_THEME = 'http://publications.europa.eu/resource/authority/data-theme/';
/** The EU data themes (the data-theme authority table). */
const THEMES = ['AGRI', 'ECON', 'EDUC', 'ENER', 'ENVI', 'GOVE', 'HEAL', 'INTR', 'JUST', 'OP_DATPRO', 'REGI', 'SOCI', 'TECH', 'TRAN'];

type ValueKind = 'langString' | 'iri' | 'node' | 'literal';

interface Requirement {
  property: string;
  min: number;
  max?: number;
  kind: ValueKind;
  /** The value must be typed as one of these classes. */
  classes?: string[];
  /** The value must be an IRI starting with this vocabulary and in `terms`. */
  vocabulary?: { base: string; terms: string[] };
}

/** Mandatory properties per class (DCAT-AP-NO 3). */
export const MANDATORY: Record<string, Requirement[]> = {
  [`${NS.dcat}Catalog`]: [
    { property: `${NS.dct}title`, min: 1, kind: 'langString' },
    { property: `${NS.dct}description`, min: 1, kind: 'langString' },
    { property: `${NS.dct}publisher`, min: 1, max: 1, kind: 'node' },
    { property: `${NS.dcat}contactPoint`, min: 1, kind: 'node', classes: [`${NS.vcard}Group`, `${NS.vcard}Individual`, `${NS.vcard}Organization`] },
  ],
  [`${NS.dcat}Dataset`]: [
    { property: `${NS.dct}title`, min: 1, kind: 'langString' },
    { property: `${NS.dct}description`, min: 1, kind: 'langString' },
    { property: `${NS.dct}publisher`, min: 1, max: 1, kind: 'node' },
    { property: `${NS.dcat}contactPoint`, min: 1, kind: 'node', classes: [`${NS.vcard}Group`, `${NS.vcard}Individual`, `${NS.vcard}Organization`] },
    { property: `${NS.dcat}theme`, min: 1, kind: 'iri', vocabulary: { base: DATA_THEME, terms: THEMES } },
  ],
  [`${NS.dcat}Distribution`]: [{ property: `${NS.dcat}accessURL`, min: 1, kind: 'iri' }],
  [`${NS.foaf}Agent`]: [{ property: `${NS.foaf}name`, min: 1, kind: 'literal' }],
  [`${NS.vcard}Organization`]: [{ property: `${NS.vcard}fn`, min: 1, kind: 'literal' }],
};

/** Parses Turtle with n3; throws on a syntax error. */
export function parseTurtle(text: string, base: string): Store {
  return new Store(new Parser({ baseIRI: base, format: 'text/turtle' }).parse(text));
}

/** Every violation of the mandatory properties in `store`, as sentences; empty when it conforms. */
export function dcatApNoViolations(store: Store): string[] {
  const problems: string[] = [];
  const typeOf = (node: Term) => store.getObjects(node, `${NS.rdf}type`, null).map((t) => t.value);
  const label = (node: Term) => (node.termType === 'BlankNode' ? `_:${node.value}` : `<${node.value}>`);
  for (const [klass, requirements] of Object.entries(MANDATORY)) {
    for (const subject of store.getSubjects(`${NS.rdf}type`, klass, null)) {
      for (const requirement of requirements) {
        const values: Quad_Object[] = store.getObjects(subject, requirement.property, null) as Quad_Object[];
        const name = `${label(subject)} (${klass.split(/[#/]/).pop()}) ${requirement.property}`;
        if (values.length < requirement.min) problems.push(`${name}: needs at least ${requirement.min}, has ${values.length}`);
        if (requirement.max !== undefined && values.length > requirement.max) problems.push(`${name}: at most ${requirement.max}, has ${values.length}`);
        for (const value of values) {
          if (requirement.kind === 'langString' && !(value.termType === 'Literal' && value.language)) problems.push(`${name}: «${value.value}» must be a language-tagged text`);
          if (requirement.kind === 'literal' && value.termType !== 'Literal') problems.push(`${name}: ${value.value} must be a text`);
          if (requirement.kind === 'iri' && value.termType !== 'NamedNode') problems.push(`${name}: ${value.value} must be an IRI`);
          if (requirement.kind === 'node' && value.termType === 'Literal') problems.push(`${name}: ${value.value} must be an IRI or a blank node`);
          if (requirement.classes && !typeOf(value).some((t) => requirement.classes!.includes(t))) problems.push(`${name}: ${value.value} must be one of ${requirement.classes.join(', ')}`);
          if (requirement.vocabulary && !(value.value.startsWith(requirement.vocabulary.base) && requirement.vocabulary.terms.includes(value.value.slice(requirement.vocabulary.base.length)))) {
            problems.push(`${name}: ${value.value} is not in ${requirement.vocabulary.base}`);
          }
        }
      }
    }
  }
  return problems;
}
