import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { sample } from "../_samples.ts";
import { run } from "./_run.ts";

const DATA_SET_C = sample("methodology/data-set-c.txt");
const P3_AGAIN = sample("corpus/data-set-c-p3-again.txt");

describe("copub corpus <inputs...>", () => {
  it("prints the accounting identities of METHODOLOGY.md §13.4", async () => {
    const { code, stdout } = await run("corpus", DATA_SET_C, P3_AGAIN);
    expect(code).toBe(0);
    expect(stdout.split("\n").slice(0, 4)).toEqual([
      "records seen   9 = 9 parsed + 0 rejected",
      "parsed         9 = 8 unique + 1 duplicates (1 identical, 0 conflicting)",
      "unique         8 = 8 in scope + 0 excluded",
      "in scope       8, of which 1 without a country (counted in world totals only)",
    ]);
  });

  it("saves a corpus that later commands read in place of the exports, with new filters", async () => {
    const out = join(mkdtempSync(join(tmpdir(), "copub-cli-")), "c.jsonl.gz");
    expect((await run("corpus", "--out", out, DATA_SET_C)).code).toBe(0);
    const { code, stdout } = await run("corpus", "--format", "json", "--countries", "us", out);
    expect(code).toBe(0);
    const summary = JSON.parse(stdout) as { accounting: Record<string, unknown> };
    // Data set C: P1 and P5 have a US address.
    expect(summary.accounting).toMatchObject({ records: 8, unique: 8, inScope: 2, excluded: 6 });
  });

  it("refuses normalization switches for a saved corpus (exit 2)", async () => {
    const out = join(mkdtempSync(join(tmpdir(), "copub-cli-")), "c.jsonl");
    await run("corpus", "--out", out, DATA_SET_C);
    const { code, stderr } = await run("corpus", "--uk-nations", "separate", out);
    expect(code).toBe(2);
    expect(stderr).toContain("is a saved corpus, already normalized; --uk-nations cannot change it");
  });

  it("exits 2 naming an unknown field filter", async () => {
    const { code, stderr } = await run("corpus", "--fields", "alchemy", DATA_SET_C);
    expect(code).toBe(2);
    expect(stderr).toContain('unknown field "alchemy"');
  });
});
