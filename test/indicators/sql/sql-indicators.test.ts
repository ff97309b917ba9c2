// The shipped SQL on DuckDB against the TypeScript indicators: first on the methodology's data sets
// worked by hand (C §5.3, T §8.6, Q §9.3), then on the shared real exports, where every row of
// collaboration, Top10% and partners must be the TypeScript row — integer counts equal, other
// values within 1e-12 (relative to the value when it exceeds 1: a Top10% sum of a few hundred
// papers differs from the exact rational in its last bits, as any double does).
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Corpus } from "../../../src/corpus/corpus.ts";
import { loadCorpus } from "../../../src/corpus/load-corpus.ts";
import { referencePopulation } from "../../../src/corpus/reference-population.ts";
import {
  type CollaborationOptionsInput,
  collaborationIndicators,
} from "../../../src/indicators/collaboration/collaboration.ts";
import { collaborationFromSql } from "../../../src/indicators/collaboration/collaboration-sql.ts";
import type { PeriodsInput } from "../../../src/indicators/core/periods.ts";
import { type PartnerOptionsInput, partners } from "../../../src/indicators/partners/partners.ts";
import { partnersFromSql } from "../../../src/indicators/partners/partners-sql.ts";
import { openParquetCorpus, type SqlSession } from "../../../src/indicators/sql/duckdb-corpus.ts";
import { cwtsTopCited } from "../../../src/indicators/top-cited/cwts-top-cited.ts";
import { incitesTopCited } from "../../../src/indicators/top-cited/incites-top-cited.ts";
import type { ReferenceSetKind } from "../../../src/indicators/top-cited/reference-sets.ts";
import {
  cwtsTopCitedFromSql,
  incitesTopCitedFromSql,
} from "../../../src/indicators/top-cited/source-tables-sql.ts";
import { parseThresholdsCsv } from "../../../src/indicators/top-cited/threshold-table-csv.ts";
import { topCited } from "../../../src/indicators/top-cited/top-cited.ts";
import { topCitedFromSql } from "../../../src/indicators/top-cited/top-cited-sql.ts";
import type { TopCitedOptionsInput } from "../../../src/indicators/top-cited/top-options.ts";
import {
  type ThresholdOptionsInput,
  topThresholds,
} from "../../../src/indicators/top-cited/top-thresholds.ts";
import { thresholdsCsv } from "../../../src/output/thresholds-csv.ts";
import { exportParquet, HAVE_DUCKDB, NEEDS_DUCKDB } from "../../_parquet.ts";
import { HAVE_SHARED, NEEDS_SHARED, SHARED_WOS } from "../../_shared-samples.ts";
import { JAPAN_TOP10_INTEGER } from "../_data-set-t.ts";
import { corpusOf } from "../_papers.ts";
import { resultsAtThreads } from "./_threads.ts";

let root = "";
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), "copub-sql-"));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

/** Exports a corpus and opens it in DuckDB. */
async function sessionOf(corpus: Corpus, name: string): Promise<SqlSession> {
  await exportParquet(join(root, name), corpus);
  return openParquetCorpus(join(root, name), { threads: 1 });
}

/**
 * The differences between two values, as paths: whole numbers must be equal, other numbers
 * within 1e-12 (relative above 1), everything else equal; key order is compared too.
 */
function differences(sql: unknown, ts: unknown, path = "$"): string[] {
  if (typeof ts === "number" && typeof sql === "number") {
    const close =
      Number.isInteger(ts) && Number.isInteger(sql)
        ? sql === ts
        : Math.abs(sql - ts) <= 1e-12 * Math.max(1, Math.abs(ts));
    return close ? [] : [`${path}: ${sql} ≠ ${ts}`];
  }
  if (ts === null || typeof ts !== "object" || sql === null || typeof sql !== "object")
    return Object.is(sql, ts) ? [] : [`${path}: ${JSON.stringify(sql)} ≠ ${JSON.stringify(ts)}`];
  const keys = Object.keys(ts);
  if (JSON.stringify(Object.keys(sql)) !== JSON.stringify(keys))
    return [`${path}: keys ${Object.keys(sql)} ≠ ${keys}`];
  return keys.flatMap((key) =>
    differences(
      (sql as Record<string, unknown>)[key],
      (ts as Record<string, unknown>)[key],
      `${path}.${key}`,
    ),
  );
}

