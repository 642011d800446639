/**
 * Checks a boundary file (the settings' `kartgrenser`) the way the national
 * map agency publishes it, and returns it ready to draw: every problem a
 * member of staff must fix, in Norwegian, or the municipalities' polygons in
 * WGS 84 matched by the number each municipality has on the map's date.
 *
 * Read: GeoJSON (a FeatureCollection, a Feature, or Kartverket's Geonorge
 * download, an object of named FeatureCollections such as `Kommune` and
 * `Kommunegrense`) or TopoJSON. Coordinate systems: see `crs.ts`.
 * The validator and the build both call {@link checkBoundaryFile}, so the
 * check refuses exactly what the build would.
 */
import { feature as topoFeature } from 'topojson-client';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { Topology } from 'topojson-specification';
import { formatDate } from '../domain/format.ts';
import { findJsonSyntaxError } from '../content-model/read/json-syntax.ts';
import { formatField, type DataPath, type Problem } from '../validation/problem.ts';
import { DEFAULT_NAME_PROPERTIES, DEFAULT_NUMBER_PROPERTIES, featureName, featureNumber, polygonsOf, type ShapeGroup } from './boundaries.ts';
import { readCrs, SUPPORTED_CRS, SUPPORTED_CRS_TEXT, toWgs84, type DeclaredCrs, type SupportedCrs } from './crs.ts';
import { existsOn, numberMatcher, numberOn, type NumberedMunicipality } from './number-matching.ts';
import { describeRegion, insideRegion, type Region } from './region.ts';

/** Options for {@link checkBoundaryFile}. */
export interface BoundaryCheckOptions {
  /** The file as the settings name it (relative to the content folder), for messages. */
  file: string;
  /** Every municipality in the content, with its numbers over time and its lifetime. */
  municipalities: readonly NumberedMunicipality[];
  /** The date the map shows, `YYYY-MM-DD`: numbers and lifetimes are read as on this day. */
  date: string;
  /** The settings' `omrade`; without it, no place is refused for where it lies. */
  region?: Region | undefined;
  /** Property names holding the municipality number. Default `DEFAULT_NUMBER_PROPERTIES`. */
  numberProperties?: readonly string[] | undefined;
}

/** A boundary file that passed the check, ready for `drawShapes`. */
export interface CheckedBoundaries {
  /** The coordinate system the file was in (WGS 84 when it declared none). */
  crs: SupportedCrs;
  /** One group per municipality on the map, its polygons in WGS 84, numbered as on the date. */
  shapes: ShapeGroup[];
}

/** The outcome: problems, or (only when there are none) the boundaries. */
export interface BoundaryCheck {
  problems: Problem[];
  boundaries?: CheckedBoundaries;
}

/** At most this many problems of one kind are listed one by one; the rest are counted. */
const LISTED_PER_KIND = 10;

const DOWNLOAD =
  'Last ned Kartverkets «Administrative enheter kommuner» som GeoJSON fra Geonorge (kartkatalog.geonorge.no; tidligere år finnes under «historiske data»).';
const QGIS_EXPORT =
  'Du kan også åpne filen i QGIS og velge «Eksporter → Lagre objekter som…» med format GeoJSON og koordinatsystem EPSG:4326 (WGS 84).';

/** One feature of the file as read, before any conversion. */
interface SourceFeature {
  field: DataPath;
  feature: Feature;
  number: string | null;
  name: string | null;
  /** Centre of its bounding box, in the file's coordinates; undefined without coordinates. */
  centre: [number, number] | undefined;
  hasArea: boolean;
}

/** The features to draw (one layer, or several of one kind) and what the file says of their coordinate system. */
interface Layer {
  features: { field: DataPath; feature: Feature }[];
  crs: unknown;
  crsField: DataPath;
}

/**
 * Checks a boundary file and returns its problems, each naming the file,
 * the feature (as a field path such as `features[3]`, with its number and
 * name) and the fix; or, when there are none, the polygons in WGS 84, one
 * group per municipality that exists on `date`.
 *
 * Refused: text that is not UTF-8 or not JSON; JSON that is not GeoJSON or
 * TopoJSON; a declared coordinate system other than the supported ones;
 * coordinates in metres with none declared; coordinates in degrees with
 * UTM declared; a file that lies outside the region (latitude and longitude
 * swapped named as such); features whose number stands for no
 * municipality on the date in one of the region's counties, or for one
 * that does not exist on the date; several numbers for one municipality
 * (a file mixing years); features that are not areas; municipalities that
 * exist on the date but have no feature. Features of counties outside the
 * region are ignored, so a national file is fine.
 */
