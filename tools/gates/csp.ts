/**
 * What the site's Content-Security-Policy allows beyond its own files, in one
 * place for the inline-code gate and the tests that hold the nginx headers,
 * `_headers` and Astro's `<meta>` policy to it.
 */
import { createHash } from 'node:crypto';

/**
 * Style attribute values the policy allows by hash (`style-src-attr
 * 'unsafe-hashes' 'sha256-…'`): Markdown table column alignment, which the
 * Sätteri renderer writes as `style="text-align: right"`. Every other style
 * attribute is blocked.
 */
export const HASHED_STYLE_ATTRIBUTES: readonly string[] = ['text-align: left', 'text-align: center', 'text-align: right'];

/** The CSP hash source for an inline value: `sha256-<base64>`. */
export function cspHash(value: string): string {
  return `sha256-${createHash('sha256').update(value, 'utf8').digest('base64')}`;
}
