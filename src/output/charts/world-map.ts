/**
 * A focal country's partner shares on a world map: a choropleth of Natural Earth's 1:110m country
 * boundaries (world-atlas, drawn with topojson-client and d3-geo's Equal Earth projection, which
 * keeps areas true), the focal country marked, countries without a value in grey, and a legend of
 * share classes. Classes follow a 1–3–10 progression of percentages (0.1%, 0.3%, 1%, 3%, 10%,
 * 30%), since partner shares span orders of magnitude. Countries too small to have a boundary at
 * this scale (Singapore, Hong Kong, Malta…) are dots at their 1:50m centroid; keys with no place
 * on the map at all (the UK nations, former countries) are listed under it with their shares.
 */
import { geoEqualEarth, geoPath } from "d3-geo";
import { iso31661NumericToAlpha2 } from "iso-3166";
import { feature } from "topojson-client";
import countries110m from "world-atlas/countries-110m.json" with { type: "json" };
import { compareCodeUnits } from "../../common/compare-code-units.ts";
import { SMALL_COUNTRIES } from "./_small-countries.ts";
import {
  type ChartFrame,
  DEFAULT_WIDTH,
  el,
  esc,
  footnote,
  header,
  INK,
  PAD,
  percent,
  requireItems,
  requireNumber,
  svg,
  textWidth,
} from "./_svg.ts";

const CHART = "worldMapChart";
const NO_VALUE = "#d4d7db";
const FOCAL = "#D55E00";
const THRESHOLDS: readonly number[] = [0.001, 0.003, 0.01, 0.03, 0.1, 0.3];
/** ColorBrewer YlGnBu, by number of classes: sequential and safe for colour-blind readers. */
const YLGNBU: readonly (readonly string[])[] = [
  [],
  ["#41b6c4"],
  ["#a1dab4", "#225ea8"],
  ["#edf8b1", "#7fcdbb", "#2c7fb8"],
  ["#ffffcc", "#a1dab4", "#41b6c4", "#225ea8"],
  ["#ffffcc", "#a1dab4", "#41b6c4", "#2c7fb8", "#253494"],
  ["#ffffcc", "#c7e9b4", "#7fcdbb", "#41b6c4", "#2c7fb8", "#253494"],
  ["#ffffcc", "#c7e9b4", "#7fcdbb", "#41b6c4", "#1d91c0", "#225ea8", "#0c2c84"],
];
/** Natural Earth shapes without an ISO numeric code that copub nevertheless keys (Kosovo is `XK`). */
const UNNUMBERED: Readonly<Record<string, string>> = { Kosovo: "XK" };
/** Antarctica is left off: it holds no partner and takes a fifth of the height. */
const LEFT_OFF = "AQ";

type Topology = Parameters<typeof feature>[0];
type GeometryCollection = Extract<Topology["objects"][string], { type: "GeometryCollection" }>;

/** One country's share. */
export interface MapValue {
  /** ISO 3166-1 alpha-2 code (or `XK`). */
  readonly country: string;
  /** Share, 0–1. */
  readonly share: number;
  /** The name for tooltips and the note on small countries; default the map's own name or the code. */
  readonly label?: string;
}

/** What `worldMapChart` draws. */
export interface WorldMapInput extends ChartFrame {
  /** The shares, in any order; each country at most once. */
  readonly values: readonly MapValue[];
  /** The focal country's alpha-2 code, outlined and filled in its own colour. */
  readonly focal: string;
  /** The focal country's name for the legend; default the map's name. */
  readonly focalLabel?: string;
  /** The legend's heading, e.g. "Share of Japan's international papers". */
  readonly legendTitle: string;
}

/**
 * A choropleth world map of shares as an SVG string: one `<path>` per Natural Earth country (each
 * with a tooltip), coloured by share class, the focal country marked (a value given for it is not
 * drawn), the rest grey; a country too small for the scale is a dot when it has a value.
 * @param input - the values; countries unique, shares in [0, 1]
 * @throws CopubError `invalid-option` when there is no value, a country repeats or a share is
 *   outside [0, 1]
 * @example
 * worldMapChart({ title: "Partners of Japan", focal: "JP", legendTitle: "Share of papers",
 *   values: [{ country: "US", share: 0.31 }, { country: "CN", share: 0.22 }] })
 * // → '<svg …<path data-mark="country" data-key="US" fill="#…" …'
 */
