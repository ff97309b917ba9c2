// The table is data taken from world-atlas; this recomputes it, as its module says.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { geoCentroid } from "d3-geo";
import { iso31661NumericToAlpha2 } from "iso-3166";
import { feature } from "topojson-client";
import { describe, expect, it } from "vitest";
import { SMALL_COUNTRIES } from "../../../src/output/charts/_small-countries.ts";

type Topology = Parameters<typeof feature>[0];
type GeometryCollection = Extract<Topology["objects"][string], { type: "GeometryCollection" }>;

const atlas = (name: string): Topology =>
  JSON.parse(readFileSync(createRequire(import.meta.url).resolve(`world-atlas/${name}`), "utf8")) as Topology;

describe("SMALL_COUNTRIES", () => {
  it("is the centroid of each countries-50m shape that countries-110m lacks, rounded to 0.01°", () => {
    const coarse = atlas("countries-110m.json");
    const fine = atlas("countries-50m.json");
    const drawn = new Set(
      (coarse.objects.countries as GeometryCollection).geometries.map((g) => String(g.id)),
    );
    const expected = Object.fromEntries(
      feature(fine, fine.objects.countries as GeometryCollection)
        .features.filter((f) => f.id !== undefined && !drawn.has(String(f.id)))
        .map((f) => [
          iso31661NumericToAlpha2[String(f.id)],
          geoCentroid(f).map((v) => Math.round(v * 100) / 100),
        ]),
    );
    expect(SMALL_COUNTRIES).toEqual(expected);
    expect(Object.keys(SMALL_COUNTRIES)).toEqual(Object.keys(SMALL_COUNTRIES).sort());
    expect(SMALL_COUNTRIES.SG).toEqual([103.82, 1.36]);
  });
});
