// The USA sample in data-samples/usa-partners/exports: the committed files are exactly what its
// generator writes from its fixed seed, and they hold what the sample's README promises.
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writeUsaPartners } from "../../benchmarks/generate/usa-partners.ts";
import { sample } from "../_samples.ts";
import { articleOrReview, rawPapers } from "./_raw-export.ts";

const EXPORTS = sample("usa-partners/exports");
let regenerated = "";

beforeAll(async () => {
  regenerated = await mkdtemp(join(tmpdir(), "copub-usa-partners-"));
  await writeUsaPartners(regenerated);
}, 120_000);

afterAll(async () => {
  await rm(regenerated, { recursive: true, force: true });
});

describe("data-samples/usa-partners/exports", () => {
  it("is what data-samples/usa-partners/generate.ts writes, byte for byte", async () => {
    const names = (await readdir(regenerated)).sort();
    expect((await readdir(EXPORTS)).sort()).toEqual(names);
    for (const name of names) {
      const committed = await readFile(join(EXPORTS, name));
      expect(committed.equals(await readFile(join(regenerated, name))), `${name} differs`).toBe(true);
    }
  });

  it("holds the README's records: articles and reviews of the USA in the two windows, labelled synthetic", async () => {
    for (const [name, from, to, records] of [
      ["usa-chem-clin-2009-2011.txt", 2009, 2011, 452],
      ["usa-chem-clin-2019-2021.txt", 2019, 2021, 675],
    ] as const) {
      const file = join(EXPORTS, name);
      expect(
        (await readFile(file, "utf8")).startsWith(
          "\uFEFFFN copub synthetic sample - not Web of Science records\n",
        ),
      ).toBe(true);
      const papers = rawPapers(file);
      expect(papers).toHaveLength(records);
      for (const paper of papers) {
        expect(articleOrReview(paper) && paper.types.length === 1).toBe(true);
        expect(paper.countries.has("USA")).toBe(true);
        expect(paper.year >= from && paper.year <= to).toBe(true);
      }
    }
  });
});
