/**
 * The files of a report written to a folder: `report.md` and every table in full, as
 * `copub report --out DIR` writes them. The report stage names the files and picks the renderer
 * of each; output/ (and the network writers) make the bytes.
 */
import * as z from "zod";
import { collaborationCsv } from "../output/collaboration-table.ts";
import { toGraphml } from "../output/network/to-graphml.ts";
import { partnersCsv } from "../output/partners-table.ts";
import { reportMarkdown } from "../output/report.ts";
import type { Report } from "../output/report-content.ts";
import { thresholdsCsv } from "../output/thresholds-csv.ts";
import { topCitedCsv } from "../output/top-cited-table.ts";

/** One file of a report. */
export const ReportFileSchema = z.object({
  /** File name, relative to the folder the report is written to. */
  name: z.string(),
  /** Its text: UTF-8, `\n` line ends, a final newline. */
  text: z.string(),
});

/** One file of a report. */
export type ReportFile = z.infer<typeof ReportFileSchema>;

/**
 * The report's files: `report.md` (saying every country is in the tables), `collaboration.csv`,
 * `top10.csv` and `thresholds.csv` when Top10% was computed, `partners-<focal>.csv` per focal
 * country, and `country-network.graphml` with the metrics as node attributes.
 * @param report - from `buildReport`
 * @example
 * reportFiles(buildReport(corpus)).map((file) => file.name)
 * // → ["report.md", "collaboration.csv", "partners-JP.csv", "country-network.graphml"]
 */
export function reportFiles(report: Report): ReportFile[] {
  return [
    { name: "report.md", text: reportMarkdown(report, { withTables: true }) },
    { name: "collaboration.csv", text: collaborationCsv(report.collaboration) },
    ...(report.top.kind === "absent"
      ? []
      : [
          { name: "top10.csv", text: topCitedCsv(report.top.table) },
          { name: "thresholds.csv", text: thresholdsCsv(report.top.thresholds) },
        ]),
    ...report.partners.map((table) => ({ name: `partners-${table.focal}.csv`, text: partnersCsv(table) })),
    { name: "country-network.graphml", text: toGraphml(report.network, report.networkMetrics) },
  ];
}
