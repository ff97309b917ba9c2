/**
 * A funded programme's actual counts against its targets, by reporting year (methodology §12):
 * what funders are asked ("75 in the first year, 120 by FY2027"). The upper panel draws one bar
 * per year with the actual count and the year's target as a dark marker across the bar; the lower
 * panel draws the cumulative actual and the cumulative target over the target years as two lines,
 * labelled at their ends. Without targets the chart draws the actual counts alone and says that no
 * targets were given, so a page never implies a target that does not exist.
 */
import { nice, ticks } from "d3-array";
import {
  type ChartFrame,
  count,
  DEFAULT_WIDTH,
  dodge,
  el,
  esc,
  footnote,
  GRID,
  group,
  header,
  INK,
  legend,
  linear,
  MUTED,
  num,
  PAD,
  requireItems,
  requireNumber,
  svg,
  textWidth,
} from "./_svg.ts";

const CHART = "programmeTargetsChart";
const ACTUAL = "#0072B2";
const TARGET = "#1f2328";
const BARS_HEIGHT = 220;
const CUMULATIVE_HEIGHT = 170;
/** Room left of the plots: the y axis title and its tick labels. */
const AXIS = 58;

/** One reporting year. */
export interface TargetYear {
  /** The year (fiscal or calendar); years are drawn in ascending order. */
  readonly year: number;
  /** Its label on the x axis, e.g. `FY2023`. */
  readonly label: string;
  /** The actual count of the year. */
  readonly actual: number;
  /** The year's target, or `null` when none was set. */
  readonly target: number | null;
  /** Actual counts summed over the target years up to this one, or `null` for a year without target. */
  readonly cumulativeActual: number | null;
  /** Targets summed up to this year, or `null` for a year without target. */
  readonly cumulativeTarget: number | null;
}

/** What `programmeTargetsChart` draws. */
export interface ProgrammeTargetsInput extends ChartFrame {
  /** The years, in any order, each once. */
  readonly years: readonly TargetYear[];
  /** What is counted, the y axis title, e.g. "Papers with a partner country". */
  readonly indicator: string;
  /** The x axis title, e.g. "Fiscal year (April–March)". */
  readonly yearAxis: string;
  /** A line under the chart, e.g. papers left out for want of a fiscal year. */
  readonly note?: string;
}

/** A plot area. */
interface Plot {
  readonly top: number;
  readonly bottom: number;
  readonly y: (v: number) => number;
}

/**
 * Actual against target by year as an SVG string: bars and target markers, then the cumulative
 * lines when any year has a target.
 * @param input - the years (unique, counts and targets finite and non-negative)
 * @throws CopubError `invalid-option` when there is no year, a year repeats or a count is negative
 * @example
 * programmeTargetsChart({ title: "Actual against target", indicator: "Papers", yearAxis: "Fiscal year",
 *   years: [{ year: 2023, label: "FY2023", actual: 75, target: 80, cumulativeActual: 75, cumulativeTarget: 80 }] })
 * // → '<svg …<rect data-mark="bar" data-year="2023" …<line data-mark="target" data-year="2023" …'
 */
