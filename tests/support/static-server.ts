/** Serves a built site folder on a free loopback port for browser tests, with the same server staff use (`npm run serve`). */
import { startStaticServer } from '../../src/publishing/static-server.ts';

export async function serve(root: string): Promise<{ url: string; close: () => Promise<void> }> {
  const { server, url } = await startStaticServer(root, 0);
  return {
    // Tests join paths onto this, so no trailing slash.
    url: url.replace(/\/$/, ''),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
