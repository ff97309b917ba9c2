// `tallyOnThreads` gives the one-thread tally of a file, byte for byte: on the project's malformed
// plain-text samples joined into one file (a stray line, no UT, a record cut off by the next PT or
// by its file's end, an unindented line, a null prefix, CRLF) cut at every record boundary and read
// by one to three threads, on tab-delimited samples with rejections, and on a UTF-16 file that
// cannot be cut (read again on one thread). It declines (null: the caller tallies the items) when
// one thread is asked for, for XML and gzip, and for a file under the size threshold.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { afterAll, describe, expect, it } from "vitest";
import { tally } from "../../src/read/collect.ts";
import { openWos } from "../../src/read/open-wos.ts";
import { tallyOnThreads } from "../../src/read/parallel-tally.ts";
import { sample } from "../_samples.ts";

/** Blocks of one record each (every record boundary is a cut), and no minimum size. */
const TINY = { blockBytes: 1, minBytes: 0 } as const;

const dir = mkdtempSync(join(tmpdir(), "copub-parallel-tally-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The tally of one thread: the reader's items, counted. */
async function oneThread(path: string) {
  return tally((await openWos(path)).items);
}

async function onThreads(path: string, threads: number, sizes = TINY) {
  return tallyOnThreads(path, await openWos(path), { threads, sizes });
}

// Workers started under tsx compile the sources themselves: seconds each on a loaded machine.
describe("tallyOnThreads: the one-thread tally", () => {
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

describe("tallyOnThreads declines", () => {
  it("one thread, XML, gzip, and a file under the threshold (8 MiB by default): null, the reading left open", async () => {
    const plain = sample("plain-text/two-records.txt");
    const gz = join(dir, "two-records.txt.gz");
    writeFileSync(gz, gzipSync(readFileSync(plain)));
    const xml = sample("xml/plain-text-twin-WOS-001447739000001.xml");
    expect(await onThreads(plain, 1)).toBeNull();
    expect(await onThreads(gz, 2)).toBeNull();
    expect(await onThreads(xml, 2)).toBeNull();
    // Under the default sizes a 2 KB file stays on one thread, and its items can still be read.
    const reading = await openWos(plain);
    expect(await tallyOnThreads(plain, reading, { threads: 2 })).toBeNull();
    expect((await tally(reading.items)).report.parsed).toBe(2);
  });
});
