/**
 * Gate (e): nothing in a page needs `'unsafe-inline'`. The shipped
 * Content-Security-Policy (deploy/) allows scripts and styles only from the
 * site's own files (`script-src 'self'`, `style-src 'self'`), so an inline
 * `<script>`, `<style>`, `style="..."`, `onclick="..."` or `javascript:` URL
 * would be blocked in the browser. This gate finds them at build time.
 * The one exception is the few style attribute values the policy allows by
 * hash (`HASHED_STYLE_ATTRIBUTES`).
 */
import type { BuiltSite } from './built-site.ts';
import { HASHED_STYLE_ATTRIBUTES } from './csp.ts';
import { attr, describe, type Element } from './html-document.ts';
import type { Problem } from './problem.ts';

// Script types the browser runs (and so the CSP governs); JSON data blocks are not run.
const RUNNABLE_SCRIPT_TYPES = new Set([
  '',
  'module',
  'importmap',
  'speculationrules',
  'text/javascript',
  'application/javascript',
  'application/ecmascript',
  'application/x-javascript',
  'text/ecmascript',
  'text/jscript',
  'text/livescript',
]);

const URL_ATTRIBUTES = ['href', 'src', 'action', 'formaction', 'data'];

/** Every inline script, style, style attribute, event handler attribute and `javascript:` URL. */
export function checkInlineCode(site: BuiltSite): Problem[] {
  const problems: Problem[] = [];
  for (const page of site.pages) {
    const report = (message: string) => problems.push({ gate: 'inline-code', page: page.path, message });
    for (const element of page.document.elements) {
      if (isInlineScript(element)) {
        report(
          `Inline ${describe(element)}: the Content-Security-Policy (script-src 'self') blocks it. Use a processed <script> in the component (not is:inline), which Astro bundles into a file under /_astro/.`,
        );
      } else if (element.tagName === 'style') {
        report(
          `Inline ${describe(element)}: the Content-Security-Policy (style-src 'self') blocks it. Put the CSS in the component's <style> (with build.inlineStylesheets: 'never' Astro writes it to a file) or in a stylesheet.`,
        );
      }
      for (const attribute of element.attrs) {
        if (attribute.name === 'style') {
          if (HASHED_STYLE_ATTRIBUTES.includes(attribute.value)) continue;
          report(
            `${describe(element, 'style')} «${attribute.value}»: the Content-Security-Policy (style-src 'self') blocks style attributes. Use a class, or a stylesheet rule for the value.`,
          );
        } else if (/^on[a-z]+$/.test(attribute.name)) {
          report(
            `${describe(element, attribute.name)}: the Content-Security-Policy blocks inline event handlers. Add the listener with addEventListener in a bundled script.`,
          );
        } else if (URL_ATTRIBUTES.includes(attribute.name) && /^\s*javascript:/i.test(attribute.value)) {
          report(
            `${describe(element, attribute.name)} is a javascript: URL, which the Content-Security-Policy blocks. Use a button with a listener in a bundled script.`,
          );
        }
      }
    }
  }
  return problems;
}

function isInlineScript(element: Element): boolean {
  if (element.tagName !== 'script' || attr(element, 'src') !== null) return false;
  const type = (attr(element, 'type') ?? '').split(';')[0]!.trim().toLowerCase();
  return RUNNABLE_SCRIPT_TYPES.has(type);
}
