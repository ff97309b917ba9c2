/**
 * Field-normalized citation impact per country as a dot plot: one row per country, a dot for
 * CWTS's MNCS and a square for InCites' CNCI on one axis, and a line at 1, the world average by
 * construction (methodology §10) — above it a country's papers are cited more than the world's
 * papers of the same fields and years. Rows are ordered by MNCS; a value a country does not have
 * (no papers, or CNCI with only zero baselines) is left out, never drawn as 0.
 */
import { nice, ticks } from "d3-array";
import { compareCodeUnits } from "../../common/compare-code-units.ts";
import { fixed } from "../round.ts";
import {
  type ChartFrame,
  DEFAULT_WIDTH,
  el,
  esc,
  GRID,
  header,
  INK,
  legend,
  linear,
  MUTED,
  num,
  requireItems,
  requireNumber,
  rowBand,
  rowLabel,
  svg,
  textWidth,
} from "./_svg.ts";

const CHART = "citationImpactChart";
const MNCS = { colour: "#0072B2", name: "MNCS (CWTS)" } as const;
const CNCI = { colour: "#D55E00", name: "CNCI (InCites)" } as const;
const ROW = 24;
/** The dot sits a little above the row's line and the square below it, so equal values stay both visible. */
const OFFSET = 4;

/** One country's normalized impact. */
export interface ImpactDots {
  /** Identity (country code). */
  readonly key: string;
  /** The name shown beside the row. */
  readonly label: string;
  /** MNCS, or `null` when the country has none. */
  readonly mncs: number | null;
  /** CNCI, or `null` when the country has none. */
  readonly cnci: number | null;
}

/** What `citationImpactChart` draws. */
export interface CitationImpactInput extends ChartFrame {
  /** The rows, in any order; drawn by MNCS, largest first (no MNCS last), ties by key. */
  readonly rows: readonly ImpactDots[];
}

/**
 * A dot plot of MNCS and CNCI per country with the world line at 1, as an SVG string.
 * @param input - the rows; keys unique, values finite and non-negative or `null`
 * @throws CopubError `invalid-option` when there is no row, a key repeats or a value is negative
 * @example
 * citationImpactChart({ title: "Citation impact", rows: [{ key: "JP", label: "Japan", mncs: 1.625, cnci: 1.625 }] })
 * // → '<svg …<circle data-mark="mncs" data-key="JP" …'
 */
export function citationImpactChart(input: CitationImpactInput): string {
  const width = input.width ?? DEFAULT_WIDTH;
  requireItems(CHART, "rows", input.rows, (r) => r.key);
  for (const r of input.rows) {
    if (r.mncs !== null) requireNumber(CHART, `${r.key} mncs`, r.mncs);
    if (r.cnci !== null) requireNumber(CHART, `${r.key} cnci`, r.cnci);
  }
  const rows = [...input.rows].sort(
    (a, b) => (b.mncs ?? -1) - (a.mncs ?? -1) || compareCodeUnits(a.key, b.key),
  );
  const valueText = (r: ImpactDots) =>
    [r.mncs === null ? null : `MNCS ${fixed(r.mncs, 2)}`, r.cnci === null ? null : `CNCI ${fixed(r.cnci, 2)}`]
      .filter((t) => t !== null)
      .join(" · ");

  const head = header(input.title, input.subtitle, width);
  const legendY = head.height + 20;
  const top = legendY + 24;
  const band = rowBand(
    width,
    rows.map((r) => ({ text: r.label })),
    { labelGap: 12, valueWidth: Math.max(...rows.map((r) => textWidth(valueText(r), 11))), valueGap: 16 },
  );
  const { left, right } = band;
  const bottom = top + rows.length * ROW;
  const values = rows.flatMap((r) => [r.mncs, r.cnci]).filter((v): v is number => v !== null);
  const [, xMax] = nice(0, Math.max(1.2, ...values), 5);
  const x = linear(0, xMax, left, right);

  const key = legend(
    legendY,
    [
      { swatch: el("circle", { cx: 6, cy: -4, r: 5, fill: MNCS.colour }), text: MNCS.name },
      { swatch: el("rect", { x: 1, y: -9, width: 10, height: 10, fill: CNCI.colour }), text: CNCI.name },
    ],
    { textX: 18, spacing: 150 },
  );
  const axis = ticks(0, xMax, 5).flatMap((t) => [
    el("line", { x1: x(t), x2: x(t), y1: top - 4, y2: bottom, stroke: GRID }),
    el("text", { x: x(t), y: bottom + 16, "text-anchor": "middle", fill: MUTED }, esc(num(t))),
  ]);
  const world = [
    el("line", { x1: x(1), x2: x(1), y1: top - 10, y2: bottom, stroke: INK, "stroke-dasharray": "4 3" }),
    el("text", { x: x(1) + 4, y: top - 12, fill: INK, "font-size": 11 }, "World = 1"),
  ];
  const marks = rows.flatMap((r, i) => {
    const y = top + i * ROW + ROW / 2;
    return [
      el("line", { x1: left, x2: right, y1: y, y2: y, stroke: GRID }),
      rowLabel(band, y + 4, r.label),
      ...(r.mncs === null
        ? []
        : [
            el("circle", {
              "data-mark": "mncs",
              "data-key": r.key,
              cx: x(r.mncs),
              cy: y,
              r: 5,
              fill: MNCS.colour,
            }),
          ]),
      ...(r.cnci === null
        ? []
        : [
            el("rect", {
              "data-mark": "cnci",
              "data-key": r.key,
              x: x(r.cnci) - 4,
              y: y + OFFSET - 4,
              width: 8,
              height: 8,
              fill: CNCI.colour,
            }),
          ]),
      el(
        "text",
        { x: right + 10, y: y + 4, fill: MUTED, "font-size": 11, "data-label": r.key },
        esc(valueText(r)),
      ),
    ];
  });

  return svg({
    width,
    height: bottom + 30,
    title: input.title,
    description: `Dot plot of field-normalized citation impact for ${rows.length} ${
      rows.length === 1 ? "country" : "countries"
    }, with the world average at 1: ${rows.map((r) => `${r.label} ${valueText(r) || "no value"}`).join("; ")}.`,
    body: [...head.markup, ...key, ...axis, ...world, ...marks],
  });
}
