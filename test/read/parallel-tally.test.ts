// `tallyThreads` gives the one-thread tally of a file, byte for byte: on the project's malformed
// plain-text samples joined into one file (a stray line, no UT, a record cut off by the next PT or
// by its file's end, an unindented line, a null prefix, CRLF) cut at every record boundary and read
// by one to three threads, on tab-delimited samples with rejections, and on a UTF-16 file that
// cannot be cut (read again on one thread); on the XML samples (malformed, SOAP-escaped, one REC
// a block) and the shared real XML exports; on a gzip file (its inflated content cut). One pool
// serves several files, and the items are told of as the blocks are added. It declines (null:
// the caller tallies the items) when one thread is asked for, and for a file under the size threshold.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { afterAll, describe, expect, it } from "vitest";
import { tally } from "../../src/read/collect.ts";
import { openWos } from "../../src/read/open-wos.ts";
import { type TallyThreadsOptions, tallyThreads } from "../../src/read/parallel-tally.ts";
import { sample } from "../_samples.ts";
import { HAVE_SHARED, NEEDS_SHARED, SHARED_WOS } from "../_shared-samples.ts";

/** Blocks of one record each (every record boundary is a cut), and no minimum size. */
const TINY: { readonly blockBytes: number; readonly minBytes: number } = { blockBytes: 1, minBytes: 0 };

const dir = mkdtempSync(join(tmpdir(), "copub-parallel-tally-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The tally of one thread: the reader's items, counted. */
async function oneThread(path: string) {
  return tally((await openWos(path)).items);
}

/** One file counted by its own pool of threads, stopped after it (`copub read --threads N` of one file). */
async function onThreads(path: string, threads: number, sizes: TallyThreadsOptions["sizes"] = TINY) {
  const pool = tallyThreads({ threads, sizes });
  try {
    return await pool.tally(path, await openWos(path));
  } finally {
    await pool.stop();
  }
}

// Workers started under tsx compile the sources themselves: seconds each on a loaded machine.
describe("tallyThreads: the one-thread tally", () => {
  it("plain text with rejections in blocks of one record, on 2 and 3 threads", async () => {
    const path = join(dir, "malformed.txt");
    const names = [
      "stray-line-between-records.txt",
      "record-without-ut.txt",
      "null-prefix.txt",
      "missing-er-before-next-record.txt",
      "unindented-line-inside-record.txt",
      "crlf-without-bom.txt",
      "truncated-last-record.txt",
      "two-records.txt",
    ];
    writeFileSync(path, names.map((name) => readFileSync(sample(`plain-text/${name}`), "utf8")).join(""));
    const expected = await oneThread(path);
    // Five of the samples hold a rejected record; the truncated one is cut off by the next file's FN.
    expect(expected.report.rejected).toBeGreaterThanOrEqual(5);
    expect(await onThreads(path, 2)).toEqual(expected);
    expect(await onThreads(path, 3)).toEqual(expected);
  }, 300_000);

  it("tab-delimited rows without a UT and with a line break in a cell, on 2 threads", async () => {
    for (const name of ["row-without-ut.txt", "line-break-inside-cell.txt", "truncated-last-row.txt"]) {
      const path = sample(`tab-delimited/${name}`);
      expect(await onThreads(path, 2)).toEqual(await oneThread(path));
    }
  }, 300_000);

  it("a UTF-16 file, which cannot be cut at record boundaries: read again on one thread, the same", async () => {
    const path = sample("tab-delimited/utf16le-bom-crlf.txt");
    const expected = await oneThread(path);
    expect(expected.report.parsed).toBeGreaterThan(0);
    expect(await onThreads(path, 2)).toEqual(expected);
  }, 300_000);
});

describe("tallyThreads: XML and gzip, the one-thread tally", () => {
  it("the XML samples, one REC a block, on 2 threads: rejections and errors as on one thread", async () => {
    const names = [
      "malformed-second-rec.xml",
      "missing-uid-and-empty-rec.xml",
      "oversized-middle-rec.xml",
      "soap-escaped-payload.xml",
      "unterminated-rec.xml",
      "dtd-inside-rec.xml",
      "plain-text-twin-WOS-001447739000001.xml",
      "not-wos.xml",
    ];
    let rejected = 0;
    for (const name of names) {
      const path = sample(`xml/${name}`);
      const expected = await oneThread(path).catch((error: Error) => error);
      const got = await onThreads(path, 2).catch((error: Error) => error);
      expect(got, name).toEqual(expected);
      if (!(expected instanceof Error)) rejected += expected.report.rejected;
    }
    // Each malformed sample rejects a REC at least; not-wos.xml fails as not WoS XML on both sides.
    expect(rejected).toBeGreaterThanOrEqual(4);
  }, 300_000);

  it.runIf(HAVE_SHARED)(
    `the shared real XML exports, on 2 threads${NEEDS_SHARED}`,
    async () => {
      const xml = join(SHARED_WOS, "xml");
      for (const name of readdirSync(xml).filter((n) => n.endsWith(".xml"))) {
        const path = join(xml, name);
        const expected = await oneThread(path);
        expect(expected.report.parsed, name).toBeGreaterThan(0);
        expect(await onThreads(path, 2, { blockBytes: 64 << 10, minBytes: 0 }), name).toEqual(expected);
      }
    },
    300_000,
  );

  it("a gzip file: its inflated content cut into blocks", async () => {
    const gz = join(dir, "malformed.txt.gz");
    writeFileSync(gz, gzipSync(readFileSync(sample("plain-text/record-without-ut.txt"))));
    const expected = await oneThread(gz);
    expect(expected.report.rejected).toBe(1);
    expect(await onThreads(gz, 2)).toEqual(expected);
  }, 300_000);
});

describe("tallyThreads: one pool for the command", () => {
  it("counts several files with the same workers, telling of the items as the blocks are added", async () => {
    const threads = tallyThreads({ threads: 2, sizes: TINY });
    try {
      for (const path of [
        sample("plain-text/record-without-ut.txt"),
        sample("tab-delimited/row-without-ut.txt"),
        sample("xml/malformed-second-rec.xml"),
      ]) {
        const told: number[] = [];
        const reading = await openWos(path);
        const counted = await threads.tally(path, reading, (n) => told.push(n));
        expect(counted).toEqual(await oneThread(path));
        // Every item told of once, and the file's bytes read through the reading (hashed, counted).
        expect(told.reduce((a, b) => a + b, 0)).toBe(counted?.report.records);
        expect(reading.bytesRead()).toBe(readFileSync(path).length);
        expect(reading.sha256()).toMatch(/^[0-9a-f]{64}$/);
      }
    } finally {
      await threads.stop();
    }
  }, 300_000);
});

describe("tallyThreads declines", () => {
  it("one thread, and a file under the threshold (8 MiB by default): null, the reading left open", async () => {
    const plain = sample("plain-text/two-records.txt");
    expect(await onThreads(plain, 1)).toBeNull();
    // Under the default sizes a 2 KB file stays on one thread, and its items can still be read.
    const reading = await openWos(plain);
    const pool = tallyThreads({ threads: 2 });
    expect(await pool.tally(plain, reading)).toBeNull();
    await pool.stop();
    expect((await tally(reading.items)).report.parsed).toBe(2);
  });
});