export function programmeTargetsChart(input: ProgrammeTargetsInput): string {
  const width = input.width ?? DEFAULT_WIDTH;
  requireItems(CHART, "years", input.years, (y) => String(y.year));
  for (const y of input.years) {
    requireNumber(CHART, `${y.year} actual`, y.actual);
    for (const [field, value] of [
      ["target", y.target],
      ["cumulative actual", y.cumulativeActual],
      ["cumulative target", y.cumulativeTarget],
    ] as const)
      if (value !== null) requireNumber(CHART, `${y.year} ${field}`, value);
  }
  const years = [...input.years].sort((a, b) => a.year - b.year);
  const targeted = years.filter((y) => y.target !== null);
  const cumulative = years.filter((y) => y.cumulativeActual !== null && y.cumulativeTarget !== null);

  const head = header(input.title, input.subtitle, width);
  const legendY = head.height + 22;
  const left = PAD + AXIS;
  const right = width - PAD - (cumulative.length > 0 ? endLabelWidth(cumulative) + 12 : 8);
  const band = (right - left) / years.length;
  const x = (i: number) => left + band * (i + 0.5);

  const barsTop = legendY + 48;
  const bars = plot(barsTop, BARS_HEIGHT, [
    ...years.map((y) => y.actual),
    ...targeted.map((y) => y.target ?? 0),
  ]);
  const step = labelStep(years, band);
  const axisRows = targeted.length > 0 ? 2 : 1;
  const cumulativeTop = bars.bottom + 22 + axisRows * 15 + 56;
  const lower =
    cumulative.length === 0
      ? null
      : plot(
          cumulativeTop,
          CUMULATIVE_HEIGHT,
          cumulative.flatMap((y) => [y.cumulativeActual ?? 0, y.cumulativeTarget ?? 0]),
        );
  const bottom = lower === null ? bars.bottom + 22 + axisRows * 15 : lower.bottom + 24;
  const note = footnote(
    [
      ...(targeted.length === 0 ? ["No targets were given: the chart shows the actual counts alone."] : []),
      ...(input.note === undefined ? [] : [input.note]),
    ].join(" "),
    bottom + 8,
    width,
  );

  const body = [
    ...head.markup,
    ...legendOf(legendY, targeted.length > 0, cumulative.length > 0),
    ...panelTitle(barsTop - 24, `${input.indicator}, per year`),
    ...yAxis(bars, left, right, input.indicator),
    ...years.flatMap((y, i) => yearMarks(y, x(i), band, bars)),
    ...xAxis(years, x, bars.bottom, step, targeted.length > 0, input.yearAxis, left, right),
    ...(lower === null ? [] : cumulativePanel(years, cumulative, x, lower, left, right, step)),
    ...note.markup,
  ];
  return svg({
    width,
    height: bottom + 8 + note.height + 8,
    title: input.title,
    description: describe(input.indicator, years, cumulative),
    body,
  });
}

/** A count or target: whole numbers as they are, others with one decimal. */
function amount(x: number): string {
  return count(x, Number.isInteger(x) ? 0 : 1);
}

/** A plot of `height` px from `top`, its y scale from 0 to a nice maximum of `values`. */
function plot(top: number, height: number, values: readonly number[]): Plot & { readonly max: number } {
  const [, max] = nice(0, Math.max(...values, 1), 5);
  const bottom = top + height;
  return { top, bottom, max, y: linear(0, max, bottom, top) };
}

/** Grid lines, tick labels and the rotated axis title of a plot. */
function yAxis(p: Plot & { readonly max: number }, left: number, right: number, title: string): string[] {
  const marks = ticks(0, p.max, 5).filter(Number.isInteger);
  const middle = (p.top + p.bottom) / 2;
  const titleX = PAD + 10;
  return [
    ...marks.flatMap((t) => [
      el("line", { x1: left, x2: right, y1: p.y(t), y2: p.y(t), stroke: t === 0 ? MUTED : GRID }),
      el("text", { x: left - 6, y: p.y(t) + 4, "text-anchor": "end", fill: MUTED }, esc(amount(t))),
    ]),
    el(
      "text",
      {
        x: titleX,
        y: middle,
        transform: `rotate(-90 ${num(titleX)} ${num(middle)})`,
        "text-anchor": "middle",
        "font-size": 11,
        fill: MUTED,
        "data-label": "y-axis",
      },
      esc(fitAxisTitle(title, p.bottom - p.top)),
    ),
  ];
}

/** The axis title cut to the plot's height. */
function fitAxisTitle(title: string, room: number): string {
  const words = title.split(" ");
  while (words.length > 1 && textWidth(words.join(" "), 11) > room) words.pop();
  return words.join(" ");
}

