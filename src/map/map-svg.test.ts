import { describe, expect, it } from 'vitest';
import { midtNorgeCentres } from './fixtures/midt-norge-centres.ts';
import { buildMapModel, type MapArea } from './map-model.ts';
import { areaMarkup, areasMarkup, escapeMarkup } from './map-svg.ts';
import { tileLayout } from './tile-layout.ts';

const tile: MapArea = {
  id: 'trondheim',
  nummer: '5001',
  name: 'Trondheim',
  href: '/kommuner/trondheim/',
  statusId: 'planlagt',
  statusLabel: 'Innføring planlagt',
  color: '#2b6cb0',
  symbol: 'P',
  textColor: '#ffffff',
  accessibleName: 'Trondheim: Innføring planlagt',
  shape: { kind: 'rect', x: 44, y: 88, width: 40, height: 40 },
  labelX: 64,
  labelY: 108,
  abbreviation: 'Tro',
  abbreviationY: 102.2,
  symbolY: 117.1,
  tip: { x: 10, y: 60, width: 110, height: 24 },
};

describe('areaMarkup', () => {
  it('writes a link with its name and data hooks around the shape, the short name, the symbol and the name plate', () => {
    expect(areaMarkup(tile)).toBe(
      '<a href="/kommuner/trondheim/" aria-label="Trondheim: Innføring planlagt" data-municipality="trondheim" data-status="planlagt">' +
        '<rect x="44" y="88" width="40" height="40" fill="#2b6cb0"/>' +
        '<g aria-hidden="true"><g fill="#ffffff"><text x="64" y="102.2">Tro</text><text class="hp-map__symbol" x="64" y="117.1">P</text></g>' +
        '<g class="hp-map__tip"><rect x="10" y="60" width="110" height="24"/><text x="65" y="72">Trondheim</text></g></g></a>',
    );
  });

  it('writes boundary shapes as paths, with an invisible hit area for a small one first', () => {
    const markup = areaMarkup({
      ...tile,
      shape: { kind: 'path', d: 'M1 2l3-4z' },
      labelX: 2.5,
      labelY: 1.5,
      target: { x: -9.5, y: -10.5, width: 24, height: 24 },
    });
    expect(markup).toContain('data-status="planlagt"><rect class="hp-map__target" x="-9.5" y="-10.5" width="24" height="24" fill="transparent"/><path d="M1 2l3-4z" fill="#2b6cb0"/>');
    expect(markup).toContain('<text x="2.5" y="102.2">Tro</text>');
  });

  it('escapes names, links and symbols', () => {
    const markup = areaMarkup({
      ...tile,
      href: '/kommuner/a&b/?x="1"',
      accessibleName: 'A & B <kommune>: "Ny"',
      name: 'A & B <kommune>',
      symbol: '<',
    });
    expect(markup).toContain('href="/kommuner/a&amp;b/?x=&quot;1&quot;"');
    expect(markup).toContain('aria-label="A &amp; B &lt;kommune&gt;: &quot;Ny&quot;"');
    expect(markup).toContain('class="hp-map__symbol" x="64" y="117.1">&lt;</text>');
    expect(markup).toContain('<text x="65" y="72">A &amp; B &lt;kommune&gt;</text>');
    expect(escapeMarkup('Snåsa – «ny»')).toBe('Snåsa – «ny»');
  });
});

describe('areasMarkup', () => {
  it('keeps the 64-municipality map small: under 450 bytes per municipality, name plate included', () => {
    const municipalities = midtNorgeCentres.map((m) => ({ id: m.id, nummer: m.nummer, navn: m.navn, href: `/kommuner/${m.id}/` }));
    const model = buildMapModel({
      municipalities,
      statusOf: {},
      statuses: [
        { id: 'ikke-registrert', navn: 'Ikke registrert', beskrivelse: '', farge: '#e0e0e0', symbol: '·' },
        { id: 'i-drift', navn: 'I drift', beskrivelse: '', farge: '#1f6f43', symbol: '✓' },
      ],
      layout: tileLayout(midtNorgeCentres),
    });
    const markup = areasMarkup(model);
    expect(markup.match(/<a /g)).toHaveLength(64);
    expect(Buffer.byteLength(markup)).toBeLessThan(64 * 450);
  });
});
