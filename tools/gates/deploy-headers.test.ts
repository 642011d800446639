import { describe, expect, it } from 'vitest';
import { nginxLocations, parseCsp, parseHeadersFile, parseNginxHeaders } from './deploy-headers.ts';

describe('parseNginxHeaders', () => {
  it('reads quoted and bare values, with or without always, and skips comments', () => {
    const conf = `# add_header X-Old "no";\nadd_header X-A "a b" always;\n  add_header x-b 'c';\nadd_header X-C d;`;
    expect([...parseNginxHeaders(conf)]).toEqual([
      ['x-a', 'a b'],
      ['x-b', 'c'],
      ['x-c', 'd'],
    ]);
  });
});

describe('parseHeadersFile', () => {
  it('reads a rule per path with its headers', () => {
    const text = '# kommentar\n/*\n  X-A: a: b\n\n/_astro/*\n  Cache-Control: immutable\n';
    expect(parseHeadersFile(text)).toEqual(
      new Map([
        ['/*', new Map([['x-a', 'a: b']])],
        ['/_astro/*', new Map([['cache-control', 'immutable']])],
      ]),
    );
  });

  it('refuses a header line outside a rule', () => {
    expect(() => parseHeadersFile('  X-A: a\n')).toThrow(/neither a path/);
  });
});

describe('parseCsp', () => {
  it('splits directives and sources', () => {
    expect(parseCsp("default-src 'self';img-src 'self' data: ; upgrade-insecure-requests")).toEqual(
      new Map([
        ['default-src', ["'self'"]],
        ['img-src', ["'self'", 'data:']],
        ['upgrade-insecure-requests', []],
      ]),
    );
  });
});

describe('nginxLocations', () => {
  it('finds each location with its body, nested braces included', () => {
    const conf = 'location / {\n  a;\n  if ($x) { b; }\n}\n# location /gammel/ {}\nlocation ~ ^/p/ { c; }';
    expect(nginxLocations(conf)).toEqual([
      { location: '/', body: '\n  a;\n  if ($x) { b; }\n' },
      { location: '~ ^/p/', body: ' c; ' },
    ]);
  });
});
