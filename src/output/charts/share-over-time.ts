/**
 * A share by year as a line chart: the international co-authorship share of the focal countries
 * and of the world over time. One line per series, labelled at its end (no legend to look up),
 * the y axis in percent from zero, the world drawn grey and dashed as the reference.
 */
import { max, nice, ticks } from "d3-array";
import { compareCodeUnits } from "../../common/compare-code-units.ts";
import {
  type ChartFrame,
  DEFAULT_WIDTH,
  dodge,
  el,
  esc,
  fitText,
  GRID,
  group,
  header,
  INK,
  linear,
  MUTED,
  num,
  PAD,
  PALETTE,
  percent,
  requireItems,
  requireNumber,
  svg,
  textWidth,
} from "./_svg.ts";

/** The key copub's tables give the world row; that series is drawn as the grey reference. */
const WORLD_KEY = "WORLD";
const WORLD_COLOUR = "#6e7781";
const PLOT_HEIGHT = 300;
const CHART = "shareOverTimeChart";

/** One year's share. */
export interface SharePoint {
  /** Publication year. */
  readonly year: number;
  /** Share, 0–1, or `null` when the year has no papers (the line breaks there). */
  readonly share: number | null;
}

/** One line. */
export interface ShareSeries {
  /** Identity (a country code, or `"WORLD"` for the world, drawn as the grey dashed reference). */
  readonly key: string;
  /** The name shown at the line's end. */
  readonly label: string;
  /** The shares by year, in any order; each year at most once. */
  readonly points: readonly SharePoint[];
}

/** What `shareOverTimeChart` draws. */
export interface ShareOverTimeInput extends ChartFrame {
  /** The lines, in any order; colours follow key order. */
  readonly series: readonly ShareSeries[];
  /** The key of a series to draw thicker, on top of the others. */
  readonly highlightKey?: string;
}

/**
 * A line chart of shares by year as an SVG string (y axis in %, lines labelled at their ends).
 * @param input - the series; keys unique, shares in [0, 1]
 * @throws CopubError `invalid-option` when there is no series or no point, a key or a year
 *   repeats, or a share is outside [0, 1]
 * @example
 * shareOverTimeChart({ title: "International co-authorship", series: [
 *   { key: "JP", label: "Japan", points: [{ year: 2019, share: 0.3 }, { year: 2020, share: 0.32 }] },
 *   { key: "WORLD", label: "World", points: [{ year: 2019, share: 0.22 }, { year: 2020, share: 0.23 }] } ] })
 * // → '<svg xmlns="http://www.w3.org/2000/svg" width="720" …<path data-mark="line" data-key="JP" …'
 */
export function shareOverTimeChart(input: ShareOverTimeInput): string {
  const width = input.width ?? DEFAULT_WIDTH;
  const series = checkedSeries(input.series);
  const points = series.flatMap((s) => s.points);
  const defined = points.flatMap((p) => (p.share === null ? [] : [p.share]));
  requireItems(CHART, "points", defined);

  const styles = seriesStyles(series);
  const ends = series.map((s) => lastDefined(s.points));
  const endLabels = series.map((s, i) => [s.label, ends[i] === undefined ? "" : percent(ends[i].share ?? 0)]);
  const labelWidth = Math.min(
    Math.max(...endLabels.map(([name = "", value = ""]) => textWidth(`${name} ${value}`, 12, true))),
    width * 0.35,
  );
  const head = header(input.title, input.subtitle, width);
  const top = head.height + 18;
  const left = PAD + 40;
  const right = width - PAD - labelWidth - 12;
  const bottom = top + PLOT_HEIGHT;

  const years = points.map((p) => p.year);
  const [firstYear, lastYear] = [Math.min(...years), Math.max(...years)];
  const x = linear(firstYear, lastYear, left + 8, right - 8);
  const [, yMax] = nice(0, Math.max(max(defined) ?? 0, 0.01), 5);
  const y = linear(0, yMax, bottom, top);
  const yTicks = ticks(0, yMax, 5);
  const yDigits = (yTicks[1] ?? 1) - (yTicks[0] ?? 0) < 0.01 ? 1 : 0;

  const axes = [
    ...yTicks.map((t) =>
      el("line", {
        x1: left,
        x2: right,
        y1: y(t),
        y2: y(t),
        stroke: t === 0 ? MUTED : GRID,
        "stroke-width": 1,
      }),
    ),
    ...yTicks.map((t) =>
      el("text", { x: left - 6, y: y(t) + 4, "text-anchor": "end", fill: MUTED }, esc(percent(t, yDigits))),
    ),
    ...yearTicks(firstYear, lastYear, Math.floor((right - left) / 48)).map((year) =>
      el("text", { x: x(year), y: bottom + 18, "text-anchor": "middle", fill: MUTED }, String(year)),
    ),
  ];

  const drawOrder = series
    .map((s, i) => ({ s, i }))
    .sort(
      (a, b) =>
        rankForDrawing(a.s, input.highlightKey) - rankForDrawing(b.s, input.highlightKey) || a.i - b.i,
    );
  const lines = drawOrder.map(({ s, i }) => {
    const highlighted = s.key === input.highlightKey;
    const stroke = styles[i]?.colour ?? INK;
    const dots = s.points.length <= 20 ? s.points.filter((p) => p.share !== null) : [];
    return group({ "data-series": s.key }, [
      el("path", {
        "data-mark": "line",
        "data-key": s.key,
        d: linePath(s.points, x, y),
        fill: "none",
        stroke,
        "stroke-width": highlighted ? 3.5 : 2,
        "stroke-dasharray": styles[i]?.dash,
        "stroke-linejoin": "round",
        "stroke-linecap": "round",
      }),
      ...dots.map((p) =>
        el("circle", { cx: x(p.year), cy: y(p.share ?? 0), r: highlighted ? 3.5 : 2.5, fill: stroke }),
      ),
    ]);
  });

  const labelY = dodge(
    ends.map((p) => (p === undefined ? top : y(p.share ?? 0))),
    15,
    top,
    bottom,
  );
  const labels = series.flatMap((s, i) => {
    const end = ends[i];
    if (end === undefined) return [];
    const [name = "", value = ""] = endLabels[i] ?? [];
    return [
      el(
        "text",
        {
          x: right + 4,
          y: (labelY[i] ?? 0) + 4,
          fill: styles[i]?.colour ?? INK,
          "font-weight": 700,
          "data-label": s.key,
        },
        `${esc(fitText(name, 12, labelWidth - textWidth(` ${value}`, 12), true))} ${el("tspan", { "font-weight": 400 }, esc(value))}`,
      ),
    ];
  });

  return svg({
    width,
    height: bottom + 32,
    title: input.title,
    description: describe(series, ends, firstYear, lastYear),
    body: [...head.markup, ...axes, ...lines, ...labels],
  });
}

