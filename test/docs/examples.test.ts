// Every script in docs/examples runs to the end on the project's own data-samples.
import { execFileSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../../", import.meta.url));
const examples = readdirSync(`${root}docs/examples`).filter((name) => name.endsWith(".ts"));

describe("docs/examples", () => {
  it("has examples", () => expect(examples.length).toBeGreaterThan(0));

  it.each(examples)("%s runs without error", (name) => {
    const output = execFileSync(process.execPath, ["--import", "tsx", `docs/examples/${name}`], {
      cwd: root,
      encoding: "utf8",
    });
    expect(output.length).toBeGreaterThan(0);
  });
});
