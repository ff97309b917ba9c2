/**
 * The analyst's report as data (METHODOLOGY.md §5, §8, §9, §11, §13.4): one function of the corpus
 * that decides what the report contains — which countries the tables show, the default focal
 * country, each table with the report's settings, the country network and its metrics — and
 * leaves the wording and the bytes to output/. It stands apart from the indicators because it
 * composes them: every choice the report makes is here, once, for the CLI and for code alike.
 */
import type { Corpus } from "../corpus/corpus.ts";
import { collaborationIndicators } from "../indicators/collaboration/collaboration.ts";
import { partners } from "../indicators/partners/partners.ts";
import { topCited } from "../indicators/top-cited/top-cited.ts";
import { buildNetwork } from "../networks/build-network.ts";
import { networkGraph } from "../networks/network-graph.ts";
import { networkMetrics } from "../networks/node-metrics.ts";
import type { Report, ReportTop } from "../output/report-content.ts";
import { mostPapers } from "./most-papers.ts";
import { type ReportOptionsInput, ReportOptionsSchema } from "./report-options.ts";

/**
 * Builds the report of a corpus: the accounting, the collaboration, Top10% and partner tables for
 * every country, the `show` countries with the most papers for the Markdown, and the country
 * network (fractional edge weights) with its metrics.
 * @param corpus - the corpus (`loadCorpus`, `readCorpus`)
 * @param options - `reference` (default `null`: no Top10%), `focal` (default the country with the
 *   most papers), `periods` (default single years), `compare` (default `null`), `show` (default 10)
 * @throws ZodError when an option is outside its domain
 * @throws MissingYearsError when a period's or the compare window's years are not all present (§6)
 * @example
 * // Data set C (METHODOLOGY.md §4.5, §5.3)
 * const report = buildReport(corpus, { show: 3 });
 * report.countries // → [{ country: "JP", papers: 6 }, { country: "US", papers: 2 }, { country: "CN", papers: 1 }]
 * report.top       // → { kind: "absent", reason: "no-reference" }
 * report.partners.map((table) => table.focal) // → ["JP"]
 */
export function buildReport(corpus: Corpus, options: ReportOptionsInput = {}): Report {
  const { reference, focal, periods, compare, show } = ReportOptionsSchema.parse(options);
  const collaboration = collaborationIndicators(corpus.papers, { periods });
  const countries = mostPapers(corpus.papers, show);
  const top: ReportTop =
    reference === null
      ? { kind: "absent", reason: "no-reference" }
      : { kind: "computed", thresholds: reference, table: topCited(corpus.papers, { reference, periods }) };
  const partnerTables = (focal ?? countries.slice(0, 1).map(({ country }) => country)).map((key) =>
    partners(corpus.papers, { focal: key, periods, compare }),
  );
  const network = buildNetwork(corpus, { level: "country", edgeWeight: "fractional" });
  return {
    accounting: corpus.accounting,
    files: corpus.files,
    countries,
    collaboration,
    top,
    partners: partnerTables,
    network,
    networkMetrics: networkMetrics(networkGraph(network), { weight: "weight" }),
  };
}
