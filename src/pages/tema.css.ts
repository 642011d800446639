import type { APIRoute } from 'astro';
import { getSettings } from '../data/queries.ts';

/**
 * The site's own colours, from the staff-edited settings, as a stylesheet.
 * A file rather than an inline style keeps the Content-Security-Policy strict.
 */
export const GET: APIRoute = async () => {
  const settings = await getSettings();
  const statusColours = settings.statuser
    .map((s) => `  --hp-status-${s.id}: ${s.farge};`)
    .join('\n');
  return new Response(`:root {\n  --hp-brand: ${settings.farge};\n${statusColours}\n}\n`, {
    headers: { 'Content-Type': 'text/css; charset=utf-8' },
  });
};
