// The profiles against the table of methodology §14, row by row: each source's switches as data.
import { describe, expect, it } from "vitest";
import { PROFILES } from "../../../src/indicators/profiles/profiles.ts";

describe("PROFILES (methodology §14)", () => {
  it.each([
    // Setting of §14:  document types, retracted, Hong Kong/Macao, fields, counting, reference sets, Top-x% method, windows
    [
      "nistep",
      ["Article", "Review"],
      "keep",
      "separate",
      "single",
      "integer",
      "nistep",
      "field-year",
      "tie-fraction",
      null,
      "average",
    ],
    [
      "cwts",
      ["Article", "Review"],
      "remove",
      "china",
      "fractional",
      "fractional",
      "cwts",
      "field-year-type",
      "tie-fraction",
      4,
      "sum",
    ],
    [
      "incites",
      "all",
      "keep",
      "separate",
      "single",
      "integer",
      null,
      "category-year-type",
      "incites",
      null,
      "sum",
    ],
  ] as const)(
    "%s",
    (name, include, retracted, hongKongMacao, fieldAssignment, counting, countingMethod, referenceSets, topMethod, window, windowCounts) => {
      expect(PROFILES[name]).toEqual({
        // The same for all three (§14): C1 with the reprint address as fallback, UK nations merged, PY.
        addressSource: "C1+RP-fallback",
        ukNations: "merge",
        yearBasis: "PY",
        docTypes: { include, strict: false, retracted },
        hongKongMacao,
        fieldAssignment,
        counting,
        countingMethod,
        referenceSets,
        topMethod,
        topTable: name,
        window,
        windowCounts,
      });
    },
  );
});
