/**
 * What a Markdown or MDX body may contain, checked on the parsed document,
 * never with patterns on the text. The body is parsed by Sätteri, the parser
 * that renders the site's Markdown and MDX (@astrojs/markdown-satteri and
 * @astrojs/mdx), so the check sees exactly the structure the build renders;
 * raw HTML is parsed by parse5 (through hast-util-from-html), the HTML
 * standard's parsing algorithm, as the reader's browser will parse it.
 *
 * The policy, for `.md`:
 * - Raw HTML may use only the elements and attributes of GitHub's sanitiser
 *   schema (`defaultSchema` of hast-util-sanitize, what github.com allows in
 *   README files) minus `<input>` (no forms on this site). Everything else is
 *   refused with the line, with its own reason where the danger is known:
 *   `<script>`; `<iframe>`, `<frame>`, `<object>`, `<embed>`, `<applet>`
 *   (embedded pages and plug-ins); `<style>` and `style` attributes (the CSP
 *   allows no inline style; only the site's stylesheets); forms and their
 *   fields; `<base>`, `<meta>`, `<link>`; every `on…` event attribute.
 * - Links (Markdown and HTML) may not use `javascript:`, `vbscript:` or
 *   `data:`; an HTML `href` must use one of the schema's protocols (http,
 *   https, mailto, irc, ircs, xmpp) or `tel:`, or be relative.
 * - Images are written in Markdown, `![what it shows](./bilder/fil.png)`,
 *   with a description in the brackets (the site has no convention for
 *   decorative images in bodies, so every image needs one). A raw `<img>` is
 *   refused: the build copies only images written in Markdown, so it would
 *   be published broken and usually without alt text.
 * - Images and media load only from the site itself: an `src`, `srcset` or
 *   `poster` (and a Markdown image) that is absolute or starts with `//` is
 *   refused. The site makes no request to another host (readers' privacy;
 *   the CSP's `img-src 'self'` would block it anyway), and `data:` images
 *   hide content from the check.
 * - Word paste debris is refused once per line with advice to paste as
 *   plain text: Office tags such as `<o:p>` (which Markdown shows as text),
 *   `class="Mso…"`, `mso-` styles and Word's `<span lang=EN-US>` wrappers
 *   (a lower-case `lang="en"` is fine: it marks a quotation's language).
 *
 * For `.mdx` the same, plus: capitalised JSX elements only when named in
 * `components` (the site's own, e.g. `Faktaboks`); lower-case JSX elements
 * are HTML, rendered as written, so the HTML rules above apply to them;
 * every attribute value is literal text; no `import` or `export`; no
 * `{expression}` in text or attributes and no `{...spread}`. MDX is compiled
 * to JavaScript and run at build time, so anything else would be code from
 * the content folder. An expression holding only a comment
 * (`{/* merknad *\/}`) runs nothing and is allowed.
 *
 * The same parse gives the reference check (src/validation/references.ts)
 * what it needs to check links to the site's own pages: the body's links
 * that may lead to this site and the anchors (heading and element ids) the
 * body makes.
 */
import type { Element, Nodes as HastNodes, Properties } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { defaultSchema } from 'hast-util-sanitize';
import GithubSlugger from 'github-slugger';
import { find, html as htmlSchema } from 'property-information';
import { markdownToMdast, mdxToMdast } from 'satteri';
import { visit } from 'unist-util-visit';
import type { Problem } from '../../validation/problem.ts';
import { joinAnd } from '../../validation/wording.ts';

/** Where the body sits and which MDX components the site offers. */
export interface MarkdownPolicyOptions {
  /** File relative to the content folder, for the problems. */
  file: string;
  /** Lines above the body (front matter and its `---` lines); added to every line. */
  lineOffset: number;
  /** True for `.mdx` files. */
  mdx: boolean;
  /** Names of the components an `.mdx` file may use, e.g. `['Faktaboks']`. */
  components: readonly string[];
}

