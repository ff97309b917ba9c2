/**
 * How partners' ranks moved between an earlier and a later window, as a slope chart: rank 1 at
 * the top of two columns, a line from each partner's earlier rank to its later one, coloured by
 * direction. Partners with no earlier rank are marked "new"; those with no later rank end in the
 * left column, marked "out".
 */
import { compareCodeUnits } from "../../common/compare-code-units.ts";
import { CopubError } from "../../diagnostics/errors.ts";
import {
  type ChartFrame,
  DEFAULT_WIDTH,
  dodge,
  el,
  esc,
  fitText,
  footnote,
  GRID,
  header,
  INK,
  MUTED,
  PAD,
  requireItems,
  svg,
  textWidth,
} from "./_svg.ts";

const CHART = "rankMovementChart";
const ROW = 24;
const UP = "#009E73";
const DOWN = "#D55E00";
const SAME = "#8c959f";
const NEW = "#CC79A7";

/** One partner's ranks. */
export interface RankMovementRow {
  /** Identity (country code). */
  readonly key: string;
  /** The name shown beside the ranks. */
  readonly label: string;
  /** Rank in the earlier window (1 = first), or `null` when it was not ranked then ("new"). */
  readonly before: number | null;
  /** Rank in the later window, or `null` when it is not ranked now. */
  readonly after: number | null;
}

/** What `rankMovementChart` draws. */
export interface RankMovementInput extends ChartFrame {
  /** The earlier window's column heading, e.g. "2011–2015". */
  readonly beforeLabel: string;
  /** The later window's column heading. */
  readonly afterLabel: string;
  /** The partners, in any order; ties in rank are drawn by key. */
  readonly rows: readonly RankMovementRow[];
}

/**
 * A slope chart of rank changes as an SVG string.
 * @param input - the rows; keys unique, ranks positive integers, at least one rank per row
 * @throws CopubError `invalid-option` when there is no row, a key repeats, a rank is not a
 *   positive integer or a row has neither rank
 * @example
 * rankMovementChart({ title: "Partners of Japan", beforeLabel: "2011–2015", afterLabel: "2016–2020", rows: [
 *   { key: "US", label: "United States", before: 1, after: 1 }, { key: "CN", label: "China", before: 3, after: 2 },
 *   { key: "IN", label: "India", before: null, after: 3 } ] })
 * // → '<svg …<line data-mark="slope" data-key="CN" …<circle data-mark="new" data-key="IN" …'
 */
