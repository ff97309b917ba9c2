/**
 * The keys of an indicator table's rows (docs/methodology.md §6, §7.2): a country key or `WORLD`, a
 * period, and a field row — `"all"`, holding every paper, or a NISTEP broad field — with the one
 * order every country table sorts its rows in: country by code units with the world last, then
 * period, then field (`"all"` first, then §7.2 order). Collaboration and Top-x% tables share them,
 * so their rows line up.
 */
import { compareCodeUnits } from "../../common/compare-code-units.ts";
import type { CorpusPaper } from "../../corpus/corpus-paper.ts";
import { NistepFieldKeySchema } from "../../normalize/data/nistep-fields.ts";
import type { YearWindow } from "../../normalize/publication-year.ts";
import { comparePeriods } from "./periods.ts";

/**
 * The `country` of the world total rows: not a country key, so it cannot clash with one.
 * @example
 * collaborationIndicators(papers).rows.find((row) => row.country === WORLD)?.papers
 * // → 7 for data set C (methodology §5.3): every paper with a country, once
 */
export const WORLD = "WORLD";

/** The field key of the row that holds every paper. */
export const ALL_FIELDS = "all";

const FIELD_ORDER = new Map([ALL_FIELDS, ...NistepFieldKeySchema.options].map((field, i) => [field, i]));

/** Where a row stands in a table. */
export interface RowKey {
  /** Country key, or `WORLD`. */
  readonly country: string;
  /** The period. */
  readonly period: YearWindow;
  /** `"all"` or a NISTEP field key. */
  readonly field: string;
}

/**
 * Orders rows by country (code units, the world last), period, then field (`"all"`, then §7.2 order).
 * @example
 * [{ country: WORLD, period: y2021, field: "all" }, { country: "US", period: y2021, field: "phys" },
 *  { country: "US", period: y2021, field: "all" }].sort(compareRowKeys).map((r) => `${r.country} ${r.field}`)
 * // → ["US all", "US phys", "WORLD all"]
 */
export function compareRowKeys(a: RowKey, b: RowKey): number {
  return (
    Number(a.country === WORLD) - Number(b.country === WORLD) ||
    compareCodeUnits(a.country, b.country) ||
    comparePeriods(a.period, b.period) ||
    (FIELD_ORDER.get(a.field) ?? FIELD_ORDER.size) - (FIELD_ORDER.get(b.field) ?? FIELD_ORDER.size) ||
    compareCodeUnits(a.field, b.field)
  );
}

/**
 * The field rows a paper counts in, with its weight in each: `"all"` with weight 1, then, with the
 * field split, each NISTEP field of its fractional field assignment with its share (§7.2).
 * @param paper - the paper; only `fields.nistep` is read
 * @param byField - add the NISTEP field rows
 * @example
 * paperFieldRows(paperInChemAndPhys, true) // → [["all", 1], ["chem", 0.5], ["phys", 0.5]]
 */
export function paperFieldRows(paper: Pick<CorpusPaper, "fields">, byField: boolean): [string, number][] {
  const all: [string, number][] = [[ALL_FIELDS, 1]];
  return byField ? [...all, ...paper.fields.nistep.map((s): [string, number] => [s.field, s.weight])] : all;
}
