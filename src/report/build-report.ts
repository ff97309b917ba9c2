/**
 * The analyst's report as data (methodology §5, §6, §8, §9, §11, §13.4): one function of the
 * corpus that decides what the report contains — the periods and why, the focal countries and
 * the countries the tables show, each table with the report's settings, the country network
 * without hyper-authored papers, its core and its drawing — and leaves the wording and the bytes
 * to output/. It stands apart from the indicators because it composes them: every choice the
 * report makes is here, once, for the CLI and for code alike.
 */
import * as z from "zod";
import type { Corpus } from "../corpus/corpus.ts";
import { checkOptions } from "../diagnostics/checked-options.ts";
import { collaborationIndicators } from "../indicators/collaboration/collaboration.ts";
import type { Periods } from "../indicators/core/periods.ts";
import { citationImpact } from "../indicators/impact/citation-impact.ts";
import { partners } from "../indicators/partners/partners.ts";
import { topCited } from "../indicators/top-cited/top-cited.ts";
import { buildNetwork } from "../networks/build-network.ts";
import { innermostCore } from "../networks/k-core.ts";
import { networkLayout } from "../networks/layout.ts";
import type { Network } from "../networks/network.ts";
import { networkGraph } from "../networks/network-graph.ts";
import { networkMetrics } from "../networks/node-metrics.ts";
import { pruneNetwork } from "../networks/prune-network.ts";
import type { YearWindow } from "../normalize/publication-year.ts";
import type {
  Report,
  ReportImpact,
  ReportNetwork,
  ReportPeriods,
  ReportTop,
  ShownCountry,
} from "../output/report-content.ts";
import { programme } from "../programme/programme.ts";
import { mostPapers } from "./_most-papers.ts";
import { type ReportOptions, type ReportOptionsInput, ReportOptionsSchema } from "./report-options.ts";
import { reportWindows } from "./report-windows.ts";

/** Years the time-series chart covers at most, ending with the latest complete year. */
const SERIES_YEARS = 20;
/** Links of less than one whole fractional paper are left out of the core (methodology §11.4). */
const CORE_MIN_WEIGHT = 1;
/** Countries drawn in the network chart: the most papers first. */
const DRAWN_COUNTRIES = 40;

/** The parts of a report, in the order `buildReport` computes them. */
export const ReportSectionSchema = z.enum([
  "collaboration",
  "top",
  "impact",
  "partners",
  "network",
  "programme",
]);

/** A part of a report. */
export type ReportSection = z.infer<typeof ReportSectionSchema>;

/**
 * Progress of `buildReport`: the section it starts, how many of the report's sections are done,
 * and the corpus's papers each of them goes over. Counts never decrease; the last report has
 * `section: null` and `sectionsDone === sections`.
 */
export interface ReportProgress {
  /** The section being computed; `null` once every section is done. */
  readonly section: ReportSection | null;
  /** Sections computed so far. */
  readonly sectionsDone: number;
  /** Sections this report has (Top10%, citation impact and the programme only when asked for). */
  readonly sections: number;
  /** Papers of the corpus, which every section goes over. */
  readonly papers: number;
}

/** Options of `buildReport`: the report's options, and a progress listener that is not part of the report. */
export type BuildReportOptions = ReportOptionsInput & {
  /**
   * Receives a report as each section starts and one when all are done; default none. It runs
   * between sections, should return quickly and must not throw.
   * @example
   * buildReport(corpus, { onProgress: (p) => console.error(`${p.sectionsDone}/${p.sections} ${p.section ?? "done"}`) })
   */
  readonly onProgress?: (progress: ReportProgress) => void;
};

