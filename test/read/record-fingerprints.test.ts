// The text readers' record fingerprints ({ fingerprints: true }): each record's fingerprint depends
// on the lines it was read from (and, tab-delimited, on the header), not on how the bytes were cut,
// the lines ended or the file encoded; values that differ give different fingerprints, cited
// references dropped from the record are left out of it too.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parsePlainText, readPlainText } from "../../src/read/plain-text.ts";
import type { ReadItem } from "../../src/read/read-item.ts";
import { parseTabDelimited, readTabDelimited } from "../../src/read/tab-delimited.ts";
import { drain } from "../_drain.ts";
import { sample } from "../_samples.ts";
import { HAVE_SHARED, NEEDS_SHARED, SHARED_WOS } from "../_shared-samples.ts";

/** Every item of a stream of items. */
async function* inChunks(bytes: Uint8Array, size: number): AsyncIterable<Uint8Array> {
  for (let offset = 0; offset < bytes.length; offset += size) yield bytes.subarray(offset, offset + size);
}

/** UT → fingerprint of every record read. */
const fingerprints = (items: readonly ReadItem[]) =>
  new Map(items.flatMap((item) => (item.ok ? [[item.record.ut, item.fingerprint]] : [])));

const DATA_SET_C = readFileSync(sample("methodology/data-set-c.txt"), "utf8");

describe("the plain-text reader's record fingerprints", () => {
  it("gives none unless asked", () => {
    const items = parsePlainText(DATA_SET_C);
    expect(items).toHaveLength(8);
    expect(items.some((item) => item.ok && "fingerprint" in item)).toBe(false);
  });

  it("gives each record the same one whether read whole, in 7-byte chunks or with CRLF line ends", async () => {
    const whole = fingerprints(parsePlainText(DATA_SET_C, { fingerprints: true }));
    expect(whole.size).toBe(8);
    expect(new Set(whole.values()).size).toBe(8);
    const bytes = new TextEncoder().encode(DATA_SET_C);
    const chunked = await drain(readPlainText(inChunks(bytes, 7), { fingerprints: true }));
    expect(fingerprints(chunked)).toEqual(whole);
    // The records in another order after another header: each record's lines are the same.
    const records = DATA_SET_C.match(/^PT [\s\S]*?\nER\n/gm) ?? [];
    expect(records).toHaveLength(8);
    const moved = `FN Other\r\nVR 1.0\r\n${records.reverse().join("").replaceAll("\n", "\r\n")}`;
    expect(fingerprints(parsePlainText(moved, { fingerprints: true }))).toEqual(whole);
  });

  it("differs for a value that differs, and leaves out cited references the record leaves out", () => {
    const p1 = DATA_SET_C.slice(0, DATA_SET_C.indexOf("\nER\n") + 4);
    const read = (text: string, citedReferences: boolean) =>
      parsePlainText(text, { fingerprints: true, citedReferences })[0] as Extract<ReadItem, { ok: true }>;
    const cited = p1.replace(
      "TC 10\n",
      "CR Smith J, 2001, J CHEM, V1, P1\n   Jones K, 1999, X, V2, P3\nTC 10\n",
    );
    const [plain, withCited, moreCitations] = [p1, cited, p1.replace("TC 10", "TC 11")];
    // A continuation line that differs (led by spaces, or by another white space: a no-break space).
    const nbsp = (author: string) => p1.replace("   Jones, D\n", `\u00a0${author}\n`);
    const continued = [p1.replace("   Suzuki, B\n", "   Suzuki, C\n"), nbsp("Jones, D"), nbsp("Jones, E")];
    expect(continued.map((text) => read(text, false).record.authors.map((a) => a.name))).toEqual([
      ["Sato, A", "Suzuki, C", "Smith, C", "Jones, D"],
      ["Sato, A", "Suzuki, B", "Smith, C", "Jones, D"],
      ["Sato, A", "Suzuki, B", "Smith, C", "Jones, E"],
    ]);
    // Without cited references: P1 and P1 with a CR field are the same record, and fingerprint.
    expect(read(withCited, false).record).toEqual(read(plain, false).record);
    expect(read(withCited, false).fingerprint).toBe(read(plain, false).fingerprint);
    // With them, they differ, as does a record with another TC; the two readings never agree.
    const others = [plain, withCited, moreCitations, ...continued].map((text) => read(text, false));
    others.push(read(plain, true), read(withCited, true));
    expect(new Set(others.map((item) => item.fingerprint)).size).toBe(7);
  });

  it("leaves out the lines of a record rejected before it (no ER, or a line past the limit)", () => {
    const p1 = DATA_SET_C.slice(DATA_SET_C.indexOf("PT J"), DATA_SET_C.indexOf("\nER\n") + 4);
    const alone = parsePlainText(p1, { fingerprints: true });
    const afterUnended = parsePlainText(`PT J\nUT WOS:9\nTC 1\n${p1}`, { fingerprints: true });
    const afterTooLong = parsePlainText(`PT J\nTI ${"x".repeat(200)}\nUT WOS:9\nER\n${p1}`, {
      fingerprints: true,
      maxLineBytes: 100,
    });
    const fingerprint = (item: ReadItem | undefined) => (item?.ok ? item.fingerprint : "rejected");
    expect([alone, afterUnended, afterTooLong].map((items) => items.map(fingerprint))).toEqual([
      [fingerprint(alone[0])],
      ["rejected", fingerprint(alone[0])],
      ["rejected", fingerprint(alone[0])],
    ]);
    expect(typeof fingerprint(alone[0])).toBe("number");
  });
});