export function checkBoundaryFile(input: string | Uint8Array, options: BoundaryCheckOptions): BoundaryCheck {
  const { file } = options;
  const problems: Problem[] = [];
  const report = (what: string, fix: string, field?: DataPath, line?: number) =>
    problems.push({ file, what, fix, ...(field ? { field: formatField(field) } : {}), ...(line ? { line } : {}) });
  const fail = (what: string, fix: string, field?: DataPath, line?: number): BoundaryCheck => {
    report(what, fix, field, line);
    return { problems };
  };

  const text = decode(input);
  if (text === undefined) {
    return fail('filen er ikke lagret som UTF-8', `Lagre kartfilen som UTF-8. ${DOWNLOAD} ${QGIS_EXPORT}`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    const error = findJsonSyntaxError(text);
    const line = error ? lineAt(text, error.offset) : undefined;
    return fail(`filen er ikke gyldig JSON: ${error?.what ?? 'den kan ikke leses'}`, `${error?.fix ?? ''} Kartfilen må være GeoJSON eller TopoJSON.`.trim(), undefined, line);
  }

  const layer = selectLayer(data);
  if ('what' in layer) return fail(layer.what, layer.fix);

  const declared = readCrs(layer.crs);
  if (declared.kind === 'unsupported') {
    return fail(
      `filen bruker koordinatsystemet «${declared.text}»${declared.name ? ` (${declared.name})` : ''}, som kartet ikke kan lese`,
      `Kartet kan lese ${SUPPORTED_CRS_TEXT}. ${DOWNLOAD} Velg koordinatsystemet EUREF89 UTM sone 33 der. ${QGIS_EXPORT}`,
      layer.crsField,
    );
  }
  const crs = declared.kind === 'supported' ? declared.crs : SUPPORTED_CRS.find((c) => c.code === 4326)!;

  const numberNames = options.numberProperties ?? DEFAULT_NUMBER_PROPERTIES;
  const features: SourceFeature[] = [];
  for (const { field, feature } of layer.features) {
    const bounds = boundsOf(feature.geometry);
    if (bounds === 'invalid') {
      report('objektet har koordinater som ikke er tall', `Rett eller fjern objektet. ${DOWNLOAD}`, field);
      continue;
    }
    features.push({
      field,
      feature,
      number: featureNumber(feature, numberNames),
      name: featureName(feature, DEFAULT_NAME_PROPERTIES),
      centre: bounds && [(bounds[0] + bounds[2]) / 2, (bounds[1] + bounds[3]) / 2],
      hasArea: polygonsOf(feature.geometry).some((p) => (p[0]?.length ?? 0) >= 4),
    });
  }
  if (problems.length > 0) return { problems };
  if (!features.some((f) => f.hasArea)) {
    return fail(
      'filen har ingen flater (Polygon eller MultiPolygon)',
      `Kartet trenger kommunene som flater. Bruk laget «Kommune», ikke grenselinjene («Kommunegrense»). ${DOWNLOAD}`,
    );
  }

  const units = coordinateUnits(features, crs, declared, layer.crsField);
  if (units) return fail(units.what, units.fix, units.field);

  const convert = toWgs84(crs);
  const centreOf = (f: SourceFeature) => (f.centre ? convert(f.centre[0], f.centre[1]) : undefined);
  const region = options.region;
  if (region) {
    const placed = features.filter((f) => f.hasArea && f.centre);
    const inside = (point: [number, number] | undefined) => point !== undefined && insideRegion({ lon: point[0], lat: point[1] }, region);
    if (!placed.some((f) => inside(centreOf(f)))) {
      const swapped = placed.some((f) => inside(convert(f.centre![1], f.centre![0])));
      const where = describeBounds(placed.map(centreOf).filter((p) => p !== undefined && Number.isFinite(p[0]) && Number.isFinite(p[1])) as [number, number][]);
      if (swapped) {
        return crs.geographic
          ? fail(
              'breddegrad og lengdegrad ser ut til å være byttet om: punktene står som (breddegrad, lengdegrad), men GeoJSON skal ha lengdegraden først',
              `Ikke bytt om tallene for hånd; lag filen på nytt som GeoJSON etter RFC 7946, med lengdegraden først. ${DOWNLOAD} ${QGIS_EXPORT}`,
            )
          : fail(
              `øst- og nordkoordinatene ser ut til å være byttet om: punktene står som (nord, øst), men i ${crs.name} (EPSG:${crs.code}) skal østkoordinaten stå først`,
              `Ikke bytt om tallene for hånd; lag filen på nytt med østkoordinaten først. ${DOWNLOAD} ${QGIS_EXPORT}`,
            );
      }
      return fail(
        `kommunegrensene i filen ligger utenfor området i innstillingene (${describeRegion(region)})${where ? `; filen dekker ${where}` : ''}`,
        declared.kind === 'supported' && !crs.geographic
          ? `Sjekk at filen virkelig er i ${crs.name} (EPSG:${crs.code}) slik den sier: de samme tallene i UTM sone 32, 33 og 35 gir steder langt fra hverandre. Sjekk også at filen har kommunene i regionen, og at «omrade» i innstillinger.json stemmer. ${DOWNLOAD}`
          : `Sjekk at filen har kommunene i regionen, og at «omrade» i innstillinger.json stemmer. ${DOWNLOAD} ${QGIS_EXPORT}`,
      );
    }
  }

  // Counties of the region: the first two digits of every number its municipalities have had.
  const regionCounties = new Set(
    options.municipalities.filter((m) => !m.outsideRegion).flatMap((m) => m.numbers.map((p) => p.nummer.slice(0, 2))),
  );
  const date = options.date;
  const match = numberMatcher(options.municipalities, date);
  const limited = limiter(report);
  const label = (f: SourceFeature) => `objektet med kommunenummer ${f.number}${f.name ? ` («${f.name}»)` : ''}`;

  const numbered = features.filter((f) => f.number !== null);
  if (numbered.length === 0) {
    const found = [...new Set(features.flatMap((f) => Object.keys(f.feature.properties ?? {})))];
    return fail(
      `ingen av objektene i filen har et kommunenummer; ${found.length > 0 ? `egenskapene heter ${found.slice(0, 8).map((k) => `«${k}»`).join(', ')}` : 'objektene har ingen egenskaper'}`,
      `Kartet leser kommunenummeret fra egenskapen «kommunenummer» (eller «Kommunenummer», «KOMMUNENR», «knr», «komm»). ${DOWNLOAD}`,
    );
  }

  const groups = new Map<string, { municipality: NumberedMunicipality; parts: SourceFeature[] }>();
  // Reported as «not an area» already, so not again as missing.
  const withoutArea = new Set<string>();
  // Numbers in the region that stand for no municipality but lie in another county: a hint when a municipality is missing.
  const strangers: string[] = [];
  for (const f of features) {
    const centre = centreOf(f);
    const inRegion = !region || (centre !== undefined && insideRegion({ lon: centre[0], lat: centre[1] }, region));
    if (f.number === null) {
      if (f.hasArea && inRegion) {
        limited(
          'ikke har noe kommunenummer',
          `objektet har ikke noe kommunenummer${f.name ? ` («${f.name}»)` : ''}`,
          'Kartet leser kommunenummeret fra egenskapen «kommunenummer» (eller «Kommunenummer», «KOMMUNENR», «knr», «komm»). Gi objektet kommunenummeret, eller fjern det fra filen.',
          f.field,
        );
      }
      continue;
    }
    const result = match(f.number);
    if (result.kind === 'valid' || result.kind === 'other-period') {
      const { municipality } = result;
      if (!f.hasArea) {
        withoutArea.add(municipality.slug);
        limited(
          'ikke er flater',
          `${label(f)} er ikke en flate, men «${f.feature.geometry?.type ?? 'uten geometri'}»`,
          'Kartet trenger kommunene som flater (Polygon eller MultiPolygon). Bruk laget «Kommune», ikke grenselinjene («Kommunegrense»).',
          f.field,
        );
        continue;
      }
      if (!inRegion) {
        limited(
          'ligger utenfor området i innstillingene',
          `${label(f)} ligger utenfor området i innstillingene (${describeRegion(region!)})`,
          'Sjekk at koordinatsystemet i filen stemmer, eller utvid «omrade» i innstillinger.json.',
          f.field,
        );
      }
      const group = groups.get(municipality.slug) ?? { municipality, parts: [] };
      const other = group.parts.find((p) => p.number !== f.number);
      if (other) {
        limited(
          'har et annet nummer for en kommune enn et objekt før',
          `${label(f)} og objektet i ${formatField(other.field)} med kommunenummer ${other.number} er begge ${municipality.name}; filen blander kommunegrenser fra ulike år`,
          `Bruk én fil med kommunegrensene slik de er på datoen kartet viser. ${DOWNLOAD}`,
          f.field,
        );
      }
      group.parts.push(f);
      groups.set(municipality.slug, group);
    } else if (result.kind === 'not-existing') {
      const m = result.municipality;
      const lifetime =
        m.gyldigFra !== undefined && date < m.gyldigFra
          ? `som finnes først fra ${formatDate(m.gyldigFra)}`
          : `som ble nedlagt etter ${formatDate(m.gyldigTil!)}`;
      limited(
        'er kommuner som ikke finnes på datoen kartet viser',
        `${label(f)} er ${m.name}, ${lifetime}, ikke på datoen kartet viser`,
        `Bruk kommunegrensene fra samme år som datoen kartet viser. ${DOWNLOAD}`,
        f.field,
      );
    } else if (result.kind === 'ambiguous') {
      limited(
        'kan være flere kommuner',
        `${label(f)} kan være flere kommuner som har hatt dette nummeret (${result.municipalities.map((m) => m.name).join(', ')})`,
        `Bruk kommunegrensene fra samme år som datoen kartet viser, der hvert nummer hører til én kommune. ${DOWNLOAD}`,
        f.field,
      );
    } else if (/^\d{4}$/.test(f.number) && !regionCounties.has(f.number.slice(0, 2))) {
      if (region && inRegion && f.hasArea) strangers.push(f.number);
    } else {
      limited(
        'ikke passer med noen kommune i mappen «kommuner»',
        `${label(f)} passer ikke med noen kommune i mappen «kommuner»`,
        'Rett kommunenummeret i kartfilen, eller legg til kommunen i mappen «kommuner» (med nummeret under «nummer» eller «tidligereNummer»). ' +
          `Er filen fra et annet år enn datoen kartet viser, bruk kommunegrensene for riktig år. ${DOWNLOAD}`,
        f.field,
      );
    }
  }
  limited.finish();

  for (const m of options.municipalities) {
    if (!existsOn(m, date) || groups.has(m.slug) || withoutArea.has(m.slug)) continue;
    const nummer = numberOn(m, date);
    report(
      `mangler kommunegrensene for ${m.name}${nummer ? ` (kommunenummer ${nummer})` : ''}`,
      (m.gyldigFra ? `${m.name} finnes fra ${formatDate(m.gyldigFra)}, så filen må være fra da eller senere. ` : '') +
        (strangers.length > 0
          ? `Innenfor området har filen kommunenummer som ingen kommune i mappen «kommuner» har (${[...new Set(strangers)].slice(0, 5).join(', ')}); er filen fra et annet år, bruk kommunegrensene for riktig år. `
          : '') +
        `Bruk en fil med kommunegrensene slik de er på datoen kartet viser, eller fjern «kartgrenser» fra innstillingene for å vise rutekartet. ${DOWNLOAD}`,
    );
  }
  if (problems.length > 0) return { problems };

  const shapes: ShapeGroup[] = [...groups.values()]
    .filter(({ municipality }) => existsOn(municipality, date))
    .map(({ municipality, parts }) => ({
      id: municipality.slug,
      number: numberOn(municipality, date) ?? parts[0]!.number!,
      polygons: parts.flatMap((p) => polygonsOf(p.feature.geometry)).map((polygon) => polygon.map((ring) => ring.map((q) => convert(q[0]!, q[1]!)))),
    }));
  return { problems, boundaries: { crs, shapes } };
}

/** UTF-8 text without a byte-order mark, or undefined when the bytes are not UTF-8. */
function decode(input: string | Uint8Array): string | undefined {
  if (typeof input === 'string') return input.replace(/^\uFEFF/, '');
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(input);
  } catch {
    return undefined;
  }
}

