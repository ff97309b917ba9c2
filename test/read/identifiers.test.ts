import { describe, expect, it } from "vitest";
import { normalizeDoi, normalizeUt } from "../../src/read/identifiers.ts";

describe("normalizeUt(value) (docs/methodology.md §2.2)", () => {
  it.each([
    ["WOS:000306312500009", "WOS:000306312500009"],
    [" wos:000306312500009 ", "WOS:000306312500009"],
    ["000306312500009", "WOS:000306312500009"],
    ["WOS:A1972N549400003", "WOS:A1972N549400003"],
    ["MEDLINE:12345678", "MEDLINE:12345678"],
  ])("normalizeUt(%j) → %j", (value, expected) => expect(normalizeUt(value)).toBe(expected));
});

describe("normalizeDoi(value) (docs/methodology.md §2.2)", () => {
  it.each([
    ["10.1016/J.SPC.2025.02.014", "10.1016/j.spc.2025.02.014"],
    ["https://doi.org/10.1/ABC", "10.1/abc"],
    ["http://dx.doi.org/10.1/abc", "10.1/abc"],
    ["doi:10.1/abc", "10.1/abc"],
    ["  ", null],
  ])("normalizeDoi(%j) → %j", (value, expected) => expect(normalizeDoi(value)).toBe(expected));
});
