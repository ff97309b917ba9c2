// The option kinds: each case is one text (or none) given to one option, and what comes out.
import { describe, expect, it } from "vitest";
import {
  type CliOption,
  choice,
  choiceList,
  commaParts,
  file,
  flag,
  type GivenValue,
  list,
  nonNegativeNumber,
  repeatedOption,
  text,
  wholeNumber,
} from "../../src/cli/_options.ts";

const format = choice(["md", "csv", "json"], { default: "md", help: "output format" });
const by = choice(["field"], { help: "also per field" });
const level = choice(["country", "institution", "author"], { required: true, help: "node level" });
const show = wholeNumber({ min: 1, default: 10, value: "10", help: "countries shown" });
const maxNodes = wholeNumber({ min: 2, value: "N", help: "papers with more nodes add no edges" });
const seed = wholeNumber({ min: 0, value: "N", help: "seed" });
const top = wholeNumber({ min: 1, orAll: true, default: 10, value: "10", help: "partners shown" });
const minWeight = nonNegativeNumber({ default: 0, value: "W", help: "smallest edge weight" });
const snapshot = text({
  value: "2023-12-31",
  takes: "a date like 2023-12-31",
  pattern: /^\d{4}-\d{2}-\d{2}$/,
  help: "citation snapshot",
});
const reference = text({ value: "corpus|FILE", takes: "corpus or a file", required: "say where", help: "…" });
const manifest = file("write the manifest to FILE");
const fields = list({ value: "chem,phys", takes: "fields separated by commas", help: "fields in scope" });
const metrics = flag({ help: "compute the metrics" });
const words = repeatedOption({ value: "W", help: "words" }, "a word", (t) => t.toUpperCase());

/** An option, its name, what parseArgs gave, and the value, or the usage error's message. */
type Case = [string, CliOption<unknown>, string, GivenValue, unknown];

describe("option kinds: the value read from what was given", () => {
  it.each<Case>([
    ["a choice", format, "format", "csv", "csv"],
    ["a choice left out takes its default", format, "format", undefined, "md"],
    ["a choice without a default left out", by, "by", undefined, undefined],
    ["a choice of one word", by, "by", "field", "field"],
    ["a required choice", level, "level", "author", "author"],
    ["a whole number", show, "show", "3", 3],
    ["a whole number at its minimum", maxNodes, "max-nodes-per-paper", "2", 2],
    ["a whole number of at least 0", seed, "seed", "0", 0],
    ["a whole number with a leading zero", show, "show", "010", 10],
    ["a whole number left out takes its default", show, "show", undefined, 10],
    ["a whole number without a default left out", maxNodes, "max-nodes-per-paper", undefined, undefined],
    ["all, where it is taken, is no limit", top, "top", "all", null],
    ["a decimal", minWeight, "min-weight", "0.5", 0.5],
    ["a number in exponent form", minWeight, "min-weight", "1e-3", 0.001],
    ["zero", minWeight, "min-weight", "0", 0],
    ["a text matching its pattern", snapshot, "snapshot", "2023-12-31", "2023-12-31"],
    ["a file name", manifest, "manifest", "out/m.json", "out/m.json"],
    ["a file name left out", manifest, "manifest", undefined, undefined],
    ["a list, trimmed, empty parts dropped", fields, "fields", " chem, phys,", ["chem", "phys"]],
    ["an empty list", fields, "fields", "", []],
    ["a flag given", metrics, "metrics", true, true],
    ["a flag left out", metrics, "metrics", undefined, false],
    ["a repeated option, in the order given", words, "word", ["b", "a"], ["B", "A"]],
    ["a repeated option left out", words, "word", undefined, undefined],
  ])("%s", (_, option, name, given, expected) => {
    expect(option.parse(given, name)).toEqual(expected);
  });
});

