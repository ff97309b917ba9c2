// The input's SHA-256, hashed on the main thread or on the hashing worker: the digest is that of
// exactly the bytes that passed, in order, however they were cut into chunks.
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
const EXPECTED = createHash("sha256").update(BYTES).digest("hex");

describe("hashChunks(chunks, options)", () => {
  it.each([
    ["on the main thread", Infinity],
    ["on the worker", 1],
  ])("gives the SHA-256 of every byte that passed, %s", async (_, offThreadBytes) => {
    const hashed = hashChunks(chunksOf(BYTES, SIZES), {
      name: "a.txt",
      size: () => BYTES.length,
      offThreadBytes,
    });
    expect(await drain(hashed.chunks)).toBe(BYTES.length);
    expect(hashed.bytesRead()).toBe(BYTES.length);
    expect(hashed.sha256()).toBe(EXPECTED);
  });

  it("hashes many chunks on the worker past its bound of 8 chunks out, one chunk of the whole input, and inputs side by side", async () => {
    // 40 chunks of 4 KiB: more than the 8 the main thread may have out.
    const sizes = Array.from({ length: 40 }, () => 4096);
    const bytes = BYTES.subarray(0, 40 * 4096);
    const a = hashChunks(chunksOf(bytes, sizes), { name: "a", size: () => bytes.length, offThreadBytes: 1 });
    const b = hashChunks(chunksOf(BYTES, SIZES), { name: "b", size: () => BYTES.length, offThreadBytes: 1 });
    // One chunk of the whole 3 MiB and 5 bytes.
    const c = hashChunks(chunksOf(BYTES, [BYTES.length]), {
      name: "c",
      size: () => BYTES.length,
      offThreadBytes: 1,
    });
    await Promise.all([drain(a.chunks), drain(b.chunks), drain(c.chunks)]);
    expect(a.sha256()).toBe(createHash("sha256").update(bytes).digest("hex"));
    expect(b.sha256()).toBe(EXPECTED);
    expect(c.sha256()).toBe(EXPECTED);
  });

  it("gives the digest of no bytes for an empty input, and refuses one read part way", async () => {
    const empty = hashChunks(chunksOf(new Uint8Array(0), []), { name: "e", offThreadBytes: 1 });
    await drain(empty.chunks);
    // SHA-256 of the empty string.
    expect(empty.sha256()).toBe("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    const part = hashChunks(chunksOf(BYTES, SIZES), {
      name: "p.txt",
      size: () => BYTES.length,
      offThreadBytes: 1,
    });
    for await (const _ of part.chunks) break;
    expect(() => part.sha256()).toThrow("p.txt: SHA-256 asked for before the file was read to its end");
  });
});
