// readPlainText(…, { fingerprints: true }): each record's fingerprint depends on the lines it was
// read from, not on how the bytes were cut or the lines ended; values that differ give different
// fingerprints, cited references dropped from the record are left out of it too.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parsePlainText, readPlainText } from "../../src/read/plain-text.ts";
import type { ReadItem } from "../../src/read/read-item.ts";
import { sample } from "../_samples.ts";
import { HAVE_SHARED, NEEDS_SHARED, SHARED_WOS } from "../_shared-samples.ts";

/** Every item of a stream of items. */
async function all(items: AsyncIterable<ReadItem>): Promise<ReadItem[]> {
  const out: ReadItem[] = [];
  for await (const item of items) out.push(item);
  return out;
}

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
    const chunked = await all(readPlainText(inChunks(bytes, 7), { fingerprints: true }));
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

describe.skipIf(!HAVE_SHARED)(`fingerprints of a shared export${NEEDS_SHARED}`, () => {
  it("are the same read whole and in 4,099-byte chunks, and differ between the 500 records", async () => {
    const path = `${SHARED_WOS}plaintext/readwosR-plain-500rec-2014-2015.txt`;
    const bytes = readFileSync(path);
    const whole = fingerprints(await all(readPlainText(path, { fingerprints: true })));
    const chunked = fingerprints(await all(readPlainText(inChunks(bytes, 4099), { fingerprints: true })));
    expect(whole.size).toBe(500);
    expect(chunked).toEqual(whole);
    expect(new Set(whole.values()).size).toBe(500);
  });
});
