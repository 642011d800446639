import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { addStatusEvent, municipalityStatusEdit, newsEdit, publishedPageCounts } from '../../tools/bench/republish.ts';

const levanger = readFileSync(path.join(import.meta.dirname, '../../content/kommuner/levanger.yaml'), 'utf8');

describe('the benchmark’s municipality status edit', () => {
  it('adds the latest status again on the given day, with the marker in its note, and keeps the rest as written', () => {
    const edited = addStatusEvent(levanger, '2026-11-22', 'benchmarkendringabc');
    const before = parse(levanger, { version: '1.2', schema: 'core' }) as { hendelser: Record<string, unknown>[] };
    const after = parse(edited, { version: '1.2', schema: 'core' }) as { hendelser: Record<string, unknown>[]; nummer: string };
    expect(after.hendelser).toHaveLength(before.hendelser.length + 1);
    expect(after.hendelser.slice(0, -1)).toEqual(before.hendelser);
    const last = before.hendelser.at(-1)!;
    expect(after.hendelser.at(-1)).toEqual({ ...last, dato: '2026-11-22', merknad: 'Statusendring benchmarkendringabc: lagt til av ytelsestesten.' });
    expect(edited).toContain('# Kilde for koordinater');
    expect(edited).toContain('nummer: "5037"');
  });

  it('is looked for on the municipality’s page, and a news edit on the article’s', () => {
    expect(municipalityStatusEdit('kommuner/levanger.yaml', '2026-11-22').page).toBe('kommuner/levanger/index.html');
    expect(newsEdit('nyheter/a.md').page).toBe('nyheter/a/index.html');
  });

  it('refuses a municipality without events', () => {
    expect(() => addStatusEvent('navn: Røros\n', '2026-11-22', 'x')).toThrow(/no «hendelser»/);
  });
});

describe('the publisher’s page counts', () => {
  it('are read from its «Publisert på» line, Norwegian digit grouping included', () => {
    expect(publishedPageCounts('[10:01:02] Publisert på 4,2 s (12 sider bygget, 9\u00a0804 gjenbrukt): site viser nå b/www.')).toEqual({ rendered: 12, reused: 9804 });
    expect(publishedPageCounts('[10:01:02] Publisert på 4,2 s (1 side bygget, 0 gjenbrukt): x')).toEqual({ rendered: 1, reused: 0 });
    expect(publishedPageCounts('[10:01:02] Publisert på 4,2 s (12 filer bygget, 9\u00a0804 gjenbrukt): site viser nå b/www.')).toEqual({ rendered: 12, reused: 9804 });
    expect(publishedPageCounts('[10:01:02] Publisert på 4,2 s (1 fil bygget, 0 gjenbrukt): x')).toEqual({ rendered: 1, reused: 0 });
    expect(publishedPageCounts('[10:01:02] Publisert på 55,0 s: site viser nå b/www.')).toBeUndefined();
  });
});
