import type { APIRoute } from 'astro';
import { getAnsweringAddresses } from '../data/queries.ts';

/**
 * `/adresser.json`: every address this build answers, `{ "adresser": [...] }`.
 * The next check reads it from the published site to notice an address
 * that would stop answering (src/validation/addresses.ts).
 */
export const GET: APIRoute = async () =>
  new Response(`${JSON.stringify({ adresser: await getAnsweringAddresses() }, null, 1)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