/** A bold line naming a panel. */
function panelTitle(y: number, text: string): string[] {
  return [el("text", { x: PAD, y, "font-weight": 700, fill: INK }, esc(text))];
}

/** The bar of a year, its target marker and the actual count above both. */
function yearMarks(y: TargetYear, cx: number, band: number, p: Plot): string[] {
  const barWidth = Math.min(band * 0.6, 64);
  const top = p.y(y.actual);
  const marker = y.target === null ? null : p.y(y.target);
  // Above the bar, or above the marker when the marker would cross the label.
  const labelY = marker !== null && marker <= top && marker > top - 16 ? marker - 6 : top - 6;
  const met = y.target === null ? undefined : y.actual >= y.target ? "yes" : "no";
  return [
    el("rect", {
      "data-mark": "bar",
      "data-year": String(y.year),
      x: cx - barWidth / 2,
      y: top,
      width: barWidth,
      height: p.bottom - top,
      fill: ACTUAL,
    }),
    ...(marker === null
      ? []
      : [
          el("line", {
            "data-mark": "target",
            "data-year": String(y.year),
            "data-met": met,
            x1: cx - Math.min(band * 0.42, 44),
            x2: cx + Math.min(band * 0.42, 44),
            y1: marker,
            y2: marker,
            stroke: TARGET,
            "stroke-width": 3,
          }),
        ]),
    el(
      "text",
      {
        x: cx,
        y: labelY,
        "text-anchor": "middle",
        "font-size": 11,
        fill: INK,
        "data-label": `actual-${y.year}`,
      },
      esc(amount(y.actual)),
    ),
  ];
}

/** Every `step`-th year is labelled so that labels do not overlap. */
function labelStep(years: readonly TargetYear[], band: number): number {
  const widest = Math.max(
    ...years.map((y) =>
      Math.max(textWidth(y.label, 11), y.target === null ? 0 : textWidth(`target ${amount(y.target)}`, 10)),
    ),
  );
  return Math.max(1, Math.ceil((widest + 6) / band));
}

/** Year labels (and, with targets, each year's target) under a plot, then the axis title. */
function xAxis(
  years: readonly TargetYear[],
  x: (i: number) => number,
  bottom: number,
  step: number,
  withTargets: boolean,
  title: string,
  left: number,
  right: number,
): string[] {
  const labels = years.flatMap((y, i) =>
    i % step !== 0
      ? []
      : [
          el(
            "text",
            { x: x(i), y: bottom + 15, "text-anchor": "middle", "font-size": 11, fill: MUTED },
            esc(y.label),
          ),
          ...(withTargets
            ? [
                el(
                  "text",
                  { x: x(i), y: bottom + 29, "text-anchor": "middle", "font-size": 10, fill: MUTED },
                  esc(y.target === null ? "no target" : `target ${amount(y.target)}`),
                ),
              ]
            : []),
        ],
  );
  const titleY = bottom + (withTargets ? 46 : 32);
  return [
    ...labels,
    el(
      "text",
      {
        x: (left + right) / 2,
        y: titleY,
        "text-anchor": "middle",
        "font-size": 11,
        fill: MUTED,
        "data-label": "x-axis",
      },
      esc(title),
    ),
  ];
}

/** The width the end labels of the cumulative lines need. */
function endLabelWidth(cumulative: readonly TargetYear[]): number {
  const last = cumulative.at(-1);
  return Math.max(
    textWidth(`Actual ${amount(last?.cumulativeActual ?? 0)}`, 12, true),
    textWidth(`Target ${amount(last?.cumulativeTarget ?? 0)}`, 12, true),
  );
}

