/**
 * What every gate returns: one entry per thing wrong, naming the gate and the
 * page (or file) it was found on, so a failing run lists everything at once.
 */

/** The checks run over a built site. */
export type GateName = 'html-validity' | 'internal-links' | 'third-party' | 'page-metadata' | 'inline-code';

/** One problem found in the built output. */
export interface Problem {
  gate: GateName;
  /** The page's URL path (`/nyheter/`, `/404.html`) or, for CSS and XML files, the file's URL path. */
  page: string;
  /** What is wrong, in a full sentence; names the element or URL where that helps. */
  message: string;
}
