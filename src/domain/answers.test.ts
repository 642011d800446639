import { describe, expect, it } from 'vitest';
import { answerAddress, answerCategories, indexAnchor, oldAnswerAnchors, permanentAnswerAddress, permanentOfAnswerLink } from './answers.ts';

describe('answerCategories', () => {
  it('gives each category a page named by its slug, unique, in the order given', () => {
    const pages = answerCategories([
      { name: 'Økonomi', answers: [1] },
      { name: 'Pasienter og pårørende', answers: [2, 3] },
      { name: 'økonomi', answers: [4] },
      { name: '???', answers: [5] },
    ]);
    expect(pages.map((c) => [c.slug, c.answers])).toEqual([
      ['okonomi', [1]],
      ['pasienter-og-parorende', [2, 3]],
      ['okonomi-2', [4]],
      ['kategori', [5]],
    ]);
  });
});

describe('answer addresses', () => {
  it('reads an answer on its category page, while its permanent address stays its anchor on the index', () => {
    expect(answerAddress('hva-er-helsami', 'om-systemet')).toBe('/sporsmal-og-svar/om-systemet/#hva-er-helsami');
    expect(permanentAnswerAddress('hva-er-helsami')).toBe('/sporsmal-og-svar/#hva-er-helsami');
    expect(permanentOfAnswerLink('/sporsmal-og-svar/om-systemet/#hva-er-helsami')).toBe('/sporsmal-og-svar/#hva-er-helsami');
    expect(permanentOfAnswerLink('/sporsmal-og-svar/#hva-er-helsami')).toBeUndefined();
    expect(permanentOfAnswerLink('/nyheter/a/#b')).toBeUndefined();
    expect(indexAnchor('/sporsmal-og-svar/#x')).toBe('x');
    expect(indexAnchor('/sporsmal-og-svar/')).toBeUndefined();
  });
});

describe('oldAnswerAnchors', () => {
  it('keeps moved anchors beside the answer they lead to now, and removed anchors with date and reason', () => {
    const record = {
      flyttet: [
        { fra: '/sporsmal-og-svar/#a', til: '/sporsmal-og-svar/#b', dato: '2026-01-01' },
        { fra: '/sporsmal-og-svar/#b', til: '/sporsmal-og-svar/#c', dato: '2026-02-01' },
        { fra: '/nyheter/x/', til: '/nyheter/y/', dato: '2026-02-01' },
      ],
      fjernet: [{ fra: '/sporsmal-og-svar/#d', dato: '2026-03-01', grunn: 'Utdatert.' }],
    };
    const current = (address: string) => (address === '/sporsmal-og-svar/#b' ? '/sporsmal-og-svar/#c' : address);
    const { moved, removed } = oldAnswerAnchors(record, current);
    expect([...moved]).toEqual([['c', ['a', 'b']]]);
    expect(removed).toEqual([{ anchor: 'd', date: '2026-03-01', reason: 'Utdatert.' }]);
  });
});
