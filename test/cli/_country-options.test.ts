// Countries as option values: ISO alpha-2 and alpha-3 codes, English names and WoS spellings in
// any case, read by countryKeyOf under the command's country switches; anything else is a usage
// error that names the text and the nearest country. Then every country option of every command,
// one line per spelling, through the run manifest (what the command computed with).
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { countryKey, countryKeys, countryList, repeatedCountryKeys } from "../../src/cli/_country-options.ts";
import type { CliOption, GivenValue } from "../../src/cli/_options.ts";
import { sample } from "../_samples.ts";
import { run } from "./_run.ts";

const focal = countryKey({ value: "US", help: "the focal country" });
const focals = countryKeys({ value: "JP,US", help: "focal countries" });
const filter = countryList({ value: "JP,US", help: "papers in these countries" });
const highlight = repeatedCountryKeys({ value: "JP", help: "countries shown" });

describe("country options", () => {
  it.each<[string, CliOption<unknown>, GivenValue, unknown]>([
    ["an alpha-2 code in lower case", focal, "jp", "JP"],
    ["an alpha-3 code", focal, "JPN", "JP"],
    ["an English name", focal, "Japan", "JP"],
    ["an English short name", focal, "South Korea", "KR"],
    ["a WoS spelling", focal, "Peoples R China", "CN"],
    ["a WoS spelling in lower case", focal, "peoples r china", "CN"],
    ["a name with accents left out", focal, "Cote d'Ivoire", "CI"],
    ["a former state", focal, "USSR", "SUHH"],
    ["one country, trimmed", focal, " us ", "US"],
    ["one country left out", focal, undefined, undefined],
    ["countries separated by commas", focals, "jpn,United States", ["JP", "US"]],
    ["an ISO name holding a comma", focals, "JP,Korea, Republic of", ["JP", "KR"]],
    ["countries left out", focals, undefined, undefined],
    ["a filter list, empty parts dropped", filter, "Japan, usa,", ["JP", "US"]],
    [
      "repeated countries, commas too, empty parts skipped",
      highlight,
      ["jp,", "KOR,China"],
      ["JP", "KR", "CN"],
    ],
    ["repeated countries left out: none", highlight, undefined, []],
  ])("reads %s", (_, option, given, expected) => {
    expect(option.parse(given, "focal")).toEqual(expected);
  });

  it.each<[string, GivenValue, Record<string, unknown>, string]>([
    ["England, UK nations merged (the default)", "England", {}, "GB"],
    ["England, UK nations separate", "England", { "uk-nations": "separate" }, "GB-ENG"],
    ["Hong Kong, kept apart (the default)", "Hong Kong", {}, "HK"],
    ["Hong Kong counted as China", "Hong Kong", { "hong-kong-macao": "china" }, "CN"],
    ["USSR under its successor", "USSR", { "historical-entities": "successor" }, "RU"],
  ])("reads %s under the command's country switches", (_, given, switches, expected) => {
    expect(focal.parse(given, "focal", switches)).toBe(expected);
  });

  it("reads after the other options, whose values it takes (the country switches)", () => {
    expect([focal.late, focals.late, filter.late, highlight.late]).toEqual([true, true, true, true]);
  });

  it.each<[string, CliOption<unknown>, GivenValue, string]>([
    ["a misspelt name", focal, "Jpaan", `--focal "Jpaan" is not a country; did you mean Japan (JP)?`],
    [
      "a misspelt name, trimmed",
      focal,
      " Gemrany ",
      `--focal "Gemrany" is not a country; did you mean Germany (DE)?`,
    ],
    ["an empty country in a single list", focals, "JP,", "--focal has an empty country (a comma too many?)"],
    ["a bad country in a list", focals, "JP,Atlantis", `--focal "Atlantis" is not a country;`],
    [
      "a bad country in a filter list",
      filter,
      "JP,Jpaan",
      `--focal "Jpaan" is not a country; did you mean Japan (JP)?`,
    ],
    [
      "a bad country repeated",
      highlight,
      ["JP", "Jpaan"],
      `--focal "Jpaan" is not a country; did you mean Japan (JP)?`,
    ],
  ])("refuses %s", (_, option, given, message) => {
    expect(() => option.parse(given, "focal")).toThrow(
      expect.objectContaining({ name: "UsageError", message: expect.stringContaining(message) }),
    );
  });
});

