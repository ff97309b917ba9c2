// Invariants of the counting methods and the collaboration tables on generated papers (STYLE:
// fractional totals equal paper counts, shares stay in [0, 1], results do not depend on order).
import { fc, test } from "@fast-check/vitest";
import { fsum } from "d3-array";
import { describe, expect } from "vitest";
import type { CorpusPaper } from "../../../src/corpus/corpus-paper.ts";
import { collaborationIndicators } from "../../../src/indicators/collaboration/collaboration.ts";
import { cwtsCollaboration } from "../../../src/indicators/collaboration/cwts-collaboration.ts";
import { incitesCollaboration } from "../../../src/indicators/collaboration/incites-collaboration.ts";
import { WORLD } from "../../../src/indicators/core/row-keys.ts";
import { countingWeights } from "../../../src/indicators/counting/counting-weights.ts";
import { COLLABORATION_COLUMNS } from "../../../src/output/collaboration-table.ts";
import { paper } from "../_papers.ts";

/** A paper of 0–6 addresses over four countries (or none) and three organizations, with 0–5 authors linked to some of them. */
const paperSpec = fc
  .record({
    addresses: fc.array(
      fc.tuple(fc.constantFrom("CN", "DE", "JP", "US", null), fc.constantFrom("A", "B", "C")),
      {
        maxLength: 6,
      },
    ),
    year: fc.integer({ min: 2019, max: 2021 }),
    nistep: fc.subarray(["chem", "phys", "life", "other"], { maxLength: 2 }),
  })
  .chain((spec) =>
    fc
      .array(fc.subarray(spec.addresses.map((_, i) => i)), { maxLength: 5 })
      .map((authors) => ({ ...spec, authors })),
  );

/** 1–30 papers with distinct UTs in UT order, as a corpus holds them. */
const papers = fc
  .array(paperSpec, { minLength: 1, maxLength: 30 })
  .map((specs) => specs.map((spec, i) => paper({ ...spec, ut: `WOS:${String(i).padStart(15, "0")}` })));

/** Methods whose weights add up to 1 on every attributable paper. */
const SUM_TO_ONE = [
  { method: "nistep" },
  { method: "nistep", nistepUnit: "address" },
  { method: "country" },
  { method: "address" },
  { method: "cwts", cwtsRenormalize: true },
  { method: "author", cwtsRenormalize: true },
] as const;

const ALL_FRACTIONAL = [...SUM_TO_ONE, { method: "cwts" }, { method: "author" }] as const;

/** The count columns: papers … multilateral. */
const COUNTS = COLLABORATION_COLUMNS.slice(3, 10) as readonly Exclude<
  (typeof COLLABORATION_COLUMNS)[number],
  "country" | "period" | "field" | "internationalShare"
>[];

const attributable = (list: readonly CorpusPaper[]) => list.filter((p) => p.countries.length > 0).length;

describe("counting weights on any paper", () => {
  test.prop([paperSpec])(
    "sum to 1 on an attributable paper and to 0 otherwise, for methods that renormalize",
    (spec) => {
      const p = paper(spec);
      for (const options of SUM_TO_ONE) {
        const { total, weights } = countingWeights(p, options);
        expect(total).toEqual(
          p.countries.length > 0
            ? { numerator: 1, denominator: 1, weight: 1 }
            : { numerator: 0, denominator: 1, weight: 0 },
        );
        expect(fsum(weights, (w) => w.weight)).toBeCloseTo(total.weight, 12);
      }
    },
  );

  test.prop([paperSpec])(
    "never exceed integer weights, never exceed 1 in total, list exactly C(p)",
    (spec) => {
      const p = paper(spec);
      for (const options of ALL_FRACTIONAL) {
        const { total, weights } = countingWeights(p, options);
        expect(weights.map((w) => w.country)).toEqual(p.countries);
        for (const w of weights) expect(w.weight).toBeLessThanOrEqual(1);
        expect(total.numerator).toBeLessThanOrEqual(total.denominator);
      }
    },
  );
});

describe("collaboration tables on any set of papers", () => {
  test.prop([papers])(
    "fractional counts summed over all countries equal the attributable papers (per year)",
    (list) => {
      for (const options of SUM_TO_ONE) {
        const table = collaborationIndicators(list, { counting: "fractional", ...options });
        for (const world of table.rows.filter((r) => r.country === WORLD)) {
          const countries = table.rows.filter((r) => r.country !== WORLD && r.period === world.period);
          expect(fsum(countries, (r) => r.papers)).toBeCloseTo(world.papers, 9);
          expect(fsum(countries, (r) => r.international)).toBeCloseTo(world.international, 9);
        }
        const worlds = table.rows.filter((r) => r.country === WORLD);
        expect(fsum(worlds, (r) => r.papers)).toBe(attributable(list));
      }
    },
  );

  test.prop([papers])(
    "integer counts are at least the fractional counts of every country, under every method",
    (list) => {
      const integer = collaborationIndicators(list);
      for (const options of ALL_FRACTIONAL) {
        const fractional = collaborationIndicators(list, { counting: "fractional", ...options });
        expect(fractional.rows.map((r) => [r.country, r.period])).toEqual(
          integer.rows.map((r) => [r.country, r.period]),
        );
        fractional.rows.forEach((r, i) => {
          const whole = integer.rows[i];
          for (const count of COUNTS) expect(r[count]).toBeLessThanOrEqual((whole?.[count] ?? 0) + 1e-12);
          expect(r.internationalShare).toBe(whole?.internationalShare);
        });
      }
    },
  );

  test.prop([papers])(
    "shares stay in [0, 1] (InCites percentages in [0, 100]), over years and moving windows",
    (list) => {
      const periods = [{ kind: "years" }, { kind: "moving", size: 2 }] as const;
      for (const spec of periods) {
        if (spec.kind === "moving" && !consecutiveYears(list)) continue;
        const options = { periods: spec, byField: true };
        for (const r of collaborationIndicators(list, options).rows) expectShare(r.internationalShare, 1);
        for (const r of cwtsCollaboration(list, options).rows) expectShare(r["PP(int collab)"], 1);
        for (const r of incitesCollaboration(list, options).rows)
          expectShare(r["% International Collaborations"], 100);
      }
    },
  );

  test.prop([
    papers.chain((list) =>
      fc.tuple(fc.constant(list), fc.shuffledSubarray(list, { minLength: list.length })),
    ),
  ])("do not depend on the order of the papers", ([list, shuffled]) => {
    const options = { counting: "fractional", method: "cwts", byField: true } as const;
    expect(collaborationIndicators(shuffled, options)).toEqual(collaborationIndicators(list, options));
  });
});

/** Whether the papers' years are two or more consecutive years, so 2-year moving windows exist (§6). */
function consecutiveYears(list: readonly CorpusPaper[]): boolean {
  const years = [...new Set(list.map((p) => p.year ?? 0))].sort((a, b) => a - b);
  return years.length >= 2 && (years.at(-1) ?? 0) - (years[0] ?? 0) + 1 === years.length;
}

function expectShare(share: number | null, max: number): void {
  if (share === null) return;
  expect(share).toBeGreaterThanOrEqual(0);
  expect(share).toBeLessThanOrEqual(max);
}
