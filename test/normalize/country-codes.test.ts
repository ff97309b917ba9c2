// Alpha-3 codes of country keys (docs/methodology.md ("Words used", §3.2.1)).
import { describe, expect, it } from "vitest";
import { countryAlpha3, isCountryKey } from "../../src/normalize/country-codes.ts";

describe("countryAlpha3(key)", () => {
  it.each<[string, string | null]>([
    ["JP", "JPN"],
    ["US", "USA"],
    ["NL", "NLD"],
    ["PR", "PRI"],
    ["GU", "GUM"],
    ["VI", "VIR"],
    ["AS", "ASM"],
    ["MP", "MNP"],
    // Former entities and Kosovo: the Alpha-3 column of Appendix A.2.
    ["SUHH", "SUN"],
    ["DDDE", "DDR"],
    ["CSHH", "CSK"],
    ["YUCS", "YUG"],
    ["CSXX", "SCG"],
    ["ANHH", "ANT"],
    ["XK", "XKX"],
    // UK nations under ukNations = separate: the GB row gives GBR.
    ["GB-ENG", "GBR"],
    ["GB-SCT", "GBR"],
    ["GB-WLS", "GBR"],
    ["GB-NIR", "GBR"],
    ["jp", null],
    ["ZZ", null],
    ["", null],
  ])("%s → %s", (key, alpha3) => {
    expect(countryAlpha3(key)).toBe(alpha3);
  });
});

describe("isCountryKey(key)", () => {
  it.each<[string, boolean]>([
    ["DE", true],
    ["DDDE", true],
    ["GB-NIR", true],
    ["XK", true],
    ["DD", false],
    ["England", false],
  ])("%s → %s", (key, expected) => {
    expect(isCountryKey(key)).toBe(expected);
  });
});
