// Row keys as people read them, and rows in the order a reader looks a name up.
import { describe, expect, it } from "vitest";
import { byCountryName, countryLabel } from "../../src/output/_labels.ts";

describe("countryLabel(key)", () => {
  it.each([
    ["JP", "Japan"],
    ["US", "United States"],
    ["KR", "South Korea"],
    ["AD", "Andorra"],
    ["WORLD", "World"],
    ["UNATTRIBUTED", "Without a country"],
    ["XX", "XX"],
  ])("%s → %s", (key, expected) => {
    expect(countryLabel(key)).toBe(expected);
  });
});

describe("byCountryName(rows)", () => {
  it("orders by name, the world last, and keeps the order of each country's rows", () => {
    const rows = [
      { country: "CN", period: "2020" },
      { country: "CN", period: "2021" },
      { country: "DE", period: "2020" },
      { country: "FR", period: "2020" },
      { country: "WORLD", period: "2020" },
      { country: "WORLD", period: "2021" },
      { country: "AE", period: "2020" },
    ];
    // China, France, Germany, United Arab Emirates, then World.
    expect(byCountryName(rows).map((r) => `${r.country} ${r.period}`)).toEqual([
      "CN 2020",
      "CN 2021",
      "FR 2020",
      "DE 2020",
      "AE 2020",
      "WORLD 2020",
      "WORLD 2021",
    ]);
  });
});
