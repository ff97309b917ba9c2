/**
 * murmur3's 32-bit finalizer ("fmix32"): every input bit reaches every output bit, so a hash
 * built by a few multiplies can be cut to its low or high bits. Shared by the record digests,
 * the line fingerprints and the network's pair index.
 * @example
 * murmurFinalizer(0) // → 0
 * murmurFinalizer(1) !== murmurFinalizer(2) // → true
 */
export function murmurFinalizer(hash: number): number {
  let h = hash;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}
