/**
 * The check keeps published addresses answering: a published address that
 * disappears must be recorded in adresser.yaml, and the record must make
 * sense. Also: which published site the content is compared with.
 */
import { renameSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { publishedAddressesFor, publishedSiteFor } from '../../src/publishing/published-addresses.ts';
import { validateContent, type Problem } from '../../src/validation/index.ts';
import { BUILD_DATE, copyFixture, only, removeCopies, write } from './fixture.ts';

afterAll(removeCopies);

/** What the fixture's published site answers: every item with a permanent address. */
const published = ['/kommuner/roros/', '/kommuner/trondheim/', '/nyheter/fase-2-vedtatt/', '/dokumenter/tjenesteavtale/', '/dokumenter/tjenesteavtale-2/', '/sporsmal-og-svar/#hva-er-helseplattformen'];

async function problems(change: (dir: string) => void, publishedAddresses: readonly string[] | undefined = published) {
  const dir = copyFixture();
  change(dir);
  return (await validateContent(dir, { buildDate: BUILD_DATE, publishedAddresses })).problems;
}
const onRecord = (found: Problem[]) => found.filter((p) => p.file === 'adresser.yaml');
const rename = (dir: string, from: string, to: string) => renameSync(path.join(dir, from), path.join(dir, to));

describe('permanent links in the check', () => {
  it('accepts the fixture as published', async () => {
    expect(await problems(() => {})).toEqual([]);
  });

  it('asks for a line in adresser.yaml when a published news item is renamed, with the line to write', async () => {
    // (The fixture's other files cite the news item by its old name too; those are reported as before.)
    const problem = only(onRecord(await problems((dir) => rename(dir, 'nyheter/fase-2-vedtatt.md', 'nyheter/fase-2-er-vedtatt.md'))));
    expect(problem.file).toBe('adresser.yaml');
    expect(problem.what).toContain('/nyheter/fase-2-vedtatt/ er publisert, men finnes ikke lenger');
    expect(problem.fix).toContain('«- fra: /nyheter/fase-2-vedtatt/»');
    expect(problem.fix).toContain('flyttet');
    expect(problem.fix).toContain('fjernet');
  });

  it('asks for it too when a published answer is made a draft or a document is deleted', async () => {
    const found = await problems((dir) => {
      write(dir, 'sporsmal/hva-er-helseplattformen.md', '---\nsporsmal: Hva er Helseplattformen?\nkategori: Om\noppdatert: 2021-01-01\nutkast: true\n---\n\nSvar.\n');
      rename(dir, 'dokumenter/tjenesteavtale-2', 'tjenesteavtale-2-bort');
    });
    expect(found.map((p) => p.what.split(' ')[0])).toEqual(expect.arrayContaining(['/sporsmal-og-svar/#hva-er-helseplattformen', '/dokumenter/tjenesteavtale-2/']));
  });

  it('accepts a renamed item once the move is recorded, and a deleted one once its removal is', async () => {
    const found = await problems((dir) => {
      rename(dir, 'nyheter/fase-2-vedtatt.md', 'nyheter/fase-2-er-vedtatt.md');
      write(dir, 'adresser.yaml', 'flyttet:\n  - fra: /nyheter/fase-2-vedtatt/\n    til: /nyheter/fase-2-er-vedtatt/\n    dato: 2026-11-20\nfjernet:\n  - fra: /kommuner/roros/\n    dato: 2026-11-21\n    grunn: Testlinje.\n');
    });
    // Røros is still in the content, so its line is refused (it is not removed); nothing else.
    expect(only(onRecord(found))).toMatchObject({ file: 'adresser.yaml', line: 6, field: 'fjernet[0].fra', what: 'adressen /kommuner/roros/ er i bruk på nettstedet' });
  });

  it('refuses a move to an address that does not exist, guessing the one meant, with its line', async () => {
    const problem = only(
      await problems((dir) => write(dir, 'adresser.yaml', 'flyttet:\n  - fra: /nyheter/gammel/\n    til: /nyheter/fase-2-vedtat/\n    dato: 2026-11-20\n')),
    );
    expect(problem).toMatchObject({ file: 'adresser.yaml', line: 3, field: 'flyttet[0].til', what: 'adressen /nyheter/fase-2-vedtat/ finnes ikke på nettstedet' });
    expect(problem.fix).toContain('Mente du /nyheter/fase-2-vedtatt/?');
  });

  it('follows a chain of moves, and refuses one that goes round in a circle', async () => {
    const chain = 'flyttet:\n  - fra: /nyheter/a/\n    til: /nyheter/b/\n    dato: 2026-11-20\n  - fra: /nyheter/b/\n    til: /nyheter/fase-2-vedtatt/\n    dato: 2026-11-21\n';
    expect(await problems((dir) => write(dir, 'adresser.yaml', chain))).toEqual([]);
    const circle = 'flyttet:\n  - fra: /nyheter/a/\n    til: /nyheter/b/\n    dato: 2026-11-20\n  - fra: /nyheter/b/\n    til: /nyheter/a/\n    dato: 2026-11-21\n';
    const found = await problems((dir) => write(dir, 'adresser.yaml', circle));
    expect(found.map((p) => p.what)).toEqual(['flyttingene går i ring', 'flyttingene går i ring']);
  });

  it('refuses a removal without a reason and an address that is not one, in Norwegian, with the line', async () => {
    const found = await problems((dir) => write(dir, 'adresser.yaml', 'fjernet:\n  - fra: nyheter/borte\n    dato: 2026-11-20\n'));
    expect(found).toHaveLength(2);
    expect(found.find((p) => p.field === 'fjernet[0].fra')).toMatchObject({ line: 2 });
    const form = found.find((p) => p.field === 'fjernet[0].fra')!;
    expect(`${form.what}. ${form.fix}`).toContain('begynner og slutter med /');
    expect(found.find((p) => p.field === 'fjernet[0].grunn')).toMatchObject({ line: 2 });
  });

  it('refuses the same old address twice, and a date that has not come', async () => {
    const found = await problems((dir) =>
      write(dir, 'adresser.yaml', 'fjernet:\n  - fra: /nyheter/borte/\n    dato: 2026-11-20\n    grunn: Feil.\n  - fra: /nyheter/borte/\n    dato: 2099-01-01\n    grunn: Feil.\n'),
    );
    expect(found.map((p) => `${p.line} ${p.what}`)).toEqual(['5 adressen /nyheter/borte/ står to ganger (også under fjernet[0])', '6 datoen 2099-01-01 er fram i tid']);
  });

  it('compares only with a published site of the same content: PUBLISHED_SITE, or site/ for the project’s own content', () => {
    const project = path.resolve(import.meta.dirname, '../..');
    expect(publishedSiteFor(path.join(project, 'content'), {})).toBe(path.join(project, 'site'));
    expect(publishedSiteFor(copyFixture(), {})).toBeUndefined();
    expect(publishedSiteFor(copyFixture(), { PUBLISHED_SITE: '/srv/site' })).toBe('/srv/site');
    // A published folder without the list (nothing published yet) is no comparison.
    expect(publishedAddressesFor(copyFixture(), { PUBLISHED_SITE: copyFixture() })).toBeUndefined();
  });
});
