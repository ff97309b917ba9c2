// The citation impact table (docs/methodology.md §10): the worked example of §10.4 by hand, papers in
// several categories and fields, zero baselines, full against fractional counting, baselines from a
// world corpus applied to a one-country export, windows, and order independence.
import { fc, test as fcTest } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import type { CorpusPaper } from "../../../src/corpus/corpus-paper.ts";
import { CopubError } from "../../../src/diagnostics/errors.ts";
import { parseBaselinesCsv } from "../../../src/indicators/impact/baseline-table-csv.ts";
import {
  citationBaselines,
  citationBaselinesFromStream,
} from "../../../src/indicators/impact/citation-baselines.ts";
import {
  citationImpact,
  citationImpactFromStream,
  type ImpactOptionsInput,
} from "../../../src/indicators/impact/citation-impact.ts";
import type { ImpactRow } from "../../../src/indicators/impact/impact-table.ts";
import { toJson } from "../../../src/output/json.ts";
import { paper } from "../_papers.ts";

const A = "Chemistry, Physical";
const B = "Physics, Applied";
const C = "Mathematics";

// Methodology §10.4 as InCites category sets: A holds 0, 2, 4 and 10 citations (μ = 4), B holds 4 and
// 12 (μ = 8), C holds only uncited papers (μ = 0). x (10 citations) is in A; y (4) in A and B; z in C.
const x = paper({
  ut: "WOS:X",
  categories: [A],
  esi: ["CHE"],
  citations: 10,
  addresses: [["JP", "UNIV TOKYO"]],
});
const y = paper({
  ut: "WOS:Y",
  categories: [A, B],
  esi: ["CHE", "PHY"],
  citations: 4,
  addresses: [["FR", "SORBONNE UNIV"]],
});
const z = paper({ ut: "WOS:Z", categories: [C], esi: ["MATH"], citations: 0, addresses: [["KR", "KAIST"]] });
const others = [
  paper({ ut: "WOS:A1", categories: [A], esi: ["CHE"], citations: 0, addresses: [["CN", "PEKING UNIV"]] }),
  paper({ ut: "WOS:A2", categories: [A], esi: ["CHE"], citations: 2, addresses: [["CN", "TSINGHUA UNIV"]] }),
  paper({
    ut: "WOS:B1",
    categories: [B],
    esi: ["PHY"],
    citations: 12,
    addresses: [["DE", "TECH UNIV MUNICH"]],
  }),
  paper({
    ut: "WOS:Z2",
    categories: [C],
    esi: ["MATH"],
    citations: 0,
    addresses: [["KR", "SEOUL NATL UNIV"]],
  }),
];
const example = [x, y, z, ...others];

function row(rows: readonly ImpactRow[], country: string, field = "all"): ImpactRow | undefined {
  return rows.find((r) => r.country === country && r.field === field);
}

/** Compares every number of a row with the hand-worked value (absolute tolerance 1e-12). */
function expectRow(
  actual: ImpactRow | undefined,
  expected: Omit<ImpactRow, "period" | "field"> & { field?: string },
) {
  expect(actual).toBeDefined();
  for (const [key, value] of Object.entries(expected)) {
    const got = actual?.[key as keyof ImpactRow];
    if (typeof value === "number") expect(got, key).toBeCloseTo(value, 12);
    else expect(got, key).toBe(value);
  }
}

describe("citationImpact on methodology §10.4 with baselines given (a baseline table)", () => {
  // The §10.4 baselines as a table of means: A 4, B 8, C 0 (InCites' category × year × type).
  const baselines = parseBaselinesCsv(
    [
      "referenceSets,field,year,docType,mean",
      `category-year-type,"${A}",2021,Article,4`,
      `category-year-type,"${B}",2021,Article,8`,
      `category-year-type,${C},2021,Article,0`,
      "",
    ].join("\n"),
    "baselines.csv",
  );
  const table = citationImpact([x, y, z], { reference: baselines });

  it("gives x ncs 10/4 = 2.5 and y CNCI (4/4 + 4/8)/2 = 0.75, as CWTS with equal weights (1/2)(1) + (1/2)(0.5)", () => {
    expectRow(row(table.rows, "JP"), {
      country: "JP",
      papers: 1,
      citations: 10,
      mcs: 10,
      mncs: 2.5,
      cnci: 2.5,
      relativeCitationImpact: 10 / (14 / 3),
    });
    expectRow(row(table.rows, "FR"), {
      country: "FR",
      papers: 1,
      citations: 4,
      mcs: 4,
      mncs: 0.75,
      cnci: 0.75,
      relativeCitationImpact: 4 / (14 / 3),
    });
  });

  it("gives z ncs 1 under CWTS's rule and no CNCI (null, notice zero-baseline) under InCites'", () => {
    expectRow(row(table.rows, "KR"), {
      country: "KR",
      papers: 1,
      citations: 0,
      mcs: 0,
      mncs: 1,
      cnci: null,
      relativeCitationImpact: 0,
    });
    expect(table.notices).toEqual([
      {
        code: "zero-baseline",
        detail:
          "1 paper is in reference sets whose mean is 0 citations (Mathematics 2021 Article): mncs counts their normalized score as 1 (CWTS), cnci leaves them out (InCites defines no value) (methodology §10.3)",
      },
    ]);
  });

  it("gives the world row x, y and z once: MNCS (2.5 + 0.75 + 1)/3, CNCI over x and y only", () => {
    // Citations 14 over 3 papers; category sets do not split the world, so its MCS is the papers' own.
    expectRow(row(table.rows, "WORLD"), {
      country: "WORLD",
      papers: 3,
      citations: 14,
      mcs: 14 / 3,
      mncs: 4.25 / 3,
      cnci: 3.25 / 2,
      relativeCitationImpact: 1,
    });
    expect(table.rows.map((r) => r.country)).toEqual(["FR", "JP", "KR", "WORLD"]);
  });
});

