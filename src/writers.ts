/**
 * `copub/writers`: values as text and files. Each table of the root entry point as CSV (what
 * `copub … --format csv` prints), Markdown and HTML; the streamed form of every writer whose text
 * grows with the corpus (chunks to write one after the other, never the whole text at once);
 * JSON; the run manifest; and files written atomically. The network formats' string forms and the
 * report's files are in `copub` itself.
 * @packageDocumentation
 */

export type { FileContent, FolderFile, WriteFileOptions, WriteFolderOptions } from "./output/atomic-write.ts";
export { writeFileAtomically, writeFolderAtomically } from "./output/atomic-write.ts";
export { BASELINE_COLUMNS, baselinesCsv } from "./output/baselines-csv.ts";
export {
  COLLABORATION_COLUMNS,
  collaborationCsv,
  collaborationMarkdown,
  UNATTRIBUTED,
} from "./output/collaboration-table.ts";
export type { CsvCell } from "./output/csv.ts";
export { impactHtml } from "./output/impact-html.ts";
export { IMPACT_COLUMNS, impactCsv, impactMarkdown } from "./output/impact-table.ts";
export type { JsonArray } from "./output/json.ts";
export { jsonArray, jsonChunks } from "./output/json.ts";
export { toManifestJson } from "./output/manifest-json.ts";
export { gexfChunks } from "./output/network/to-gexf.ts";
export { graphJsonChunks } from "./output/network/to-graph-json.ts";
export { graphmlChunks } from "./output/network/to-graphml.ts";
export { metricsJsonChunks } from "./output/network/to-metrics-json.ts";
export type { NetworkCsvChunks } from "./output/network/to-network-csv.ts";
export { networkCsvChunks } from "./output/network/to-network-csv.ts";
export type { VosviewerChunks } from "./output/network/to-vosviewer.ts";
export { vosviewerChunks } from "./output/network/to-vosviewer.ts";
export { partnersHtml } from "./output/partners-html.ts";
export { PARTNER_COLUMNS, partnersCsv, partnersMarkdown } from "./output/partners-table.ts";
export { programmeHtml } from "./output/programme-html.ts";
export {
  PROGRAMME_CSV_COLUMNS,
  programmeCsv,
  programmeJson,
  programmeMarkdown,
} from "./output/programme-table.ts";
export { reportWorkbook } from "./output/report-workbook.ts";
export { fixed, round } from "./output/round.ts";
export type { Text, TextChunks } from "./output/text-chunks.ts";
export { joinChunks } from "./output/text-chunks.ts";
export {
  fractionCells,
  referenceTableCsv,
  THRESHOLD_COLUMNS,
  thresholdsCsv,
} from "./output/thresholds-csv.ts";
export { TOP_CITED_COLUMNS, topCitedCsv, topCitedMarkdown } from "./output/top-cited-table.ts";
