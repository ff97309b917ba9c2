/**
 * What people read for the keys of a table's rows: a country's English short name (`JP` →
 * Japan), the world total as "World", the papers without a country as "Without a country", a
 * field's name (`chem` → Chemistry). Codes stay in the data (CSV code columns, JSON); tables for
 * reading show these, so that every writer names a row the same way.
 */
import { compareCodeUnits } from "../common/compare-code-units.ts";
import { WORLD } from "../indicators/core/row-keys.ts";
import { countryName } from "../normalize/country-vocabulary.ts";
import type { CsvCell } from "./csv.ts";

/**
 * The `country` of the CSV rows that hold the unattributable papers of a period and field.
 * @example
 * collaborationCsv(table).includes(`${UNATTRIBUTED},Without a country`) // → true when papers have no country
 */
export const UNATTRIBUTED = "UNATTRIBUTED";

/** A CSV row of a country table, by column. */
type CsvRow = Readonly<Record<string, CsvCell>>;

/**
 * The CSV rows of a country table: its rows, then one `UNATTRIBUTED` row per period and field of
 * the papers without a country (§4.6), with the cells `cells` gives for them.
 * @param rows - the table's rows
 * @param unattributed - the table's papers without a country, per period and field
 * @param cells - the cells of such a row besides country, period and field
 * @example
 * [...rowsThenUnattributed([], [{ period: "2021", field: "all", papers: 1, top: 0 }], ({ papers, top }) => ({ papers, top }))]
 * // → [{ country: "UNATTRIBUTED", period: "2021", field: "all", papers: 1, top: 0 }]
 */
export function* rowsThenUnattributed<U extends { readonly period: string; readonly field: string }>(
  rows: Iterable<CsvRow>,
  unattributed: Iterable<U>,
  cells: (papers: U) => CsvRow,
): Generator<CsvRow> {
  yield* rows;
  for (const papers of unattributed)
    yield { country: UNATTRIBUTED, period: papers.period, field: papers.field, ...cells(papers) };
}

/**
 * The name of a row's country key.
 * @param key - a country key, `WORLD` or `UNATTRIBUTED`
 * @returns the English short name; the key itself when it is none of these
 * @example
 * countryLabel("KR") // → "South Korea"
 * countryLabel("WORLD") // → "World"
 * countryLabel("UNATTRIBUTED") // → "Without a country"
 */
export function countryLabel(key: string): string {
  if (key === WORLD) return "World";
  if (key === UNATTRIBUTED) return "Without a country";
  return countryName(key);
}

/**
 * Rows in the order a reader looks a country up in a table of names: by name (code units), the
 * world last; rows of one country keep their order (period, field). Tables for machines keep the
 * code order of their rows.
 * @param rows - rows with a `country` key
 * @example
 * byCountryName([{ country: "DE" }, { country: "CN" }, { country: "WORLD" }, { country: "FR" }])
 * // → [{ country: "CN" }, { country: "FR" }, { country: "DE" }, { country: "WORLD" }]   (China, France, Germany, World)
 */
export function byCountryName<R extends { readonly country?: unknown }>(rows: readonly R[]): R[] {
  const key = (row: R) => (row.country === WORLD ? "\uffff" : countryLabel(String(row.country ?? "")));
  return rows
    .map((row, index) => ({ row, index, name: key(row) }))
    .sort((a, b) => compareCodeUnits(a.name, b.name) || a.index - b.index)
    .map(({ row }) => row);
}
