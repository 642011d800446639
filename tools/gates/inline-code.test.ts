import { describe, expect, it } from 'vitest';
import { checkInlineCode } from './inline-code.ts';
import { testPage, testSite } from './testing.ts';

const problemsOf = (body: string) => checkInlineCode(testSite({ 'index.html': testPage({ body }) }));

describe('checkInlineCode', () => {
  it('allows the Markdown table alignments the policy allows by hash', () => {
    expect(
      problemsOf('<table><tr><th style="text-align: left">A</th><td style="text-align: center">B</td><td style="text-align: right">1</td></tr></table>'),
    ).toEqual([]);
  });

  it('allows external scripts and styles and JSON data blocks', () => {
    expect(
      problemsOf(
        '<script type="module" src="/_astro/a.js"></script><link rel="stylesheet" href="/_astro/a.css"><script type="application/json">{"a":1}</script><script type="application/ld+json">{}</script>',
      ),
    ).toEqual([]);
  });

  it.each([
    ['a classic inline script', '<script>alert(1)</script>', /^Inline <script> on line 13: the Content-Security-Policy \(script-src 'self'\) blocks it\./],
    ['an inline module', '<script type="module">import "/a.js"</script>', /^Inline <script>/],
    ['an import map', '<script type="importmap">{}</script>', /^Inline <script>/],
    ['an inline <style>', '<style>p{color:red}</style>', /^Inline <style> on line 13: the Content-Security-Policy \(style-src 'self'\) blocks it\./],
    ['a style attribute', '<p style="color:red">x</p>', /^<p style> on line 13 «color:red»: the Content-Security-Policy \(style-src 'self'\) blocks style attributes\./],
    ['an alignment written differently from the hashed one', '<table><tr><td style="text-align:right">1</td></tr></table>', /^<td style> on line 13 «text-align:right»/],
    ['a style attribute in SVG', '<svg viewBox="0 0 1 1"><rect style="fill:red" width="1" height="1"/></svg>', /^<rect style>/],
    ['an event handler attribute', '<button type="button" onclick="go()">Gå</button>', /^<button onclick> on line 13: the Content-Security-Policy blocks inline event handlers\./],
    ['a javascript: URL', '<a href="javascript:void(0)">Lenke</a>', /^<a href> «Lenke» on line 13 is a javascript: URL/],
  ])('reports %s', (_, markup, message) => {
    const problems = problemsOf(markup);
    expect(problems).toEqual([{ gate: 'inline-code', page: '/', message: expect.stringMatching(message) }]);
  });
});
