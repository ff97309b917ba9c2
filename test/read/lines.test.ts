import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import {
  createLineScanner,
  createLineSplitter,
  type LineSplitter,
  LONG_LINE_HEAD,
  lineBatches,
  type SplitLine,
  splitLines,
} from "../../src/read/lines.ts";

/** Feeds `text` to `splitter` cut at the positions `cuts` (taken modulo its length), then ends it. */
function splitInChunks<L extends SplitLine>(
  splitter: LineSplitter<L>,
  text: string,
  cuts: readonly number[],
): L[] {
  const points = [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b);
  const lines: L[] = [];
  let start = 0;
  for (const point of [...points, text.length]) {
    lines.push(...splitter.push(text.slice(start, point)));
    start = point;
  }
  return [...lines, ...splitter.end()];
}

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
    expect(splitInChunks(createLineSplitter(), text, cuts)).toEqual(splitLines(text));
    // The definition: split at every CRLF, CR or LF; a text ending with a break has no line after it.
    const defined = text.split(/\r\n|\r|\n/);
    if (defined[defined.length - 1] === "") defined.pop();
    expect(splitLines(text)).toEqual(defined);
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

describe("createLineSplitter(maxLineChars)", () => {
  it("gives a line past the limit as its head and length, and the lines around it whole", () => {
    const splitter = createLineSplitter(4);
    expect(splitter.push("abcd\nabc")).toEqual(["abcd"]);
    // The third line runs over three chunks: 3 + 4 + 2 = 9 characters.
    expect(splitter.push("defg")).toEqual([]);
    expect(splitter.push("hi\r\nxy")).toEqual([{ head: "abcdefghi", chars: 9 }]);
    expect(splitter.end()).toEqual(["xy"]);
  });

  it("keeps LONG_LINE_HEAD characters of a long line, never the rest", () => {
    const splitter = createLineSplitter(10);
    const lines = [...splitter.push(`${"x".repeat(5000)}\n${"y".repeat(3000)}`), ...splitter.end()];
    expect(lines).toEqual([
      { head: "x".repeat(LONG_LINE_HEAD), chars: 5000 },
      { head: "y".repeat(LONG_LINE_HEAD), chars: 3000 },
    ]);
  });

  test.prop([
    fc.string({ unit: fc.constantFrom("a", "b", "\r", "\n", "é") }),
    fc.array(fc.nat(), { maxLength: 12 }),
    fc.integer({ min: 1, max: 6 }),
  ])(
    "gives splitLines' lines, the longer ones as head and length, however the text is cut",
    (text, cuts, max) => {
      const lines = splitInChunks(createLineSplitter(max), text, cuts);
      const expected = splitLines(text).map((line) =>
        line.length > max ? { head: line.slice(0, LONG_LINE_HEAD), chars: line.length } : line,
      );
      expect(lines).toEqual(expected);
      expect(splitLines(text, max)).toEqual(expected);
    },
  );
});

/** The lines a scanner hands its visitor for `text` cut at `cuts`, each as the splitter gives it: a string, or head and length. */
function scanInChunks(text: string, cuts: readonly number[], max?: number): SplitLine[] {
  const scanner = createLineScanner(max);
  const lines: SplitLine[] = [];
  const visit = (chunk: string, start: number, end: number, chars: number, out: SplitLine[]): void => {
    // A line past the limit comes as its head (the whole line when that is short enough).
    const line = chunk.slice(start, end);
    out.push(max !== undefined && chars > max ? { head: line, chars } : line);
  };
  const points = [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b);
  let start = 0;
  for (const point of [...points, text.length]) {
    scanner.push(text.slice(start, point), visit, lines);
    start = point;
  }
  scanner.end(visit, lines);
  return lines;
}

describe("createLineScanner(maxLineChars)", () => {
  it("hands each line over as a range of its chunk, a line cut between chunks glued whole", () => {
    // "PT J" and "ER" are ranges of the chunks; "AU Sato, A" is glued from two chunks; the CRLF
    // chunk is split the strings' way. Each: the line, then its length.
    const seen: string[] = [];
    const scanner = createLineScanner();
    const visit = (text: string, start: number, end: number, chars: number, out: string[]): void => {
      out.push(`${text.slice(start, end)}:${chars}`);
    };
    scanner.push("PT J\nAU Sato", visit, seen);
    scanner.push(", A\nER\r\nEF", visit, seen);
    scanner.end(visit, seen);
    expect(seen).toEqual(["PT J:4", "AU Sato, A:10", "ER:2", "EF:2"]);
  });

  it("gives a line past the limit by its head, with its whole length", () => {
    expect(scanInChunks(`ab\n${"x".repeat(5000)}\ncd`, [], 10)).toEqual([
      "ab",
      { head: "x".repeat(LONG_LINE_HEAD), chars: 5000 },
      "cd",
    ]);
  });

  test.prop([
    fc.string({ unit: fc.constantFrom("a", "b", " ", "\r", "\n", "é", "\t") }),
    fc.array(fc.nat(), { maxLength: 12 }),
    fc.option(fc.integer({ min: 1, max: 6 }), { nil: undefined }),
  ])("gives the splitter's lines however the text is cut into chunks", (text, cuts, max) => {
    const expected = max === undefined ? splitLines(text) : splitLines(text, max);
    expect(scanInChunks(text, cuts, max)).toEqual(expected);
  });
});
