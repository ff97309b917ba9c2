import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { createLineSplitter, lineBatches, splitLines } from "../../src/read/lines.ts";

describe("splitLines(text)", () => {
  it.each([
    ["", []],
    ["a", ["a"]],
    ["a\n", ["a"]],
    ["a\nb", ["a", "b"]],
    ["a\r\nb\r\n", ["a", "b"]],
    ["a\rb\r", ["a", "b"]],
    ["a\n\nb", ["a", "", "b"]],
    ["a\r\n\r\nb", ["a", "", "b"]],
    ["a\r\rb", ["a", "", "b"]],
    ["\n", [""]],
  ])("splitLines(%j) → %j", (text, expected) => {
    expect(splitLines(text)).toEqual(expected);
  });
});

describe("createLineSplitter()", () => {
  it("keeps a CRLF pair that is cut between two chunks as one line break", () => {
    const splitter = createLineSplitter();
    expect(splitter.push("PT J\r")).toEqual(["PT J"]);
    expect(splitter.push("\nER\r")).toEqual(["ER"]);
    expect(splitter.push("\n")).toEqual([]);
    expect(splitter.push("EF")).toEqual([]);
    expect(splitter.end()).toEqual(["EF"]);
  });

  it("ignores empty chunks, even right after a CR", () => {
    const splitter = createLineSplitter();
    expect(splitter.push("a\r")).toEqual(["a"]);
    expect(splitter.push("")).toEqual([]);
    expect(splitter.push("\nb\n")).toEqual(["b"]);
    expect(splitter.end()).toEqual([]);
  });

  test.prop([
    fc.string({ unit: fc.constantFrom("a", "b", " ", "\r", "\n", "é", "\t") }),
    fc.array(fc.nat(), { maxLength: 12 }),
  ])("gives the same lines as splitLines however the text is cut into chunks", (text, cuts) => {
    const points = [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b);
    const splitter = createLineSplitter();
    const lines: string[] = [];
    let start = 0;
    for (const point of [...points, text.length]) {
      lines.push(...splitter.push(text.slice(start, point)));
      start = point;
    }
    lines.push(...splitter.end());
    expect(lines).toEqual(splitLines(text));
  });
});

describe("lineBatches(texts)", () => {
  it("yields the lines of an async stream of chunks in batches", async () => {
    async function* chunks(): AsyncIterable<string> {
      yield "PT J\nAU Sato";
      yield ", A\r";
      yield "\nER\n";
    }
    const lines: string[] = [];
    for await (const batch of lineBatches(chunks())) lines.push(...batch);
    expect(lines).toEqual(["PT J", "AU Sato, A", "ER"]);
  });
});
