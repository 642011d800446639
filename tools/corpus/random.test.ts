import { describe, expect, it } from 'vitest';
import { Random, deriveSeed } from './random.ts';

describe('Random', () => {
  it('repeats the same sequence for the same seed', () => {
    const a = new Random(42);
    const b = new Random(42);
    const fromA = Array.from({ length: 5 }, () => a.next());
    expect(Array.from({ length: 5 }, () => b.next())).toEqual(fromA);
    expect(Array.from({ length: 5 }, () => new Random(43).next())).not.toEqual(fromA);
  });

  it('matches the published mulberry32 output for seed 1', () => {
    // First value of the reference implementation (bryc/code, mulberry32) with seed 1.
    expect(new Random(1).next()).toBeCloseTo(0.6270739405881613, 15);
  });

  it('keeps int() within its bounds and reaches both ends', () => {
    const r = new Random(7);
    const seen = new Set<number>();
    for (let i = 0; i < 1000; i++) {
      const n = r.int(2, 5);
      expect(n).toBeGreaterThanOrEqual(2);
      expect(n).toBeLessThanOrEqual(5);
      seen.add(n);
    }
    expect([...seen].sort()).toEqual([2, 3, 4, 5]);
  });

  it('samples distinct elements and never more than there are', () => {
    const r = new Random(3);
    const items = Array.from({ length: 50 }, (_, i) => i);
    const picked = r.sample(items, 20);
    expect(new Set(picked).size).toBe(20);
    expect(r.sample(['a', 'b'], 5).sort()).toEqual(['a', 'b']);
    expect(r.sample([], 3)).toEqual([]);
  });

  it('shuffles into a permutation without touching the input', () => {
    const items = [1, 2, 3, 4, 5, 6];
    const shuffled = new Random(9).shuffle(items);
    expect(items).toEqual([1, 2, 3, 4, 5, 6]);
    expect([...shuffled].sort()).toEqual(items);
  });

  it('gives each label its own stream', () => {
    expect(deriveSeed(1, 'news')).not.toBe(deriveSeed(1, 'documents'));
    expect(deriveSeed(1, 'news')).not.toBe(deriveSeed(2, 'news'));
    expect(deriveSeed(1, 'news')).toBe(deriveSeed(1, 'news'));
  });
});
