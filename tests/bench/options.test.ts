import { describe, expect, it } from 'vitest';
import { BenchUsageError, STEPS, parseBenchArgs } from '../../tools/bench/options.ts';

describe('npm run bench options', () => {
  it('defaults to the full-size corpus, every step, one run, results in the project', () => {
    const options = parseBenchArgs([], '/project');
    expect(options).toMatchObject({ seed: 1, news: 10000, documents: 2000, answers: 500, repeat: 1, steps: [...STEPS], resultsDir: '/project', keep: false, installHugo: true });
    expect(STEPS).toContain('peers');
  });

  it('reads sizes, repeats and steps, in the order the steps run', () => {
    const options = parseBenchArgs(['--news', '20', '--repeat', '3', '--steps', 'weight,first', '--results-dir', '/tmp/r'], '/project');
    expect(options).toMatchObject({ news: 20, repeat: 3, steps: ['first', 'weight'], resultsDir: '/tmp/r' });
  });

  it('installs Hugo for the peers unless told not to', () => {
    expect(parseBenchArgs(['--steps', 'peers', '--no-hugo-install'], '/p')).toMatchObject({ steps: ['peers'], installHugo: false });
  });

  it('names what is wrong', () => {
    expect(() => parseBenchArgs(['--news', 'many'], '/p')).toThrow(new BenchUsageError('--news must be a whole number, not «many».'));
    expect(() => parseBenchArgs(['--steps', 'first,fast'], '/p')).toThrow(/Unknown step «fast»/);
    expect(() => parseBenchArgs(['--colour'], '/p')).toThrow(BenchUsageError);
  });
});
