// Help texts written from an option table: usage line, aligned option lines, sections.
import { describe, expect, it } from "vitest";
import { type HelpLayout, helpText } from "../../src/cli/_help.ts";
import { choice, file, flag, HELP_OPTION, wholeNumber } from "../../src/cli/_options.ts";

const OPTIONS = {
  level: choice(["country", "author"], { required: true, help: "node level (required)" }),
  format: choice(["md", "csv"], { default: "md", help: "md (default): tables;\ncsv: rows" }),
  top: wholeNumber({ min: 1, value: "N", help: "keep the N nodes ranked first" }),
  "max-nodes-per-paper": wholeNumber({ min: 2, value: "N", help: "papers with more nodes add no edges" }),
  out: file("write to FILE"),
  metrics: flag({ help: "compute the metrics" }),
  help: HELP_OPTION,
};

type Layout = HelpLayout<keyof typeof OPTIONS>;
const ALL: Layout["sections"] = [
  { title: "Options:", entries: ["level", "format", "top", "max-nodes-per-paper", "out", "metrics", "help"] },
];
const base: Layout = { usage: [["level"]], description: "Does it.", column: 20, sections: ALL };
/** The help's lines that mention `--name`. */
const linesOf = (text: string, name: string): string[] =>
  text.split("\n").filter((line) => line.includes(name));

describe("helpText(command, options, layout)", () => {
  it("puts usage, description and sections one blank line apart, ending with one newline", () => {
    const help = helpText("x", OPTIONS, { ...base, epilogue: "Exit code: 0." });
    expect(
      help.startsWith(
        "Usage: copub x <files or folders...> --level country|author\n\nDoes it.\n\nOptions:\n",
      ),
    ).toBe(true);
    expect(help.endsWith("  -h, --help        show this help\n\nExit code: 0.\n")).toBe(true);
  });

  it("names what a command takes before its options when it is not files or folders (copub sql: one folder)", () => {
    const help = helpText("x", OPTIONS, { ...base, operands: "<folder>" });
    expect(help.split("\n")[0]).toBe("Usage: copub x <folder> --level country|author");
  });

  // A label shorter than the column, help lines under the first, a label one space short of the
  // column, a label that reaches it (a line of its own), a short alias.
  it.each<[string, string[]]>([
    ["--top", ["  --top N           keep the N nodes ranked first"]],
    ["csv: rows", ["                    csv: rows"]],
    ["--out", ["  --out FILE        write to FILE"]],
    ["--max-nodes", ["  --max-nodes-per-paper N", "                    papers with more nodes add no edges"]],
    ["--help", ["  -h, --help        show this help"]],
  ])("aligns option lines on the column: %s", (name, lines) => {
    const help = helpText("x", OPTIONS, base).split("\n");
    const at = help.findIndex((line) => line.includes(name));
    expect(help.slice(at, at + lines.length)).toEqual(lines);
  });

  // Required options stand bare, optional ones in brackets, alternatives share brackets, text
  // stays as it is, an entry may show its own value, further lines stand under the first item.
  it.each<[Layout["usage"], string]>([
    [[["level"]], "--level country|author"],
    [[["top", "metrics"]], "[--top N] [--metrics]"],
    [[[["top", "out"]]], "[--top N | --out FILE]"],
    [[[{ text: "[options]" }]], "[options]"],
    [[[{ key: "top", value: "10" }]], "[--top 10]"],
    [[["level"], ["out"]], "--level country|author\n               [--out FILE]"],
  ])("writes the usage line %j", (usage, expected) => {
    const [line] = helpText("x", OPTIONS, { ...base, usage }).split("\n\n");
    expect(line).toBe(`Usage: copub x <files or folders...> ${expected}`);
  });

  it("shows an option again in a section's own terms, and a section's own column", () => {
    const help = helpText("x", OPTIONS, {
      ...base,
      sections: [
        { title: "Nodes:", column: 12, entries: [{ key: "top", value: "10", help: "ten nodes" }] },
        ...ALL,
      ],
    });
    expect(linesOf(help, "--top")).toEqual([
      "  --top 10  ten nodes",
      "  --top N           keep the N nodes ranked first",
    ]);
  });

  it("puts shared sections after the epilogue, with their title and closing lines", () => {
    const help = helpText("x", OPTIONS, {
      ...base,
      sections: [{ entries: ["level", "format", "top", "max-nodes-per-paper", "help"] }],
      epilogue: "Notes.",
      shared: [{ title: "Shared:", entries: ["out", "metrics"], after: "Inputs are exports." }],
    });
    expect(
      help.endsWith(
        "Notes.\n\nShared:\n  --out FILE        write to FILE\n  --metrics         compute the metrics\nInputs are exports.\n",
      ),
    ).toBe(true);
  });

  it("refuses a layout that leaves an option out, or names one the table lacks", () => {
    const partial: Layout = { ...base, sections: [{ entries: ["level", "format"] }] };
    expect(() => helpText("x", OPTIONS, partial)).toThrow(
      "copub x: --top, --max-nodes-per-paper, --out, --metrics, --help missing from its help",
    );
    const unknown = { ...base, sections: [...ALL, { entries: ["bogus"] }] } as unknown as Layout;
    expect(() => helpText("x", OPTIONS, unknown)).toThrow("help lists --bogus, which is not an option");
  });
});