describe.skipIf(!HAVE_DUCKDB)(`shipped SQL on the methodology's data sets${NEEDS_DUCKDB}`, () => {
  it("gives data set C's Japan 6 papers, 3 domestic (2 single), 3 international, rate 50% (§5.3)", async () => {
    const session = await sessionOf(await corpusOf("methodology/data-set-c.txt"), "c");
    try {
      const table = await collaborationFromSql(session);
      expect(table.rows.find((r) => r.country === "JP")).toMatchObject({
        papers: 6,
        domestic: 3,
        domesticSingleInstitution: 2,
        domesticMultiInstitution: 1,
        international: 3,
        bilateral: 2,
        multilateral: 1,
        internationalShare: 0.5,
      });
      // NISTEP fractional (§5.3): 4.5 in all, 2/3 + 1/3 + 1/2 = 1.5 from international papers.
      const fractional = await collaborationFromSql(session, { counting: "fractional" });
      const japan = fractional.rows.find((r) => r.country === "JP");
      expect(japan?.papers).toBeCloseTo(4.5, 12);
      expect(japan?.international).toBeCloseTo(1.5, 12);
      // World: 7 attributable papers, 4 international; P8 has no country (§4.6).
      expect(fractional.rows.at(-1)).toMatchObject({ country: "WORLD", papers: 7, international: 4 });
      expect(fractional.unattributed).toEqual([
        { period: expect.any(String), field: "all", inScope: 8, attributable: 7, unattributed: 1 },
      ]);
    } finally {
      session.close();
    }
  });

  it("gives data set T's Japan 1.75 Top10% papers, and 1.0 under NISTEP fractional counting (§8.6)", async () => {
    const session = await sessionOf(await corpusOf("top/data-set-t.txt"), "t");
    try {
      const table = await topCitedFromSql(session, { reference: "corpus" });
      expect(table.rows.find((r) => r.country === "JP")).toEqual(JAPAN_TOP10_INTEGER);
      // t = 12, 4 papers at it, ω = (20 − 10·1)/(10·4) = 1/4; π·N = 2.
      expect(table.thresholds[0]).toMatchObject({
        threshold: 12,
        above: 1,
        atThreshold: 4,
        tieWeight: "1/4",
        expectedTop: 2,
      });
      // F1 1/2 + F2 1/4 + F3 1/4·2/3 + F4 1/4·1/3 = 1.0 over 5 fractional papers: Q = 20%.
      const fractional = await topCitedFromSql(session, { reference: "corpus", counting: "fractional" });
      const japan = fractional.rows.find((r) => r.country === "JP");
      expect(japan?.top).toBeCloseTo(1, 12);
      expect(japan?.topShareOfPapers).toBeCloseTo(0.2, 12);
      // Top1%: t = 31, ω = (20/100 − 0)/1 = 1/5, F1 only.
      const top1 = await topCitedFromSql(session, { reference: "corpus", percentile: 1 });
      expect(top1.thresholds[0]?.tieWeight).toBe("1/5");
      expect(top1.rows.find((r) => r.country === "JP")?.top).toBeCloseTo(0.2, 12);
    } finally {
      session.close();
    }
  });

  it("ranks data set Q's partners of the USA: CHN and GBR 1, then CAN, DEU, FRA, JPN 3; JPN down two (§9.3)", async () => {
    const session = await sessionOf(await corpusOf("partners/data-set-q.txt"), "q");
    try {
      const table = await partnersFromSql(session, {
        focal: "US",
        periods: { kind: "windows", windows: [{ from: 2021, to: 2021 }] },
        compare: { from: 2011, to: 2011 },
      });
      const later = table.rows.filter((r) => r.period === "2021");
      expect(later.map((r) => [r.partnerAlpha3, r.papers, r.rank, r.movement])).toEqual([
        ["CHN", 3, 1, "up"],
        ["GBR", 3, 1, "up"],
        ["CAN", 1, 3, "new"],
        ["DEU", 1, 3, "new"],
        ["FRA", 1, 3, "new"],
        ["JPN", 1, 3, "down"],
      ]);
      // Σ (|C(p)| − 1) over I_US = 10 for 7 papers.
      expect(table.groups.find((g) => g.period === "2021")).toMatchObject({
        focalInternational: 7,
        shareSum: 10 / 7,
      });
      expect(later.find((r) => r.partner === "JP")?.rankChange).toBe(-2);
    } finally {
      session.close();
    }
  });
});

