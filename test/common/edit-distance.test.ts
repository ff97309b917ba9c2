import { describe, expect, it } from "vitest";
import { editDistance } from "../../src/common/edit-distance.ts";

describe("editDistance", () => {
  it("counts insertions, deletions, substitutions and adjacent swaps as one edit each", () => {
    expect(editDistance("Japan", "Japan")).toBe(0);
    // a swapped pair of letters: a→p p→a is one transposition
    expect(editDistance("Jpaan", "Japan")).toBe(1);
    // one letter left out: "perods" + i
    expect(editDistance("perods", "periods")).toBe(1);
    // kitten → sitten (k→s), sittin (e→i), sitting (+g): the classic three
    expect(editDistance("kitten", "sitting")).toBe(3);
    expect(editDistance("", "abc")).toBe(3);
  });
});
