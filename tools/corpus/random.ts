/**
 * Small seeded pseudo-random generator for the demonstration corpus.
 *
 * The corpus must come out byte for byte the same for a given seed, so
 * nothing here touches `Math.random` or the clock. Mulberry32 is tiny, fast
 * and good enough for filler text; it is not for anything secret.
 */

/** Turns a seed and a label into a 32-bit seed, so each part of the corpus has its own stream. */
export function deriveSeed(seed: number, label: string): number {
  // xmur3-style string hash mixed with the numeric seed: changing how many
  // news items are generated must not shift the documents' stream.
  let h = (1779033703 ^ label.length ^ Math.imul(seed | 0, 0x9e3779b1)) >>> 0;
  for (let i = 0; i < label.length; i++) {
    h = Math.imul(h ^ label.charCodeAt(i), 3432918353);
    h = (h << 13) | (h >>> 19);
  }
  h = Math.imul(h ^ (h >>> 16), 2246822507);
  h = Math.imul(h ^ (h >>> 13), 3266489909);
  return (h ^ (h >>> 16)) >>> 0;
}

/** A seeded random stream (mulberry32) with the helpers the generator needs. */
export class Random {
  #state: number;

  /** Starts a stream from a 32-bit seed. */
  constructor(seed: number) {
    this.#state = seed >>> 0;
  }

  /** A stream for one part of the corpus, derived from the run's seed and a label. */
  static for(seed: number, label: string): Random {
    return new Random(deriveSeed(seed, label));
  }

  /** Next number in [0, 1). */
  next(): number {
    this.#state = (this.#state + 0x6d2b79f5) >>> 0;
    let t = this.#state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** Integer in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** True with probability `p`. */
  chance(p: number): boolean {
    return this.next() < p;
  }

  /** One element of a non-empty list. */
  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('pick() from an empty list');
    return items[Math.floor(this.next() * items.length)]!;
  }

  /** One element, chosen by weight; `weights` line up with `items`. */
  weighted<T>(items: readonly T[], weights: readonly number[]): T {
    const total = weights.reduce((sum, w) => sum + w, 0);
    let r = this.next() * total;
    for (let i = 0; i < items.length; i++) {
      r -= weights[i]!;
      if (r < 0) return items[i]!;
    }
    return items[items.length - 1]!;
  }

  /** A shuffled copy (Fisher–Yates). */
  shuffle<T>(items: readonly T[]): T[] {
    const copy = items.slice();
    for (let i = copy.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [copy[i], copy[j]] = [copy[j]!, copy[i]!];
    }
    return copy;
  }

  /** Up to `count` distinct elements, in the order they were drawn. */
  sample<T>(items: readonly T[], count: number): T[] {
    const n = Math.min(count, items.length);
    if (n <= 0) return [];
    // Partial Fisher–Yates over indices: cheap even when the list is long and n is small.
    const picked = new Map<number, number>();
    const result: T[] = [];
    for (let i = 0; i < n; i++) {
      const j = i + Math.floor(this.next() * (items.length - i));
      const atJ = picked.get(j) ?? j;
      picked.set(j, picked.get(i) ?? i);
      result.push(items[atJ]!);
    }
    return result;
  }
}
