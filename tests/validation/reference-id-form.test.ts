/**
 * An id written as staff say it, with Norwegian letters, capitals or spaces
 * (`status: innføring-planlagt`), is refused as the schema refuses any
 * malformed id, once, and the message names the existing id it folds to
 * (æ → ae, ø → o, å → a, lower case, spaces → -).
 */
import { afterAll, describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/validation/index.ts';
import { edit, problemsAfter, removeCopies } from './fixture.ts';

afterAll(removeCopies);

const linesAfter = async (file: string, from: RegExp, to: string) => (await problemsAfter((dir) => edit(dir, file, from, to))).map(formatProblem);

describe('ids written with Norwegian letters', () => {
  it('suggests the status id a status written with «ø» stands for', async () => {
    expect(await linesAfter('kommuner/trondheim.yaml', /status: innforing-planlagt/, 'status: innføring-planlagt')).toEqual([
      'kommuner/trondheim.yaml:13 – felt «hendelser[1].status»: «innføring-planlagt» har feil form. Mente du «innforing-planlagt»? Id-er skrives med små bokstaver a–z, tall og bindestrek: æ blir ae, ø blir o og å blir a.',
    ]);
  });

  it('suggests the municipality a news item names with capitals and «ø»', async () => {
    const lines = await linesAfter('nyheter/fase-2-vedtatt.md', /kommuner: \[roros\]/, 'kommuner: [Røros]');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/«Røros» har feil form\. Mente du «roros»\?/);
  });

  it('keeps the general rule when the folded form names nothing', async () => {
    expect(await linesAfter('kommuner/trondheim.yaml', /status: innforing-planlagt/, 'status: innføring-utsatt')).toEqual([
      'kommuner/trondheim.yaml:13 – felt «hendelser[1].status»: «innføring-utsatt» har feil form. Verdien må bestå av små bokstaver a–z, tall og bindestrek (for eksempel «indre-fosen»).',
    ]);
  });
});
