import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { badInput, runCase } from './boundary-fixtures.ts';
import { BUILD_DATE } from './fixture.ts';

const cases = (kind: string) => readdirSync(path.join(badInput, kind)).sort();
const expected = (dir: string) => readFileSync(path.join(dir, 'expected.txt'), 'utf8').trimEnd().split('\n');

describe('boundary files as staff get them (tests/fixtures/bad-input/boundaries)', () => {
  it('has the cases the issue asks for, at least three of each class', () => {
    const names = cases('boundaries');
    for (const prefix of ['ukjent-crs-', 'udeklarert-', 'byttet-']) {
      expect(names.filter((n) => n.startsWith(prefix)).length, prefix).toBeGreaterThanOrEqual(3);
    }
  });

  it.each(cases('boundaries'))('%s: the check names file, feature and fix, and the build refuses with the same lines', (name) => {
    const dir = path.join(badInput, 'boundaries', name);
    const { check, build } = runCase(dir, BUILD_DATE);
    expect(check).toEqual(expected(dir));
    expect(build.split('\n').slice(1)).toEqual(expected(dir));
  });
});

describe('municipality coordinates (tests/fixtures/bad-input/koordinater)', () => {
  it.each(cases('koordinater'))('%s', (name) => {
    const dir = path.join(badInput, 'koordinater', name);
    expect(runCase(dir, BUILD_DATE).check).toEqual(expected(dir));
  });
});
