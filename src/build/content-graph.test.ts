import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { validateContent } from '../validation/validate-content.ts';
import { contentGraph } from './content-graph.ts';

const root = mkdtempSync(path.join(tmpdir(), 'hp-graph-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function copy(): string {
  const dir = mkdtempSync(path.join(root, 'c-'));
  cpSync('tests/fixtures/valid', dir, { recursive: true });
  return dir;
}

async function graphOf(dir = copy()) {
  const result = await validateContent(dir, { buildDate: '2026-12-01' });
  expect(result.problems).toEqual([]);
  return contentGraph(result);
}

describe('content graph', () => {
  it('follows the registry’s references both ways, sources and parties included', async () => {
    const graph = await graphOf();
    expect(graph.out('nyheter/fase-2-vedtatt')).toEqual(['kommuner/roros', 'dokumenter/tjenesteavtale']);
    expect(graph.in('kommuner/roros')).toContain('nyheter/fase-2-vedtatt');
    // A municipality cites the news item as its source; a meeting's decision names Trondheim as a party.
    expect(graph.in('nyheter/fase-2-vedtatt')).toContain('kommuner/roros');
    expect(graph.in('kommuner/trondheim')).toContain('moter/styremote-2021-11-03');
  });

  it('changes a municipality’s digest but not its label when only its status history changes', async () => {
    const dir = copy();
    const before = await graphOf(dir);
    const file = path.join(dir, 'kommuner', 'roros.yaml');
    writeFileSync(file, `${readFileSync(file, 'utf8')}  - dato: 2021-10-12\n    status: innforing-planlagt\n    fase: fase-2\n    planlagt: 2022-10-01\n    kilde:\n      ekstern: hp-tjenesteavtale\n`);
    const after = await graphOf(dir);
    expect(after.digest('kommuner/roros')).not.toBe(before.digest('kommuner/roros'));
    expect(after.label('kommuner/roros')).toBe(before.label('kommuner/roros'));
    expect(after.digest('nyheter/fase-2-vedtatt')).toBe(before.digest('nyheter/fase-2-vedtatt'));
  });

  it('changes a news item’s digest when its image file changes, though its text does not', async () => {
    const dir = copy();
    const before = await graphOf(dir);
    const image = path.join(dir, 'nyheter', 'bilder', 'mote.png');
    writeFileSync(image, Buffer.concat([readFileSync(image), Buffer.from([0])]));
    const after = await graphOf(dir);
    expect(after.digest('nyheter/fase-2-vedtatt')).not.toBe(before.digest('nyheter/fase-2-vedtatt'));
    expect(after.label('nyheter/fase-2-vedtatt')).toBe(before.label('nyheter/fase-2-vedtatt'));
  });
});
