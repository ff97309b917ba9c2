/**
 * Top10% papers split into domestic and international, one stacked horizontal bar per country:
 * how much of a country's highly cited output it owes to international co-authorship. Bars are
 * ordered by total, each labelled with its total and international share.
 */
import { nice, ticks } from "d3-array";
import { compareCodeUnits } from "../../common/compare-code-units.ts";
import {
  type ChartFrame,
  count,
  DEFAULT_WIDTH,
  el,
  esc,
  GRID,
  header,
  INK,
  legend,
  linear,
  MUTED,
  percent,
  requireItems,
  requireNumber,
  rowBand,
  rowLabel,
  svg,
  textWidth,
} from "./_svg.ts";

const CHART = "topSplitChart";
const DOMESTIC = { colour: "#0072B2", text: "#ffffff", name: "Domestic" } as const;
const INTERNATIONAL = { colour: "#E69F00", text: INK, name: "International" } as const;
const ROW = 30;
const BAR = 20;

/** One country's Top10% papers. */
export interface TopSplitBar {
  /** Identity (country code). */
  readonly key: string;
  /** The name shown beside the bar. */
  readonly label: string;
  /** Top10% papers without a foreign address (may be fractional). */
  readonly domestic: number;
  /** Top10% papers with a foreign address (may be fractional). */
  readonly international: number;
}

/** What `topSplitChart` draws. */
export interface TopSplitInput extends ChartFrame {
  /** The bars, in any order; drawn by total, largest first, ties by key. */
  readonly bars: readonly TopSplitBar[];
}

/**
 * Stacked horizontal bars of domestic and international Top10% papers as an SVG string.
 * Counts show one decimal when any is fractional.
 * @param input - the bars; keys unique, counts finite and non-negative
 * @throws CopubError `invalid-option` when there is no bar, a key repeats or a count is negative
 * @example
 * topSplitChart({ title: "Top10% papers", bars: [{ key: "JP", label: "Japan", domestic: 30, international: 12.5 }] })
 * // → '<svg …<rect data-mark="bar" data-key="JP" data-part="domestic" …'
 */
export function topSplitChart(input: TopSplitInput): string {
  const width = input.width ?? DEFAULT_WIDTH;
  requireItems(CHART, "bars", input.bars, (b) => b.key);
  for (const b of input.bars) {
    requireNumber(CHART, `${b.key} domestic`, b.domestic);
    requireNumber(CHART, `${b.key} international`, b.international);
  }
  const bars = [...input.bars].sort(
    (a, b) => b.domestic + b.international - (a.domestic + a.international) || compareCodeUnits(a.key, b.key),
  );
  const digits = bars.some((b) => !Number.isInteger(b.domestic) || !Number.isInteger(b.international))
    ? 1
    : 0;
  const totalText = bars.map((b) => {
    const total = b.domestic + b.international;
    return `${count(total, digits)} (${total === 0 ? "–" : percent(b.international / total, 0)} international)`;
  });

  const head = header(input.title, input.subtitle, width);
  const legendY = head.height + 20;
  const top = legendY + 22;
  const band = rowBand(
    width,
    bars.map((b) => ({ text: b.label })),
    { labelGap: 10, valueWidth: Math.max(...totalText.map((t) => textWidth(t, 12))), valueGap: 10 },
  );
  const { left, right } = band;
  const bottom = top + bars.length * ROW;
  const [, xMax] = nice(0, Math.max(...bars.map((b) => b.domestic + b.international), 1), 5);
  const x = linear(0, xMax, left, right);

  const key = legend(
    legendY,
    [DOMESTIC, INTERNATIONAL].map((part) => ({
      swatch: el("rect", { x: 0, y: -10, width: 12, height: 12, fill: part.colour }),
      text: part.name,
    })),
    { textX: 18, spacing: 130 },
  );
  const xTicks = ticks(0, xMax, 5);
  const axis = xTicks.flatMap((t) => [
    el("line", { x1: x(t), x2: x(t), y1: top - 4, y2: bottom, stroke: t === 0 ? MUTED : GRID }),
    el("text", { x: x(t), y: bottom + 16, "text-anchor": "middle", fill: MUTED }, esc(count(t, 0))),
  ]);
  const rows = bars.flatMap((b, i) => {
    const y = top + i * ROW + (ROW - BAR) / 2;
    const parts = [
      { ...DOMESTIC, part: "domestic", from: 0, value: b.domestic },
      { ...INTERNATIONAL, part: "international", from: b.domestic, value: b.international },
    ].filter((p) => p.value > 0);
    return [
      rowLabel(band, y + BAR / 2 + 4, b.label),
      ...parts.flatMap((p) => {
        const x0 = x(p.from);
        const w = x(p.from + p.value) - x0;
        const valueText = count(p.value, digits);
        const inside = textWidth(valueText, 11) + 8 <= w;
        return [
          el("rect", {
            "data-mark": "bar",
            "data-key": b.key,
            "data-part": p.part,
            x: x0,
            y,
            width: w,
            height: BAR,
            fill: p.colour,
          }),
          ...(inside
            ? [
                el(
                  "text",
                  {
                    x: x0 + w / 2,
                    y: y + BAR / 2 + 4,
                    "text-anchor": "middle",
                    "font-size": 11,
                    fill: p.text,
                  },
                  esc(valueText),
                ),
              ]
            : []),
        ];
      }),
      el(
        "text",
        { x: x(b.domestic + b.international) + 6, y: y + BAR / 2 + 4, fill: MUTED, "data-label": b.key },
        esc(totalText[i] ?? ""),
      ),
    ];
  });

  return svg({
    width,
    height: bottom + 30,
    title: input.title,
    description: `Stacked bars of Top10% papers, domestic and international, for ${bars.length} ${
      bars.length === 1 ? "country" : "countries"
    }: ${bars.map((b, i) => `${b.label} ${totalText[i]}`).join("; ")}.`,
    body: [...head.markup, ...key, ...axis, ...rows],
  });
}
