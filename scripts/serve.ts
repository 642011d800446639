/**
 * Serves the published site on this machine for a preview:
 *
 *   npm run serve                      http://127.0.0.1:4321/
 *   npm run serve -- --port 8080 --published site
 *
 * It follows the published link on every request, so a page reloaded after
 * `npm run publish` swapped in a new build shows the new version.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { startStaticServer } from '../src/publishing/static-server.ts';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '4321' },
    published: { type: 'string' },
  },
});

const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`--port må være et portnummer (0–65535), ikke «${values.port}».`);
  process.exit(2);
}
const root = path.resolve(values.published ?? process.env.PUBLISH_DIR ?? 'site');

if (!existsSync(root)) {
  console.warn(`${root} finnes ikke ennå, så alle sider svarer «Fant ikke siden». Publiser først: npm run publish:once`);
}
try {
  const { url } = await startStaticServer(root, port);
  const shown = path.relative(process.cwd(), root);
  console.log(`Viser ${shown && !shown.startsWith('..') ? shown : root} på ${url}`);
  console.log('Stopp med Ctrl+C.');
} catch (error) {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EADDRINUSE') {
    console.error(`Port ${port} er allerede i bruk. Velg en annen, for eksempel: npm run serve -- --port ${port + 1}`);
    process.exit(1);
  }
  throw error;
}
