import { describe, expect, it } from 'vitest';
import { cspHash, HASHED_STYLE_ATTRIBUTES } from './csp.ts';

describe('cspHash', () => {
  it('is the base64 SHA-256 of the exact text, as browsers compute it', () => {
    // Chromium's own suggestion for style="text-align: right" in a CSP violation report.
    expect(cspHash('text-align: right')).toBe('sha256-i0JPB0qmRu5AViJTxOIzqXnfGoiWFw+oNAm4uJd7ZQk=');
  });

  it('covers the three alignments of Markdown table columns', () => {
    expect(HASHED_STYLE_ATTRIBUTES.map(cspHash)).toEqual([
      'sha256-6l+tpow5lGPV0MHWZlDv8nD7HrL77FGFldqQ7zc5gxY=',
      'sha256-Y9v1MZrln1N8aPBY5lmpxYKwFkcp/nyBMMEnn7WFjuw=',
      'sha256-i0JPB0qmRu5AViJTxOIzqXnfGoiWFw+oNAm4uJd7ZQk=',
    ]);
  });
});
