// docs/programme.md stays true: each command it shows with its printed output prints that output
// today, and its project and targets tables are the ones in data-samples/programme (the JSON form
// reads as the CSV form does).
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parseProjectTable } from "../../src/programme/project-table.ts";
import { run } from "../cli/_run.ts";

const root = fileURLToPath(new URL("../../", import.meta.url));
const doc = readFileSync(`${root}docs/programme.md`, "utf8");

/** Each `npx copub …` block followed directly by a block of what it prints. */
const runs = [
  ...doc.matchAll(/```sh\nnpx copub (programme [^\n]*)\n```\n\n```(?:markdown|csv)\n(.*?)```/gs),
].map(([, command, output]) => ({ command: command ?? "", output: output ?? "" }));

/** The text of the first fenced block of a language after a heading's text. */
function block(language: string, after: string): string {
  const start = doc.indexOf(after);
  expect(start).toBeGreaterThanOrEqual(0);
  return new RegExp(`\`\`\`${language}\\n(.*?)\`\`\``, "s").exec(doc.slice(start))?.[1] ?? "";
}

describe("docs/programme.md", () => {
  it("shows two commands with their output", () => expect(runs).toHaveLength(2));

  it.each(runs)("copub $command prints what the page shows", async ({ command, output }) => {
    const args = command.split(" ").map((arg) => (arg.startsWith("data-samples/") ? `${root}${arg}` : arg));
    const { code, stdout, stderr } = await run(...args);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(stdout).toBe(output);
  });

  it("shows the sample's project and targets tables, and a JSON table that reads the same", () => {
    const csv = block("csv", "## The project table");
    expect(csv).toBe(readFileSync(`${root}data-samples/programme/data-set-g-projects.csv`, "utf8"));
    expect(block("csv", "## The targets")).toBe(
      readFileSync(`${root}data-samples/programme/data-set-g-targets.csv`, "utf8"),
    );
    expect(parseProjectTable(block("json", "The same as JSON"), "projects.json")).toEqual(
      parseProjectTable(csv, "projects.csv"),
    );
  });
});