/**
 * Builds the report of a corpus: the accounting, the periods (by default the latest complete
 * 3-year window and the one ten years earlier), international co-authorship by year and by window,
 * Top10% papers split into domestic and international (with `reference`), every partner of each
 * focal country with rank changes, and the country network with its core and drawing. This is
 * what `copub report` prints and writes; `reportMarkdown`, `reportHtml`, `reportFiles` and
 * `writeReport` turn it into text and files.
 * @param corpus - the corpus (`loadCorpus`, `readCorpus`)
 * @param options - `reference` (default `null`: no Top10%), `baselines` (default `null`: no citation
 *   impact), `focal` (countries as codes or names; default the country with the
 *   most papers), `periods` (`"2019-2021"`, `"2009-2011,2019-2021"` or the object form; default the
 *   two windows), `compare` (`"2009-2011"`; default the earlier window),
 *   `show` (default 10), `maxCountriesPerPaper` (default 25), `programme` (default `null`: no
 *   programme evaluation; `{ projects, options }` adds one, methodology §12), `onProgress`
 * @throws CopubError `invalid-option` when an option is unknown (naming it) or outside its domain
 * @throws MissingYearsError when a given period's or the compare window's years are not all present (§6)
 * @example
 * // Data set C (methodology §4.5, §5.3): papers of 2021 only, so single years
 * const report = buildReport(corpus, { show: 3 });
 * report.countries   // → [{ country: "JP", papers: 6 }, { country: "US", papers: 2 }, { country: "CN", papers: 1 }]
 * report.focal       // → ["JP"]
 * report.periods.basis // → "years"
 */
export function buildReport(corpus: Corpus, options: BuildReportOptions = {}): Report {
  const { onProgress, ...reportOptions } = options;
  const settled = checkOptions(ReportOptionsSchema, reportOptions, "buildReport options");
  const periods = reportPeriods(corpus, settled);
  const tablePeriods: Periods =
    settled.periods ??
    (periods.windows.length > 0
      ? { kind: "windows", windows: periods.windows }
      : { kind: "years", years: null });
  // Every country by papers, ranked once: the default focal country and the rows shown both come from it.
  const ranked = mostPapers(corpus.papers, Number.MAX_SAFE_INTEGER);
  const focal = settled.focal ?? ranked.slice(0, 1).map(({ country }) => country);
  const countries = shownCountries(ranked, settled.show, focal);
  const sections = ReportSectionSchema.options.filter(
    (section) =>
      (section !== "top" || settled.reference !== null) &&
      (section !== "impact" || settled.baselines !== null) &&
      (section !== "programme" || settled.programme !== null),
  );
  let sectionsDone = 0;
  /** Reports the start of a section (counting the one before it as done), or the end with `null`. */
  const step = (section: ReportSection | null): void => {
    if (section === null || section !== sections[0]) sectionsDone++;
    onProgress?.({ section, sectionsDone, sections: sections.length, papers: corpus.papers.length });
  };
  /** Reports the start of a section, then computes it. */
  const inSection = <T>(section: ReportSection, compute: () => T): T => {
    step(section);
    return compute();
  };
  const series = inSection("collaboration", () =>
    collaborationIndicators(corpus.papers, { periods: { kind: "years" } }),
  );
  const collaboration = collaborationIndicators(corpus.papers, { periods: tablePeriods });
  // Top10% and citation impact: computed when their reference is given, else absent with the reason.
  const cited = { periods: tablePeriods, windowCounts: "sum" } as const;
  const { reference, baselines, programme: evaluated } = settled;
  const top: ReportTop =
    reference === null
      ? { kind: "absent", reason: "no-reference" }
      : {
          kind: "computed",
          thresholds: reference,
          table: inSection("top", () => topCited(corpus.papers, { reference, ...cited })),
        };
  // Citation impact needs baselines; thresholds given as a table bring none (methodology §10.3).
  const impact: ReportImpact | null =
    baselines !== null
      ? {
          kind: "computed",
          baselines,
          table: inSection("impact", () => citationImpact(corpus.papers, { reference: baselines, ...cited })),
        }
      : reference === null
        ? null
        : { kind: "absent", reason: "no-baselines" };
  const latest = periods.windows.at(-1);
  const partnerTables = inSection("partners", () =>
    focal.map((key) =>
      partners(corpus.papers, {
        focal: key,
        periods:
          settled.periods === null && latest !== undefined
            ? { kind: "windows", windows: [latest] }
            : tablePeriods,
        compare: periods.compare,
        top: null,
      }),
    ),
  );
  const network = inSection("network", () => reportNetwork(corpus, settled.maxCountriesPerPaper));
  const evaluation =
    evaluated === null
      ? undefined
      : inSection("programme", () => programme(corpus, evaluated.projects, evaluated.options));
  step(null);
  return {
    accounting: corpus.accounting,
    files: corpus.files,
    synthetic: corpus.files.some((file) => /synthetic/i.test(file.producer ?? "")),
    periods,
    focal,
    countries,
    series,
    collaboration,
    top,
    impact,
    partners: partnerTables,
    network,
    ...(evaluation === undefined ? {} : { programme: evaluation }),
  };
}