describe("citationImpact with baselines from the corpus (reference: corpus)", () => {
  it("computes §10.4's baselines from the papers: InCites category sets give A 4, B 8, C 0", () => {
    const baselines = citationBaselines(example, { referenceSets: "category-year-type" });
    expect(baselines.rows.map((r) => [r.field, r.papers, r.citations, r.mean])).toEqual([
      [A, 4, 16, "4"],
      [C, 2, 0, "0"],
      [B, 2, 16, "8"],
    ]);
    const table = citationImpact(example, { reference: "corpus", referenceSets: "category-year-type" });
    expect(row(table.rows, "JP")?.mncs).toBe(2.5);
    expect(row(table.rows, "FR")?.cnci).toBe(0.75);
    expect(row(table.rows, "KR")).toMatchObject({ mncs: 1, cnci: null });
  });

  it("weights CWTS's fractional fields: y half in CHE and half in PHY (§10.1)", () => {
    // CHE 2021 Article: A1 0, A2 2, x 10, y 4 × 1/2: papers 3.5, citations 14, μ = 4.
    // PHY 2021 Article: y 4 × 1/2, B1 12: papers 1.5, citations 14, μ = 28/3.
    // ncs(y) = (1/2)(4/4) + (1/2)(4/(28/3)) = 1/2 + 3/14 = 5/7.
    const baselines = citationBaselines(example, { referenceSets: "field-year-type" });
    expect(baselines.rows.map((r) => [r.field, r.papers, r.citations, r.mean])).toEqual([
      ["CHE", 3.5, 14, "4"],
      ["MATH", 2, 0, "0"],
      ["PHY", 1.5, 14, "28/3"],
    ]);
    const table = citationImpact(example, { reference: baselines, byField: true });
    expect(row(table.rows, "FR")?.mncs).toBeCloseTo(5 / 7, 12);
    // y's field rows keep each set's own ratio: chem (1/2 · 1)/(1/2) = 1, phys (1/2 · 3/7)/(1/2) = 3/7.
    expectRow(row(table.rows, "FR", "chem"), {
      country: "FR",
      papers: 0.5,
      citations: 2,
      mcs: 4,
      mncs: 1,
      cnci: 1,
      relativeCitationImpact: 1,
    });
    expectRow(row(table.rows, "FR", "phys"), {
      country: "FR",
      papers: 0.5,
      citations: 2,
      mcs: 4,
      mncs: 3 / 7,
      cnci: 3 / 7,
      relativeCitationImpact: 4 / (28 / 3),
    });
    // The world's MNCS is 1 when every paper is counted once (§10.1): (2.5 + 5/7 + 0 + 0.5 + 9/7 + 1 + 1)/7.
    expectRow(row(table.rows, "WORLD"), {
      country: "WORLD",
      papers: 7,
      citations: 28,
      mcs: 4,
      mncs: 1,
      cnci: 1,
      relativeCitationImpact: 1,
    });
  });

  it("refuses to run without a reference, saying why (§10.3)", () => {
    const call = () => citationImpact(example, {} as ImpactOptionsInput);
    expect(call).toThrow(CopubError);
    expect(call).toThrow(/whole world output/);
  });

  it("scores a one-country export against world baselines exactly as inside the world corpus", () => {
    const world = citationBaselines(example);
    const japanese = example.filter((p) => p.countries.includes("JP"));
    const inWorld = citationImpact(example, { reference: "corpus" });
    const alone = citationImpact(japanese, { reference: world });
    expect(row(alone.rows, "JP")).toEqual(row(inWorld.rows, "JP"));
    // Normalizing inside the export would give Japan exactly the world average: x alone, ncs 10/10.
    expect(row(citationImpact(japanese, { reference: "corpus" }).rows, "JP")?.mncs).toBe(1);
  });
});

