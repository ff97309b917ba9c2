// Options validated once: settled by a schema, passed on, not parsed again.
import { describe, expect, it } from "vitest";
import * as z from "zod";
import { CopubError } from "../../../src/diagnostics/errors.ts";
import { settle } from "../../../src/indicators/core/settled-options.ts";

/** A schema that counts how often it checks `top`. */
function countingSchema() {
  const checks = { top: 0 };
  const schema = z.object({
    focal: z.string(),
    top: z
      .number()
      .int()
      .min(1)
      .refine(() => ++checks.top > 0)
      .default(10),
  });
  return { schema, checks };
}

describe("settle(schema, options)", () => {
  it("parses options and fills in the defaults", () => {
    const { schema } = countingSchema();
    expect(settle(schema, { focal: "US" })).toEqual({ focal: "US", top: 10 });
  });

  it("returns options it settled already as they are, without parsing them again", () => {
    const { schema, checks } = countingSchema();
    const settled = settle(schema, { focal: "US", top: 5 });
    expect(checks.top).toBe(1);
    expect(settle(schema, settled)).toBe(settled);
    expect(checks.top).toBe(1);
  });

  it("leaves no trace in keys, spreads or JSON (a run manifest prints settled options as before)", () => {
    const { schema } = countingSchema();
    const settled = settle(schema, { focal: "US" });
    expect(Object.keys(settled)).toEqual(["focal", "top"]);
    expect(JSON.stringify({ ...settled, format: "md" })).toBe('{"focal":"US","top":10,"format":"md"}');
  });

  it("parses again a spread copy, or options another schema settled", () => {
    const { schema, checks } = countingSchema();
    const settled = settle(schema, { focal: "US", top: 5 });
    settle(schema, { ...settled });
    expect(checks.top).toBe(2);
    const other = countingSchema();
    settle(other.schema, settled);
    expect(other.checks.top).toBe(1);
  });

  it("throws a CopubError naming what is invalid or unknown", () => {
    const { schema } = countingSchema();
    expect(() => settle(schema, { focal: "US", top: 0 }, "demo options")).toThrow(CopubError);
    expect(() => settle(schema, { focal: "US", top: 0 }, "demo options")).toThrow(/^demo options: top: /);
    expect(() => settle(schema, { focal: "US", tpo: 3 } as never, "demo options")).toThrow(
      'demo options: unknown option "tpo" (did you mean "top"?); valid there: focal, top',
    );
  });
});
