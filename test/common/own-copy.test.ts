import { describe, expect, it } from "vitest";
import { ownCopy } from "../../src/common/own-copy.ts";

describe("ownCopy(value)", () => {
  it("returns an equal string", () => {
    const line = `UT WOS:000000000000001\nDI 10.1000/xyz`;
    expect(ownCopy(line.slice(3, 22))).toBe("WOS:000000000000001");
    expect(ownCopy("Müller|Ł")).toBe("Müller|Ł");
  });
});