const Q = sample("partners/data-set-q.txt");

/** Runs a command with `--manifest` and returns the manifest it wrote. */
async function manifestOf(...args: string[]): Promise<{
  options: Record<string, unknown>;
  commandOptions: Record<string, unknown>;
}> {
  const path = join(mkdtempSync(join(tmpdir(), "copub-countries-")), "manifest.json");
  const { code, stderr } = await run(...args, "--manifest", path);
  expect(stderr).not.toContain("is not a country");
  expect(code).toBe(0);
  return JSON.parse(readFileSync(path, "utf8"));
}

// The same spellings for every option; Q's papers are all 2011 or 2021 chemistry.
const SPELLINGS: readonly [string, string, string][] = [
  ["alpha-2", "JP", "JP"],
  ["alpha-3", "JPN", "JP"],
  ["English name", "Japan", "JP"],
  ["lower case", "japan", "JP"],
  ["WoS spelling", "Peoples R China", "CN"],
  ["WoS spelling in lower case", "england", "GB"],
];

describe("every country option of every command reads the same vocabulary", () => {
  it.each(SPELLINGS)("partners --focal, %s (%s)", async (_, text, key) => {
    const manifest = await manifestOf("partners", Q, "--format", "json", "--focal", text);
    expect(manifest.commandOptions.focal).toBe(key);
  });

  it.each(SPELLINGS)("partners --highlight, %s (%s)", async (_, text, key) => {
    const manifest = await manifestOf(
      "partners",
      Q,
      "--format",
      "json",
      "--focal",
      "US",
      "--highlight",
      text,
    );
    expect(manifest.commandOptions.highlight).toEqual([key]);
  });

  it.each(SPELLINGS)("report --focal, %s (%s)", async (_, text, key) => {
    const manifest = await manifestOf("report", Q, "--focal", text);
    expect(manifest.commandOptions.focal).toEqual([key]);
  });

  it.each(
    ["collaboration", "top", "partners", "network", "corpus"].flatMap((command) =>
      SPELLINGS.map(([label, text, key]) => [command, label, text, key] as const),
    ),
  )("%s --countries, %s (%s)", async (command, _, text, key) => {
    const own = {
      collaboration: [],
      top: ["--reference", "corpus"],
      partners: ["--focal", "US"],
      network: ["--level", "country"],
      corpus: [],
    }[command];
    const manifest = await manifestOf(command, Q, ...(own ?? []), "--countries", text);
    expect(manifest.options.countries).toEqual([key]);
  });

  it("reads England as GB-ENG under --uk-nations separate, whatever the order of the options", async () => {
    const before = await manifestOf("partners", Q, "--focal", "England", "--uk-nations", "separate");
    const after = await manifestOf(
      "partners",
      Q,
      "--uk-nations",
      "separate",
      "--countries",
      "england",
      "--focal",
      "US",
    );
    expect(before.commandOptions.focal).toBe("GB-ENG");
    expect(after.options.countries).toEqual(["GB-ENG"]);
  });

  it.each<[string, string[], string]>([
    [
      "partners --focal",
      ["partners", "--focal", "Jpaan"],
      `--focal "Jpaan" is not a country; did you mean Japan (JP)?`,
    ],
    [
      "partners --highlight",
      ["partners", "--focal", "US", "--highlight", "JP,Germny"],
      `--highlight "Germny" is not a country; did you mean Germany (DE)?`,
    ],
    [
      "report --focal",
      ["report", "--focal", "Jpaan"],
      `--focal "Jpaan" is not a country; did you mean Japan (JP)?`,
    ],
    [
      "collaboration --countries",
      ["collaboration", "--countries", "Jpaan"],
      `--countries "Jpaan" is not a country; did you mean Japan (JP)?`,
    ],
    [
      "network --countries",
      ["network", "--level", "country", "--countries", "Jpaan"],
      `--countries "Jpaan" is not a country; did you mean Japan (JP)?`,
    ],
  ])(
    "%s: an unknown country is a usage error (exit 2) naming it and the nearest country",
    async (_, args, message) => {
      const [command, ...rest] = args as [string, ...string[]];
      const { code, stdout, stderr } = await run(command, Q, ...rest);
      expect(code).toBe(2);
      expect(stdout).toBe("");
      expect(stderr.split("\n")[0]).toBe(`copub ${command}: ${message}`);
    },
  );
});