describe("citationImpact: full against fractional counting (worked by hand)", () => {
  // Two papers in one field-year set (CHE 2021, μ = (10 + 4 + 1)/3 = 5) and one uncited elsewhere:
  // p1 JP only, 10 citations; p2 Univ Tokyo JP, Kyoto Univ JP, Harvard US (NISTEP: JP 2/3, US 1/3), 4 citations;
  // p3 US only, 1 citation. ncs: p1 2, p2 0.8, p3 0.2.
  const papers = [
    paper({ ut: "WOS:P1", esi: ["CHE"], citations: 10, addresses: [["JP", "UNIV TOKYO"]] }),
    paper({
      ut: "WOS:P2",
      esi: ["CHE"],
      citations: 4,
      addresses: [
        ["JP", "UNIV TOKYO"],
        ["JP", "KYOTO UNIV"],
        ["US", "HARVARD UNIV"],
      ],
    }),
    paper({ ut: "WOS:P3", esi: ["CHE"], citations: 1, addresses: [["US", "MIT"]] }),
  ];

  it("counts a paper once for each country under full counting", () => {
    const { rows } = citationImpact(papers, { reference: "corpus" });
    // JP: p1, p2: papers 2, citations 14, MCS 7, MNCS (2 + 0.8)/2 = 1.4; world MCS 15/3 = 5, RCI 7/5.
    expectRow(row(rows, "JP"), {
      country: "JP",
      papers: 2,
      citations: 14,
      mcs: 7,
      mncs: 1.4,
      cnci: 1.4,
      relativeCitationImpact: 1.4,
    });
    // US: p2, p3: papers 2, citations 5, MCS 2.5, MNCS (0.8 + 0.2)/2 = 0.5, RCI 0.5.
    expectRow(row(rows, "US"), {
      country: "US",
      papers: 2,
      citations: 5,
      mcs: 2.5,
      mncs: 0.5,
      cnci: 0.5,
      relativeCitationImpact: 0.5,
    });
  });

  it("weights each country by its NISTEP share under fractional counting; the countries add up to the world", () => {
    const { rows, countingMethod } = citationImpact(papers, { reference: "corpus", counting: "fractional" });
    expect(countingMethod).toBe("nistep");
    // JP: papers 1 + 2/3 = 5/3; citations 10 + 8/3 = 38/3; MCS 38/5 = 7.6; MNCS (2 + 2/3 · 0.8)/(5/3) = 1.52.
    expectRow(row(rows, "JP"), {
      country: "JP",
      papers: 5 / 3,
      citations: 38 / 3,
      mcs: 7.6,
      mncs: 1.52,
      cnci: 1.52,
      relativeCitationImpact: 7.6 / 5,
    });
    // US: papers 1/3 + 1 = 4/3; citations 4/3 + 1 = 7/3; MCS 7/4; MNCS (1/3 · 0.8 + 0.2)/(4/3) = 0.35.
    expectRow(row(rows, "US"), {
      country: "US",
      papers: 4 / 3,
      citations: 7 / 3,
      mcs: 1.75,
      mncs: 0.35,
      cnci: 0.35,
      relativeCitationImpact: 0.35,
    });
    // World: each paper once, MNCS (2 + 0.8 + 0.2)/3 = 1; countries' papers 5/3 + 4/3 = 3 = the world's.
    expectRow(row(rows, "WORLD"), {
      country: "WORLD",
      papers: 3,
      citations: 15,
      mcs: 5,
      mncs: 1,
      cnci: 1,
      relativeCitationImpact: 1,
    });
  });

  it("uses CWTS's author weights with countingMethod cwts", () => {
    // p2 without author links falls back to address lines (§4.3): JP 2/3, US 1/3 again; with one author
    // at Harvard and one at Tokyo it is 1/2 each: JP papers 1.5, MNCS (2 + 0.4)/1.5 = 1.6.
    const linked = papers.map((p) =>
      p.ut === "WOS:P2" ? { ...p, authorKeys: ["name:A|A", "name:B|B"], authorAddresses: [[0], [2]] } : p,
    );
    const { rows } = citationImpact(linked, {
      reference: "corpus",
      counting: "fractional",
      countingMethod: "cwts",
    });
    expectRow(row(rows, "JP"), {
      country: "JP",
      papers: 1.5,
      citations: 12,
      mcs: 8,
      mncs: 1.6,
      cnci: 1.6,
      relativeCitationImpact: 1.6,
    });
  });
});

