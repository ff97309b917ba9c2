/**
 * The layout of NISTEP's partner tables (docs/methodology.md §9.4), shared by the Markdown and HTML
 * writers: per period one table whose rows are the fields and whose columns are the positions
 * 1..N, each cell a partner's alpha-3 code (the cells are narrow) and percentage, the highlighted
 * countries' cells marked with their rank in the compare window (NISTEP draws arrows for Japan),
 * then the top-N and all-partner sums and, per highlighted country (named in the header), its rank
 * and percentage wherever it stands.
 * Values are rounded here with `round` ("Numbers" in docs/methodology.md), for display only.
 */

import type { RankMovement } from "../indicators/partners/partner-ranks.ts";
import type { PartnerRow, PartnerTable } from "../indicators/partners/partners.ts";
import { countryName } from "../normalize/country-vocabulary.ts";
import { fieldName } from "../normalize/field-vocabulary.ts";
import { fixed } from "./round.ts";

/** A partner at one position of a field's top list. */
export interface RankCell {
  /** Alpha-3 code: the cells are narrow, as NISTEP's are. */
  readonly code: string;
  /** The English short name, for a tooltip. */
  readonly name: string;
  /** Share as a percentage with one decimal. */
  readonly percent: string;
  /** `"(=3)"` when the partner shares rank 3 and stands at another position; else `null`. */
  readonly tie: string | null;
  /** A highlighted country. */
  readonly highlighted: boolean;
  /** A highlighted country's move since the compare window, or `null`. */
  readonly move: Move | null;
}

/** A rank change as the tables print it. */
export interface Move {
  /** The direction. */
  readonly movement: RankMovement;
  /** `"↑ from 5"`, `"↓ from 1"`, `"→ same"` or `"new"`. */
  readonly text: string;
}

/** A cell after the position columns: a sum, or a highlighted country's rank or percentage. */
export interface TailCell {
  /** The text; `"—"` for a highlighted country without a shared paper, `""` for a sum without papers. */
  readonly text: string;
  /** The highlighted country's move, on its rank cell; else `null`. */
  readonly move: Move | null;
}

/** One field of a period's table. */
export interface FieldLine {
  /** `"All fields"`, the §7.2 English name, or `"Other (not in the 8 fields)"` (`fieldName`). */
  readonly label: string;
  /** `|I_A|`. */
  readonly international: number;
  /** Positions 1..N; `null` past the field's last partner. */
  readonly cells: readonly (RankCell | null)[];
  /** The top-N sum (when the table has a top N), the all-partner sum, then per highlighted country its rank and percentage. */
  readonly tail: readonly TailCell[];
}

/** One period's table. */
export interface PeriodBlock {
  /** Period label. */
  readonly period: string;
  /** Whether its ranks are compared with the compare window. */
  readonly compared: boolean;
  /** `"2021"`, or `"2021, ranks compared with 2011"`. */
  readonly title: string;
  /** Its fields, in table order. */
  readonly lines: readonly FieldLine[];
}

/** The whole layout. */
export interface PartnerLayout {
  /** Column headers of a period table, the field column first. */
  readonly header: readonly string[];
  /** Indexes of the numeric columns. */
  readonly numeric: readonly number[];
  /** Number of position columns. */
  readonly positions: number;
  /** One per period, ascending. */
  readonly blocks: readonly PeriodBlock[];
}

/**
 * A percentage of a 0–1 share, one decimal.
 * @example
 * percentText(3 / 7) // → "42.9"
 */
export function percentText(share: number): string {
  return fixed(share * 100, 1);
}

/**
 * A row's move as the tables print it, or `null` for a row not compared.
 * @example
 * moveOf({ movement: "down", previousRank: 1, … }) // → { movement: "down", text: "↓ from 1" }
 */
export function moveOf(row: Pick<PartnerRow, "movement" | "previousRank">): Move | null {
  switch (row.movement) {
    case null:
      return null;
    case "new":
      return { movement: "new", text: "new" };
    case "same":
      return { movement: "same", text: "→ same" };
    default:
      return {
        movement: row.movement,
        text: `${row.movement === "up" ? "↑" : "↓"} from ${row.previousRank}`,
      };
  }
}

/**
 * Lays a partner table out as NISTEP does: per period, fields × positions 1..N.
 * @param table - a table from `partners`
 * @example
 * partnerLayout(partners(q.papers, { focal: "US" })).blocks[1].lines[0].cells[0]
 * // data set Q → { code: "CHN", name: "China", percent: "42.9", tie: null, highlighted: false, move: null }
 */
export function partnerLayout(table: PartnerTable): PartnerLayout {
  const widest = Math.max(0, ...table.groups.map((g) => g.partners));
  const positions = table.top === null ? widest : Math.min(table.top, widest);
  const highlight = table.highlight.filter((key) => key !== table.focal);
  const byGroup = new Map<string, PartnerRow[]>();
  for (const row of table.rows) {
    const key = `${row.period}\u0000${row.field}`;
    const list = byGroup.get(key);
    if (list === undefined) byGroup.set(key, [row]);
    else list.push(row);
  }
  const blocks = new Map<string, FieldLine[]>();
  const compared = new Set<string>();
  for (const group of table.groups) {
    const rows = byGroup.get(`${group.period}\u0000${group.field}`) ?? [];
    if (group.comparedWith !== null) compared.add(group.period);
    const top = rows.filter((row) => row.inTop);
    const line: FieldLine = {
      label: fieldName(group.field),
      international: group.focalInternational,
      cells: Array.from({ length: positions }, (_, i) => {
        const row = top[i];
        return row === undefined ? null : rankCell(row, i + 1, highlight.includes(row.partner));
      }),
      tail: [
        ...(table.top === null ? [] : [sumCell(group.topShareSum)]),
        sumCell(group.shareSum),
        ...highlight.flatMap((key) => whereCells(rows.find((row) => row.partner === key))),
      ],
    };
    blocks.set(group.period, [...(blocks.get(group.period) ?? []), line]);
  }
  const header = [
    "Field",
    "International papers",
    ...Array.from({ length: positions }, (_, i) => `${i + 1}`),
    ...(table.top === null ? [] : [`Top-${table.top} sum (%)`]),
    "All partners (%)",
    ...highlight.flatMap((key) => {
      const name = countryName(key);
      return [`${name} rank`, `${name} (%)`];
    }),
  ];
  const numeric = header.flatMap((name, i) => (i === 1 || name.endsWith("(%)") ? [i] : []));
  return {
    header,
    numeric,
    positions,
    blocks: [...blocks].map(([period, lines]) => ({
      period,
      compared: compared.has(period),
      title: compared.has(period) ? `${period}, ranks compared with ${table.compare}` : period,
      lines,
    })),
  };
}

function rankCell(row: PartnerRow, position: number, highlighted: boolean): RankCell {
  return {
    code: row.partnerAlpha3,
    name: countryName(row.partner),
    percent: percentText(row.share),
    tie: row.rank === position ? null : `(=${row.rank})`,
    highlighted,
    move: highlighted ? moveOf(row) : null,
  };
}

function sumCell(share: number | null): TailCell {
  return { text: share === null ? "" : percentText(share), move: null };
}

function whereCells(row: PartnerRow | undefined): TailCell[] {
  if (row === undefined)
    return [
      { text: "—", move: null },
      { text: "—", move: null },
    ];
  return [
    { text: `${row.rank}`, move: moveOf(row) },
    { text: percentText(row.share), move: null },
  ];
}
