/**
 * A focal country's partner shares as horizontal bars, largest first: the share of its
 * international papers co-authored with each partner. Highlighted partners (the countries the
 * analyst follows) stand out in another colour and bold type.
 */
import { compareCodeUnits } from "../../common/compare-code-units.ts";
import {
  type ChartFrame,
  DEFAULT_WIDTH,
  el,
  esc,
  header,
  INK,
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

const CHART = "partnerSharesChart";
const COLOUR = "#0072B2";
const HIGHLIGHT = "#D55E00";
const ROW = 24;
const BAR = 16;

/** One partner. */
export interface PartnerShareBar {
  /** Identity (country code). */
  readonly key: string;
  /** The name shown beside the bar. */
  readonly label: string;
  /** Share of the focal country's international papers with this partner, 0–1. */
  readonly share: number;
  /** Draw this partner in the highlight colour. */
  readonly highlight?: boolean;
}

/** What `partnerSharesChart` draws. */
export interface PartnerSharesInput extends ChartFrame {
  /** The bars, in any order; drawn by share, largest first, ties by key. */
  readonly bars: readonly PartnerShareBar[];
}

/**
 * Horizontal bars of partner shares, with the value in % at each bar's end, as an SVG string.
 * @param input - the bars; keys unique, shares in [0, 1]
 * @throws CopubError `invalid-option` when there is no bar, a key repeats or a share is outside [0, 1]
 * @example
 * partnerSharesChart({ title: "Partners of Japan", bars: [
 *   { key: "US", label: "United States", share: 0.31 }, { key: "CN", label: "China", share: 0.22, highlight: true } ] })
 * // → '<svg …<rect data-mark="bar" data-key="US" …'
 */
export function partnerSharesChart(input: PartnerSharesInput): string {
  const width = input.width ?? DEFAULT_WIDTH;
  requireItems(CHART, "bars", input.bars, (b) => b.key);
  for (const b of input.bars) requireNumber(CHART, `${b.key} share`, b.share, 0, 1);
  const bars = [...input.bars].sort((a, b) => b.share - a.share || compareCodeUnits(a.key, b.key));

  const head = header(input.title, input.subtitle, width);
  const top = head.height + 14;
  const band = rowBand(
    width,
    bars.map((b) => ({ text: b.label, bold: b.highlight === true })),
    { labelGap: 10, valueWidth: textWidth("100.0%", 12), valueGap: 8 },
  );
  const { left, right } = band;
  const bottom = top + bars.length * ROW;
  const x = linear(0, Math.max(...bars.map((b) => b.share), Number.MIN_VALUE), left, right);

  const rows = bars.flatMap((b, i) => {
    const y = top + i * ROW + (ROW - BAR) / 2;
    const bold = b.highlight === true ? 700 : undefined;
    return [
      rowLabel(band, y + BAR / 2 + 4, b.label, b.highlight === true),
      el("rect", {
        "data-mark": "bar",
        "data-key": b.key,
        "data-highlight": b.highlight === true ? "true" : undefined,
        x: left,
        y,
        width: x(b.share) - left,
        height: BAR,
        fill: b.highlight === true ? HIGHLIGHT : COLOUR,
      }),
      el(
        "text",
        {
          x: x(b.share) + 5,
          y: y + BAR / 2 + 4,
          fill: b.highlight === true ? INK : MUTED,
          "font-weight": bold,
        },
        esc(percent(b.share)),
      ),
    ];
  });
  const baseline = el("line", { x1: left, x2: left, y1: top - 2, y2: bottom + 2, stroke: MUTED });

  return svg({
    width,
    height: bottom + 16,
    title: input.title,
    description: `Bar chart of ${bars.length} partner ${bars.length === 1 ? "share" : "shares"}, largest first: ${bars
      .map((b) => `${b.label} ${percent(b.share)}`)
      .join(", ")}.`,
    body: [...head.markup, ...rows, baseline],
  });
}
