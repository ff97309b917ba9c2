import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ALL_METRICS } from "../../src/networks/node-metrics.ts";
import { sample } from "../_samples.ts";
import { run } from "./_run.ts";

const DATA_SET_C = sample("methodology/data-set-c.txt");
const P3_AGAIN = sample("corpus/data-set-c-p3-again.txt");

describe("copub corpus <inputs...>", () => {
  it("prints the accounting identities of docs/methodology.md §13.4", async () => {
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

  it("exits 2 naming an unknown field filter and the nearest field", async () => {
    const { code, stderr } = await run("corpus", "--fields", "Chemstry", DATA_SET_C);
    expect(code).toBe(2);
    expect(stderr.split("\n")[0]).toBe(
      'copub corpus: --fields "Chemstry" is not a field; did you mean Chemistry (chem)?',
    );
  });
});

describe("--manifest FILE (docs/methodology.md §13.5)", () => {
  const sha256Of = (path: string): string => createHash("sha256").update(readFileSync(path)).digest("hex");
  const packageVersion = (
    JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as {
      version: string;
    }
  ).version;
  const folder = () => mkdtempSync(join(tmpdir(), "copub-cli-manifest-"));

  it("copub corpus writes the version, the command, the inputs by base name and SHA-256", async () => {
    const manifest = join(folder(), "manifest.json");
    expect((await run("corpus", "--manifest", manifest, DATA_SET_C, P3_AGAIN)).code).toBe(0);
    const written = JSON.parse(readFileSync(manifest, "utf8")) as Record<string, unknown>;
    expect(written).toMatchObject({
      copubVersion: packageVersion,
      command: "corpus",
      commandOptions: { format: "text" },
      inputs: [
        { name: "data-set-c-p3-again.txt", format: "plain", sha256: sha256Of(P3_AGAIN), records: 1 },
        { name: "data-set-c.txt", format: "plain", sha256: sha256Of(DATA_SET_C), records: 8 },
      ],
    });
  });

  it("copub collaboration adds its own switches with their defaults", async () => {
    const manifest = join(folder(), "manifest.json");
    expect(
      (await run("collaboration", "--counting", "fractional", "--manifest", manifest, DATA_SET_C)).code,
    ).toBe(0);
    expect(JSON.parse(readFileSync(manifest, "utf8"))).toMatchObject({
      command: "collaboration",
      commandOptions: { counting: "fractional", method: "nistep", byField: false, format: "md" },
    });
  });

  it("copub network adds its switches and the Louvain seed when it computes metrics", async () => {
    const manifest = join(folder(), "manifest.json");
    const args = ["network", "--level", "country", "--metrics", "--seed", "7", "--manifest", manifest];
    expect((await run(...args, DATA_SET_C)).code).toBe(0);
    expect(JSON.parse(readFileSync(manifest, "utf8"))).toMatchObject({
      command: "network",
      // Bare --metrics: every metric, exact betweenness.
      commandOptions: { level: "country", metrics: [...ALL_METRICS], betweennessSample: null },
      seeds: { louvain: 7 },
    });
  });

  it("is the same file whether the command reads the exports or the corpus saved from them", async () => {
    const dir = folder();
    const saved = join(dir, "c.jsonl.gz");
    expect((await run("corpus", "--out", saved, DATA_SET_C, P3_AGAIN)).code).toBe(0);
    await run("collaboration", "--manifest", join(dir, "a.json"), P3_AGAIN, DATA_SET_C);
    await run("collaboration", "--manifest", join(dir, "b.json"), saved);
    expect(readFileSync(join(dir, "b.json"), "utf8")).toBe(readFileSync(join(dir, "a.json"), "utf8"));
  });

  it("exits with 1 when the manifest cannot be written", async () => {
    const { code, stderr } = await run(
      "corpus",
      "--manifest",
      join(folder(), "no", "such", "m.json"),
      DATA_SET_C,
    );
    expect(code).toBe(1);
    expect(stderr).toContain("cannot be written");
  });
});
