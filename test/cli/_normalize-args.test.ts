// The normalization switches on the command line → validated normalization options.
import { describe, expect, it } from "vitest";
import { parseCommandLine } from "../../src/cli/_command-line.ts";
import { NORMALIZE_OPTIONS, normalizeOptionsFromArgs } from "../../src/cli/_normalize-args.ts";
import { HELP_OPTION } from "../../src/cli/_options.ts";
import { DEFAULT_NORMALIZE_OPTIONS } from "../../src/normalize/normalize-options.ts";

const TABLE = { ...NORMALIZE_OPTIONS, help: HELP_OPTION };
/** The document-type defaults (docs/methodology.md §1.2): Article and Review, not strict, retracted kept. */
const DOC = { include: ["Article", "Review"], strict: false, retracted: "keep" };
/** The switches' defaults plus the scope filters given with them: those document types, every year. */
const DEFAULTS = { ...DEFAULT_NORMALIZE_OPTIONS, docTypes: DOC, years: null };

async function optionsOf(...args: string[]): Promise<unknown> {
  const line = parseCommandLine(args, TABLE);
  if (line.help) throw new Error("unexpected --help");
  return normalizeOptionsFromArgs(line.values);
}

describe("normalizeOptionsFromArgs(values)", () => {
  it("gives docs/methodology.md's defaults when no switch is given", async () => {
    expect(await optionsOf()).toEqual(DEFAULTS);
  });

  it.each<[string[], object]>([
    [["--uk-nations", "separate"], { ukNations: "separate" }],
    [["--address-source", "C1-only"], { addressSource: "C1-only" }],
    [["--years", "2019-2021"], { years: { from: 2019, to: 2021 } }],
    [["--years", "2020"], { years: { from: 2020, to: 2020 } }],
    [["--doc-types", "review, LETTER"], { docTypes: { ...DOC, include: ["Review", "Letter"] } }],
    [["--doc-types", "proceedings-paper"], { docTypes: { ...DOC, include: ["Proceedings Paper"] } }],
    [["--doc-types", "ALL", "--strict-doc-types"], { docTypes: { ...DOC, include: "all", strict: true } }],
    [["--retracted", "remove"], { docTypes: { ...DOC, retracted: "remove" } }],
    [["--field-assignment", "fractional"], { fieldAssignment: "fractional" }],
  ])("%j sets only its switch", async (args, changed) => {
    expect(await optionsOf(...args)).toEqual({ ...DEFAULTS, ...changed });
  });

  it.each<[string[], string]>([
    [["--uk-nations", "split"], '--uk-nations must be one of merge, separate, not "split"'],
    [["--years", "21-22"], '--years must look like 2019-2021 or 2020, not "21-22"'],
    [["--years", "2021-2019"], "--years 2021-2019 ends before it starts"],
    [["--years", "-2020"], '--years must look like 2019-2021 or 2020, not "-2020"'],
    [["--doc-types", "article,poem"], '--doc-types: unknown document type "poem"'],
    [["--retracted", "drop"], '--retracted must be one of keep, remove, not "drop"'],
  ])("%j is a usage error", async (args, message) => {
    await expect(optionsOf(...args)).rejects.toThrow(
      expect.objectContaining({ name: "UsageError", message: expect.stringContaining(message) }),
    );
  });
});
