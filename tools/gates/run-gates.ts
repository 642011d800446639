/**
 * All gates over one built site, and the report a person reads when one
 * fails: every problem, grouped by gate and page, then what to do.
 */
import type { BuiltSite } from './built-site.ts';
import { checkHtmlValidity } from './html-validity.ts';
import { checkInlineCode } from './inline-code.ts';
import { checkInternalLinks } from './internal-links.ts';
import { checkPageMetadata } from './page-metadata.ts';
import type { GateName, Problem } from './problem.ts';
import { checkThirdParty } from './third-party.ts';

/** One gate: what it checks and how to fix what it finds. */
export interface Gate {
  name: GateName;
  title: string;
  advice: string;
  check: (site: BuiltSite) => Problem[] | Promise<Problem[]>;
}

/** The gates, in the order they are reported. */
export const GATES: readonly Gate[] = [
  {
    name: 'html-validity',
    title: 'Valid HTML (html-validate)',
    advice: 'Fix the markup in the component or content the page comes from; the rule name explains itself at https://html-validate.org/rules/.',
    check: checkHtmlValidity,
  },
  {
    name: 'internal-links',
    title: 'Internal links, images, scripts, stylesheets and #fragments',
    advice: 'Correct the address, or restore the page, file or heading it pointed to.',
    check: checkInternalLinks,
  },
  {
    name: 'third-party',
    title: 'No requests to other hosts',
    advice: 'Serve the file from the site itself, or remove it.',
    check: checkThirdParty,
  },
  {
    name: 'page-metadata',
    title: 'Title, lang, one h1 and canonical URL on every page',
    advice: 'Pass a distinct title to BaseLayout, give the page one <h1>, and let BaseLayout write lang and the canonical link.',
    check: checkPageMetadata,
  },
  {
    name: 'inline-code',
    title: 'Nothing the Content-Security-Policy would block',
    advice: "Move inline scripts and styles into bundled files; the CSP in deploy/ allows only the site's own files.",
    check: checkInlineCode,
  },
];

/** Every problem every gate finds, in gate order. */
export async function runGates(site: BuiltSite): Promise<Problem[]> {
  const problems: Problem[] = [];
  for (const gate of GATES) problems.push(...(await gate.check(site)));
  return problems;
}

/** A readable report: per failing gate, its pages and their problems, then the advice. */
export function formatReport(site: BuiltSite, problems: readonly Problem[]): string {
  const lines: string[] = [];
  for (const gate of GATES) {
    const own = problems.filter((problem) => problem.gate === gate.name);
    if (own.length === 0) {
      lines.push(`✓ ${gate.title}`);
      continue;
    }
    const pages = new Set(own.map((problem) => problem.page));
    lines.push(`✗ ${gate.title}: ${count(own.length, 'problem')} on ${count(pages.size, 'page')}`);
    // A broken link in the menu shows on every page: say it once, with the pages.
    for (const [message, same] of Map.groupBy(own, (problem) => problem.message)) {
      lines.push(`  - ${message}`, `    on ${listPages(same.map((problem) => problem.page))}`);
    }
    lines.push(`  What to do: ${gate.advice}`);
  }
  const checked = `${count(site.pages.length, 'page')}, ${count(site.stylesheets.length, 'stylesheet')}, ${count(site.xmlFiles.length, 'feed or sitemap file')}`;
  lines.push(
    problems.length === 0
      ? `All gates pass (${checked}).`
      : `${count(problems.length, 'problem')} in ${checked}. The site is not ready to publish until every gate passes.`,
  );
  return lines.join('\n');
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

function listPages(all: string[]): string {
  const pages = [...new Set(all)];
  if (pages.length === 1) return pages[0]!;
  const shown = pages.slice(0, 5).join(', ');
  return `${pages.length} pages: ${shown}${pages.length > 5 ? ` and ${pages.length - 5} more` : ''}`;
}