export function worldMapChart(input: WorldMapInput): string {
  const width = input.width ?? DEFAULT_WIDTH;
  requireItems(CHART, "values", input.values, (v) => v.country);
  for (const v of input.values) requireNumber(CHART, `${v.country} share`, v.share, 0, 1);
  const values = new Map(input.values.map((v) => [v.country, v]));
  const classes = shareClasses(input.values.map((v) => v.share));

  const countries = countryShapes();
  const head = header(input.title, input.subtitle, width);
  const top = head.height + 22;
  const projection = geoEqualEarth().fitWidth(width - 2 * PAD, {
    type: "FeatureCollection",
    features: countries.map((c) => c.shape),
  });
  const path = geoPath(projection).digits(1);
  const [[, y0], [, y1]] = path.bounds({
    type: "FeatureCollection",
    features: countries.map((c) => c.shape),
  });
  const [tx, ty] = projection.translate();
  projection.translate([tx + PAD, ty + top - y0]);
  const mapBottom = top + (y1 - y0);

  const focal = countries.find((c) => c.key === input.focal);
  const focalName = input.focalLabel ?? focal?.name ?? input.focal;
  const style = (key: string | undefined) => {
    const value = key === undefined ? undefined : values.get(key);
    if (key === input.focal) return { fill: FOCAL, focal: true, tip: `${focalName} (focal)` };
    const fill = value === undefined ? NO_VALUE : classes.colour(value.share);
    return { fill, focal: false, tip: value === undefined ? "no value" : percent(value.share) };
  };
  const shapes = [...countries]
    .sort((a, b) => Number(a.key === input.focal) - Number(b.key === input.focal))
    .map((c) => {
      const { fill, focal, tip } = style(c.key);
      const name = (c.key === undefined ? undefined : values.get(c.key)?.label) ?? c.name;
      return el(
        "path",
        {
          "data-mark": "country",
          "data-key": c.key,
          "data-focal": focal ? "true" : undefined,
          d: path(c.shape) ?? "",
          fill,
          stroke: focal ? INK : "#ffffff",
          "stroke-width": focal ? 1.2 : 0.5,
          "stroke-linejoin": "round",
        },
        el("title", {}, esc(focal ? tip : `${name}: ${tip}`)),
      );
    });
  // Countries without a 1:110m shape but with a value (or focal) are dots at their centroid.
  const dotKeys = [...values.keys(), input.focal].filter((key, i, keys) => keys.indexOf(key) === i);
  const dots = dotKeys
    .flatMap((key) => {
      const at = SMALL_COUNTRIES[key];
      const point = at === undefined ? null : projection([at[0], at[1]]);
      return point === null ? [] : [{ key, point }];
    })
    .sort(
      (a, b) =>
        Number(a.key === input.focal) - Number(b.key === input.focal) || compareCodeUnits(a.key, b.key),
    )
    .map(({ key, point }) => {
      const { fill, focal, tip } = style(key);
      const name = values.get(key)?.label ?? key;
      return el(
        "circle",
        {
          "data-mark": "small-country",
          "data-key": key,
          "data-focal": focal ? "true" : undefined,
          cx: point[0],
          cy: point[1],
          r: focal ? 4.5 : 3.5,
          fill,
          stroke: INK,
          "stroke-width": focal ? 1.2 : 0.6,
        },
        el("title", {}, esc(focal ? tip : `${name}: ${tip}`)),
      );
    });

  const legend = legendMarkup(input.legendTitle, classes, focalName, mapBottom + 16, width);
  const drawn = new Set<string | undefined>([
    ...countries.map((c) => c.key),
    ...Object.keys(SMALL_COUNTRIES),
  ]);
  const missing = [...values.values()]
    .filter((v) => !drawn.has(v.country) && v.country !== input.focal)
    .sort((a, b) => b.share - a.share || compareCodeUnits(a.country, b.country));
  const notes = [
    ...(dots.length === 0 ? [] : ["Dots mark countries too small to draw at this scale (1:110m)."]),
    ...(missing.length === 0
      ? []
      : [`Not on the map: ${missing.map((v) => `${v.label ?? v.country} ${percent(v.share)}`).join(", ")}.`]),
  ];
  const note =
    notes.length === 0 ? { markup: [], height: 0 } : footnote(notes.join(" "), legend.bottom, width);
  const shown = input.values.filter((v) => drawn.has(v.country) && v.country !== input.focal).length;

  return svg({
    width,
    height: legend.bottom + note.height + 8,
    title: input.title,
    description: `World map: ${input.legendTitle}, ${input.values.length} ${
      input.values.length === 1 ? "country" : "countries"
    } with a value (${shown} on the map), focal country ${focalName}. Highest: ${[...input.values]
      .sort((a, b) => b.share - a.share || compareCodeUnits(a.country, b.country))
      .slice(0, 5)
      .map((v) => `${v.label ?? v.country} ${percent(v.share)}`)
      .join(", ")}.`,
    body: [...head.markup, ...shapes, ...dots, ...legend.markup, ...note.markup],
  });
}

