import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { dataStoreFromFile } from './data-store-module.ts';

/** A module's default export, from its source. */
async function defaultOf(code: string): Promise<unknown> {
  return ((await import(/* @vite-ignore */ `data:text/javascript,${encodeURIComponent(code)}`)) as { default: unknown }).default;
}

describe('the content store read from its file', () => {
  let dir: string | undefined;
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('exports what the string literal Astro writes exports, read from the same file', async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'hp-store-'));
    const file = path.join(dir, 'data-store.json');
    // Astro's store is devalue's flat JSON; quotes, backslashes, æøå and line breaks must come through.
    const json = JSON.stringify([{ nyheter: 1 }, ['Map', 2], 'Møte i «samarbeidsrådet»\n"sitat" \\ slutt', 3.5, null]);
    writeFileSync(file, json);
    const astro = `export default JSON.parse(${JSON.stringify(json)})`;
    const fromFile = dataStoreFromFile(astro, file);
    expect(fromFile).toBeDefined();
    expect(fromFile!.length).toBeLessThan(200);
    expect(await defaultOf(fromFile!)).toEqual(await defaultOf(astro));
  });

  it("leaves Astro's module as it is for an empty store and for a store in parts", () => {
    expect(dataStoreFromFile('export default new Map()', '/x/data-store.json')).toBeUndefined();
    expect(dataStoreFromFile('export default{"nyheter":[(await import("astro:data-layer-content-chunk:0.json"))]}', '/x/data-store.json')).toBeUndefined();
  });
});
