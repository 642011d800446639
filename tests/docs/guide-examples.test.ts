/**
 * The staff guide's examples are real files: each code block marked
 * `<!-- eksempel: <path in content/> -->` is written over a copy of the
 * shipped content, and the check must find nothing wrong. So an example
 * cannot drift from the model, and every kind in the registry must have one.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildDate } from '../../src/build-date.ts';
import { kinds } from '../../src/content-model/registry.ts';
import { formatProblem } from '../../src/validation/problem.ts';
import { validateContent } from '../../src/validation/validate-content.ts';

const PROJECT = path.resolve(import.meta.dirname, '../..');
const GUIDE = path.join(PROJECT, 'docs/redaktorveiledning.md');
/** A small valid PDF, for examples that list one as an attachment. */
const PDF = path.join(PROJECT, 'tests/fixtures/valid/dokumenter/tjenesteavtale/avtale.pdf');

/** Every marked example in the guide: the file it stands for and its text. */
function examples(guide: string): { file: string; text: string }[] {
  const found: { file: string; text: string }[] = [];
  const marker = /<!-- eksempel: (\S+) -->\s*\n```[a-z]*\n([\s\S]*?)\n```/g;
  for (const match of guide.matchAll(marker)) found.push({ file: match[1]!, text: `${match[2]!}\n` });
  return found;
}

describe('the staff guide’s examples', () => {
  const guide = readFileSync(GUIDE, 'utf8');
  const all = examples(guide);
  const dir = mkdtempSync(path.join(tmpdir(), 'hp-guide-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('include a complete file of every kind of content', () => {
    const shown = new Set(all.map((example) => example.file.split('/')[0]));
    const missing = kinds.map((k) => (k.layout.type === 'single' ? k.layout.file : k.id)).filter((place) => !shown.has(place));
    expect(missing).toEqual([]);
    // Every marker is followed by its code block.
    expect(all.length).toBe(guide.match(/<!-- eksempel: /g)?.length);
  });

  it('pass npm run check when written over the shipped content', async () => {
    const root = path.join(dir, 'content');
    cpSync(path.join(PROJECT, 'content'), root, { recursive: true });
    for (const { file, text } of all) {
      const target = path.join(root, file);
      mkdirSync(path.dirname(target), { recursive: true });
      writeFileSync(target, text);
      for (const [, attachment] of text.matchAll(/^\s*- fil: (\S+\.pdf)$/gm)) {
        const where = path.join(path.dirname(target), attachment!);
        mkdirSync(path.dirname(where), { recursive: true });
        cpSync(PDF, where);
      }
    }
    const result = await validateContent(root, { buildDate: buildDate() });
    expect(result.problems.map(formatProblem)).toEqual([]);
  });
});