/** The periods: the caller's, or the default windows, or single years when there is no window. */
function reportPeriods(corpus: Corpus, options: ReportOptions): ReportPeriods {
  const windows = reportWindows(corpus.papers);
  const series = windows.years.slice(-SERIES_YEARS);
  const common = {
    series,
    latestCompleteYear: windows.latestCompleteYear,
    completeness: windows.completeness,
  };
  if (options.periods !== null) {
    const given = options.periods.kind === "windows" ? [...options.periods.windows] : [];
    return { basis: "given", windows: sortWindows(given), compare: options.compare, ...common };
  }
  if (windows.latest === null) return { basis: "years", windows: [], compare: options.compare, ...common };
  return {
    basis: "default",
    windows: windows.earlier === null ? [windows.latest] : [windows.earlier, windows.latest],
    compare: options.compare ?? windows.earlier,
    ...common,
  };
}

function sortWindows(windows: YearWindow[]): YearWindow[] {
  return windows.sort((a, b) => a.from - b.from || a.to - b.to);
}

/** The `show` countries with the most papers, then any focal country not among them. */
function shownCountries(
  ranked: readonly ShownCountry[],
  show: number,
  focal: readonly string[],
): ShownCountry[] {
  const shown = ranked.slice(0, show);
  const missing = ranked.filter(
    ({ country }) => focal.includes(country) && !shown.some((s) => s.country === country),
  );
  return [...shown, ...missing];
}

/**
 * The country network without hyper-authored papers (one paper with 90 countries links almost
 * every pair, and the innermost k-core then holds most of the world), its core on the links of
 * at least one whole fractional paper, and the positions of the countries drawn.
 */
function reportNetwork(corpus: Corpus, maxCountriesPerPaper: number): ReportNetwork {
  const network = buildNetwork(corpus, {
    level: "country",
    edgeWeight: "fractional",
    maxNodesPerPaper: maxCountriesPerPaper,
  });
  const strong = pruneNetwork(network, { minWeight: CORE_MIN_WEIGHT });
  const core = innermostCore(networkGraph(strong));
  return {
    network,
    metrics: networkMetrics(networkGraph(network), { weight: "weight" }),
    maxCountriesPerPaper,
    papersLeftOut: network.report.cappedPapers.length,
    core: { minWeight: CORE_MIN_WEIGHT, k: core.k, members: [...core.members] },
    layout: drawnLayout(network),
  };
}

/** Positions of the countries with the most papers, laid out on the links among them. */
function drawnLayout(network: Network): ReportNetwork["layout"] {
  if (network.nodes.length === 0) return [];
  const drawn = pruneNetwork(network, { top: { n: DRAWN_COUNTRIES, by: "papers" } });
  return networkLayout({
    nodes: drawn.nodes.map((node) => ({ id: node.key })),
    edges: drawn.edges.map((edge) => ({ source: edge.source, target: edge.target, weight: edge.weight })),
  });
}