function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** Names of a layer that holds municipalities: `Kommune` (2024), `administrative_enheter.kommune` (2020), `kommuner`. */
const MUNICIPALITY_LAYER = /(^|[._\s-])kommuner?$/i;

/**
 * The features to draw. A FeatureCollection or Feature is itself the layer;
 * Kartverket's download is an object of named FeatureCollections (the
 * municipalities as areas, their borders as lines), and TopoJSON has named
 * objects: the one named like «Kommune» is taken, else every one holding areas.
 */
function selectLayer(data: unknown): Layer | { what: string; fix: string } {
  const notGeo = {
    what: 'filen er verken GeoJSON eller TopoJSON',
    fix: `Kartfilen må være GeoJSON (en FeatureCollection) eller TopoJSON (en Topology) med ett område per kommune. ${DOWNLOAD}`,
  };
  if (!isObject(data)) return notGeo;
  if (data['type'] === 'FeatureCollection') {
    if (!Array.isArray(data['features'])) return notGeo;
    return { features: (data['features'] as Feature[]).map((feature, i) => ({ field: ['features', i], feature })), crs: data['crs'], crsField: ['crs'] };
  }
  if (data['type'] === 'Feature') return { features: [{ field: [], feature: data as unknown as Feature }], crs: data['crs'], crsField: ['crs'] };

  let layers: { name: string; layer: Layer }[];
  if (data['type'] === 'Topology') {
    const topology = data as unknown as Topology;
    if (!isObject(topology.objects)) return notGeo;
    try {
      layers = Object.entries(topology.objects).map(([name, object]) => {
        const result = topoFeature(topology, object) as Feature | FeatureCollection;
        const collection = result.type === 'FeatureCollection';
        const list = collection ? result.features : [result];
        const own = (object as { crs?: unknown }).crs;
        return {
          name,
          layer: {
            features: list.map((feature, i) => ({ field: collection ? ['objects', name, 'geometries', i] : ['objects', name], feature })),
            crs: own ?? data['crs'],
            crsField: own === undefined ? ['crs'] : ['objects', name, 'crs'],
          },
        };
      });
    } catch {
      return { what: 'TopoJSON-filen er skadet og kan ikke leses', fix: `Lag TopoJSON-filen på nytt, eller bruk GeoJSON. ${DOWNLOAD}` };
    }
  } else {
    layers = Object.entries(data)
      .filter(([, value]) => isObject(value) && value['type'] === 'FeatureCollection' && Array.isArray(value['features']))
      .map(([name, value]) => {
        const collection = value as unknown as FeatureCollection & { crs?: unknown };
        return {
          name,
          layer: {
            features: collection.features.map((feature, i) => ({ field: [name, 'features', i], feature })),
            crs: collection.crs ?? data['crs'],
            crsField: collection.crs === undefined ? ['crs'] : [name, 'crs'],
          },
        };
      });
  }
  if (layers.length === 0) return notGeo;
  const named = layers.filter((l) => MUNICIPALITY_LAYER.test(l.name));
  const chosen = named.length > 0 ? named : layers.filter((l) => l.layer.features.some((f) => polygonsOf(f.feature?.geometry ?? null).length > 0));
  if (chosen.length === 0) return { features: [], crs: layers[0]!.layer.crs, crsField: layers[0]!.layer.crsField };
  const crsTexts = new Set(chosen.map((l) => JSON.stringify(l.layer.crs ?? null)));
  if (crsTexts.size > 1) {
    return {
      what: `kartlagene ${chosen.map((l) => `«${l.name}»`).join(', ')} har ulike koordinatsystemer`,
      fix: `Lagre kommunelaget alene i én fil. ${DOWNLOAD}`,
    };
  }
  return { features: chosen.flatMap((l) => l.layer.features), crs: chosen[0]!.layer.crs, crsField: chosen[0]!.layer.crsField };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** [minX, minY, maxX, maxY] of every position in the geometry; undefined without any; 'invalid' when a coordinate is not a finite number. */
function boundsOf(geometry: Geometry | null | undefined): [number, number, number, number] | undefined | 'invalid' {
  const bounds: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  let invalid = false;
  const visit = (value: unknown): void => {
    if (!Array.isArray(value)) return;
    if (value.length >= 2 && (typeof value[0] !== 'object' || value[0] === null)) {
      const [x, y] = value as unknown[];
      if (typeof x !== 'number' || typeof y !== 'number' || !Number.isFinite(x) || !Number.isFinite(y)) {
        invalid = true;
        return;
      }
      bounds[0] = Math.min(bounds[0], x);
      bounds[1] = Math.min(bounds[1], y);
      bounds[2] = Math.max(bounds[2], x);
      bounds[3] = Math.max(bounds[3], y);
      return;
    }
    for (const item of value) visit(item);
  };
  const walk = (g: Geometry | null | undefined): void => {
    if (!g) return;
    if (g.type === 'GeometryCollection') g.geometries.forEach(walk);
    else visit((g as { coordinates?: unknown }).coordinates);
  };
  walk(geometry);
  if (invalid) return 'invalid';
  return bounds[0] === Infinity ? undefined : bounds;
}

/**
 * Whether the numbers fit the declared system: degrees never exceed 180
 * (longitude) and 90 (latitude), while UTM coordinates in Norway run to
 * hundreds of thousands (east) and millions (north) of metres.
 */
function coordinateUnits(
  features: readonly SourceFeature[],
  crs: SupportedCrs,
  declared: DeclaredCrs,
  crsField: DataPath,
): { what: string; fix: string; field?: DataPath } | undefined {
  const withCentre = features.filter((f) => f.centre);
  const metres = withCentre.find((f) => Math.abs(f.centre![0]) > 180 || Math.abs(f.centre![1]) > 90);
  const example = (f: SourceFeature) => `${formatField(f.field) || 'objektet'} har et punkt ved ${round(f.centre![0])}, ${round(f.centre![1])}`;
  if (crs.geographic && metres) {
    if (declared.kind === 'none') {
      return {
        what: `koordinatene ser ut til å være i meter (UTM), men filen sier ikke hvilket koordinatsystem (${example(metres)})`,
        fix:
          `${DOWNLOAD} Der står koordinatsystemet i filen. ${QGIS_EXPORT} ` +
          'Vet du hvilken UTM-sone filen er i, kan du skrive den inn øverst i filen, rett etter den første {: "crs": {"type": "name", "properties": {"name": "EPSG:25833"}}, med komma etter. EPSG:25833 er sone 33; sone 32 er EPSG:25832 og sone 35 er EPSG:25835.',
      };
    }
    return {
      what: `filen sier at koordinatsystemet er ${crs.name} (${declared.kind === 'supported' ? declared.text : ''}), som er i grader, men koordinatene ser ut til å være i meter (${example(metres)})`,
      fix: `Rett «crs» i filen til koordinatsystemet koordinatene faktisk er i, for eksempel EPSG:25833 for UTM sone 33. ${DOWNLOAD}`,
      field: crsField,
    };
  }
  if (!crs.geographic && withCentre.length > 0 && withCentre.every((f) => Math.abs(f.centre![0]) <= 180 && Math.abs(f.centre![1]) <= 90)) {
    return {
      what: `filen sier at koordinatsystemet er ${crs.name} (${declared.kind === 'supported' ? declared.text : ''}), som er i meter, men koordinatene ser ut til å være grader (${example(withCentre[0]!)})`,
      fix: `Er koordinatene lengdegrad og breddegrad i WGS 84, fjern «crs» fra filen eller sett den til EPSG:4326. ${DOWNLOAD}`,
      field: crsField,
    };
  }
  return undefined;
}

function round(value: number): string {
  return String(Math.round(value * 100) / 100);
}

/** «58,1–58,3° N, 7,9–8,2° Ø» for a set of [lon, lat] points. */
function describeBounds(points: readonly [number, number][]): string | undefined {
  if (points.length === 0) return undefined;
  const lons = points.map((p) => p[0]);
  const lats = points.map((p) => p[1]);
  return describeRegion({ sor: Math.min(...lats), nord: Math.max(...lats), vest: Math.min(...lons), ost: Math.max(...lons) });
}

/**
 * Reports at most {@link LISTED_PER_KIND} problems of each kind, then one
 * line counting the rest; `kind` completes «… objekter til som …».
 */
function limiter(report: (what: string, fix: string, field?: DataPath) => void) {
  const counts = new Map<string, number>();
  const limited = (kind: string, what: string, fix: string, field: DataPath) => {
    const count = (counts.get(kind) ?? 0) + 1;
    counts.set(kind, count);
    if (count <= LISTED_PER_KIND) report(what, fix, field);
  };
  limited.finish = () => {
    for (const [kind, count] of counts) {
      if (count > LISTED_PER_KIND) {
        report(`i tillegg er det ${count - LISTED_PER_KIND} objekter til som ${kind}`, 'Rett dem på samme måte.');
      }
    }
  };
  return limited;
}
