import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { partnerSharesChart } from "../../../src/output/charts/partner-shares.ts";
import { type ShareOverTimeInput, shareOverTimeChart } from "../../../src/output/charts/share-over-time.ts";
import { expectChartBasics, findAll, marks, parseSvg, texts } from "./_svg-tree.ts";

const INPUT: ShareOverTimeInput = {
  title: "International co-authorship share",
  subtitle: "Whole counting",
  highlightKey: "JP",
  series: [
    {
      key: "JP",
      label: "Japan",
      points: [
        { year: 2020, share: 0.32 },
        { year: 2018, share: 0.1 + 0.2 },
        { year: 2019, share: 0.31 },
      ],
    },
    {
      key: "WORLD",
      label: "World",
      points: [
        { year: 2018, share: 0.2 },
        { year: 2019, share: null },
        { year: 2020, share: 0.25 },
      ],
    },
    {
      key: "DE",
      label: "Germany & Co",
      points: [
        { year: 2018, share: 0.5 },
        { year: 2019, share: 0.52 },
        { year: 2020, share: 0.55 },
      ],
    },
  ],
};

describe("shareOverTimeChart(input)", () => {
  const svg = shareOverTimeChart(INPUT);
  const root = expectChartBasics(svg, INPUT.title);

  it("draws one line per series", () => {
    expect(marks(root, "line").map((l) => l.attributes["data-key"])).toEqual(["WORLD", "DE", "JP"]);
  });

  it("labels each line's end with its name and last share, text escaped", () => {
    expect(texts(root)).toEqual(
      expect.arrayContaining(["Germany & Co 55.0%", "Japan 32.0%", "World 25.0%", "Whole counting"]),
    );
    expect(svg).toContain("Germany &amp; Co");
  });

  it("writes 0.1 + 0.2 as 30.0%, not 30.000000000000004%", () => {
    expect(svg).not.toMatch(/\d\.\d{3,}/);
    expect(root.children[1]?.text).toContain("Japan 30.0% in 2018");
  });

  it("draws the world dashed and grey, the highlighted series thicker", () => {
    const [world, germany, japan] = marks(root, "line");
    expect(world?.attributes["stroke-dasharray"]).toBe("6 4");
    expect(germany?.attributes["stroke-dasharray"]).toBeUndefined();
    expect(Number(japan?.attributes["stroke-width"])).toBeGreaterThan(
      Number(germany?.attributes["stroke-width"]),
    );
  });

  it("breaks a line at a null share: the world's path has two segments, one dot each", () => {
    const world = marks(root, "line")[0];
    expect(world?.attributes.d?.match(/M/g)).toHaveLength(2);
    const dots = findAll(root, (n) => n.attributes["data-series"] === "WORLD")[0]?.children.filter(
      (n) => n.name === "circle",
    );
    expect(dots).toHaveLength(2);
  });

  it("shows the y axis in percent from 0% and every year on the x axis", () => {
    expect(texts(root)).toEqual(expect.arrayContaining(["0%", "10%", "60%", "2018", "2019", "2020"]));
  });

  it("gives the same bytes twice, and after another chart was drawn", () => {
    partnerSharesChart({ title: "Other", bars: [{ key: "US", label: "United States", share: 0.3 }] });
    expect(shareOverTimeChart(INPUT)).toBe(svg);
  });

  test.prop([fc.shuffledSubarray([0, 1, 2], { minLength: 3 }), fc.boolean()], { numRuns: 12 })(
    "gives the same bytes for series and points in any order",
    (order, reversePoints) => {
      const series = order.map((i) => {
        const s = INPUT.series[i];
        if (s === undefined) throw new Error("index");
        return { ...s, points: reversePoints ? s.points.toReversed() : s.points };
      });
      expect(shareOverTimeChart({ ...INPUT, series })).toBe(svg);
    },
  );

  it("throws invalid-option for no series, no share at all, a repeated year or a share above 1", () => {
    const bad: ShareOverTimeInput[] = [
      { title: "t", series: [] },
      { title: "t", series: [{ key: "JP", label: "Japan", points: [{ year: 2020, share: null }] }] },
      {
        title: "t",
        series: [
          {
            key: "JP",
            label: "Japan",
            points: [
              { year: 2020, share: 0.1 },
              { year: 2020, share: 0.2 },
            ],
          },
        ],
      },
      { title: "t", series: [{ key: "JP", label: "Japan", points: [{ year: 2020, share: 1.5 }] }] },
    ];
    for (const input of bad)
      expect(() => shareOverTimeChart(input)).toThrow(expect.objectContaining({ code: "invalid-option" }));
  });

  it("dots the lines of series beyond the six palette colours, and thins out year labels on a long span", () => {
    const keys = ["A", "B", "C", "D", "E", "F", "G"];
    const years = Array.from({ length: 30 }, (_, i) => 1991 + i);
    const many = shareOverTimeChart({
      title: "Many",
      series: keys.map((key) => ({ key, label: key, points: years.map((year) => ({ year, share: 0.2 })) })),
    });
    const manyRoot = expectChartBasics(many, "Many");
    const lines = marks(manyRoot, "line");
    expect(lines.map((l) => l.attributes["stroke-dasharray"])).toEqual([...Array(6).fill(undefined), "1 4"]);
    expect(lines[6]?.attributes.stroke).toBe(lines[0]?.attributes.stroke);
    // 30 years do not fit at 48 px each: round years only, at one step, far enough apart to read.
    const yearLabels = findAll(manyRoot, (n) => n.name === "text" && /^\d{4}$/.test(n.text));
    const values = yearLabels.map((n) => Number(n.text));
    const step = (values[1] ?? 0) - (values[0] ?? 0);
    expect(step).toBeGreaterThanOrEqual(2);
    expect(values.every((v, i) => i === 0 || v - (values[i - 1] ?? 0) === step)).toBe(true);
    const xs = yearLabels.map((n) => Number(n.attributes.x));
    expect(xs.every((x, i) => i === 0 || x - (xs[i - 1] ?? 0) >= 40)).toBe(true);
  });

  it("draws a single year", () => {
    const one = shareOverTimeChart({
      title: "One",
      series: [{ key: "JP", label: "Japan", points: [{ year: 2020, share: 0.3 }] }],
    });
    expect(marks(parseSvg(one), "line")).toHaveLength(1);
  });
});
