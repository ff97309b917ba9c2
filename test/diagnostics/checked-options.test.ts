// checkOptions: options are held to every key of their schema, at every depth, and what is wrong
// is one CopubError (invalid-option) whose message names the key or the value and where it is.

import { describe, expect, it } from "vitest";
import * as z from "zod";
import { checkOptions, pickOptions } from "../../src/diagnostics/checked-options.ts";
import { CopubError } from "../../src/diagnostics/errors.ts";
import { PeriodsSchema } from "../../src/indicators/core/periods.ts";

const Schema = z.object({
  periods: PeriodsSchema,
  top: z.number().int().min(1).default(10),
  nested: z.object({ minWeight: z.number().default(0) }).prefault({}),
  list: z.array(z.object({ from: z.number(), to: z.number() })).default([]),
});

/** The error `checkOptions` throws for these options. */
function errorOf(options: unknown): CopubError {
  try {
    checkOptions(Schema, options, "demo options");
  } catch (error) {
    if (error instanceof CopubError) return error;
    throw error;
  }
  throw new Error("no error");
}

describe("checkOptions(schema, options, what)", () => {
  it("fills in defaults when every key is known", () => {
    expect(checkOptions(Schema, {}, "demo options")).toEqual({
      periods: { kind: "years", years: null },
      top: 10,
      nested: { minWeight: 0 },
      list: [],
    });
  });

  it("names an unknown key with the nearest valid one when it is close", () => {
    const error = errorOf({ tpo: 3 });
    expect(error.code).toBe("invalid-option");
    // "tpo" is one transposition from "top"
    expect(error.message).toBe(
      'demo options: unknown option "tpo" (did you mean "top"?); valid there: periods, top, nested, list',
    );
  });

  it("names unknown keys inside a periods union: { kind: years, from, to } is an error, not every year", () => {
    expect(errorOf({ periods: { kind: "years", from: 2010, to: 2020 } }).message).toBe(
      'demo options: unknown keys "from", "to" in periods; valid there: kind, years',
    );
  });

  it("finds unknown keys in nested objects and in array items, with their path", () => {
    expect(errorOf({ nested: { minWieght: 1 } }).message).toBe(
      'demo options: unknown key "minWieght" (did you mean "minWeight"?) in nested; valid there: minWeight',
    );
    expect(
      errorOf({
        list: [
          { from: 1, to: 2 },
          { from: 1, upto: 2 },
        ],
      }).message,
    ).toBe('demo options: unknown key "upto" in list[1]; valid there: from, to');
  });

  it("names an invalid value by its path and says what was expected", () => {
    expect(errorOf({ top: 0 }).message).toMatch(/^demo options: top: Too small: expected number to be >=1$/);
    expect(errorOf({ periods: "2019/2021" }).message).toBe(
      'demo options: periods: "2019/2021" is not periods like "2019-2021" or "2009-2011,2019-2021" (each window as 2019-2021 or 2021)',
    );
  });

  it("suggests no key when none is close", () => {
    expect(errorOf({ colour: "red" }).message).toBe(
      'demo options: unknown option "colour"; valid there: periods, top, nested, list',
    );
  });
});

describe("pickOptions(schema, options)", () => {
  it("keeps the keys the schema knows", () => {
    expect(pickOptions(Schema, { top: 3, focal: "JP", periods: "2021" })).toEqual({
      top: 3,
      periods: "2021",
    });
  });
});