export function rankMovementChart(input: RankMovementInput): string {
  const width = input.width ?? DEFAULT_WIDTH;
  const rows = checkedRows(input.rows);
  const { position, cap, last } = rankPositions(rows);

  const head = header(input.title, input.subtitle, width);
  const columnsY = head.height + 22;
  const top = columnsY + 22;
  const bottom = top + (last - 1) * ROW;
  // The columns sit as far apart as the labels beside them allow, 120–340 px; longer labels are cut.
  const labelWidth = Math.max(...rows.map((r) => textWidth(`${r.label} new`, 12)));
  const halfGap = Math.max(Math.min(170, width / 2 - PAD - labelWidth - 40), 60);
  const xBefore = width / 2 - halfGap;
  const xAfter = width / 2 + halfGap;
  const room = width / 2 - halfGap - PAD - 36 - textWidth(" new", 11);
  const name = (r: RankMovementRow) => esc(fitText(r.label, 12, room));
  const y = (rank: number) => top + (position(rank) - 1) * ROW;
  const gap =
    last > cap
      ? [
          el(
            "text",
            { x: xBefore, y: top + (cap - 0.5) * ROW + 4, "text-anchor": "middle", fill: MUTED },
            "⋮",
          ),
        ]
      : [];

  const columns = [
    el(
      "text",
      { x: xBefore, y: columnsY, "text-anchor": "middle", "font-weight": 700, fill: INK },
      esc(input.beforeLabel),
    ),
    el(
      "text",
      { x: xAfter, y: columnsY, "text-anchor": "middle", "font-weight": 700, fill: INK },
      esc(input.afterLabel),
    ),
    el("line", { x1: xBefore, x2: xBefore, y1: top - 8, y2: bottom + 8, stroke: GRID }),
    el("line", { x1: xAfter, x2: xAfter, y1: top - 8, y2: bottom + 8, stroke: GRID }),
  ];

  const leftRows = rows.filter((r) => r.before !== null);
  const rightRows = rows.filter((r) => r.after !== null);
  const leftY = dodge(
    leftRows.map((r) => y(r.before ?? 0)),
    16,
    top,
    Number.POSITIVE_INFINITY,
  );
  const rightY = dodge(
    rightRows.map((r) => y(r.after ?? 0)),
    16,
    top,
    Number.POSITIVE_INFINITY,
  );

  const slopes = rows.flatMap((r) =>
    r.before !== null && r.after !== null
      ? [
          el("line", {
            "data-mark": "slope",
            "data-key": r.key,
            x1: xBefore,
            y1: y(r.before),
            x2: xAfter,
            y2: y(r.after),
            stroke: colour(r),
            "stroke-width": r.before === r.after ? 1.5 : 2.5,
            "stroke-linecap": "round",
          }),
        ]
      : [],
  );
  const left = leftRows.flatMap((r, i) => {
    const ly = (leftY[i] ?? 0) + 4;
    const out = r.after === null;
    return [
      el("circle", {
        cx: xBefore,
        cy: y(r.before ?? 0),
        r: 4,
        fill: out ? "#ffffff" : colour(r),
        stroke: colour(r),
      }),
      el("text", { x: xBefore - 12, y: ly, "text-anchor": "end", fill: MUTED }, String(r.before)),
      el(
        "text",
        { x: xBefore - 36, y: ly, "text-anchor": "end", fill: out ? MUTED : INK, "data-label": r.key },
        out ? `${el("tspan", { fill: SAME, "font-size": 11 }, "out")} ${name(r)}` : name(r),
      ),
    ];
  });
  const right = rightRows.flatMap((r, i) => {
    const ly = (rightY[i] ?? 0) + 4;
    const isNew = r.before === null;
    return [
      el("circle", {
        "data-mark": isNew ? "new" : undefined,
        "data-key": isNew ? r.key : undefined,
        cx: xAfter,
        cy: y(r.after ?? 0),
        r: isNew ? 5 : 4,
        fill: colour(r),
      }),
      el("text", { x: xAfter + 12, y: ly, fill: MUTED }, String(r.after)),
      el(
        "text",
        { x: xAfter + 36, y: ly, fill: INK, "data-label": r.key },
        isNew
          ? `${name(r)} ${el("tspan", { fill: NEW, "font-weight": 700, "font-size": 11 }, "new")}`
          : name(r),
      ),
    ];
  });
  const key = footnote(
    "Green: moved up. Red: moved down. Grey: same rank. Purple: new partner (not ranked in the earlier window).",
    bottom + 18,
    width,
  );

  return svg({
    width,
    height: bottom + 18 + key.height + 6,
    title: input.title,
    description: `Slope chart of partner ranks, ${input.beforeLabel} to ${input.afterLabel}: ${rows
      .map((r) => `${r.label} ${r.before ?? "new"} → ${r.after ?? "out"}`)
      .join(", ")}.`,
    body: [...head.markup, ...columns, ...gap, ...slopes, ...left, ...right, ...key.markup],
  });
}

/** Rows sorted by later rank (unranked last), then earlier rank, then key. */
function checkedRows(rows: readonly RankMovementRow[]): RankMovementRow[] {
  requireItems(CHART, "rows", rows, (r) => r.key);
  for (const r of rows) {
    if (r.before === null && r.after === null) {
      throw new CopubError("invalid-option", `${CHART}: ${r.key} has neither an earlier nor a later rank`);
    }
    for (const [field, rank] of [
      ["before", r.before],
      ["after", r.after],
    ] as const) {
      if (rank !== null) {
        if (!Number.isInteger(rank) || rank < 1) {
          throw new CopubError(
            "invalid-option",
            `${CHART}: ${r.key} ${field} is ${rank}, expected a rank 1, 2, …`,
          );
        }
      }
    }
  }
  const order = (rank: number | null) => rank ?? Number.POSITIVE_INFINITY;
  return [...rows].sort(
    (a, b) =>
      order(a.after) - order(b.after) || order(a.before) - order(b.before) || compareCodeUnits(a.key, b.key),
  );
}

/**
 * Row positions (1 = top) of ranks: ranks up to `cap` (the number of rows or the largest later
 * rank, whichever is more) keep their own row, so gaps after ties show; the few earlier ranks
 * beyond it (a partner that climbed from 22nd) follow after a break, one row each.
 */
function rankPositions(rows: readonly RankMovementRow[]): {
  readonly position: (rank: number) => number;
  readonly cap: number;
  readonly last: number;
} {
  const cap = Math.max(rows.length, ...rows.map((r) => r.after ?? 0));
  const beyond = [
    ...new Set(rows.flatMap((r) => (r.before !== null && r.before > cap ? [r.before] : []))),
  ].sort((a, b) => a - b);
  const position = (rank: number) => (rank <= cap ? rank : cap + 1 + beyond.indexOf(rank));
  const highest = Math.max(...rows.flatMap((r) => [r.before ?? 0, r.after ?? 0]));
  return { position, cap, last: position(highest) };
}

function colour(r: RankMovementRow): string {
  if (r.before === null) return NEW;
  if (r.after === null) return SAME;
  return r.after < r.before ? UP : r.after > r.before ? DOWN : SAME;
}
