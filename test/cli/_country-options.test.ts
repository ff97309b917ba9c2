// Country keys as option values: upper-cased, checked against ISO 3166-1 alpha-2.
import { describe, expect, it } from "vitest";
import { countryKey, countryKeys, repeatedCountryKeys } from "../../src/cli/_country-options.ts";
import type { CliOption, GivenValue } from "../../src/cli/_options.ts";

const focal = countryKey({ value: "US", help: "the focal country" });
const focals = countryKeys({ value: "JP,US", help: "focal countries" });
const highlight = repeatedCountryKeys({ value: "JP", help: "countries shown" });
const NOT_A_KEY = "must be a country key such as US, JP or GB (ISO 3166-1 alpha-2), not";

describe("country key options", () => {
  it.each<[string, CliOption<unknown>, GivenValue, unknown]>([
    ["one key, upper-cased", focal, "jp", "JP"],
    ["one key, trimmed", focal, " us ", "US"],
    ["one key left out", focal, undefined, undefined],
    ["keys separated by commas", focals, "jp,US", ["JP", "US"]],
    ["keys left out", focals, undefined, undefined],
    ["repeated keys, commas too, empty parts skipped", highlight, ["jp,", "KR,CN"], ["JP", "KR", "CN"]],
    ["repeated keys left out: none", highlight, undefined, []],
  ])("%s", (_, option, given, expected) => {
    expect(option.parse(given, "focal")).toEqual(expected);
  });

  it.each<[string, CliOption<unknown>, GivenValue, string]>([
    ["a country name", focal, "Japan", `--focal ${NOT_A_KEY} "Japan"`],
    ["an alpha-3 code", focal, "USA", `--focal ${NOT_A_KEY} "USA"`],
    ["an empty key in a single list", focals, "JP,", `--focal ${NOT_A_KEY} ""`],
    ["a bad key in a list", focals, "JP,Japan", `--focal ${NOT_A_KEY} "Japan"`],
    ["a bad key repeated", highlight, ["JP", "Korea"], `--focal ${NOT_A_KEY} "Korea"`],
  ])("refuses %s", (_, option, given, message) => {
    expect(() => option.parse(given, "focal")).toThrow(
      expect.objectContaining({ name: "UsageError", message }),
    );
  });
});
