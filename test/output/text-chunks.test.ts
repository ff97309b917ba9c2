// Text in chunks: pieces gathered into chunks of about CHUNK_CHARS, never split, and the whole text
// equal to the pieces joined.
import { describe, expect, it } from "vitest";
import { markdownTableLines, toMarkdownTable } from "../../src/output/_markdown-table.ts";
import { namedCsvChunks } from "../../src/output/code-names.ts";
import { toCsv } from "../../src/output/csv.ts";
import {
  batched,
  CHUNK_CHARS,
  joinChunks,
  joined,
  lineChunks,
  mapped,
} from "../../src/output/text-chunks.ts";

describe("batched(pieces)", () => {
  it("gathers small pieces into one chunk and yields nothing for nothing", () => {
    expect([...batched(["a\n", "b\n"])]).toEqual(["a\nb\n"]);
    expect([...batched([])]).toEqual([]);
    expect([...batched(["", ""])]).toEqual([]);
  });

  it("closes a chunk at the first piece that takes it to CHUNK_CHARS, never cutting a piece", () => {
    // 3 pieces of CHUNK_CHARS / 2 characters: the first two fill one chunk exactly, the third starts another.
    const half = "x".repeat(CHUNK_CHARS / 2);
    expect([...batched([half, half, half])].map((chunk) => chunk.length)).toEqual([
      CHUNK_CHARS,
      CHUNK_CHARS / 2,
    ]);
    // One piece longer than a chunk stays whole: CHUNK_CHARS + 1, then the 1-character piece after it.
    const long = "y".repeat(CHUNK_CHARS + 1);
    expect([...batched([long, "z"])]).toEqual([long, "z"]);
  });
});

describe("lineChunks(lines) and joinChunks(chunks)", () => {
  it("is lines.join('\\n') plus a final newline, and nothing for no line", () => {
    expect(joinChunks(lineChunks(["<a>", "", "</a>"]))).toBe("<a>\n\n</a>\n");
    expect(joinChunks(lineChunks([]))).toBe("");
  });

  it("reads the lines lazily: a chunk is handed on before later lines are made", () => {
    let made = 0;
    function* lines(): Generator<string> {
      // 10-character lines (11 with the newline): a chunk is full after ceil(65536 / 11) = 5958 lines.
      for (let i = 0; i < 100_000; i++) {
        made++;
        yield "0123456789";
      }
    }
    const chunks = lineChunks(lines());
    const first = chunks.next();
    expect(first.value?.length).toBe(5958 * 11);
    expect(made).toBe(5958);
  });
});

describe("mapped(items, map) and joined(sections, separator)", () => {
  it("maps items one at a time, only as they are read", () => {
    const seen: number[] = [];
    const doubled = mapped([1, 2, 3], (n) => {
      seen.push(n);
      return n * 2;
    });
    expect(seen).toEqual([]);
    expect([...doubled]).toEqual([2, 4, 6]);
  });

  it("gives the pieces of sections.join(separator), strings and pieces alike", () => {
    expect([...joined(["a\n", ["b", "c\n"], "d"], "\n")].join("")).toBe(["a\n", "bc\n", "d"].join("\n"));
    expect([...joined([], "\n")]).toEqual([]);
  });
});

describe("the indicator tables stream (issue 18: every writer)", () => {
  // 20,000 rows of 14 characters ("| JP | 12345 |\n") are 280,000 characters: more than four chunks.
  const rows = Array.from({ length: 20_000 }, (_, i): [string, string] => ["JP", `${10_000 + (i % 90_000)}`]);

  it("writes a Markdown table a line at a time, in chunks of about CHUNK_CHARS", () => {
    const chunks = [...batched(markdownTableLines(["country", "papers"], rows, [1]))];
    expect(chunks.length).toBeGreaterThan(4);
    for (const chunk of chunks) expect(chunk.length).toBeLessThan(CHUNK_CHARS + 20);
    expect(chunks.join("")).toBe(toMarkdownTable(["country", "papers"], rows, [1]));
  });

  it("writes named CSV rows as they come, each named as toCsv would", () => {
    const named = rows.map(([country, papers]) => ({ country, papers: Number(papers) }));
    const chunks = [...namedCsvChunks(["country", "papers"], named)];
    expect(chunks.length).toBeGreaterThan(4);
    expect(chunks.join("")).toBe(
      toCsv(
        ["country", "name", "papers"],
        named.map((row) => [row.country, "Japan", row.papers]),
      ),
    );
  });
});
