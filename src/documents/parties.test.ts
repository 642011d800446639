import { describe, expect, it } from 'vitest';
import { partyLookup } from './parties.ts';

const party = partyLookup({
  organisations: [
    { id: 'helseplattformen-as', navn: 'Helseplattformen AS' },
    { id: 'trondheim-kommune', navn: 'Trondheim kommune', kommune: 'trondheim' },
    { id: 'gammel-kommune', navn: 'Gamle kommune', kommune: 'finnes-ikke' },
  ],
  municipalities: [
    { id: 'trondheim', data: { navn: 'Trondheim' } },
    { id: 'roros', data: { navn: 'Røros' } },
  ],
});

describe('partyLookup', () => {
  it('links a municipality named by its slug', () => {
    expect(party('roros')).toEqual({ id: 'roros', name: 'Røros', href: '/kommuner/roros/' });
  });

  it('links an organisation that is a municipality to the municipality page', () => {
    expect(party('trondheim-kommune')).toEqual({ id: 'trondheim-kommune', name: 'Trondheim kommune', href: '/kommuner/trondheim/' });
  });

  it('names other organisations without a link', () => {
    expect(party('helseplattformen-as')).toEqual({ id: 'helseplattformen-as', name: 'Helseplattformen AS', href: undefined });
    expect(party('gammel-kommune').href).toBeUndefined();
  });

  it('falls back to the id for an unknown party', () => {
    expect(party('ukjent')).toEqual({ id: 'ukjent', name: 'ukjent' });
  });
});
