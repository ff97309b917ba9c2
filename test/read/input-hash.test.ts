// The input's SHA-256: the digest of exactly the bytes that passed, in order, however they were
// cut into chunks; none before the last chunk has passed.
import { createHash } from "node:crypto";
import { appendFileSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { hashChunks, hashFileChunks } from "../../src/read/input-hash.ts";
import { openSource } from "../../src/read/source.ts";

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

describe("hashFileChunks(path, chunks, name, minBytes)", () => {
  const folder = mkdtempSync(join(tmpdir(), "copub-input-hash-"));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));
  const expected = createHash("sha256").update(BYTES).digest("hex");
  /** A file of `BYTES` last written in 2001, so that any write from now on changes its time. */
  const fileOfBytes = (name: string): string => {
    const path = join(folder, name);
    writeFileSync(path, BYTES);
    utimesSync(path, new Date("2001-01-01T00:00:00Z"), new Date("2001-01-01T00:00:00Z"));
    return path;
  };

  it("gives the SHA-256 of the file hashed on a worker (minBytes 0) and of it hashed as it passes: the same", async () => {
    const path = fileOfBytes("same.txt");
    for (const minBytes of [0, BYTES.length + 1]) {
      const hashed = hashFileChunks(path, openSource(path).chunks, path, minBytes);
      expect(await drain(hashed.chunks)).toBe(BYTES.length);
      expect(hashed.bytesRead()).toBe(BYTES.length);
      expect(hashed.sha256()).toBe(expected);
    }
  });

  it("fails, naming the file, when it grows or is rewritten while it is read, and gives no hash", async () => {
    const changes = [
      (path: string) => appendFileSync(path, "ER\n"),
      // The same size, other bytes: only its modification time tells.
      (path: string) =>
        writeFileSync(
          path,
          BYTES.map((byte) => (byte + 1) % 251),
        ),
    ];
    for (const [i, change] of changes.entries()) {
      const path = fileOfBytes(`changed-${i}.txt`);
      const hashed = hashFileChunks(path, openSource(path).chunks, path, 0);
      let first = true;
      const read = (async () => {
        for await (const _ of hashed.chunks) {
          if (first) change(path);
          first = false;
        }
      })();
      await expect(read).rejects.toMatchObject({
        code: "unreadable",
        message: `${path}: the file changed while it was read: read it again once nothing writes to it`,
      });
      expect(() => hashed.sha256()).toThrow("SHA-256 asked for before the file was read to its end");
    }
  });

  it("refuses a digest of a file read part way (its worker let go)", async () => {
    const path = fileOfBytes("part.txt");
    const part = hashFileChunks(path, openSource(path).chunks, path, 0);
    for await (const _ of part.chunks) break;
    expect(() => part.sha256()).toThrow(`${path}: SHA-256 asked for before the file was read to its end`);
  });
});