const FORBIDDEN_TAGS = new Set(['input']);
const ALLOWED_TAGS = new Set((defaultSchema.tagNames ?? []).filter((tag) => !FORBIDDEN_TAGS.has(tag)));
const LINK_PROTOCOLS = new Set([...(defaultSchema.protocols?.href ?? []), 'tel']);
const DANGEROUS_PROTOCOLS = new Set(['javascript', 'vbscript', 'data']);

/** Elements refused with their own reason. */
const KNOWN_DANGERS: ReadonlyMap<string, { what: string; fix: string }> = new Map([
  ['script', { what: 'det kjører et program i leserens nettleser', fix: 'Fjern hele <script>…</script>. Innholdet kan ikke inneholde programkode.' }],
  ...['iframe', 'frame', 'frameset', 'object', 'embed', 'applet'].map(
    (tag) =>
      [
        tag,
        {
          what: 'det bygger inn en annen nettside eller et program i siden',
          fix: 'Fjern elementet, og lenk heller til innholdet, for eksempel [Se videoen](https://…).',
        },
      ] as const,
  ),
  ['style', { what: 'det endrer utseendet på hele nettstedet', fix: 'Fjern elementet. Utseendet bestemmes av nettstedets egne stiler.' }],
  ...['form', 'input', 'button', 'select', 'textarea', 'option', 'fieldset'].map(
    (tag) =>
      [
        tag,
        { what: 'skjemaer kan sende det leseren skriver, til andre', fix: 'Fjern skjemaet, og lenk heller til skjemaet der det ligger.' },
      ] as const,
  ),
  ['base', { what: 'det endrer hvor alle lenkene på siden peker', fix: 'Fjern elementet.' }],
  ['meta', { what: 'det kan sende leseren videre til en annen side', fix: 'Fjern elementet.' }],
  ['link', { what: 'det henter stiler eller andre filer inn i siden', fix: 'Fjern elementet. En vanlig lenke skrives [tekst](https://…).' }],
]);

/** Elements whose `src`, `srcset` or `poster` the browser loads with the page, and what staff call them. */
const MEDIA_NOUNS: Readonly<Record<string, string>> = {
  img: 'bildet',
  source: 'bildet eller videoen',
  picture: 'bildet',
  video: 'videoen',
  audio: 'lydfilen',
  track: 'tekstsporet',
};
const LOADED_PROPERTIES = ['src', 'srcSet', 'poster'];

const WORD_FIX =
  'Lim inn teksten på nytt som ren tekst (i Word: Lim inn spesial → Uformatert tekst, eller Ctrl+Shift+V), og skriv formateringen med Markdown, for eksempel **fet**.';

/** A link in a body that may lead to this site (`#…`, `/…`, or a full http(s) address), for the reference check. */
export interface BodyLink {
  /** The address as written. */
  url: string;
  /** 1-based line in the file. */
  line: number | undefined;
}

/** What the reference check needs from a body, besides its problems. */
export interface BodyOutline {
  /**
   * Links that may lead to this site, in document order: every `#…` and
   * `/…` address, every relative one (`../nyheter/x/`, `vedlegg.pdf`), and
   * every full `http(s)://` one (the check compares it with the site's own
   * address in the settings, `nettadresse`).
   */
  links: BodyLink[];
  /**
   * The ids the rendered body gives its elements: each heading's (made from
   * its text as the renderers make it, github-slugger), and every `id`
   * written on an HTML element.
   */
  anchors: string[];
}

/**
 * Problems in a Markdown or MDX body, in document order. Never throws: an MDX
 * body that cannot be parsed is one problem at the line where parsing stopped.
 */
export function checkMarkdownBody(body: string, options: MarkdownPolicyOptions): Problem[] {
  return readMarkdownBody(body, options).problems;
}

/**
 * Problems in a Markdown or MDX body (as `checkMarkdownBody()`), and its
 * links that may lead to this site and the anchors it makes, from the same parse.
 */
