// The README's first command must keep working: it is the first thing a new user runs.
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
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

  it("first command writes the report of the demo data where the README says to open it", async () => {
    const line = /```sh\nnpm ci && npx copub (.*)\n/.exec(readme)?.[1] ?? "";
    const out = join(mkdtempSync(join(tmpdir(), "copub-readme-")), "report");
    const args = line.split(" ").map((arg) => (arg.startsWith("data-samples/") ? `${root}${arg}` : arg));
    // The last argument is the folder the README names; write it to a temporary folder instead.
    expect(args.at(-2)).toBe("--out");
    expect(readme).toContain(`open **\`${args.at(-1)}/index.html\`**`);
    const { code } = await run(...args.slice(0, -1), out);
    expect(code).toBe(0);
    expect(readdirSync(out)).toContain("index.html");
    const markdown = readFileSync(join(out, "report.md"), "utf8");
    // The demo's 3,000 records (data-samples/demo/README.md), every one accounted for and labelled synthetic.
    expect(markdown).toContain("Every record is accounted for: 3000 read, 3000 parsed, 0 rejected;");
    expect(markdown).toContain("> **Synthetic data: 3 of the 3 input files say they are synthetic");
    expect(markdown).toContain("## Top10% papers, domestic and international");
    expect(markdown.split("\n").length).toBeLessThan(300);
  });
});
