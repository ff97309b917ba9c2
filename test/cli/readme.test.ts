// The README's first command must keep working: it is the first thing a new user runs.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { run } from "./_run.ts";

const root = fileURLToPath(new URL("../../", import.meta.url));
const readme = readFileSync(`${root}README.md`, "utf8");

describe("README.md", () => {
  it("opens with `npm ci && npx copub …` and `npm test`", () => {
    const block = /```sh\n(.*?)\n```/s.exec(readme)?.[1]?.split("\n") ?? [];
    expect(block[0]).toMatch(/^npm ci && npx copub /);
    expect(block[1]).toBe("npm test");
  });

  it("first command runs the main job on data-samples/ and accounts for every record", async () => {
    const line = /```sh\nnpm ci && npx copub (.*)\n/.exec(readme)?.[1] ?? "";
    const args = line.split(" ").map((arg) => (arg === "data-samples/" ? `${root}data-samples/` : arg));
    const { code, stdout } = await run(...args);
    expect(code).toBe(0);
    // records = parsed + rejected, parsed = unique + duplicates (§13.4), read off the report's first table.
    const [records, parsed, rejected, unique, duplicates] = (
      /\n\| (\d+) \| (\d+) \| (\d+) \| (\d+) \| (\d+) \|/.exec(stdout) ?? []
    )
      .slice(1)
      .map(Number);
    expect(records).toBeGreaterThan(0);
    expect(records).toBe((parsed ?? 0) + (rejected ?? 0));
    expect(parsed).toBe((unique ?? 0) + (duplicates ?? 0));
    expect(stdout).toContain("## Top10% papers, domestic and international");
  });
});
