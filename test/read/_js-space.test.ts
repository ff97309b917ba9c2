import { describe, expect, it } from "vitest";
import { isJsSpace } from "../../src/read/_js-space.ts";

describe("isJsSpace(code)", () => {
  it("is true exactly where /\\s/ matches and trim removes, over every UTF-16 code unit", () => {
    const differing: number[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      const char = String.fromCharCode(code);
      const byRegExp = /\s/.test(char);
      const byTrim = char.trim() === "";
      if (isJsSpace(code) !== byRegExp || isJsSpace(code) !== byTrim) differing.push(code);
    }
    expect(differing).toEqual([]);
  });
});
