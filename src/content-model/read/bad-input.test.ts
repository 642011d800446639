/**
 * Runs every fixture in tests/fixtures/bad-input through this folder's checks,
 * in the order the content reader calls them, and compares with the case's
 * expected.txt. The lead's check-equals-build test runs the same fixtures
 * through `npm run check` and the build.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseYaml } from '../../validation/parse-source.ts';
import { compareProblems, formatProblem, type Problem } from '../../validation/problem.ts';
import { parseEventsCsv } from '../../publishing/events-csv.ts';
import { checkAttachment, checkImage, matchFileName } from './attachments.ts';
import { characterProblems, findInvisibleCharacters, findMisplacedSpaces } from './characters.ts';
import { decodeText } from './decode.ts';
import { checkMarkdownBody } from './markdown-policy.ts';

const root = path.join(import.meta.dirname, '../../../tests/fixtures/bad-input');
/** The MDX components the fixtures assume the site offers. */
const COMPONENTS = ['Faktaboks'];

/** Every file below `dir`, relative to it, with forward slashes. */
function filesBelow(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => statSync(path.join(dir, file)).isFile())
    .map((file) => file.split(path.sep).join('/'))
    .sort();
}

/** The top-level field on a line of YAML, for the field part of a message. */
function topLevelField(yaml: string, line: number): string | undefined {
  return /^([A-Za-z][A-Za-z0-9]*):/.exec(yaml.split('\n')[line - 1] ?? '')?.[1];
}

/** The checks a text file goes through: decode → invisible characters → misplaced spaces → Markdown policy. */
function checkText(bytes: Uint8Array, file: string): Problem[] {
  const decoded = decodeText(bytes, file);
  if (!decoded.ok) return decoded.problems;
  const text = decoded.text;
  const problems: Problem[] = [];
  if (file.endsWith('.json')) {
    problems.push(...characterProblems(findInvisibleCharacters(text), file));
    problems.push(...characterProblems(findMisplacedSpaces(text, 'json'), file));
    return problems;
  }
  const frontMatter = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(text);
  const yaml = file.endsWith('.md') || file.endsWith('.mdx') ? (frontMatter?.[1] ?? '') : text;
  const yamlOffset = yaml === text ? 0 : 1;
  problems.push(...characterProblems(findInvisibleCharacters(text), file, (line) => (line - yamlOffset <= yaml.split('\n').length ? topLevelField(yaml, line - yamlOffset) : undefined)));
  problems.push(...characterProblems(findMisplacedSpaces(yaml, 'yaml', yamlOffset), file));
  if (frontMatter && (file.endsWith('.md') || file.endsWith('.mdx'))) {
    const lineOffset = frontMatter[0].split('\n').length - 1;
    problems.push(...checkMarkdownBody(text.slice(frontMatter[0].length), { file, lineOffset, mdx: file.endsWith('.mdx'), components: COMPONENTS }));
  }
  return problems;
}

/** Every problem this folder's checks find in a case's overlay, as `npm run check` would print them. */
async function checkOverlay(overlay: string): Promise<string[]> {
  const problems: Problem[] = [];
  for (const file of filesBelow(overlay)) {
    const bytes = new Uint8Array(readFileSync(path.join(overlay, file)));
    if (/\.(md|mdx|json|ya?ml)$/.test(file) && !/^dokumenter\/[^/]+\/.+\/.*\.(json|ya?ml)$/.test(file)) {
      problems.push(...checkText(bytes, file));
    } else if (file.startsWith('dokumenter/')) {
      problems.push(...(await checkAttachment(bytes, file)));
    } else if (/\.(png|jpe?g|gif|webp)$/i.test(file)) {
      problems.push(...checkImage(bytes, file));
    }
  }
  return problems.sort(compareProblems).map(formatProblem);
}

/** What the spreadsheet import prints for a case's CSV: «Rad N: …» per problem. */
function checkInput(input: string): string[] {
  return filesBelow(input).flatMap((file) =>
    parseEventsCsv(new Uint8Array(readFileSync(path.join(input, file))), file)
      .problems.sort((a, b) => a.row - b.row)
      .map((problem) => `Rad ${problem.row}: ${problem.message}`),
  );
}

const cases = readdirSync(root, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .flatMap((entry) => readdirSync(path.join(root, entry.name)).map((name) => [entry.name, name] as const));

describe.each([...new Set(cases.map(([className]) => className))])('%s', (className) => {
  test.each(cases.filter(([c]) => c === className).map(([, name]) => name))('%s', async (name) => {
    const dir = path.join(root, className, name);
    const expected = readFileSync(path.join(dir, 'expected.txt'), 'utf8').split('\n').filter(Boolean);
    const actual = existsSync(path.join(dir, 'input')) ? checkInput(path.join(dir, 'input')) : await checkOverlay(path.join(dir, 'overlay'));
    expect(actual).toEqual(expected);
  });
});

test('each class has its original example and at least two more', () => {
  const counts = new Map<string, number>();
  for (const [className] of cases) counts.set(className, (counts.get(className) ?? 0) + 1);
  for (const [className, count] of counts) expect(count, className).toBeGreaterThanOrEqual(3);
  expect(counts.size).toBeGreaterThanOrEqual(13);
});

test('file-name-normalisation: every listed attachment and image resolves to the file on disk', () => {
  for (const [className, name] of cases.filter(([c]) => c === 'file-name-normalisation')) {
    const overlay = path.join(root, className, name, 'overlay');
    const files = filesBelow(overlay);
    for (const file of files.filter((f) => f.endsWith('.md'))) {
      const text = readFileSync(path.join(overlay, file), 'utf8');
      const yaml = /^---\n([\s\S]*?)\n---\n/.exec(text)![1]!;
      const parsed = parseYaml(yaml, file);
      if (!parsed.ok) throw new Error(`${file} does not parse`);
      const data = parsed.source.data as { vedlegg?: { fil: string }[]; bilde?: { fil: string } };
      const listed = [...(data.vedlegg ?? []).map((v) => v.fil), ...(data.bilde ? [data.bilde.fil.replace(/^\.\//, '')] : [])];
      const folder = path.posix.dirname(file);
      const onDisk = files.filter((f) => f.startsWith(`${folder}/`)).map((f) => f.slice(folder.length + 1));
      for (const entry of listed) {
        expect(onDisk, `${className}/${name}: ${entry}`).not.toContain(entry);
        expect(matchFileName(entry, onDisk), `${className}/${name}: ${entry}`).toBeDefined();
      }
    }
  }
});
