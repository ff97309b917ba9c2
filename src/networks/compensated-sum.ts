/**
 * Compensated (Neumaier) summation in parallel arrays: one running sum and one compensation
 * per slot, so that an edge or node accumulates fractions such as 1/3 without a Float64 `Adder`
 * object each. docs/methodology.md ("Numbers") prescribes exactly this, papers taken in ascending UT order,
 * which is what makes repeated runs byte-identical.
 */
import { grownArray } from "../common/grown-array.ts";

/** Growable sums with their compensations; slot `i` holds one running total. */
export interface CompensatedSums {
  /** Number of slots in use. */
  readonly size: number;
  /** Adds `x` to slot `i`, growing the arrays when `i` is new. */
  add(i: number, x: number): void;
  /** The compensated total of slot `i`. */
  value(i: number): number;
}

/**
 * Creates an empty set of compensated sums.
 * @param capacity - initial number of slots (grows by doubling)
 * @example
 * const sums = compensatedSums(); sums.add(0, 0.1); sums.add(0, 0.2); sums.add(0, 0.3);
 * sums.value(0) // → 0.6 (a plain loop gives 0.6000000000000001)
 */
export function compensatedSums(capacity = 16): CompensatedSums {
  let sums = new Float64Array(capacity);
  let comps = new Float64Array(capacity);
  let size = 0;
  return {
    get size() {
      return size;
    },
    add(i, x) {
      if (i >= sums.length) {
        let length = sums.length * 2;
        while (length <= i) length *= 2;
        sums = grownArray(sums, length);
        comps = grownArray(comps, length);
      }
      if (i >= size) size = i + 1;
      const sum = sums[i] as number;
      const t = sum + x;
      comps[i] = (comps[i] as number) + (Math.abs(sum) >= Math.abs(x) ? sum - t + x : x - t + sum);
      sums[i] = t;
    },
    value(i) {
      return (sums[i] ?? 0) + (comps[i] ?? 0);
    },
  };
}

/**
 * The Neumaier sum of numbers, taken in the order given.
 * @example
 * compensatedSum([0.1, 0.2, 0.3]) // → 0.6
 */
export function compensatedSum(values: Iterable<number>): number {
  const sums = compensatedSums(1);
  for (const x of values) sums.add(0, x);
  return sums.value(0);
}