describe("the tab-delimited reader's record fingerprints", () => {
  const header = "PT\tAU\tTI\tCR\tTC\tUT";
  const row = (tc: number, cr = "Smith J, 2001, J CHEM, V1, P1") =>
    `J\tSato, A\tA title\t${cr}\t${tc}\tWOS:1`;
  const read = (text: string, citedReferences = false) =>
    parseTabDelimited(text, { fingerprints: true, citedReferences }).map((item) =>
      item.ok ? item.fingerprint : "rejected",
    );

  it("gives a row the same one after blank lines or with CRLF ends, another for another value or header", () => {
    const [once] = read(`${header}\n${row(3)}\n`);
    expect(typeof once).toBe("number");
    expect(read(`${header}\r\n\r\n${row(3)}\r\n`)).toEqual([once]);
    expect(parseTabDelimited(`${header}\n${row(3)}\n`)[0]).not.toHaveProperty("fingerprint");
    // Another TC; the same row under a header naming the columns otherwise (AU and TI swapped:
    // the row's text is the same, its record is not); the same row keeping cited references.
    const others = [
      read(`${header}\n${row(4)}\n`)[0],
      read(`${header.replace("AU\tTI", "TI\tAU")}\n${row(3)}\n`)[0],
      read(`${header}\n${row(3)}\n`, true)[0],
    ];
    expect(new Set([once, ...others]).size).toBe(4);
    // Only cited references that differ, dropped from the record: the same fingerprint.
    expect(read(`${header}\n${row(3, "Jones K, 1999, X, V2, P3")}\n`)).toEqual([once]);
  });

  it("gives none to a row joined over a line break (its warning names its lines)", () => {
    const items = parseTabDelimited(`${header}\nJ\tSato, A\tA ti\ntle\t\t3\tWOS:1\n`, { fingerprints: true });
    expect(items.map((item) => item.ok && [item.record.title, item.record.warnings[0]?.code])).toEqual([
      ["A ti tle", "row-joined"],
    ]);
    expect(items[0]).not.toHaveProperty("fingerprint");
  });
});

describe.skipIf(!HAVE_SHARED)(`fingerprints of shared exports${NEEDS_SHARED}`, () => {
  it("are the same for the 50 records of a tab-delimited export in UTF-8 with LF and in UTF-16LE with CRLF", async () => {
    const read = async (name: string) =>
      fingerprints(
        await drain(readTabDelimited(`${SHARED_WOS}tabdelimited/${name}`, { fingerprints: true })),
      );
    const utf8 = await read("rafguns-wosfile-50rec-utf8bom-lf.txt");
    expect(utf8.size).toBe(50);
    expect(new Set(utf8.values()).size).toBe(50);
    expect(await read("rafguns-wosfile-50rec-utf16le-crlf.txt")).toEqual(utf8);
  });

  it("are the same read whole and in 4,099-byte chunks, and differ between the 500 records", async () => {
    const path = `${SHARED_WOS}plaintext/readwosR-plain-500rec-2014-2015.txt`;
    const bytes = readFileSync(path);
    const whole = fingerprints(await drain(readPlainText(path, { fingerprints: true })));
    const chunked = fingerprints(await drain(readPlainText(inChunks(bytes, 4099), { fingerprints: true })));
    expect(whole.size).toBe(500);
    expect(chunked).toEqual(whole);
    expect(new Set(whole.values()).size).toBe(500);
  });
});