describe("option kinds: usage errors name the option and what it takes", () => {
  const WHOLE = "must be a whole number of at least";
  it.each<[string, GivenValue, CliOption<unknown>, string]>([
    ["format", "xlsx", format, '--format must be one of md, csv, json, not "xlsx"'],
    ["format", "MD", format, '--format must be one of md, csv, json, not "MD"'],
    ["by", "region", by, '--by must be field, not "region"'],
    ["level", undefined, level, "--level is required: one of country, institution, author"],
    ["show", "0", show, `--show ${WHOLE} 1, not "0"`],
    ["show", "-1", show, `--show ${WHOLE} 1, not "-1"`],
    ["show", "2.5", show, `--show ${WHOLE} 1, not "2.5"`],
    ["show", "1e3", show, `--show ${WHOLE} 1, not "1e3"`],
    ["show", " 5", show, `--show ${WHOLE} 1, not " 5"`],
    ["show", "", show, `--show ${WHOLE} 1, not ""`],
    ["show", "ten", show, `--show ${WHOLE} 1, not "ten"`],
    ["show", "all", show, `--show ${WHOLE} 1, not "all"`],
    ["max-nodes-per-paper", "1", maxNodes, `--max-nodes-per-paper ${WHOLE} 2, not "1"`],
    ["top", "ALL", top, `--top ${WHOLE} 1 or all, not "ALL"`],
    ["min-weight", "-1", minWeight, '--min-weight must be a number of at least 0, not "-1"'],
    ["min-weight", "heavy", minWeight, '--min-weight must be a number of at least 0, not "heavy"'],
    ["min-weight", "Infinity", minWeight, '--min-weight must be a number of at least 0, not "Infinity"'],
    ["min-weight", " ", minWeight, '--min-weight must be a number of at least 0, not " "'],
    ["snapshot", "2023-1-1", snapshot, '--snapshot must be a date like 2023-12-31, not "2023-1-1"'],
    ["reference", undefined, reference, "--reference is required: say where"],
  ])("--%s %j", (name, given, option, message) => {
    expect(() => option.parse(given, name)).toThrow(expect.objectContaining({ name: "UsageError", message }));
  });
});

describe("option kinds: what parseArgs and help see", () => {
  it.each<[string, CliOption<unknown>, Partial<CliOption<unknown>>]>([
    ["a choice", format, { type: "string", multiple: false, value: "md|csv|json", required: false }],
    ["a required choice", level, { value: "country|institution|author", required: true }],
    ["a whole number", show, { type: "string", value: "10", takes: "a whole number of at least 1" }],
    ["a whole number or all", top, { takes: "a whole number of at least 1 or all" }],
    ["a file", manifest, { value: "FILE", takes: "a file name" }],
    ["a flag", metrics, { type: "boolean", value: "" }],
    ["a repeated option", words, { type: "string", multiple: true, value: "W" }],
  ])("%s", (_, option, expected) => {
    expect(option).toMatchObject(expected);
  });
});

describe("commaParts(text, isName)", () => {
  const names = new Set(["JP", "Korea", "Korea, Republic of", "Social Sciences, general"]);
  const isName = (text: string) => names.has(text.trim());
  it.each<[string, string, string[]]>([
    ["splits on commas", "JP,Korea", ["JP", "Korea"]],
    ["keeps a name holding a comma whole", "JP,Korea, Republic of", ["JP", "Korea, Republic of"]],
    [
      "keeps a name holding a comma whole at the start",
      "Social Sciences, general,JP",
      ["Social Sciences, general", "JP"],
    ],
    ["leaves two names apart even when together they would be one", "Korea,JP", ["Korea", "JP"]],
    ["keeps empty parts, never joining them", "JP,,Korea,", ["JP", "", "Korea", ""]],
    ["leaves unknown parts apart", "Atlantis,Mu", ["Atlantis", "Mu"]],
  ])("%s", (_, text, expected) => {
    expect(commaParts(text, isName)).toEqual(expected);
  });
});

describe("choiceList(allowed, { bare })", () => {
  const chosen = choiceList(["degree", "strength", "core"], {
    bare: ["degree", "strength", "core"],
    value: "[LIST]",
    help: "metrics",
  });

  it.each([
    [undefined, undefined],
    ["", ["degree", "strength", "core"]],
    ["core,degree", ["degree", "core"]],
    ["core, core", ["core"]],
    ["all", ["degree", "strength", "core"]],
  ])("reads %j as %j, in the set's order", (given, value) => {
    expect(chosen.parse(given, "metrics")).toEqual(value);
  });

  it("names the word it does not take", () => {
    expect(() => chosen.parse("degree,speed", "metrics")).toThrow(
      '--metrics must be words separated by commas among degree, strength, core, or all, not "speed"',
    );
  });

  it("takes the next argument only when every word in it is one of the set", () => {
    expect(chosen.takesNext?.("core,degree")).toBe(true);
    expect(chosen.takesNext?.("all")).toBe(true);
    expect(chosen.takesNext?.("exports/savedrecs.txt")).toBe(false);
  });
});
