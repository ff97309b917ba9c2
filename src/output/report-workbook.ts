/**
 * The report as one Excel workbook, `report.xlsx` in `copub report --out DIR`: every table of the
 * report one sheet, in the order of the report (collaboration by window and by year, Top10%,
 * citation impact, each focal country's partners, the programme), then where the numbers come
 * from (the record accounting and the input files). It is the file analysts forward; the sheets
 * are those of each command's `--format xlsx` (`output/table-sheets.ts`), so a table reads the
 * same in both.
 */
import type { Report } from "./report-content.ts";
import {
  accountingSheets,
  collaborationSheet,
  impactSheet,
  partnersSheet,
  programmeSheets,
  topCitedSheet,
} from "./table-sheets.ts";
import { toXlsx, type XlsxSheet } from "./xlsx.ts";

/**
 * The report's sheets: `Collaboration` (the windows, yearly averages), `Collaboration by year`,
 * `Top10%` when computed, `Impact` when computed, `Partners <country>` per focal country, the
 * programme's sheets when evaluated, then `Records` and `Inputs`.
 * @param report - from `buildReport`
 * @example
 * reportSheets(buildReport(C)).map((sheet) => sheet.name)
 * // → ["Collaboration", "Collaboration by year", "Partners Japan", "Records", "Inputs"]
 */
export function reportSheets(report: Report): XlsxSheet[] {
  return [
    collaborationSheet(report.collaboration, "Collaboration"),
    collaborationSheet(report.series, "Collaboration by year"),
    ...(report.top.kind === "computed" ? [topCitedSheet(report.top.table)] : []),
    ...(report.impact?.kind === "computed" ? [impactSheet(report.impact.table)] : []),
    ...report.partners.map((table) => partnersSheet(table)),
    ...(report.programme === undefined ? [] : programmeSheets(report.programme)),
    ...accountingSheets(report.accounting, report.files),
  ];
}

/**
 * The report as the bytes of an `.xlsx` workbook, one sheet per table (`reportSheets`); the same
 * report gives the same bytes.
 * @param report - from `buildReport`
 * @example
 * await writeFile("report.xlsx", await reportWorkbook(buildReport(corpus)));
 */
export async function reportWorkbook(report: Report): Promise<Uint8Array> {
  return toXlsx(reportSheets(report));
}
