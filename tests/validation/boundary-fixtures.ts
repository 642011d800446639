/**
 * Runs a bad-input case of the boundary check or the coordinate check
 * (tests/fixtures/bad-input/{boundaries,koordinater}/<case>/): a copy of
 * tests/fixtures/valid with the case's overlay/ copied over it, checked the
 * way the validator does (and, for boundaries, drawn the way the build
 * does), as the lines `formatProblem` prints.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { checkBoundaryFile } from '../../src/map/boundary-check.ts';
import { chooseMapLayout, type LayoutMunicipality } from '../../src/map/map-layout.ts';
import { numberPeriods } from '../../src/map/number-matching.ts';
import { checkCoordinates, outsideRegion, regionOf } from '../../src/map/region.ts';
import { formatProblem, type Problem } from '../../src/validation/problem.ts';

export const badInput = path.resolve(import.meta.dirname, '../fixtures/bad-input');
const valid = path.resolve(import.meta.dirname, '../fixtures/valid');

/** What one case gives: the check's lines, and what the build says (its error, or `ok`). */
export interface CaseResult {
  check: string[];
  build: string;
}

/** Checks and builds the map for one case folder on `date`. */
export function runCase(caseDir: string, date: string): CaseResult {
  const dir = mkdtempSync(path.join(tmpdir(), 'kartsjekk-'));
  try {
    cpSync(valid, dir, { recursive: true });
    cpSync(path.join(caseDir, 'overlay'), dir, { recursive: true });
    const settings = JSON.parse(readFileSync(path.join(dir, 'innstillinger.json'), 'utf8')) as { kartgrenser?: string };
    const region = regionOf(settings);
    const problems: Problem[] = [];
    const municipalities: LayoutMunicipality[] = readdirSync(path.join(dir, 'kommuner'))
      .sort()
      .map((name) => {
        const text = readFileSync(path.join(dir, 'kommuner', name), 'utf8');
        const data = parse(text) as Omit<LayoutMunicipality, 'id'> & { fylke: string };
        const finding = region && checkCoordinates(data.koordinater, region);
        if (finding) {
          const line = text.split('\n').findIndex((l) => l.startsWith('koordinater:')) + 1;
          problems.push({ file: `kommuner/${name}`, line, field: 'koordinater', ...finding });
        }
        return { ...data, id: name.replace(/\.yaml$/, ''), outsideRegion: outsideRegion(settings, data.fylke) };
      });
    let build = 'ok';
    if (settings.kartgrenser) {
      const bytes = readFileSync(path.join(dir, settings.kartgrenser));
      const checked = checkBoundaryFile(bytes, {
        file: settings.kartgrenser,
        municipalities: municipalities.map((m) => ({ slug: m.id, name: m.navn, numbers: numberPeriods(m), gyldigFra: m.gyldigFra, gyldigTil: m.gyldigTil, outsideRegion: m.outsideRegion })),
        date,
        region,
      });
      problems.push(...checked.problems);
      try {
        chooseMapLayout({ municipalities, date, boundaryFile: settings.kartgrenser, contentRoot: dir, region });
      } catch (error) {
        build = (error as Error).message;
      }
    }
    return { check: problems.map(formatProblem), build };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
