/**
 * The tab-delimited ("Tab delimited (Win, UTF-8)") layout of synthetic papers, as the newest
 * export generation writes it: UTF-8 with BOM, CRLF, the 71-column header, one row per record,
 * no trailing tab, multi-value cells joined with `; `, C1 addresses without final periods.
 */
import type { SyntheticPaper } from "./paper.ts";
import { exportTags } from "./tags.ts";

/** The 71 columns of the newest tab-delimited export generation, in order. */
export const TAB_DELIMITED_COLUMNS: readonly string[] = (
  "PT AU BA BE GP AF BF CA TI SO SE BS LA DT CT CY CL SP HO DE ID AB C1 C3 RP EM RI OI FU FP FX CR NR TC Z9 " +
  "U1 U2 PU PI PA SN EI BN J9 JI PD PY VL IS PN SU SI MA BP EP AR DI DL D2 EA PG WC WE SC GA PM OA HC HP DA UT"
).split(" ");

/** What starts a tab-delimited export: the BOM and the header row. */
export const TAB_DELIMITED_HEADER = `\uFEFF${TAB_DELIMITED_COLUMNS.join("\t")}\r\n`;

/**
 * One record as a tab-delimited row, CRLF included.
 * @example
 * toTabDelimitedRow(paper) // → "J\tWang, W; Li, J\t\t\t\tWang, Wei; Li, Jing\t…\tWOS:0012345678901234\r\n"
 */
export function toTabDelimitedRow(paper: SyntheticPaper): string {
  const cells = new Map<string, string>();
  for (const [tag, value] of exportTags(paper))
    cells.set(tag, typeof value === "string" ? value : value.join("; "));
  return `${TAB_DELIMITED_COLUMNS.map((tag) => cells.get(tag) ?? "").join("\t")}\r\n`;
}
