// The input edge: byte sources, whole files, gzip by name, and the one mapping of a failed read to
// CopubError. Files are made in a temporary folder; compressed ones with node:zlib.
import { mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import {
  type FileWording,
  fileError,
  openSource,
  readFileBytes,
  readFileChunks,
  readFileHead,
  readTextFile,
  wordingFor,
} from "../../src/read/source.ts";
import { drain } from "../_drain.ts";

const temp = () => mkdtempSync(join(tmpdir(), "copub-source-"));

async function bytesOf(chunks: AsyncIterable<Uint8Array>): Promise<string> {
  return Buffer.concat(await drain(chunks)).toString("latin1");
}

/** A wording that shows which branch was taken and with which error. */
const TRACE: FileWording = {
  notFound: (error) => `missing (${(error as { code?: string } | null)?.code})`,
  unreadable: (error) => `failed (${(error as { code?: string } | null)?.code})`,
};

describe("fileError(error, file, wording)", () => {
  const withCode = (code: string) => Object.assign(new Error(`${code}: …`), { code });

  it.each([
    ["ENOENT", "not-found", "t.csv: missing (ENOENT)"],
    ["EACCES", "unreadable", "t.csv: failed (EACCES)"],
    ["EISDIR", "unreadable", "t.csv: failed (EISDIR)"],
    ["Z_DATA_ERROR", "unreadable", "t.csv: failed (Z_DATA_ERROR)"],
  ])("maps %s to %s, naming the file", (code, expected, message) => {
    const error = withCode(code);
    expect(fileError(error, "t.csv", TRACE)).toMatchObject({
      name: "CopubError",
      code: expected,
      message,
      file: "t.csv",
      cause: error,
    });
  });

  it("maps a thrown value that is not an error to unreadable", () => {
    expect(fileError("boom", "t.csv", TRACE).code).toBe("unreadable");
    expect(fileError(null, "t.csv", TRACE).code).toBe("unreadable");
  });
});

describe("wordingFor(what)", () => {
  it("names the file for what it is", () => {
    expect(wordingFor("journal table").notFound(null)).toBe("no such journal table");
    expect(wordingFor("journal table").unreadable(null)).toBe("cannot read the journal table");
  });
});

describe("readTextFile(path, what) and readFileBytes(path, what)", () => {
  it("reads the bytes as stored, and the text as UTF-8 without its BOM", async () => {
    const path = join(temp(), "t.csv");
    // EF BB BF is the UTF-8 BOM; C3 A9 is é.
    writeFileSync(path, Buffer.from([0xef, 0xbb, 0xbf, 0x61, 0xc3, 0xa9, 0x0a]));
    expect([...(await readFileBytes(path, "table"))]).toEqual([0xef, 0xbb, 0xbf, 0x61, 0xc3, 0xa9, 0x0a]);
    expect(await readTextFile(path, "table")).toBe("aé\n");
  });

  it("turns malformed UTF-8 into U+FFFD instead of failing", async () => {
    const path = join(temp(), "t.csv");
    writeFileSync(path, Buffer.from([0x61, 0xff, 0x62]));
    expect(await readTextFile(path, "table")).toBe("a\uFFFDb");
  });

  it("throws not-found for a missing file and unreadable for a folder, worded for what it is", async () => {
    const folder = temp();
    const missing = join(folder, "none.csv");
    await expect(readTextFile(missing, "journal table")).rejects.toMatchObject({
      code: "not-found",
      message: `${missing}: no such journal table`,
      file: missing,
    });
    await expect(readFileBytes(folder, "threshold table")).rejects.toMatchObject({
      code: "unreadable",
      message: `${folder}: cannot read the threshold table`,
    });
  });
});

describe("readFileHead(path, bytes)", () => {
  it("gives the first bytes of a longer file, and the whole of a shorter one", async () => {
    const path = join(temp(), "t.txt");
    // 3 MiB of "a" with "b" at the end: more than one chunked read would fetch.
    const text = `${"a".repeat(3 * 1024 * 1024)}b`;
    writeFileSync(path, text);
    const head = await readFileHead(path, 8192);
    expect(head.length).toBe(8192);
    expect(Buffer.from(head).toString("latin1")).toBe("a".repeat(8192));
    const whole = await readFileHead(path, text.length + 10);
    expect(whole.length).toBe(text.length);
    expect(whole[whole.length - 1]).toBe(0x62);
  });

  it("gives no bytes for an empty file, and the input-file errors for a missing one or a folder", async () => {
    const folder = temp();
    const empty = join(folder, "empty.txt");
    writeFileSync(empty, "");
    expect((await readFileHead(empty, 8192)).length).toBe(0);
    const missing = join(folder, "none.txt");
    await expect(readFileHead(missing, 8)).rejects.toMatchObject({ code: "not-found", file: missing });
    await expect(readFileHead(folder, 8)).rejects.toMatchObject({ code: "unreadable" });
  });
});

describe("readFileChunks(path, options)", () => {
  it("gives the file's bytes, inflated when asked", async () => {
    const folder = temp();
    writeFileSync(join(folder, "a.txt"), "PT J\nER\n");
    writeFileSync(join(folder, "a.txt.gz"), gzipSync("PT J\nER\n"));
    expect(await bytesOf(readFileChunks(join(folder, "a.txt")))).toBe("PT J\nER\n");
    expect(await bytesOf(readFileChunks(join(folder, "a.txt.gz"), { gunzip: true }))).toBe("PT J\nER\n");
  });

  it("words every failure with the caller's wording and name", async () => {
    const folder = temp();
    const missing = join(folder, "none.jsonl");
    const notGzip = join(folder, "plain.jsonl.gz");
    writeFileSync(notGzip, "not gzip data\n");
    await expect(bytesOf(readFileChunks(missing, { wording: TRACE, name: "N" }))).rejects.toMatchObject({
      code: "not-found",
      message: "N: missing (ENOENT)",
      file: "N",
    });
    // Without a folder wording, a folder fails when read (EISDIR), like any unreadable file.
    await expect(bytesOf(readFileChunks(folder, { wording: TRACE }))).rejects.toMatchObject({
      code: "unreadable",
      message: `${folder}: failed (EISDIR)`,
    });
    // zlib's own code for data that is not gzip.
    await expect(bytesOf(readFileChunks(notGzip, { wording: TRACE, gunzip: true }))).rejects.toMatchObject({
      code: "unreadable",
      message: `${notGzip}: failed (Z_DATA_ERROR)`,
    });
  });

  it("cuts a file into 1 MiB chunks and reports each as it is handed on, short and empty files included", async () => {
    const folder = temp();
    const MiB = 1 << 20;
    // Sizes: none, under a chunk, exactly one, two and a half (1 MiB + 1 MiB + 0.5 MiB).
    const cases: [number, number[]][] = [
      [0, []],
      [5, [5]],
      [MiB, [MiB]],
      [2.5 * MiB, [MiB, MiB, 0.5 * MiB]],
    ];
    for (const [size, expected] of cases) {
      const path = join(folder, `f${size}`);
      // Each byte its offset modulo 251 (a prime), so a chunk out of place would show.
      writeFileSync(
        path,
        Uint8Array.from({ length: size }, (_, i) => i % 251),
      );
      const reads: [number, number][] = [];
      const lengths: number[] = [];
      let offset = 0;
      let inPlace = true;
      for await (const chunk of readFileChunks(path, {
        onRead: (read, bytes) => reads.push([read, bytes]),
      })) {
        // onRead has counted this chunk, not yet the one read ahead.
        expect(reads.at(-1)).toEqual([offset + chunk.length, size]);
        for (let i = 0; i < chunk.length; i += 4099) inPlace &&= chunk[i] === (offset + i) % 251;
        lengths.push(chunk.length);
        offset += chunk.length;
      }
      expect(lengths).toEqual(expected);
      expect(inPlace).toBe(true);
      expect(reads.length).toBe(expected.length);
    }
  });

  it.runIf(process.platform === "linux")(
    "closes the file when the consumer stops with a read in flight",
    async () => {
      const path = join(temp(), "big");
      writeFileSync(path, new Uint8Array(3 << 20));
      const open = () => readdirSync("/proc/self/fd").length;
      const before = open();
      for await (const chunk of readFileChunks(path)) {
        // The first chunk is in hand and the second being read: stop here.
        expect(chunk.length).toBe(1 << 20);
        break;
      }
      expect(open()).toBe(before);
    },
  );

  it("words input files by default: no such file, is a directory", async () => {
    const folder = temp();
    const missing = join(folder, "none.txt");
    await expect(bytesOf(readFileChunks(missing))).rejects.toMatchObject({
      code: "not-found",
      message: `${missing}: no such file`,
    });
    await expect(bytesOf(readFileChunks(folder))).rejects.toMatchObject({
      code: "unreadable",
      message: `${folder}: is a directory, expected a file`,
    });
  });
});

describe("openSource(source, name)", () => {
  it("names a path by itself, a URL by its href, and in-memory bytes by the label given", async () => {
    const path = join(temp(), "a.txt");
    writeFileSync(path, "abc");
    const url = new URL(`file://${path}`);
    expect(openSource(path).name).toBe(path);
    expect(openSource(url).name).toBe(url.href);
    expect(await bytesOf(openSource(url).chunks)).toBe("abc");
    expect(openSource(new Uint8Array([0x61])).name).toBe("<bytes>");
    expect(openSource(new Uint8Array([0x61]), "a.txt").name).toBe("a.txt");
  });

  it("names a missing URL by its href in the error", async () => {
    const url = new URL(`file://${join(temp(), "none.txt")}`);
    await expect(bytesOf(openSource(url).chunks)).rejects.toMatchObject({
      code: "not-found",
      message: `${url.href}: no such file`,
    });
  });
});
