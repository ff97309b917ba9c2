// JSON in chunks: the bytes of JSON.stringify(value, null, 2) and a newline (the language's own
// serializer is the specification), for values walked entry by entry as well as small ones.
import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { jsonArray, jsonChunks, toJson } from "../../src/output/json.ts";
import { CHUNK_CHARS } from "../../src/output/text-chunks.ts";

const stringified = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;

describe("toJson(value)", () => {
  it("indents by two spaces and ends in a newline", () => {
    expect(toJson({ parsed: 2, rejected: 0 })).toBe('{\n  "parsed": 2,\n  "rejected": 0\n}\n');
    expect(toJson([])).toBe("[]\n");
    expect(toJson({})).toBe("{}\n");
    expect(toJson("a")).toBe('"a"\n');
  });

  it("writes a large value walked entry by entry with JSON.stringify's bytes", () => {
    // 1,000 rows of 3 entries each, nested two levels down: far over the 256 entries stringified whole.
    const rows = Array.from({ length: 1000 }, (_, i) => ({ id: `n${i}`, values: [i, i / 3, null] }));
    const value = { options: { type: "undirected" }, nodes: rows, empty: [], none: {}, last: true };
    expect(toJson(value)).toBe(stringified(value));
  });

  it("follows JSON.stringify on toJSON, undefined, functions and non-finite numbers, also when walking", () => {
    const big = Array.from({ length: 300 }, (_, i) => i);
    const value = {
      when: new Date(Date.UTC(2024, 0, 2)),
      dropped: undefined,
      fn: () => 1,
      list: [...big, undefined, () => 2, Number.NaN, -0, Number.POSITIVE_INFINITY],
      custom: { toJSON: (key: string) => ({ key, big }) },
      boxed: Object(5),
    };
    expect(toJson(value)).toBe(stringified(value));
    // The same value small enough to be stringified whole.
    expect(toJson({ ...value, list: [undefined, Number.NaN], custom: { toJSON: () => 1 } })).toBe(
      stringified({ ...value, list: [undefined, Number.NaN], custom: { toJSON: () => 1 } }),
    );
  });

  test.prop([fc.jsonValue({ maxDepth: 6 })], { numRuns: 200 })(
    "equals JSON.stringify on any JSON value",
    (value) => {
      expect(toJson(value)).toBe(stringified(value));
    },
  );
});

describe("jsonArray(items)", () => {
  it("writes items produced one at a time as an array, and [] for none", () => {
    function* edges(): Generator<object> {
      for (let i = 0; i < 3; i++) yield { key: `e${i}` };
    }
    expect(toJson({ edges: jsonArray(edges()), none: jsonArray([]) })).toBe(
      stringified({ edges: [{ key: "e0" }, { key: "e1" }, { key: "e2" }], none: [] }),
    );
  });

  it("hands chunks on as items come: no chunk holds more than CHUNK_CHARS and one item", () => {
    // 200,000 items '"item-000000"' (13 characters), each after "[\n    " or ",\n    " (6): about 3.8 MB.
    let made = 0;
    function* items(): Generator<string> {
      for (; made < 200_000; made++) yield `item-${String(made).padStart(6, "0")}`;
    }
    let longest = 0;
    let total = 0;
    for (const chunk of jsonChunks({ items: jsonArray(items()) })) {
      longest = Math.max(longest, chunk.length);
      total += chunk.length;
    }
    expect(longest).toBeLessThan(CHUNK_CHARS + 20);
    // '{\n  "items": ' (13) + 200,000 × (6 + 13) + '\n  ]' (4) + '\n}' (2) + the final '\n' (1).
    expect(total).toBe(13 + 200_000 * 19 + 4 + 2 + 1);
  });
});
