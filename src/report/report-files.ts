/**
 * The files of a report written to a folder, as `copub report --out DIR` writes them: the
 * self-contained `index.html` to open and forward, `report.md` with the same content, every
 * table in full as CSV (for spreadsheets) and JSON (for scripts), with the country network as
 * GraphML for Gephi, and every table again as a sheet of `report.xlsx`, the workbook analysts
 * forward. The report stage names the files and picks the renderer of each; output/
 * makes the bytes.
 */
import * as z from "zod";
import { type FolderFile, writeFolderAtomically } from "../output/atomic-write.ts";
import { baselinesCsv } from "../output/baselines-csv.ts";
import { collaborationCsv } from "../output/collaboration-table.ts";
import { impactCsv } from "../output/impact-table.ts";
import { toJson } from "../output/json.ts";
import { toGraphml } from "../output/network/to-graphml.ts";
import { toMetricsJson } from "../output/network/to-metrics-json.ts";
import { toNetworkCsv } from "../output/network/to-network-csv.ts";
import { partnersCsv } from "../output/partners-table.ts";
import { programmeCsv, programmeJson } from "../output/programme-table.ts";
import { reportMarkdown } from "../output/report.ts";
import type { Report } from "../output/report-content.ts";
import { reportHtml } from "../output/report-html.ts";
import { reportWorkbook } from "../output/report-workbook.ts";
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
 * The report's files: `index.html`, `report.md`, `collaboration.csv`/`.json` (the windows),
 * `collaboration-years.csv`/`.json` (single years), `top10.csv`/`.json` and `thresholds.csv`
 * when Top10% was computed, `impact.csv`/`.json` and `baselines.csv` when citation impact was,
 * `partners-<focal>.csv`/`.json` per focal country, the network as `country-network.graphml`,
 * `country-network-nodes.csv`, `-edges.csv` and `country-network.json`, and with a programme
 * evaluation `programme.csv` and `programme.json`. The workbook `report.xlsx` is made apart, its
 * bytes asynchronously: `reportFolderFiles` gives these files and it.
 * @param report - from `buildReport`
 * @example
 * reportFiles(buildReport(corpus)).map((file) => file.name)
 * // → ["index.html", "report.md", "collaboration.csv", "collaboration.json", …, "country-network.json"]
 */
export function reportFiles(report: Report): ReportFile[] {
  const { network, metrics } = report.network;
  const networkCsv = toNetworkCsv(network, metrics);
  return [
    { name: "index.html", text: reportHtml(report) },
    { name: "report.md", text: reportMarkdown(report, { withTables: true }) },
    { name: "collaboration.csv", text: collaborationCsv(report.collaboration) },
    { name: "collaboration.json", text: toJson(report.collaboration) },
    { name: "collaboration-years.csv", text: collaborationCsv(report.series) },
    { name: "collaboration-years.json", text: toJson(report.series) },
    ...(report.top.kind === "absent"
      ? []
      : [
          { name: "top10.csv", text: topCitedCsv(report.top.table) },
          { name: "top10.json", text: toJson(report.top.table) },
          { name: "thresholds.csv", text: thresholdsCsv(report.top.thresholds) },
        ]),
    ...(report.impact?.kind === "computed"
      ? [
          { name: "impact.csv", text: impactCsv(report.impact.table) },
          { name: "impact.json", text: toJson(report.impact.table) },
          { name: "baselines.csv", text: baselinesCsv(report.impact.baselines) },
        ]
      : []),
    ...report.partners.flatMap((table) => [
      { name: `partners-${table.focal}.csv`, text: partnersCsv(table) },
      { name: `partners-${table.focal}.json`, text: toJson(table) },
    ]),
    { name: "country-network.graphml", text: toGraphml(network, metrics) },
    { name: "country-network-nodes.csv", text: networkCsv.nodes },
    { name: "country-network-edges.csv", text: networkCsv.edges },
    { name: "country-network.json", text: toMetricsJson(network, metrics) },
    ...(report.programme === undefined
      ? []
      : [
          { name: "programme.csv", text: programmeCsv(report.programme) },
          { name: "programme.json", text: programmeJson(report.programme, report.accounting) },
        ]),
  ];
}

/** The name of the report's workbook. */
export const REPORT_WORKBOOK = "report.xlsx";

/**
 * Every file `copub report --out DIR` writes: the text files of `reportFiles`, then the workbook
 * `report.xlsx` (every table one sheet; `reportWorkbook`), whose bytes take a moment to make.
 * @param report - from `buildReport`
 * @example
 * (await reportFolderFiles(buildReport(corpus))).map((file) => file.name).at(-1) // → "report.xlsx"
 */
export async function reportFolderFiles(report: Report): Promise<FolderFile[]> {
  return [...reportFiles(report), { name: REPORT_WORKBOOK, text: await reportWorkbook(report) }];
}

/** The names `reportFiles` and `reportFolderFiles` give, as patterns: an earlier report's files, which a new one may replace. */
const REPORT_FILE_NAMES: readonly RegExp[] = [
  /^index\.html$/,
  /^report\.(md|xlsx)$/,
  /^collaboration(-years)?\.(csv|json)$/,
  /^top10\.(csv|json)$/,
  /^thresholds\.csv$/,
  /^impact\.(csv|json)$/,
  /^baselines\.csv$/,
  /^programme\.(csv|json)$/,
  /^partners-[A-Za-z0-9_-]+\.(csv|json)$/,
  /^country-network(\.graphml|\.json|-nodes\.csv|-edges\.csv)$/,
];

/**
 * Whether a file name is one a report writes (`reportFolderFiles`) in some run: `copub report --out DIR`
 * replaces a folder that holds only such files (an earlier report) and refuses any other.
 * @example
 * isReportFileName("partners-ES.csv") // → true
 * isReportFileName("notes.txt")       // → false
 */
export function isReportFileName(name: string): boolean {
  return REPORT_FILE_NAMES.some((pattern) => pattern.test(name));
}

/**
 * Writes a report's files (`reportFiles`) to a folder, as `copub report --out DIR` does: all of
 * them beside the folder first, then renamed into its place, so an earlier report there is
 * replaced whole (none of its files stays beside the new ones) or, if writing fails, left whole.
 * A folder holding anything else than an earlier report's files is refused, not overwritten.
 * @param report - from `buildReport`
 * @param folder - the folder to write (made when missing)
 * @returns the names of the files written, in order
 * @throws CopubError `invalid-option` when `folder` is a file or holds files a report does not
 *   write; `unreadable` when it cannot be written
 * @example
 * await writeReport(buildReport(corpus), "report")
 * // → ["index.html", "report.md", "collaboration.csv", …, "report.xlsx"]: open report/index.html in a browser
 */
export async function writeReport(report: Report, folder: string): Promise<string[]> {
  const files = await reportFolderFiles(report);
  await writeFolderAtomically(folder, files, { replaceable: isReportFileName });
  return files.map(({ name }) => name);
}
