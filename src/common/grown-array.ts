/**
 * Growing a typed array that fills up: the arrays of the network builder, the pair index, the
 * compensated sums and the record packer all grow the same way.
 */

/** The typed arrays copy grows. */
export type GrowableArray = Float64Array<ArrayBuffer> | Int32Array<ArrayBuffer> | Uint16Array<ArrayBuffer>;

/**
 * A new array of the same kind, twice the length of `array` or `atLeast` if that is more, holding
 * the first `used` elements of `array` (all of them by default); the rest are zeros.
 * @example
 * grownArray(Int32Array.of(1, 2))             // → Int32Array [1, 2, 0, 0]
 * grownArray(Float64Array.of(1, 2, 3), 8, 2) // → Float64Array [1, 2, 0, 0, 0, 0, 0, 0]
 */
export function grownArray<A extends GrowableArray>(array: A, atLeast = 0, used = array.length): A {
  const grown = new (array.constructor as new (length: number) => A)(Math.max(2 * array.length, atLeast));
  grown.set(array.subarray(0, used));
  return grown;
}
