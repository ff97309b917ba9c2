/**
 * Seeded randomness for the synthetic WoS generator: xoshiro128** seeded through splitmix32,
 * and the few distributions the generator draws from. Every record gets its own stream
 * (`recordRandom(seed, index)`), so record i is the same bytes whatever the file size and
 * whatever was drawn for the records before it: a 10k file is the head of the 100k file.
 */

/** A seeded source of uniform numbers and the draws built on them. */
export interface Random {
  /** A uniform number in [0, 1). */
  next(): number;
  /** A uniform integer in [min, max], both inclusive. */
  int(min: number, max: number): number;
  /** `true` with probability `p`. */
  chance(p: number): boolean;
  /** One element of a non-empty array, uniformly. */
  pick<T>(items: readonly T[]): T;
}

/**
 * splitmix32 step: a bijective 32-bit mixer, used to seed xoshiro and to derive stream seeds.
 * @example
 * mix32(1) // → 2462723854
 */
export function mix32(value: number): number {
  let z = (value + 0x9e3779b9) | 0;
  z = Math.imul(z ^ (z >>> 16), 0x21f0aaad);
  z = Math.imul(z ^ (z >>> 15), 0x735a2d97);
  return (z ^ (z >>> 15)) >>> 0;
}

/**
 * Creates a xoshiro128** generator (period 2^128 − 1) from a 32-bit seed.
 * @param seed - any integer; only its low 32 bits count
 * @example
 * const random = createRandom(42);
 * random.int(1, 6); // → the same number on every run
 */
export function createRandom(seed: number): Random {
  let s0 = mix32(seed);
  let s1 = mix32(s0);
  let s2 = mix32(s1);
  let s3 = mix32(s2);
  // The all-zero state is the one state xoshiro never leaves.
  if ((s0 | s1 | s2 | s3) === 0) s0 = 1;
  const nextUint32 = (): number => {
    const result = Math.imul(rotl(Math.imul(s1, 5), 7), 9) >>> 0;
    const t = s1 << 9;
    s2 ^= s0;
    s3 ^= s1;
    s1 ^= s2;
    s0 ^= s3;
    s2 ^= t;
    s3 = rotl(s3, 11);
    return result;
  };
  const next = (): number => nextUint32() / 4294967296;
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (p) => next() < p,
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T,
  };
}

function rotl(x: number, k: number): number {
  return (x << k) | (x >>> (32 - k));
}

/**
 * The random stream of one record: independent of every other record's stream.
 * @param seed - the data set's seed (a 32-bit unsigned integer)
 * @param index - the record's 0-based position
 * @example
 * recordRandom(1, 0).next() === recordRandom(1, 0).next() // → true
 */
export function recordRandom(seed: number, index: number): Random {
  // Two rounds of mixing so that neighbouring (seed, index) pairs give unrelated states.
  return createRandom(mix32(mix32(seed) ^ mix32(index ^ 0x5bd1e995)));
}

/** A categorical distribution, drawn by binary search over cumulative weights. */
export interface Weighted<T> {
  /** Draws one item with probability proportional to its weight. */
  draw(random: Random): T;
  /** The items, in the order given. */
  readonly items: readonly T[];
}

/**
 * Builds a categorical distribution.
 * @param entries - `[item, weight]` pairs; weights are positive and need not sum to 1
 * @example
 * weighted([["Article", 0.8], ["Review", 0.2]]).draw(random) // → "Article" four times in five
 */
export function weighted<T>(entries: readonly (readonly [T, number])[]): Weighted<T> {
  const items = entries.map(([item]) => item);
  const cumulative: number[] = [];
  let total = 0;
  for (const [, weight] of entries) {
    if (!(weight > 0)) throw new Error(`weights must be positive, got ${weight}`);
    total += weight;
    cumulative.push(total);
  }
  return {
    items,
    draw(random) {
      const target = random.next() * total;
      let low = 0;
      let high = cumulative.length - 1;
      while (low < high) {
        const middle = (low + high) >>> 1;
        if ((cumulative[middle] as number) > target) high = middle;
        else low = middle + 1;
      }
      return items[low] as T;
    },
  };
}

/**
 * Zipf weights `1 / rank^exponent` for `count` ranks, for "a few institutions produce most papers".
 * @example
 * zipfWeights(3, 1) // → [1, 0.5, 0.333…]
 */
export function zipfWeights(count: number, exponent: number): number[] {
  return Array.from({ length: count }, (_, rank) => 1 / (rank + 1) ** exponent);
}

/**
 * A standard normal draw (Box–Muller; one of the pair is discarded to keep draws independent of call order).
 * @example
 * normal(random) // → about 68% of draws fall in [−1, 1]
 */
export function normal(random: Random): number {
  const u = 1 - random.next();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random.next());
}

/**
 * A log-normal draw given its median and the standard deviation of its logarithm.
 * @example
 * logNormal(random, 4, 0.6) // → half the draws are below 4
 */
export function logNormal(random: Random, median: number, sigma: number): number {
  return median * Math.exp(sigma * normal(random));
}

/**
 * A Pareto draw (≥ `scale`), heavy-tailed for small `alpha`: citations, usage counts.
 * @example
 * pareto(random, 1, 1.2) // → mostly 1–3, now and then in the hundreds
 */
export function pareto(random: Random, scale: number, alpha: number): number {
  return scale / (1 - random.next()) ** (1 / alpha);
}

/**
 * An integer in [min, max] whose logarithm is uniform: as many draws in 200–400 as in 1,500–3,000.
 * @example
 * logUniformInt(random, 200, 3000) // → e.g. 731
 */
export function logUniformInt(random: Random, min: number, max: number): number {
  const value = Math.exp(Math.log(min) + random.next() * (Math.log(max + 1) - Math.log(min)));
  return Math.min(max, Math.floor(value));
}
