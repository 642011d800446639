/**
 * Gate (a): every page is valid HTML by html-validate's `recommended` rules,
 * minus the few that fight the way Astro writes pages (each says why below).
 */
import { HtmlValidate, type ConfigData } from 'html-validate';
import { isRedirectPage, type BuiltSite } from './built-site.ts';
import type { Problem } from './problem.ts';

/** The html-validate configuration the gate runs. */
export const HTML_VALIDATE_CONFIG: ConfigData = {
  root: true,
  extends: ['html-validate:recommended'],
  rules: {
    // compressHTML keeps a space where a line ended inside inline content (so
    // "i\n<a>" still reads "i <a>"), which leaves spaces before line breaks in
    // the output. Harmless whitespace the source cannot avoid.
    'no-trailing-whitespace': 'off',
    // Heading ids come from the heading text («19 kommuner ...» → `19-kommuner-...`).
    // HTML5 allows any id without spaces; the rule's default is HTML4's letters-first.
    'valid-id': ['error', { relaxed: true }],
    // Titles are «page – site name», as WCAG 2.4.2 advises, so an article's
    // title passes 70 characters. Length is a search-snippet matter, not validity.
    'long-title': 'off',
    // Sätteri writes Markdown table column alignment as style="text-align: …"
    // (the Content-Security-Policy allows exactly those values by hash). Other
    // style attributes stay errors, here and in the inline-code gate.
    'no-inline-style': ['error', { allowedProperties: ['text-align'] }],
    // «Finn kommunen din» is an editable combobox whose popup is a listbox
    // (the WAI-ARIA APG pattern); a <select> cannot filter as the reader types.
    'prefer-native-element': ['error', { exclude: ['listbox'] }],
  },
};

/** Every html-validate error in every page, with its line and rule. */
export async function checkHtmlValidity(site: BuiltSite): Promise<Problem[]> {
  const validator = new HtmlValidate(HTML_VALIDATE_CONFIG);
  const problems: Problem[] = [];
  for (const page of site.pages) {
    // Astro's redirect stubs are a fixed minimal template (no <html>, <head> or
    // lang) that the reader never sees; the link gate still follows their target.
    if (isRedirectPage(page)) continue;
    const report = await validator.validateString(page.source, page.file);
    for (const result of report.results) {
      for (const message of result.messages) {
        problems.push({
          gate: 'html-validity',
          page: page.path,
          message: `Line ${message.line}:${message.column}: ${message.message} (${message.ruleId}${
            message.selector ? ` at ${message.selector}` : ''
          }).`,
        });
      }
    }
  }
  return problems;
}
