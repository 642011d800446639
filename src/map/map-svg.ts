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
 * the filled shape and the status symbol, which is hidden from screen
 * readers because the link's name already says the status.
 */
export function areaMarkup(area: MapArea): string {
  const shape =
    area.shape.kind === 'rect'
      ? `<rect x="${area.shape.x}" y="${area.shape.y}" width="${area.shape.width}" height="${area.shape.height}" fill="${area.color}"/>`
      : `<path d="${escapeMarkup(area.shape.d)}" fill="${area.color}"/>`;
  return (
    `<a href="${escapeMarkup(area.href)}" aria-label="${escapeMarkup(area.accessibleName)}"` +
    ` data-municipality="${escapeMarkup(area.id)}" data-status="${escapeMarkup(area.statusId)}">` +
    shape +
    `<text x="${area.labelX}" y="${area.labelY}" fill="${area.textColor}" aria-hidden="true">${escapeMarkup(area.symbol)}</text></a>`
  );
}

/** All areas of the model, in its reading order. */
export function areasMarkup(model: Pick<MapModel, 'areas'>): string {
  return model.areas.map(areaMarkup).join('');
}
