import { describe, expect, it } from 'vitest';
import { answeringAddresses, currentAddress, firstAddress, liveAddresses, stableAddress, unrecordedAddresses } from './permanent-links.ts';

const record = {
  flyttet: [
    { fra: '/nyheter/a/', til: '/nyheter/b/', dato: '2026-01-01' },
    { fra: '/nyheter/b/', til: '/nyheter/c/', dato: '2026-02-01' },
    { fra: '/sporsmal-og-svar/#gammelt', til: '/sporsmal-og-svar/#nytt', dato: '2026-02-01' },
  ],
  fjernet: [{ fra: '/dokumenter/feil/', dato: '2026-03-01', grunn: 'Publisert ved en feil.' }],
};

describe('permanent links', () => {
  it('leads an address renamed twice to where the item is now', () => {
    expect(currentAddress('/nyheter/a/', record)).toBe('/nyheter/c/');
    expect(currentAddress('/nyheter/c/', record)).toBe('/nyheter/c/');
  });

  it('gives up on moves that go round in a circle instead of looping', () => {
    const circle = { flyttet: [{ fra: '/x/', til: '/y/', dato: '2026-01-01' }, { fra: '/y/', til: '/x/', dato: '2026-01-01' }], fjernet: [] };
    expect(currentAddress('/x/', circle)).toBeUndefined();
    expect(['/x/', '/y/']).toContain(firstAddress('/x/', circle));
  });

  it('keeps the first address as the feed identifier, fragments included', () => {
    expect(firstAddress('/nyheter/c/', record)).toBe('/nyheter/a/');
    expect(stableAddress('/nyheter/c/#oppdatert', record)).toBe('/nyheter/a/#oppdatert');
    expect(stableAddress('/sporsmal-og-svar/#nytt', record)).toBe('/sporsmal-og-svar/#gammelt');
    expect(stableAddress('/sporsmal-og-svar/en-kategori/#nytt', record)).toBe('/sporsmal-og-svar/#gammelt');
    expect(stableAddress('/sporsmal-og-svar/en-kategori/#annet', record)).toBe('/sporsmal-og-svar/#annet');
    expect(stableAddress('/nyheter/annen/', record)).toBe('/nyheter/annen/');
  });

  it('counts drafts and items dated later as not on the site, and kinds without pages not at all', () => {
    const live = liveAddresses(
      [
        { kind: 'nyheter', id: 'c', data: { publisert: '2026-01-01' } },
        { kind: 'nyheter', id: 'senere', data: { publisert: '2026-12-24' } },
        { kind: 'nyheter', id: 'utkast', data: { publisert: '2026-01-01', utkast: true } },
        { kind: 'kommuner', id: 'roros', data: {} },
        { kind: 'sporsmal', id: 'nytt', data: { oppdatert: '2026-01-01' } },
        { kind: 'kilder', id: 'en-kilde', data: {} },
      ],
      '2026-12-01',
    );
    expect([...live].sort()).toEqual(['/kommuner/roros/', '/nyheter/c/', '/sporsmal-og-svar/#nytt']);
  });

  it('names the published addresses that are neither live nor recorded, and answers for recorded ones', () => {
    const live = new Set(['/nyheter/c/']);
    expect(unrecordedAddresses(['/nyheter/a/', '/nyheter/c/', '/dokumenter/feil/', '/nyheter/borte/'], live, record)).toEqual(['/nyheter/borte/']);
    expect(answeringAddresses(live, record)).toEqual(['/dokumenter/feil/', '/nyheter/a/', '/nyheter/b/', '/nyheter/c/', '/sporsmal-og-svar/#gammelt']);
  });
});
