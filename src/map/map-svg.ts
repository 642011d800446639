/**
 * The SVG markup for the map's areas, written as one compact string.
 *
 * The component inserts it with `set:html` rather than templating each
 * element, so the 64-odd links carry no scoped-style attributes or
 * formatting whitespace: about half the bytes, and testable without Astro.
 */
import type { MapArea, MapModel } from './map-model.ts';

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** Escapes text for an HTML/SVG attribute value in double quotes, or for element content. */
export function escapeMarkup(value: string): string {
  return value.replace(/[&<>"]/g, (c) => ENTITIES[c]!);
}

/**
 * One `<a>` per area: the link (with its accessible name and the
 * `data-municipality`/`data-status` hooks for a recolouring script) wrapping
 * an enlarged invisible hit area for a small shape, the filled shape, its
 * short name, the status symbol, and the plate with the full name that CSS
 * shows on hover and focus. The texts are hidden from screen readers,
 * because the link's name already says all of it. (The plate's corners are
 * rounded by CSS, to keep 64-odd attributes out of the page.)
 */
export function areaMarkup(area: MapArea): string {
  const shape =
    area.shape.kind === 'rect'
      ? `<rect x="${area.shape.x}" y="${area.shape.y}" width="${area.shape.width}" height="${area.shape.height}" fill="${area.color}"/>`
      : `<path d="${escapeMarkup(area.shape.d)}" fill="${area.color}"/>`;
  const target = area.target
    ? `<rect class="hp-map__target" x="${area.target.x}" y="${area.target.y}" width="${area.target.width}" height="${area.target.height}" fill="transparent"/>`
    : '';
  const { tip } = area;
  return (
    `<a href="${escapeMarkup(area.href)}" aria-label="${escapeMarkup(area.accessibleName)}"` +
    ` data-municipality="${escapeMarkup(area.id)}" data-status="${escapeMarkup(area.statusId)}">` +
    target +
    shape +
    `<g aria-hidden="true"><g fill="${area.textColor}">` +
    `<text x="${area.labelX}" y="${area.abbreviationY}">${escapeMarkup(area.abbreviation)}</text>` +
    `<text class="hp-map__symbol" x="${area.labelX}" y="${area.symbolY}">${escapeMarkup(area.symbol)}</text></g>` +
    `<g class="hp-map__tip"><rect x="${tip.x}" y="${tip.y}" width="${tip.width}" height="${tip.height}"/>` +
    `<text x="${Math.round((tip.x + tip.width / 2) * 10) / 10}" y="${Math.round((tip.y + tip.height / 2) * 10) / 10}">${escapeMarkup(area.name)}</text></g></g></a>`
  );
}

/** All areas of the model, in its reading order. */
export function areasMarkup(model: Pick<MapModel, 'areas'>): string {
  return model.areas.map(areaMarkup).join('');
}