describe.skipIf(!HAVE_DUCKDB || !HAVE_SHARED)(
  `shipped SQL = TypeScript on the shared real exports${NEEDS_DUCKDB}${NEEDS_SHARED}`,
  () => {
    let corpus: Corpus;
    let session: SqlSession;
    beforeAll(async () => {
      const { skipped: _, ...loaded } = await loadCorpus([SHARED_WOS]);
      corpus = loaded;
      session = await sessionOf(corpus, "shared");
    }, 180_000);
    afterAll(() => session?.close());

    const windows: PeriodsInput = {
      kind: "windows",
      windows: [
        { from: 2013, to: 2015 },
        { from: 2014, to: 2016 },
      ],
    };

    it.each<[string, CollaborationOptionsInput]>([
      ["integer counting, one period per year", {}],
      ["NISTEP fractional counting", { counting: "fractional" }],
      ["fractional, by field, 3-year windows", { counting: "fractional", byField: true, periods: windows }],
      ["CWTS fractional counting by field", { counting: "fractional", method: "cwts", byField: true }],
      [
        "CWTS fractional counting, renormalized",
        { counting: "fractional", method: "cwts", cwtsRenormalize: true },
      ],
      [
        "author fractional counting, renormalized, windows",
        { counting: "fractional", method: "author", cwtsRenormalize: true, periods: windows },
      ],
    ])("collaboration: %s", async (_, options) => {
      const sql = await collaborationFromSql(session, options);
      const ts = collaborationIndicators(corpus.papers, options);
      expect(sql.rows.length).toBeGreaterThan(100);
      expect(differences(sql, ts)).toEqual([]);
    });

    it.each<[string, Omit<TopCitedOptionsInput, "reference">]>([
      ["Top10%, integer counting", {}],
      ["Top10%, NISTEP fractional counting", { counting: "fractional" }],
      [
        "Top1%, fractional, by field, windows",
        { percentile: 1, counting: "fractional", byField: true, periods: windows },
      ],
      ["scale-all, raw split", { method: "scale-all", split: "raw" }],
      [
        "inclusive, sets per document type, Z9",
        { method: "inclusive", referenceSets: "field-year-type", citationCount: "Z9" },
      ],
      ["zero citations never top", { zeroCitationsNeverTop: true }],
      [
        "window sums, CWTS counting renormalized, sets per document type (as --table cwts)",
        {
          counting: "fractional",
          countingMethod: "cwts",
          cwtsRenormalize: true,
          referenceSets: "field-year-type",
          windowCounts: "sum",
          periods: windows,
        },
      ],
      [
        "InCites percentiles over WoS Category sets, window sums, by field (as --table incites)",
        { method: "incites", windowCounts: "sum", byField: true, periods: windows },
      ],
      ["InCites Top1%, Z9, one period per year", { method: "incites", percentile: 1, citationCount: "Z9" }],
      [
        "InCites percentiles over ESI field sets, fractional counting",
        { method: "incites", referenceSets: "field-year", counting: "fractional" },
      ],
    ])("top with the corpus as reference: %s", async (_, options) => {
      const sql = await topCitedFromSql(session, { reference: "corpus", ...options });
      // As copub top --reference corpus: thresholds over the reference population.
      const thresholds = topThresholds(referencePopulation(corpus), {
        referenceSets:
          options.referenceSets ?? (options.method === "incites" ? "category-year-type" : "field-year"),
        citationCount: options.citationCount ?? "TC",
      });
      const ts = topCited(corpus.papers, { ...options, reference: thresholds });
      expect(sql.rows.length).toBeGreaterThan(100);
      expect(sql.thresholds.length).toBeGreaterThan(50);
      expect(differences(sql, ts)).toEqual([]);
    });

    // A threshold table as --reference FILE: written and read back as CSV, made from the papers
    // up to 2014 only, so the later papers have no threshold (reason no-threshold, §8.7).
    const tableOf = (options: ThresholdOptionsInput) => {
      const early = [...referencePopulation(corpus)].filter((p) => p.year !== null && p.year <= 2014);
      return parseThresholdsCsv(thresholdsCsv(topThresholds(early, options)), "early.csv", "0".repeat(64));
    };

    it.each<[string, ThresholdOptionsInput, Omit<TopCitedOptionsInput, "reference">]>([
      ["Top10%, integer counting", {}, {}],
      [
        "Top1%, NISTEP fractional counting by field, windows",
        {},
        { percentile: 1, counting: "fractional", byField: true, periods: windows },
      ],
      ["scale-all, sets per document type", { referenceSets: "field-year-type" }, { method: "scale-all" }],
      ["exclusive, Z9", { citationCount: "Z9" }, { method: "exclusive", citationCount: "Z9" }],
      [
        "InCites percentiles, window sums",
        { referenceSets: "category-year-type" },
        { method: "incites", windowCounts: "sum", periods: windows },
      ],
    ])("top with a threshold table as reference: %s", async (_, tableOptions, options) => {
      const reference = tableOf(tableOptions);
      const sql = await topCitedFromSql(session, { reference, ...options });
      const ts = topCited(corpus.papers, { reference, ...options });
      expect(ts.unscored["no-threshold"]).toBeGreaterThan(100);
      expect(sql.rows.length).toBeGreaterThan(50);
      expect(differences(sql, ts)).toEqual([]);
    });

    it("refuses a threshold table without the tie weights tie-fraction needs, as topCited does", async () => {
      const table = tableOf({});
      const bare = {
        ...table,
        rows: table.rows.map((row) => ({
          ...row,
          tieWeight: null,
          papers: null,
          above: null,
          atThreshold: null,
        })),
      };
      expect(() => topCited(corpus.papers, { reference: bare })).toThrow(/gives no tie weight/);
      await expect(topCitedFromSql(session, { reference: bare })).rejects.toThrow(/gives no tie weight/);
    });

    it("gives the CWTS table (full and fractional, Top10% and Top1%, renormalized) as cwtsTopCited does", async () => {
      const options = { periods: windows, byField: true, cwtsRenormalize: true };
      const sql = await cwtsTopCitedFromSql(session, { reference: "corpus", ...options });
      // As copub top --table cwts --reference corpus: thresholds over the reference population.
      const reference = topThresholds(referencePopulation(corpus), { referenceSets: "field-year-type" });
      const ts = cwtsTopCited(corpus.papers, { reference, ...options });
      expect(sql.rows.length).toBeGreaterThan(100);
      expect(differences(sql.rows, ts)).toEqual([]);
      expect(sql.reference).toEqual(reference.source);
    });

    // copub top --table cwts|incites --reference-sets S --reference corpus: a threshold table over
    // S from the reference population, then the source's table; the SQL computes those thresholds.
    it.each<[string, "cwts" | "incites", ReferenceSetKind]>([
      ["the CWTS table over WoS Category sets", "cwts", "category-year-type"],
      ["the CWTS table over ESI field x year sets", "cwts", "field-year"],
      ["the InCites table over ESI field x year sets", "incites", "field-year"],
      ["the InCites table over ESI field x year x type sets", "incites", "field-year-type"],
    ])("gives %s as copub top computes it", async (_, style, referenceSets) => {
      const options = { periods: windows, byField: true, citationCount: "Z9" } as const;
      const reference = topThresholds(referencePopulation(corpus), { referenceSets, citationCount: "Z9" });
      const [sql, ts] =
        style === "cwts"
          ? [
              await cwtsTopCitedFromSql(session, { reference: "corpus", referenceSets, ...options }),
              cwtsTopCited(corpus.papers, { reference, ...options }),
            ]
          : [
              await incitesTopCitedFromSql(session, { reference: "corpus", referenceSets, ...options }),
              incitesTopCited(corpus.papers, { reference, ...options }),
            ];
      expect(sql.rows.length).toBeGreaterThan(100);
      expect(differences(sql.rows, ts)).toEqual([]);
      expect(sql.reference).toEqual(reference.source);
    });

    it("gives the InCites table with a threshold table as incitesTopCited does", async () => {
      const reference = tableOf({ referenceSets: "category-year-type", citationCount: "Z9" });
      const options = { citationCount: "Z9", byField: true } as const;
      const sql = await incitesTopCitedFromSql(session, { reference, ...options });
      const ts = incitesTopCited(corpus.papers, { reference, ...options });
      expect(sql.rows.length).toBeGreaterThan(50);
      expect(differences(sql.rows, ts)).toEqual([]);
      expect(sql.reference).toEqual(reference.source);
    });

    it.each<[string, PartnerOptionsInput]>([
      ["the USA, one period per year", { focal: "US" }],
      [
        "Sweden by field, top 3, Japan and China highlighted",
        { focal: "SE", byField: true, top: 3, highlight: ["JP", "CN"] },
      ],
      [
        "the USA, 2014-2015 compared with 2004-2006, every partner",
        {
          focal: "US",
          periods: { kind: "windows", windows: [{ from: 2014, to: 2015 }] },
          compare: { from: 2004, to: 2006 },
          top: null,
        },
      ],
    ])("partners: %s", async (_, options) => {
      const sql = await partnersFromSql(session, options);
      const ts = partners(corpus.papers, options);
      expect(sql.rows.length).toBeGreaterThan(50);
      expect(differences(sql, ts)).toEqual([]);
    });

    // Sums are exact (DECIMAL in units of 2^-96), so the engine's order of adding does not show:
    // with plain DOUBLE sums, 4 threads printed NISTEP fractional Top10% papers that differed
    // from 1 thread's in the last digit on these exports (e.g. 0.02388018987527183 against
    // 0.023880189875271827), as a generated corpus's collaboration rows did.
    it("gives the same bytes with 1, 2 and 4 DuckDB threads", async () => {
      const [one, ...more] = await resultsAtThreads(join(root, "shared"), [1, 2, 4], async (other) => [
        await collaborationFromSql(other, {
          counting: "fractional",
          method: "author",
          byField: true,
          periods: windows,
        }),
        await topCitedFromSql(other, { reference: "corpus", counting: "fractional", byField: true }),
        await cwtsTopCitedFromSql(other, { reference: "corpus", periods: windows }),
        await partnersFromSql(other, { focal: "US", byField: true }),
      ]);
      expect(more).toEqual([one, one]);
    }, 600_000);

    it("names the missing years of a window as the TypeScript table does (§6)", async () => {
      const periods: PeriodsInput = { kind: "windows", windows: [{ from: 1970, to: 1972 }] };
      expect(() => collaborationIndicators(corpus.papers, { periods })).toThrow(/1972/);
      await expect(collaborationFromSql(session, { periods })).rejects.toThrow(/1972/);
    });
  },
);
