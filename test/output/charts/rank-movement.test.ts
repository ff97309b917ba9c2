import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { type RankMovementInput, rankMovementChart } from "../../../src/output/charts/rank-movement.ts";
import { expectChartBasics, findAll, marks, texts } from "./_svg-tree.ts";

const INPUT: RankMovementInput = {
  title: "Partners of Japan: rank change",
  beforeLabel: "2011–2015",
  afterLabel: "2016–2020",
  rows: [
    { key: "US", label: "United States", before: 1, after: 1 },
    { key: "CN", label: "China", before: 3, after: 2 },
    { key: "DE", label: "Germany", before: 2, after: 3 },
    { key: "IN", label: "India", before: null, after: 4 },
    { key: "RU", label: "Russia", before: 4, after: null },
  ],
};

describe("rankMovementChart(input)", () => {
  const svg = rankMovementChart(INPUT);
  const root = expectChartBasics(svg, INPUT.title);

  it("draws a slope for each partner ranked in both windows", () => {
    expect(marks(root, "slope").map((s) => s.attributes["data-key"])).toEqual(["US", "CN", "DE"]);
  });

  it("puts rank 1 at the top and colours a rise apart from a fall", () => {
    const [us, cn, de] = marks(root, "slope");
    expect(us?.attributes.y1).toBe(us?.attributes.y2);
    expect(Number(cn?.attributes.y2)).toBeLessThan(Number(cn?.attributes.y1));
    expect(Number(de?.attributes.y2)).toBeGreaterThan(Number(de?.attributes.y1));
    expect(cn?.attributes.stroke).not.toBe(de?.attributes.stroke);
    expect(Number(us?.attributes.y1)).toBeLessThan(Number(cn?.attributes.y1));
  });

  it("marks a new partner with a dot and the word new, and a partner gone with out", () => {
    expect(marks(root, "new").map((m) => m.attributes["data-key"])).toEqual(["IN"]);
    const label = (key: string) =>
      findAll(root, (n) => n.attributes["data-label"] === key).map((n) => n.text);
    expect(label("IN")).toEqual(["India new"]);
    expect(label("RU")).toEqual(["out Russia"]);
    expect(texts(root)).toEqual(expect.arrayContaining(["2011–2015", "2016–2020"]));
  });

  it("keeps tied ranks' labels apart", () => {
    const tied = rankMovementChart({
      ...INPUT,
      rows: [
        { key: "GB", label: "United Kingdom", before: 2, after: 2 },
        { key: "FR", label: "France", before: 2, after: 2 },
        { key: "US", label: "United States", before: 1, after: 1 },
      ],
    });
    const ys = findAll(
      expectChartBasics(tied, INPUT.title),
      (n) => n.attributes["data-label"] !== undefined,
    ).map((n) => Number(n.attributes.y));
    // Per column: US, FR, GB, at least 16 px apart (France before the United Kingdom: key order).
    expect(ys[1]).toBeGreaterThanOrEqual((ys[0] ?? 0) + 16);
    expect(ys[2]).toBeGreaterThanOrEqual((ys[1] ?? 0) + 16);
  });

  it("keeps a row per rank up to the number of rows, then puts far earlier ranks after a break", () => {
    const far = rankMovementChart({
      ...INPUT,
      rows: [
        { key: "US", label: "United States", before: 1, after: 1 },
        { key: "CN", label: "China", before: 14, after: 2 },
        { key: "IN", label: "India", before: 40, after: 3 },
      ],
    });
    const farRoot = expectChartBasics(far, INPUT.title);
    // Ranks 1–3 take rows 1–3; 14 and 40 come next, rows 4 and 5, one row (24 px) apart.
    const [us, cn, india] = marks(farRoot, "slope").map((s) => Number(s.attributes.y1));
    expect((india ?? 0) - (cn ?? 0)).toBe(24);
    expect((cn ?? 0) - (us ?? 0)).toBe(3 * 24);
    expect(texts(farRoot)).toEqual(expect.arrayContaining(["⋮", "14", "40"]));
  });

  it("cuts a label too long for the space beside its column", () => {
    const long = rankMovementChart({
      ...INPUT,
      width: 640,
      rows: [
        {
          key: "XX",
          label: "A very long country name that cannot possibly fit beside the column",
          before: 1,
          after: 1,
        },
      ],
    });
    expect(
      texts(expectChartBasics(long, INPUT.title)).some((t) => t.startsWith("A very long") && t.endsWith("…")),
    ).toBe(true);
  });

  test.prop([fc.shuffledSubarray([...INPUT.rows], { minLength: 5 })], { numRuns: 10 })(
    "gives the same bytes for rows in any order",
    (rows) => {
      expect(rankMovementChart({ ...INPUT, rows })).toBe(svg);
    },
  );

  it("throws invalid-option for no row, a row with no rank, or a rank that is not 1, 2, …", () => {
    const row = { key: "US", label: "United States", before: 1, after: 1 };
    for (const rows of [
      [],
      [{ ...row, before: null, after: null }],
      [{ ...row, after: 0 }],
      [{ ...row, before: 1.5 }],
    ]) {
      expect(() => rankMovementChart({ ...INPUT, rows })).toThrow(
        expect.objectContaining({ code: "invalid-option" }),
      );
    }
  });
});