/** Series sorted by key, each with its points sorted by year, after the contract checks. */
function checkedSeries(series: readonly ShareSeries[]): ShareSeries[] {
  requireItems(CHART, "series", series, (s) => s.key);
  return series
    .map((s) => {
      // A series may have no point at all (nothing is drawn for it); its years may not repeat.
      if (s.points.length > 0) requireItems(`${CHART} (${s.key})`, "points", s.points, (p) => String(p.year));
      for (const p of s.points) {
        requireNumber(CHART, `${s.key} ${p.year} year`, p.year, -Infinity);
        if (p.share !== null) requireNumber(CHART, `${s.key} ${p.year} share`, p.share, 0, 1);
      }
      return { ...s, points: [...s.points].sort((a, b) => a.year - b.year) };
    })
    .sort((a, b) => compareCodeUnits(a.key, b.key));
}

/**
 * Palette colours in key order, skipping the world (grey, dashed); from the seventh series on the
 * colours come round again, dotted.
 */
function seriesStyles(series: readonly ShareSeries[]): { readonly colour: string; readonly dash?: string }[] {
  let next = 0;
  return series.map((s) => {
    if (s.key === WORLD_KEY) return { colour: WORLD_COLOUR, dash: "6 4" };
    const i = next++;
    const colour = PALETTE[i % PALETTE.length] ?? INK;
    return i < PALETTE.length ? { colour } : { colour, dash: "1 4" };
  });
}

/** The world first (underneath), the highlighted series last (on top). */
function rankForDrawing(s: ShareSeries, highlightKey: string | undefined): number {
  return s.key === WORLD_KEY ? 0 : s.key === highlightKey ? 2 : 1;
}

function lastDefined(points: readonly SharePoint[]): SharePoint | undefined {
  return points.findLast((p) => p.share !== null);
}

/**
 * Year labels at the smallest step of 1, 2, 5, 10, 20 or 50 years that keeps them to `most`,
 * on multiples of the step (2000, 2005, …).
 */
function yearTicks(first: number, last: number, most: number): number[] {
  const step =
    [1, 2, 5, 10, 20, 50].find((s) => Math.floor(last / s) - Math.ceil(first / s) + 1 <= most) ?? 100;
  const start = Math.ceil(first / step) * step;
  return Array.from({ length: Math.floor((last - start) / step) + 1 }, (_, i) => start + i * step);
}

/** `M…L…` through the defined points; a `null` share starts a new segment. */
function linePath(points: readonly SharePoint[], x: (v: number) => number, y: (v: number) => number): string {
  let d = "";
  let pen = false;
  for (const p of points) {
    if (p.share === null) {
      pen = false;
      continue;
    }
    d += `${pen ? "L" : "M"}${num(x(p.year))},${num(y(p.share))}`;
    pen = true;
  }
  return d;
}

function describe(
  series: readonly ShareSeries[],
  ends: readonly (SharePoint | undefined)[],
  first: number,
  last: number,
): string {
  const parts = series.map((s, i) => {
    const start = s.points.find((p) => p.share !== null);
    const end = ends[i];
    if (start === undefined || end === undefined) return `${s.label}: no data`;
    return `${s.label} ${percent(start.share ?? 0)} in ${start.year}, ${percent(end.share ?? 0)} in ${end.year}`;
  });
  return `Line chart of shares by year, ${first}–${last}. ${parts.join("; ")}.`;
}
