import { mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readPlainText } from "../../src/read/plain-text.ts";
import type { ReadItem } from "../../src/read/read-item.ts";
import { readTabDelimited } from "../../src/read/tab-delimited.ts";

const temp = () => mkdtempSync(join(tmpdir(), "copub-line-parser-"));

/** A plain-text record with the UT `WOS:` + `n` in 15 digits. */
const record = (n: number) => `PT J\nAU Sato, A\nUT WOS:${String(n).padStart(15, "0")}\nER\n`;

/** What an item is, in a line: `ok UT` or `rejected code`. */
const shown = (item: ReadItem) => (item.ok ? `ok ${item.record.ut}` : `rejected ${item.rejection.code}`);

async function shownAll(items: AsyncIterable<ReadItem>): Promise<string[]> {
  const out: string[] = [];
  for await (const item of items) out.push(shown(item));
  return out;
}

describe("readLines' items (readPlainText, readTabDelimited)", () => {
  it("opens nothing before the first next(): a missing file or a bad limit rejects that call", async () => {
    const missing = join(temp(), "none.txt");
    // Making the reading throws nothing; its first next() rejects.
    const reading = readPlainText(missing);
    await expect(reading[Symbol.asyncIterator]().next()).rejects.toMatchObject({ code: "not-found" });
    const badLimit = readTabDelimited(missing, { maxLineBytes: 0 });
    await expect(badLimit[Symbol.asyncIterator]().next()).rejects.toThrow(
      /maxLineBytes must be a positive number/,
    );
  });

  it("hands over every item, the end's too, then done; a second pass over a path reads it again", async () => {
    // Two whole records, then one the file cuts off (no ER, no line break): 2 ok + 1 rejected.
    const path = join(temp(), "cut.txt");
    writeFileSync(path, `FN x\nVR 1.0\n${record(1)}${record(2)}PT J\nUT WOS:000000000000003`);
    const reading = readPlainText(path);
    const expected = ["ok WOS:000000000000001", "ok WOS:000000000000002", "rejected malformed"];
    expect(await shownAll(reading)).toEqual(expected);
    expect(await shownAll(reading)).toEqual(expected);
    const iterator = reading[Symbol.asyncIterator]();
    for (let i = 0; i < 3; i++) expect((await iterator.next()).done).toBe(false);
    expect(await iterator.next()).toEqual({ value: undefined, done: true });
    expect(await iterator.next()).toEqual({ value: undefined, done: true });
  });

  it("gives done after return(), the items held back dropped", async () => {
    const path = join(temp(), "three.txt");
    writeFileSync(path, `${record(1)}${record(2)}${record(3)}`);
    const iterator = readPlainText(path)[Symbol.asyncIterator]();
    const first = await iterator.next();
    expect(first.done === false && shown(first.value)).toBe("ok WOS:000000000000001");
    // Records 2 and 3 were parsed with record 1 (one piece of text): return() drops them.
    expect(await iterator.return?.()).toEqual({ value: undefined, done: true });
    expect(await iterator.next()).toEqual({ value: undefined, done: true });
  });

  it.runIf(process.platform === "linux")(
    "closes the file when the consumer breaks off after the first record",
    async () => {
      // 40,000 records of 55 bytes: 2.2 MB, more than one 1 MiB chunk, so a read is in flight.
      const path = join(temp(), "many.txt");
      writeFileSync(path, Array.from({ length: 40_000 }, (_, i) => record(i + 1)).join(""));
      const open = () => readdirSync("/proc/self/fd").length;
      const before = open();
      let seen = 0;
      for await (const item of readPlainText(path)) {
        expect(shown(item)).toBe("ok WOS:000000000000001");
        seen++;
        break;
      }
      expect(seen).toBe(1);
      expect(open()).toBe(before);
    },
  );
});
