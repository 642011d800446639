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
};

describe('areaMarkup', () => {
  it('writes a link with its name and data hooks around the shape and a hidden symbol', () => {
    expect(areaMarkup(tile)).toBe(
      '<a href="/kommuner/trondheim/" aria-label="Trondheim: Innføring planlagt" data-municipality="trondheim" data-status="planlagt">' +
        '<rect x="44" y="88" width="40" height="40" fill="#2b6cb0"/>' +
        '<text x="64" y="108" fill="#ffffff" aria-hidden="true">P</text></a>',
    );
  });

  it('writes boundary shapes as paths', () => {
    const markup = areaMarkup({ ...tile, shape: { kind: 'path', d: 'M1 2l3-4z' }, labelX: 2.5, labelY: 1.5 });
    expect(markup).toContain('<path d="M1 2l3-4z" fill="#2b6cb0"/>');
    expect(markup).toContain('<text x="2.5" y="1.5"');
  });

  it('escapes names, links and symbols', () => {
    const markup = areaMarkup({
      ...tile,
      href: '/kommuner/a&b/?x="1"',
      accessibleName: 'A & B <kommune>: "Ny"',
      symbol: '<',
    });
    expect(markup).toContain('href="/kommuner/a&amp;b/?x=&quot;1&quot;"');
    expect(markup).toContain('aria-label="A &amp; B &lt;kommune&gt;: &quot;Ny&quot;"');
    expect(markup).toContain('aria-hidden="true">&lt;</text>');
    expect(escapeMarkup('Snåsa – «ny»')).toBe('Snåsa – «ny»');
  });
});

describe('areasMarkup', () => {
  it('keeps the 64-municipality map small: under 300 bytes per municipality', () => {
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
    expect(Buffer.byteLength(markup)).toBeLessThan(64 * 300);
  });
});
