// The Parquet export read back: every table's rows, read with hyparquet (another reader than the
// one that wrote them), are the corpus's facts in the folders of their publication years; the
// same exports in another order give the same bytes (docs/methodology.md §13.1).
import { createHash } from "node:crypto";
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { asyncBufferFromFile, parquetReadObjects } from "hyparquet";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Corpus } from "../../src/corpus/corpus.ts";
import { loadCorpus } from "../../src/corpus/load-corpus.ts";
import { CORPUS_TABLES } from "../../src/indicators/corpus-tables/table-columns.ts";
import { createParquetCorpusWriter, PARQUET_METADATA_FILE } from "../../src/output/parquet-corpus.ts";
import { exportParquet } from "../_parquet.ts";
import { HAVE_SHARED, NEEDS_SHARED, SHARED_WOS } from "../_shared-samples.ts";

const FILES = [
  "plaintext/kth-2024-2025-95rec.txt",
  "plaintext/tethne-wos3-500rec-2004-2015.txt",
  "tabdelimited/rafguns-wosfile-50rec-utf8bom-lf.txt",
  "xml/dongboshi-raw-1985-100rec.xml",
].map((file) => `${SHARED_WOS}${file}`);

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(dir.length + 1))
    .sort();
}

/** Every row of a table, with `year` from its folder, by UT then file order. */
async function readTable(dir: string, table: string): Promise<Record<string, unknown>[]> {
  const rows: Record<string, unknown>[] = [];
  for (const file of (await filesUnder(join(dir, table))).filter((f) => f.endsWith(".parquet"))) {
    const year = /year=(\d+)/.exec(file)?.[1];
    const read = await parquetReadObjects({ file: await asyncBufferFromFile(join(dir, table, file)) });
    for (const row of read) rows.push(year === undefined ? row : { ...row, year: Number(year) });
  }
  return rows;
}

let dir = "";
let corpus: Corpus;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "copub-parquet-"));
  if (!HAVE_SHARED) return;
  const { skipped: _, ...loaded } = await loadCorpus(FILES);
  corpus = loaded;
  await exportParquet(join(dir, "a"), corpus);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe.skipIf(!HAVE_SHARED)(`Parquet corpus on shared samples${NEEDS_SHARED}`, () => {
  it("holds every paper once, in the folder of its year, in UT order within it", async () => {
    const papers = await readTable(join(dir, "a"), "papers");
    expect(papers.map((p) => p.ut).sort()).toEqual([...corpus.papers].map((p) => p.ut));
    const byUt = new Map([...corpus.papers].map((p) => [p.ut, p]));
    for (const row of papers) expect(row.year).toBe(byUt.get(row.ut as string)?.year);
    for (const year of new Set(papers.map((p) => p.year))) {
      const uts = papers.filter((p) => p.year === year).map((p) => p.ut as string);
      expect(uts).toEqual([...uts].sort());
    }
  });

  it("gives each paper its countries, units, authors, fields and citations back", async () => {
    const a = join(dir, "a");
    const group = async (table: string) => {
      const map = new Map<string, Record<string, unknown>[]>();
      for (const row of await readTable(a, table))
        map.set(row.ut as string, [...(map.get(row.ut as string) ?? []), row]);
      return map;
    };
    const [countries, units, authors, fields, citations, grants] = await Promise.all(
      ["paper_country", "paper_institution", "paper_author", "paper_field", "citations", "paper_grant"].map(
        group,
      ),
    );
    for (const paper of corpus.papers) {
      const c = countries?.get(paper.ut) ?? [];
      expect(c.map((r) => r.country)).toEqual(paper.countries);
      // Each fractional method gives an attributable paper at most 1 (CWTS keeps unlinked shares out, §4.3).
      if (c.length > 0) expect(c.reduce((s, r) => s + (r.w_nistep as number), 0)).toBeCloseTo(1, 12);
      expect((units?.get(paper.ut) ?? []).map((r) => [r.country ?? null, r.org_key])).toEqual(
        paper.institutions.map((u) => [u.country, u.orgKey]),
      );
      expect((authors?.get(paper.ut) ?? []).map((r) => r.author_key)).toEqual(paper.authorKeys);
      expect((fields?.get(paper.ut) ?? []).filter((r) => r.scheme === "esi").map((r) => r.field)).toEqual(
        paper.fields.esi.map((s) => s.field),
      );
      expect(citations?.get(paper.ut)?.map((r) => [r.times_cited ?? null, r.snapshot ?? null])).toEqual([
        [paper.citations, paper.exportDate],
      ]);
      expect((grants?.get(paper.ut) ?? []).map((r) => r.grant_id ?? null)).toEqual(
        paper.grants.flatMap((g) => (g.grantIds.length === 0 ? [null] : g.grantIds)),
      );
    }
  });

  it("says what it holds in copub-corpus.json: format, schema, row counts and the accounting", async () => {
    const metadata = JSON.parse(await readFile(join(dir, "a", PARQUET_METADATA_FILE), "utf8"));
    expect(metadata.format).toBe("copub-parquet");
    expect(metadata.tables.map((t: { name: string }) => t.name)).toEqual(CORPUS_TABLES.map((t) => t.name));
    expect(metadata.tables[0].rows).toBe(corpus.papers.length);
    expect(metadata.corpus.accounting).toEqual(corpus.accounting);
  });

  it("writes the same bytes for the same exports given in another order", async () => {
    const { skipped: _, ...reversed } = await loadCorpus([...FILES].reverse());
    await exportParquet(join(dir, "b"), reversed);
    const hashes = async (root: string) =>
      Promise.all(
        (await filesUnder(root)).map(async (file) => [
          file,
          createHash("sha256")
            .update(await readFile(join(root, file)))
            .digest("hex"),
        ]),
      );
    const a = await hashes(join(dir, "a"));
    expect(a.length).toBeGreaterThan(20);
    // copub-corpus.json names the input files in path order, the same whatever order they came in.
    expect(await hashes(join(dir, "b"))).toEqual(a);
  });

  it("refuses to write into a folder that holds other files", async () => {
    await expect(createParquetCorpusWriter(join(SHARED_WOS, "xml"))).rejects.toThrow(/not empty/);
  });
});
