import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { type WorldMapInput, worldMapChart } from "../../../src/output/charts/world-map.ts";
import { expectChartBasics, marks, type SvgNode, texts } from "./_svg-tree.ts";

const INPUT: WorldMapInput = {
  title: "Partners of Japan",
  focal: "JP",
  focalLabel: "Japan",
  legendTitle: "Share of Japan's international papers",
  values: [
    { country: "US", share: 0.31, label: "United States" },
    { country: "CN", share: 0.22 },
    { country: "DE", share: 0.05 },
    { country: "SG", share: 0.02, label: "Singapore" },
    { country: "XK", share: 0.0005, label: "Kosovo" },
  ],
};
const GREY = "#d4d7db";

describe("worldMapChart(input)", () => {
  const svg = worldMapChart(INPUT);
  const root = expectChartBasics(svg, INPUT.title);
  const countries = marks(root, "country");
  const byKey = (key: string): SvgNode | undefined => countries.find((c) => c.attributes["data-key"] === key);

  it("draws a path per Natural Earth 1:110m country: 177 less Antarctica", () => {
    expect(countries).toHaveLength(176);
    expect(byKey("AQ")).toBeUndefined();
  });

  it("colours the given countries by class and leaves the rest grey", () => {
    // Range 0.0005–0.31 holds all six thresholds (0.1% … 30%): seven YlGnBu classes.
    expect(byKey("US")?.attributes.fill).toBe("#0c2c84"); // ≥ 30%
    expect(byKey("CN")?.attributes.fill).toBe("#225ea8"); // 10–30%
    expect(byKey("DE")?.attributes.fill).toBe("#1d91c0"); // 3–10%
    expect(byKey("XK")?.attributes.fill).toBe("#ffffcc"); // < 0.1%
    expect(byKey("FR")?.attributes.fill).toBe(GREY);
    const coloured = countries.filter(
      (c) => c.attributes.fill !== GREY && c.attributes["data-focal"] !== "true",
    );
    expect(coloured.map((c) => c.attributes["data-key"])).toEqual(["CN", "DE", "US", "XK"]);
  });

  it("marks the focal country, drawn last, outlined", () => {
    const focal = countries.at(-1);
    expect(focal?.attributes["data-key"]).toBe("JP");
    expect(focal?.attributes["data-focal"]).toBe("true");
    expect(Number(focal?.attributes["stroke-width"])).toBeGreaterThan(
      Number(byKey("US")?.attributes["stroke-width"]),
    );
  });

  it("draws shapes without an ISO code (Northern Cyprus, Somaliland) grey and without a key", () => {
    const unkeyed = countries.filter((c) => c.attributes["data-key"] === undefined);
    expect(unkeyed.map((c) => c.children[0]?.text)).toEqual(["N. Cyprus: no value", "Somaliland: no value"]);
    expect(unkeyed.every((c) => c.attributes.fill === GREY)).toBe(true);
  });

  it("gives each country a tooltip with its share", () => {
    expect(byKey("US")?.children[0]?.text).toBe("United States: 31.0%");
    expect(byKey("JP")?.children[0]?.text).toBe("Japan (focal)");
  });

  it("draws a country too small for 1:110m as a dot in its class colour, with a tooltip", () => {
    const dots = marks(root, "small-country");
    expect(dots.map((d) => d.attributes["data-key"])).toEqual(["SG"]);
    expect(dots[0]?.attributes.fill).toBe("#41b6c4"); // 1–3%
    expect(dots[0]?.children[0]?.text).toBe("Singapore: 2.0%");
  });

  it("draws a small focal country as a marked dot", () => {
    const map = worldMapChart({
      ...INPUT,
      focal: "SG",
      focalLabel: "Singapore",
      values: [{ country: "JP", share: 0.2 }],
    });
    const dots = marks(expectChartBasics(map, INPUT.title), "small-country");
    expect(dots.map((d) => [d.attributes["data-key"], d.attributes["data-focal"]])).toEqual([["SG", "true"]]);
    expect(map).toContain("Singapore (focal)");
  });

  it("shows the legend classes and says what the dots are", () => {
    expect(texts(root)).toEqual(
      expect.arrayContaining([
        "Share of Japan's international papers",
        "< 0.1%",
        "0.1–0.3%",
        "1–3%",
        "≥ 30%",
        "no value",
        "Japan (focal)",
        "Dots mark countries too small to draw at this scale (1:110m).",
      ]),
    );
  });

  it("draws one class when all shares fall between two thresholds", () => {
    const map = worldMapChart({
      ...INPUT,
      values: [
        { country: "US", share: 0.2 },
        { country: "CN", share: 0.25 },
      ],
    });
    const paths = marks(expectChartBasics(map, INPUT.title), "country");
    const fills = new Set(
      paths
        .filter((p) => ["US", "CN"].includes(p.attributes["data-key"] ?? ""))
        .map((p) => p.attributes.fill),
    );
    expect(fills.size).toBe(1);
    expect(map).toContain("20.0%–25.0%");
  });

  it("lists the keys it cannot place, such as a UK nation or an unknown code, under the map", () => {
    const values = [
      { country: "GB-ENG", share: 0.2, label: "England" },
      { country: "ZZ", share: 0.1 },
    ];
    expect(texts(expectChartBasics(worldMapChart({ ...INPUT, values }), INPUT.title))).toContain(
      "Not on the map: England 20.0%, ZZ 10.0%.",
    );
  });

  test.prop([fc.shuffledSubarray([...INPUT.values], { minLength: 5 })], { numRuns: 5 })(
    "gives the same bytes for values in any order",
    (values) => {
      expect(worldMapChart({ ...INPUT, values })).toBe(svg);
    },
  );

  it("throws invalid-option for no value, a repeated country or a share above 1", () => {
    const value = { country: "US", share: 0.3 };
    for (const values of [[], [value, value], [{ country: "US", share: 2 }]]) {
      expect(() => worldMapChart({ ...INPUT, values })).toThrow(
        expect.objectContaining({ code: "invalid-option" }),
      );
    }
  });
});