/** Natural Earth's countries with their copub keys, Antarctica left off, in key order. */
function countryShapes() {
  const topology = countries110m as unknown as Topology;
  const collection = feature(topology, topology.objects.countries as GeometryCollection);
  return collection.features
    .map((shape) => {
      const name = String(shape.properties?.name ?? "");
      const key = shape.id === undefined ? UNNUMBERED[name] : iso31661NumericToAlpha2[String(shape.id)];
      return { key, name, shape };
    })
    .filter((c) => c.key !== LEFT_OFF)
    .sort((a, b) => compareCodeUnits(a.key ?? `~${a.name}`, b.key ?? `~${b.name}`));
}

/** The share classes: thresholds strictly inside the values' range, colours and legend texts. */
function shareClasses(shares: readonly number[]) {
  const [lo, hi] = [Math.min(...shares), Math.max(...shares)];
  const cuts = THRESHOLDS.filter((t) => t > lo && t <= hi);
  const colours = YLGNBU[cuts.length + 1] ?? [];
  const texts =
    cuts.length === 0
      ? [lo === hi ? percent(lo) : `${percent(lo)}–${percent(hi)}`]
      : [
          `< ${percent(cuts[0] ?? 0, digitsOf(cuts[0] ?? 0))}`,
          ...cuts
            .slice(1)
            .map(
              (t, i) =>
                `${percent(cuts[i] ?? 0, digitsOf(cuts[i] ?? 0)).replace("%", "")}–${percent(t, digitsOf(t))}`,
            ),
          `≥ ${percent(cuts.at(-1) ?? 0, digitsOf(cuts.at(-1) ?? 0))}`,
        ];
  const colour = (share: number) => colours[cuts.filter((t) => share >= t).length] ?? INK;
  return { colours, texts, colour };
}

function digitsOf(threshold: number): number {
  return threshold < 0.01 ? 1 : 0;
}

/** Heading, class swatches, then "no value" and the focal country, wrapping onto new rows. */
function legendMarkup(
  title: string,
  classes: ReturnType<typeof shareClasses>,
  focalName: string,
  y: number,
  width: number,
): { readonly markup: string[]; readonly bottom: number } {
  const items = [
    ...classes.colours.map((colour, i) => ({ colour, text: classes.texts[i] ?? "", stroke: undefined })),
    { colour: NO_VALUE, text: "no value", stroke: undefined },
    { colour: FOCAL, text: `${focalName} (focal)`, stroke: INK },
  ];
  const markup = [el("text", { x: PAD, y: y + 12, "font-weight": 700, fill: INK }, esc(title))];
  let x = PAD;
  let row = y + 22;
  for (const item of items) {
    const itemWidth = 20 + textWidth(item.text, 12) + 12;
    if (x + itemWidth > width - PAD && x > PAD) {
      x = PAD;
      row += 22;
    }
    markup.push(
      el("rect", { x, y: row, width: 14, height: 14, fill: item.colour, stroke: item.stroke }),
      el("text", { x: x + 20, y: row + 11, fill: INK }, esc(item.text)),
    );
    x += itemWidth;
  }
  return { markup, bottom: row + 22 };
}