/** The cumulative panel: title, axis, the two lines with dots, and their end labels. */
function cumulativePanel(
  years: readonly TargetYear[],
  cumulative: readonly TargetYear[],
  x: (i: number) => number,
  p: Plot & { readonly max: number },
  left: number,
  right: number,
  step: number,
): string[] {
  const at = (y: TargetYear) => x(years.indexOf(y));
  const series = [
    {
      key: "cumulative-actual",
      name: "Actual",
      colour: ACTUAL,
      dash: undefined,
      value: (y: TargetYear) => y.cumulativeActual ?? 0,
    },
    {
      key: "cumulative-target",
      name: "Target",
      colour: TARGET,
      dash: "6 4",
      value: (y: TargetYear) => y.cumulativeTarget ?? 0,
    },
  ];
  const last = cumulative.at(-1) as TargetYear;
  const labelY = dodge(
    series.map((s) => p.y(s.value(last))),
    15,
    p.top,
    p.bottom,
  );
  return [
    ...panelTitle(p.top - 24, "Cumulative over the target years"),
    ...yAxis(p, left, right, "Cumulative"),
    ...cumulative.flatMap((y) => [
      el("line", { x1: at(y), x2: at(y), y1: p.bottom, y2: p.bottom + 4, stroke: MUTED }),
      ...(years.indexOf(y) % step === 0
        ? [
            el(
              "text",
              { x: at(y), y: p.bottom + 16, "text-anchor": "middle", "font-size": 11, fill: MUTED },
              esc(y.label),
            ),
          ]
        : []),
    ]),
    ...series.map((s, i) =>
      group({ "data-series": s.key }, [
        el("path", {
          "data-mark": "line",
          "data-key": s.key,
          d: cumulative.map((y, j) => `${j === 0 ? "M" : "L"}${num(at(y))},${num(p.y(s.value(y)))}`).join(""),
          fill: "none",
          stroke: s.colour,
          "stroke-width": 2.5,
          "stroke-dasharray": s.dash,
          "stroke-linejoin": "round",
        }),
        ...cumulative.map((y) =>
          el("circle", {
            "data-mark": "point",
            "data-year": String(y.year),
            cx: at(y),
            cy: p.y(s.value(y)),
            r: 3,
            fill: s.colour,
          }),
        ),
        el(
          "text",
          {
            x: at(last) + 10,
            y: (labelY[i] ?? 0) + 4,
            fill: s.colour,
            "font-weight": 700,
            "data-label": s.key,
          },
          esc(`${s.name} ${amount(s.value(last))}`),
        ),
      ]),
    ),
  ];
}

/** The legend: actual bars and target markers, and with targets the cumulative lines. */
function legendOf(y: number, withTargets: boolean, withCumulative: boolean): string[] {
  const line = (stroke: string, width: number, dash?: string) =>
    el("line", {
      x1: -2,
      x2: 14,
      y1: -4,
      y2: -4,
      stroke,
      "stroke-width": width,
      "stroke-dasharray": dash,
    });
  return legend(y, [
    { swatch: el("rect", { x: 0, y: -10, width: 12, height: 12, fill: ACTUAL }), text: "Actual" },
    ...(withTargets ? [{ swatch: line(TARGET, 3), text: "Target" }] : []),
    ...(withCumulative
      ? [
          { swatch: line(ACTUAL, 2.5), text: "Cumulative actual" },
          { swatch: line(TARGET, 2.5, "6 4"), text: "Cumulative target" },
        ]
      : []),
  ]);
}

function describe(
  indicator: string,
  years: readonly TargetYear[],
  cumulative: readonly TargetYear[],
): string {
  const perYear = years
    .map((y) => `${y.label} ${amount(y.actual)}${y.target === null ? "" : ` of ${amount(y.target)}`}`)
    .join("; ");
  const last = cumulative.at(-1);
  const total =
    last === undefined
      ? " No targets were given."
      : ` Cumulative to ${last.label}: ${amount(last.cumulativeActual ?? 0)} against a target of ${amount(last.cumulativeTarget ?? 0)}.`;
  return `Bar chart of ${indicator.toLowerCase()} per year, actual${cumulative.length > 0 ? " against target" : ""}: ${perYear}.${total}`;
}