export function readMarkdownBody(body: string, options: MarkdownPolicyOptions): { problems: Problem[] } & BodyOutline {
  const problems: Problem[] = [];
  const links: BodyLink[] = [];
  const anchors: string[] = [];
  const slugger = new GithubSlugger();
  const at = (line: number | undefined, what: string, fix: string) =>
    problems.push({ file: options.file, line: line === undefined ? undefined : line + options.lineOffset, what, fix });
  const inSite = (url: string, line: number | undefined) => {
    // Relative links (no scheme, not from the root) too: the check resolves them against the item's pages.
    const site = !/^[a-z][a-z0-9+.-]*:/i.test(url) || /^https?:\/\//i.test(url);
    if (site && url !== '' && !url.startsWith('//')) links.push({ url, line: line === undefined ? undefined : line + options.lineOffset });
  };

  let tree: MdNode;
  try {
    // The site's features as astro.config.mjs sets them; front matter is already cut off.
    const parse = options.mdx ? mdxToMdast : markdownToMdast;
    tree = parse(body, { features: { gfm: true, frontmatter: false } }) as unknown as MdNode;
  } catch (error) {
    // Sätteri reports «<line>:<column>: <reason>» in English; the line is what staff need.
    const line = /^(\d+):\d+/.exec(String((error as Error).message))?.[1];
    at(
      line ? Number(line) : 1,
      'teksten kan ikke leses som MDX: et < eller { på denne linjen starter en komponent eller kode som ikke er skrevet riktig',
      'I .mdx-filer har < og { en spesiell betydning. Skriv \\< og \\{ der tegnene skal vises som tekst, avslutt komponenten riktig, eller lagre filen som .md.',
    );
    return { problems, links, anchors };
  }

  const definitions = new Map<string, string>();
  walk(tree, (node) => {
    if (node.type === 'definition') definitions.set(String(node.identifier), String(node.url));
  });
  const wordLines = new Set<number>();
  const wordDebris = (line: number, sample: string) => {
    if (wordLines.has(line)) return;
    wordLines.add(line);
    at(line, `teksten inneholder rester av formatering fra Word (${sample})`, WORD_FIX);
  };
  const componentList = options.components.length > 0 ? joinAnd(options.components.map((name) => `<${name}>`)) : undefined;

  walk(tree, (node) => {
    const line = node.position?.start.line;
    switch (node.type) {
      case 'link':
      case 'definition': {
        const url = String(node.url);
        const reason = dangerousUrl(url);
        if (reason) at(line, `lenken ${quoteUrl(url)} er ikke tillatt: ${reason}`, 'Bruk en vanlig nettadresse (https://…) eller en fil i innholdsmappen.');
        else inSite(url, line);
        break;
      }
      case 'heading':
        anchors.push(slugger.slug(textOf(node)));
        break;
      case 'image':
        imageUrl(line, String(node.url));
        imageAlt(line, node, String(node.url));
        break;
      case 'imageReference': {
        const url = definitions.get(String(node.identifier));
        if (url !== undefined && isRemote(url)) imageUrl(line, url);
        imageAlt(line, node, url ?? String(node.identifier));
        break;
      }
      case 'text': {
        const office = /<\/?(?:o|w|v|m|st1):[a-z]+[^>]*>/i.exec(String(node.value));
        if (office && line !== undefined) wordDebris(line, office[0]);
        break;
      }
      case 'html':
        if (line !== undefined) checkHtml(String(node.value), line);
        break;
      case 'mdxjsEsm':
        checkEsm(String(node.value), line ?? 1);
        break;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        if (!isOnlyComment(String(node.value))) {
          at(
            line,
            `{${shorten(String(node.value))}} er ikke tillatt: tekst i krøllparenteser kjøres som kode`,
            'Fjern krøllparentesene, eller skriv \\{ og \\} hvis de skal vises som tegn.',
          );
        }
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        checkJsx(node, line);
        break;
    }
  });

  /** One ESM node holds consecutive import/export lines; each statement is named on its own line. */
  function checkEsm(value: string, line: number) {
    value.split('\n').forEach((text, index) => {
      const keyword = /^\s*(import|export)\b/.exec(text)?.[1];
      if (keyword === 'import') {
        const source = /(?:from\s*|^\s*import\s*)(['"])([^'"]+)\1/.exec(text)?.[2];
        at(
          line + index,
          `«import»${source ? ` fra «${source}»` : ''} er ikke tillatt: en .mdx-fil kan ikke hente inn kode eller filer`,
          componentList ? `Fjern linjen. Komponentene ${componentList} kan brukes uten import.` : 'Fjern linjen.',
        );
      } else if (keyword === 'export') {
        at(line + index, '«export» er ikke tillatt: en .mdx-fil kan ikke inneholde kode', 'Fjern linjen. Skriv opplysningene som felt øverst i filen.');
      }
    });
  }

  function imageUrl(line: number | undefined, url: string) {
    const reason = dangerousUrl(url);
    if (reason) {
      at(line, `bildet ${quoteUrl(url)} er ikke tillatt: ${reason}`, 'Legg bildefilen i innholdsmappen og skriv stien til den, for eksempel ![Beskrivelse](./bilder/bilde.jpg).');
    } else if (isRemote(url)) {
      at(line, remoteWhat('bildet', url), remoteFix);
    }
  }

  /** A Markdown image must say what it shows: the site has no convention for purely decorative images in bodies. */
  function imageAlt(line: number | undefined, node: MdNode, url: string) {
    if (typeof node.alt === 'string' && node.alt.trim() !== '') return;
    at(line, `bildet ${quoteUrl(url)} mangler beskrivelse (alt-tekst): hakeparentesene [ ] er tomme`, IMAGE_ALT_FIX);
  }

  function checkJsx(node: MdNode, line: number | undefined) {
    const name = node.name as string | null | undefined;
    if (!name) {
      at(line, 'tomme koder <> … </> er ikke tillatt i .mdx-filer', 'Fjern <> og </>.');
      return;
    }
    // Lower-case names are HTML elements, rendered as written: the HTML rules apply.
    const html = /^[a-z]/.test(name);
    if (!html && !options.components.includes(name)) {
      at(
        line,
        `komponenten <${name}> finnes ikke${componentList ? `; i .mdx-filer kan du bruke ${componentList}` : ''}`,
        componentList
          ? `Bruk ${componentList}, eller skriv innholdet med Markdown.`
          : 'Nettstedet har ingen komponenter for .mdx-filer. Skriv innholdet med Markdown og lagre filen som .md.',
      );
      return;
    }
    const properties: Properties = {};
    for (const attribute of (node.attributes ?? []) as JsxAttribute[]) {
      if (attribute.type === 'mdxJsxExpressionAttribute') {
        at(line, `<${name}> har {${shorten(attribute.value)}}, som er kode og ikke tekst`, 'Fjern {…} og skriv hver egenskap som navn="verdi".');
      } else if (attribute.value !== null && typeof attribute.value === 'object') {
        at(line, `verdien til «${attribute.name}» i <${name}> er kode ({${shorten(attribute.value.value)}}), ikke tekst`, `Skriv verdien i anførselstegn: ${attribute.name}="…".`);
      } else if (html) {
        const property = find(htmlSchema, attribute.name).property;
        properties[property] = property === 'className' ? String(attribute.value ?? '').split(/\s+/).filter(Boolean) : (attribute.value ?? true);
      } else if (typeof attribute.value === 'string') {
        const reason = dangerousUrl(attribute.value);
        if (reason && /^\s*[a-z][a-z0-9+.-]*:/i.test(attribute.value)) {
          at(line, `verdien til «${attribute.name}» i <${name}> er ikke tillatt: ${reason}`, 'Bruk en vanlig nettadresse (https://…).');
        }
      }
    }
    if (html && line !== undefined) checkElement({ type: 'element', tagName: name, properties, children: [] }, line);
  }

  function checkHtml(value: string, line: number) {
    const fragment = fromHtml(value, { fragment: true });
    visit(fragment as HastNodes, (child) => {
      const childLine = line + (child.position?.start.line ?? 1) - 1;
      if (child.type === 'comment') {
        if (/\[if\s[^\]]*mso|\[endif\]/i.test(child.value)) wordDebris(childLine, '<!--[if gte mso …]>');
        return;
      }
      if (child.type === 'element') checkElement(child, childLine);
    });
  }

  function checkElement(element: Element, line: number) {
    const tag = element.tagName;
    const debris = wordMarker(element);
    if (debris) {
      wordDebris(line, debris);
    }
    if (tag === 'img') {
      // The build copies only images written in Markdown; an <img> would be published broken.
      at(line, 'HTML-elementet <img> kan ikke brukes: bildet blir ikke med når nettstedet bygges, og vises ikke for leserne', IMG_FIX);
    }
    const known = KNOWN_DANGERS.get(tag);
    if (known) {
      at(line, `HTML-elementet <${tag}> er ikke tillatt: ${known.what}`, known.fix);
      return;
    }
    if (!ALLOWED_TAGS.has(tag)) {
      if (!debris) at(line, `HTML-elementet <${tag}> er ikke tillatt her`, 'Fjern elementet, og skriv teksten med Markdown.');
      return;
    }
    const allowed = allowedProperties(tag);
    for (const [property, value] of Object.entries(element.properties)) {
      const attribute = find(htmlSchema, property).attribute;
      if (/^on/i.test(attribute)) {
        at(line, `attributtet «${attribute}» på <${tag}> er ikke tillatt: det kjører et program i leserens nettleser`, 'Fjern attributtet.');
      } else if (property === 'style') {
        if (!debris) {
          at(line, `attributtet «style» på <${tag}> er ikke tillatt: utseendet bestemmes av nettstedets egne stiler`, 'Fjern attributtet. Skriv **fet** og *kursiv* med Markdown.');
        }
      } else if (LOADED_PROPERTIES.includes(property)) {
        loadedUrl(tag, attribute, value, line);
      } else if (property === 'href' || property === 'cite' || property === 'longDesc') {
        const url = String(value);
        const reason = dangerousUrl(url) ?? (property === 'href' ? unknownProtocol(url) : undefined);
        if (reason) at(line, `lenken ${quoteUrl(url)} er ikke tillatt: ${reason}`, 'Bruk en vanlig nettadresse (https://…) eller en fil i innholdsmappen.');
        else if (property === 'href' && tag === 'a') inSite(url, line);
      } else if (property === 'id') {
        anchors.push(String(value));
      } else if (!allowed.has(property) && !(debris && (property === 'className' || property === 'lang'))) {
        at(line, `attributtet «${attribute}» på <${tag}> er ikke tillatt`, 'Fjern attributtet.');
      }
    }
  }

  function loadedUrl(tag: string, attribute: string, value: Properties[string], line: number) {
    const urls = attribute === 'srcset' ? String(value).split(',').map((candidate) => candidate.trim().split(/\s+/)[0] ?? '') : [String(value)];
    const noun = MEDIA_NOUNS[tag] ?? 'filen';
    for (const url of urls.filter(Boolean)) {
      const reason = dangerousUrl(url);
      if (reason) at(line, `${noun} ${quoteUrl(url)} er ikke tillatt: ${reason}`, 'Legg filen i innholdsmappen og skriv stien til den.');
      else if (isRemote(url)) at(line, remoteWhat(noun, url), remoteFix);
    }
  }

  return {
    problems: problems.map((problem, index) => ({ problem, index })).sort((a, b) => (a.problem.line ?? 0) - (b.problem.line ?? 0) || a.index - b.index).map(({ problem }) => problem),
    links,
    anchors,
  };
}

/** The text of a heading as the renderers slug it: its text and code, without markup. */
function textOf(node: MdNode): string {
  if (node.type === 'text' || node.type === 'inlineCode') return String(node.value);
  return (node.children ?? []).map(textOf).join('');
}

const IMAGE_ALT_FIX =
  'Skriv kort hva bildet viser mellom [ og ], for lesere som ikke kan se det, for eksempel ![Styremøtet i Helseplattformen AS](./bilder/motet.png).';

const IMG_FIX = 'Skriv bildet med Markdown i stedet: ![beskrivelse](./bilder/fil.png), med en kort beskrivelse av hva bildet viser mellom [ og ].';

const remoteFix =
  'Last ned filen, legg den i innholdsmappen (for eksempel nyheter/bilder/) og skriv stien til den, for eksempel ![Beskrivelse](./bilder/bilde.jpg). Eller lenk til den: [Se bildet](https://…).';

function remoteWhat(noun: string, url: string): string {
  return `${noun} hentes fra et annet nettsted (${hostOf(url)}); nettstedet henter ingenting fra andre nettsteder, av hensyn til lesernes personvern`;
}

/** Properties the sanitiser schema allows on `tag` (including those for every element). */
function allowedProperties(tag: string): Set<string> {
  const names = new Set<string>();
  for (const entry of [...(defaultSchema.attributes?.['*'] ?? []), ...(defaultSchema.attributes?.[tag] ?? [])]) {
    names.add(typeof entry === 'string' ? entry : entry[0]);
  }
  return names;
}

/** The Word marker on an element, as staff would see it in the source, or undefined. */
function wordMarker(element: Element): string | undefined {
  if (element.tagName.includes(':')) return `<${element.tagName}>`;
  const classes = element.properties.className;
  const mso = Array.isArray(classes) ? classes.find((name) => /^mso/i.test(String(name))) : undefined;
  if (mso) return `class="${String(mso)}"`;
  const lang = element.properties.lang;
  // Word writes region codes in capitals (EN-US, NO-BOK); a hand-written
  // lang="en" marking a quotation's language is good practice and stays.
  if (element.tagName === 'span' && typeof lang === 'string' && /^[A-Z]{2,3}(-[A-Z0-9]+)*$/.test(lang)) return `<span lang=${lang}>`;
  const style = element.properties.style;
  if (typeof style === 'string' && /(^|[;\s])mso-/i.test(style)) return 'style="mso-…"';
  return undefined;
}

/** Why a URL is refused outright, or undefined. Browsers ignore tabs and line breaks inside a scheme, so they are removed first. */
function dangerousUrl(url: string): string | undefined {
  const scheme = schemeOf(url);
  if (!scheme || !DANGEROUS_PROTOCOLS.has(scheme)) return undefined;
  return scheme === 'data'
    ? 'adresser som begynner med data: legger inn innhold som ikke er kontrollert'
    : `adresser som begynner med ${scheme}: kjører et program i leserens nettleser`;
}

function unknownProtocol(url: string): string | undefined {
  const scheme = schemeOf(url);
  return scheme && !LINK_PROTOCOLS.has(scheme) ? `adresser som begynner med ${scheme}: kan ikke brukes` : undefined;
}

function schemeOf(url: string): string | undefined {
  const cleaned = url.replace(/[\u0000-\u0020]/g, '');
  return /^([a-z][a-z0-9+.-]*):/i.exec(cleaned)?.[1]?.toLowerCase();
}

function isRemote(url: string): boolean {
  const cleaned = url.trim();
  return cleaned.startsWith('//') || /^[a-z][a-z0-9+.-]*:/i.test(cleaned);
}

function hostOf(url: string): string {
  try {
    return new URL(url, 'https://x.invalid').host;
  } catch {
    return url;
  }
}

function quoteUrl(url: string): string {
  return `«${shorten(url)}»`;
}

function shorten(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length > 50 ? `${oneLine.slice(0, 47)}…` : oneLine;
}

/** A node of Sätteri's mdast: the fields this module reads. */
interface MdNode {
  type: string;
  children?: MdNode[];
  position?: { start: { line: number } };
  [field: string]: unknown;
}

/** An attribute of an MDX JSX element, as in mdast-util-mdx-jsx. */
type JsxAttribute =
  | { type: 'mdxJsxAttribute'; name: string; value: string | null | { type: 'mdxJsxAttributeValueExpression'; value: string } }
  | { type: 'mdxJsxExpressionAttribute'; value: string };

/** Calls `visitor` on every node in document order (pre-order). */
function walk(node: MdNode, visitor: (node: MdNode) => void): void {
  visitor(node);
  for (const child of node.children ?? []) walk(child, visitor);
}

/** `{/* … *\/}`: a block comment and nothing else, so nothing to run. */
function isOnlyComment(value: string): boolean {
  return /^\s*\/\*(?:(?!\*\/)[\s\S])*\*\/\s*$/.test(value);
}
