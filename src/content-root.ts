import path from 'node:path';

/**
 * Folder the site's content is read from: `content/` in the project, or the
 * folder named by the CONTENT_DIR environment variable (tests, benchmarks).
 */
export function contentRoot(): string {
  return path.resolve(process.env.CONTENT_DIR ?? 'content');
}
