/**
 * Reading the shipped deployment configuration (deploy/): the headers an
 * nginx snippet adds, the rules of a Netlify/Cloudflare `_headers` file, and
 * a Content-Security-Policy split into directives. Tests hold the files to
 * each other and to Astro's `<meta>` policy, and the nginx test compares what
 * the server sends with what the snippet says.
 */

/** Header name (lowercase) → value, from the `add_header` lines of an nginx file. */
export function parseNginxHeaders(conf: string): Map<string, string> {
  const headers = new Map<string, string>();
  for (const line of conf.split('\n')) {
    const match = /^\s*add_header\s+([\w-]+)\s+(?:"([^"]*)"|'([^']*)'|(\S+))(\s+always)?\s*;/.exec(line);
    if (match) headers.set(match[1]!.toLowerCase(), match[2] ?? match[3] ?? match[4]!);
  }
  return headers;
}

/** Path pattern → (header name, lowercase → value), from a `_headers` file. */
export function parseHeadersFile(text: string): Map<string, Map<string, string>> {
  const rules = new Map<string, Map<string, string>>();
  let current: Map<string, string> | undefined;
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      current = new Map();
      rules.set(line.trim(), current);
      continue;
    }
    const colon = line.indexOf(':');
    if (!current || colon < 0) throw new Error(`_headers: «${line.trim()}» is neither a path nor «Name: value» under one.`);
    current.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return rules;
}

/** A Content-Security-Policy as directive → sources, in the order written. */
export function parseCsp(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/).filter(Boolean);
    if (name) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

/** The blocks of an nginx file: each `location ... {` with the text of its body. */
export function nginxLocations(conf: string): { location: string; body: string }[] {
  const blocks: { location: string; body: string }[] = [];
  const text = conf.replace(/#[^\n]*/g, '');
  for (const match of text.matchAll(/location\s+([^{]+?)\s*\{/g)) {
    let depth = 1;
    let end = match.index + match[0].length;
    while (depth > 0 && end < text.length) {
      if (text[end] === '{') depth++;
      if (text[end] === '}') depth--;
      end++;
    }
    blocks.push({ location: match[1]!, body: text.slice(match.index + match[0].length, end - 1) });
  }
  return blocks;
}
