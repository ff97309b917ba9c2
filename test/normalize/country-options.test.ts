// The country switches of docs/methodology.md §3.2.2 and their documented defaults.
import { describe, expect, expectTypeOf, it } from "vitest";
import {
  type CountryOptions,
  CountryOptionsSchema,
  DEFAULT_COUNTRY_OPTIONS,
} from "../../src/normalize/country-options.ts";

describe("CountryOptionsSchema", () => {
  it("fills in the defaults of §3.2.2 (the first value of each switch)", () => {
    expect(CountryOptionsSchema.parse({})).toEqual({
      ukNations: "merge",
      hongKongMacao: "separate",
      historicalEntities: "keep",
      usTerritories: "as-usa",
    });
    expect(DEFAULT_COUNTRY_OPTIONS).toEqual(CountryOptionsSchema.parse({}));
  });

  it.each<[keyof CountryOptions, string]>([
    ["ukNations", "separate"],
    ["hongKongMacao", "china"],
    ["historicalEntities", "successor"],
    ["usTerritories", "separate"],
  ])("accepts %s = %s and keeps the other defaults", (name, value) => {
    expect(CountryOptionsSchema.parse({ [name]: value })).toEqual({
      ...DEFAULT_COUNTRY_OPTIONS,
      [name]: value,
    });
  });

  it.each<[string, string]>([
    ["ukNations", "split"],
    ["hongKongMacao", "HK"],
    ["historicalEntities", "successors"],
    ["usTerritories", "as-USA"],
  ])("rejects %s = %s with an invalid_value issue on that path", (name, value) => {
    const result = CountryOptionsSchema.safeParse({ [name]: value });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => [issue.code, issue.path])).toEqual([
      ["invalid_value", [name]],
    ]);
  });

  it("infers the four switches as string unions", () => {
    expectTypeOf<CountryOptions>().toEqualTypeOf<{
      ukNations: "merge" | "separate";
      hongKongMacao: "separate" | "china";
      historicalEntities: "keep" | "successor";
      usTerritories: "as-usa" | "separate";
    }>();
  });
});
