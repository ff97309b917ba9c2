// The input's SHA-256: the digest of exactly the bytes that passed, in order, however they were
// cut into chunks; none before the last chunk has passed.
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { hashChunks } from "../../src/read/input-hash.ts";

async function* chunksOf(bytes: Uint8Array, sizes: readonly number[]): AsyncIterable<Uint8Array> {
  let at = 0;
  for (const size of sizes) {
    yield bytes.subarray(at, at + size);
    at += size;
  }
}

async function drain(chunks: AsyncIterable<Uint8Array>): Promise<number> {
  let bytes = 0;
  for await (const chunk of chunks) bytes += chunk.length;
  return bytes;
}

// 3 MiB + 5 bytes, each byte its offset modulo 251, cut unevenly (a chunk over a view's middle too).
const BYTES = Uint8Array.from({ length: (3 << 20) + 5 }, (_, i) => i % 251);
const SIZES = [1, 1 << 20, 7, (1 << 20) - 8, 1 << 20, 5];

describe("hashChunks(chunks, name)", () => {
  it("gives the SHA-256 of every byte that passed, whatever the chunks", async () => {
    const expected = createHash("sha256").update(BYTES).digest("hex");
    for (const sizes of [SIZES, [BYTES.length]]) {
      const hashed = hashChunks(chunksOf(BYTES, sizes), "a.txt");
      expect(await drain(hashed.chunks)).toBe(BYTES.length);
      expect(hashed.bytesRead()).toBe(BYTES.length);
      expect(hashed.sha256()).toBe(expected);
    }
  });

  it("gives the digest of no bytes for an empty input, and refuses one read part way", async () => {
    const empty = hashChunks(chunksOf(new Uint8Array(0), []), "e");
    await drain(empty.chunks);
    // SHA-256 of the empty string.
    expect(empty.sha256()).toBe("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    const part = hashChunks(chunksOf(BYTES, SIZES), "p.txt");
    for await (const _ of part.chunks) break;
    expect(() => part.sha256()).toThrow("p.txt: SHA-256 asked for before the file was read to its end");
  });
});