describe("citationImpact over windows and unscored papers", () => {
  const make = (year: number, ut: string, citations: number | null, country: string) =>
    paper({ ut, year, esi: ["CHE"], citations, addresses: [[country, `UNIV ${country}`]] });
  // 2020: JP 6, US 2 (μ = 4); 2021: JP 1, US 3 (μ = 2). JP ncs 1.5 and 0.5; US 0.5 and 1.5.
  const papers = [
    make(2020, "WOS:1", 6, "JP"),
    make(2020, "WOS:2", 2, "US"),
    make(2021, "WOS:3", 1, "JP"),
    make(2021, "WOS:4", 3, "US"),
  ];

  it("keeps baselines per single year and reports yearly averages of a window's counts", () => {
    const { rows } = citationImpact(papers, {
      reference: "corpus",
      periods: { kind: "windows", windows: [{ from: 2020, to: 2021 }] },
    });
    // JP 2020–2021: papers 2 → 1 per year, citations 7 → 3.5 per year, MCS 3.5, MNCS (1.5 + 0.5)/2 = 1;
    // world MCS 12/4 = 3, RCI 3.5/3.
    expectRow(row(rows, "JP"), {
      country: "JP",
      papers: 1,
      citations: 3.5,
      mcs: 3.5,
      mncs: 1,
      cnci: 1,
      relativeCitationImpact: 3.5 / 3,
    });
    const sums = citationImpact(papers, {
      reference: "corpus",
      periods: { kind: "windows", windows: [{ from: 2020, to: 2021 }] },
      windowCounts: "sum",
    });
    expect(row(sums.rows, "JP")).toMatchObject({ papers: 2, citations: 7, mcs: 3.5 });
  });

  it("reports papers without a country and papers it cannot score, counting neither", () => {
    const extra = [
      paper({ ut: "WOS:X1", year: 2021, esi: ["CHE"], citations: 8, addresses: [[null, "NOWHERE"]] }),
      paper({ ut: "WOS:X2", year: 2021, esi: ["CHE"], citations: null, addresses: [["JP", "UNIV JP"]] }),
      paper({ ut: "WOS:X3", year: 2021, esi: [], citations: 5, addresses: [["JP", "UNIV JP"]] }),
    ];
    const table = citationImpact([...papers, ...extra], { reference: "corpus" });
    // 2021 now: JP 1, US 3, the paper without a country 8: μ = 4; JP's 2021 row: MNCS 1/4.
    expect(table.unattributed).toEqual([{ period: "2021", field: "all", papers: 1, citations: 8 }]);
    expect(table.unscored).toEqual({ "no-citation-count": 1, "no-field": 1 });
    expect(table.rows.find((r) => r.country === "JP" && r.period === "2021")?.mncs).toBe(0.25);
  });

  it("leaves out a paper whose set has no line in a baseline table (no-baseline)", () => {
    const baselines = parseBaselinesCsv("field,year,papers,citations\nCHE,2020,2,8\n", "b.csv");
    const table = citationImpact(papers, { reference: baselines });
    expect(table.unscored).toEqual({ "no-baseline": 2 });
    expect(table.rows.map((r) => [r.country, r.period, r.mncs])).toEqual([
      ["JP", "2020", 1.5],
      ["US", "2020", 0.5],
      ["WORLD", "2020", 1],
    ]);
  });
});

describe("citationImpact is independent of input order (§13.1)", () => {
  const fractional = {
    reference: "corpus",
    counting: "fractional",
    byField: true,
    referenceSets: "field-year-type",
  } as const;
  const expected = toJson(citationImpact(example, fractional));

  fcTest.prop([fc.shuffledSubarray(example, { minLength: example.length })])(
    "gives the same bytes for every order of the papers",
    (shuffled: CorpusPaper[]) => {
      expect(toJson(citationImpact(shuffled, fractional))).toBe(expected);
    },
  );
});

describe("citationImpactFromStream(papers, { reference })", () => {
  it("gives the same table from a stream, with baselines from a first streamed pass", async () => {
    async function* stream() {
      yield* example;
    }
    const baselines = await citationBaselinesFromStream(stream());
    expect(baselines).toEqual(citationBaselines(example));
    const streamed = await citationImpactFromStream(stream(), {
      reference: baselines,
      counting: "fractional",
    });
    expect(streamed).toEqual(citationImpact(example, { reference: baselines, counting: "fractional" }));
  });
});
