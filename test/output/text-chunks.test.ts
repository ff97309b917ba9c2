// Text in chunks: pieces gathered into chunks of about CHUNK_CHARS, never split, and the whole text
// equal to the pieces joined.
import { describe, expect, it } from "vitest";
import { batched, CHUNK_CHARS, joinChunks, lineChunks } from "../../src/output/text-chunks.ts";

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
