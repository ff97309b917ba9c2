// Every methodology reference a user sees points to a section of the guide in the repository:
// help and messages say "methodology §x", Markdown links docs/methodology.md#sx, and nothing
// names METHODOLOGY.md or ../shared.
import { describe, expect, it } from "vitest";
import { sample } from "../_samples.ts";
import { run } from "./_run.ts";

const COMMANDS = [
  "report",
  "read",
  "normalize",
  "countries",
  "corpus",
  "network",
  "collaboration",
  "top",
  "impact",
  "partners",
  "programme",
];
const C = sample("methodology/data-set-c.txt");
const T = sample("top/data-set-t.txt");
const Q = sample("partners/data-set-q.txt");
const G = sample("programme/data-set-g.txt");
const I = sample("impact/data-set-i.txt");

describe("methodology citations a user sees", () => {
  it.each(COMMANDS)("copub %s --help names no file outside the repository", async (command) => {
    const { stdout } = await run(command, "--help");
    expect(stdout).not.toMatch(/METHODOLOGY|shared\/docs/);
  });

  it.each([
    [
      "collaboration",
      [C],
      ["[methodology §4.1](docs/methodology.md#s4.1)", "[methodology §4.6](docs/methodology.md#s4.6)"],
    ],
    [
      "top",
      [T, "--reference", "corpus"],
      ["[methodology §8.3](docs/methodology.md#s8.3)", "[§6](docs/methodology.md#s6)"],
    ],
    [
      "top",
      [T, "--reference", "corpus", "--table", "cwts"],
      ["[methodology §8.3](docs/methodology.md#s8.3)"],
    ],
    [
      "impact",
      [I, "--reference", "corpus"],
      ["[methodology §10.3](docs/methodology.md#s10.3)", "[§10.1](docs/methodology.md#s10.1)"],
    ],
    [
      "partners",
      [Q, "--focal", "US"],
      ["[methodology §9](docs/methodology.md#s9)", "[§9.2](docs/methodology.md#s9.2)"],
    ],
    [
      "programme",
      [G, "--projects", sample("programme/data-set-g-projects.csv")],
      ["[methodology §12](docs/methodology.md#s12)"],
    ],
  ] as const)("copub %s (Markdown) links the sections it cites", async (command, args, links) => {
    const { code, stdout } = await run(command, ...args);
    expect(code).toBe(0);
    for (const link of links) expect(stdout).toContain(link);
    expect(stdout).not.toMatch(/METHODOLOGY|shared\/docs/);
    // Every § is a link: none stands without its anchor.
    expect(stdout.replace(/\[(methodology )?§[\d.]+\]\(docs\/methodology\.md#s[\d.]+\)/g, "")).not.toContain(
      "§",
    );
  });

  it("an error message cites the section in words", async () => {
    const { code, stderr } = await run(
      "collaboration",
      "--period",
      "2019-2021",
      sample("indicators/gap-2020.txt"),
    );
    expect(code).toBe(2);
    expect(stderr).toContain("(methodology §6: a window needs every one of its years)");
  });
});
