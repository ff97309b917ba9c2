/**
 * A seeded pseudo-random generator for the procedures docs/methodology.md §11.6 requires to be
 * reproducible (Louvain's random node order). `Math.random` cannot be seeded; mulberry32 is a
 * 32-bit generator, small and fast, whose sequence depends on the seed alone.
 */

/**
 * Returns a generator of numbers in [0, 1) determined by `seed`.
 * @param seed - any integer; only its low 32 bits are used
 * @example
 * const a = seededRandom(42), b = seededRandom(42);
 * a() === b() // → true
 */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
