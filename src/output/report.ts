/**
 * The analyst's report as Markdown: what was read (every record accounted for), how much of the
 * output is internationally co-authored and where that is going, the Top10% papers split into
 * domestic and international, the focal countries' partners, and the countries at the core of the
 * collaboration network. It renders results computed elsewhere; it computes nothing itself.
 */
import type { Corpus } from "../corpus/corpus.ts";
import type { CollaborationTable } from "../indicators/collaboration/collaboration.ts";
import { WORLD } from "../indicators/core/row-keys.ts";
import type { PartnerTable } from "../indicators/partners/partners.ts";
import type { TopCitedTable } from "../indicators/top-cited/top-cited-table.ts";
import type { NetworkMetrics } from "../networks/node-metrics.ts";
import { collaborationMarkdown } from "./collaboration-table.ts";
import { toMarkdownTable } from "./markdown-table.ts";
import { partnersMarkdown } from "./partners-table.ts";
import { fixed } from "./round.ts";
import { topCitedMarkdown } from "./top-cited-table.ts";

/** What the report shows. */
export interface ReportContent {
  /** The corpus (its accounting, files, rejections and duplicates are reported). */
  readonly corpus: Corpus;
  /** The countries whose rows the tables show (besides `WORLD`), in display order. */
  readonly countries: readonly string[];
  /** The collaboration table. */
  readonly collaboration: CollaborationTable;
  /** The Top10% table, or `null` when no reference was given (the report says how to get it). */
  readonly top: TopCitedTable | null;
  /** One partner table per focal country. */
  readonly partners: readonly PartnerTable[];
  /** The country network's size and metrics. */
  readonly network: { readonly nodes: number; readonly edges: number; readonly metrics: NetworkMetrics };
  /** Command lines or notes that say how each part was computed, shown under the title. */
  readonly settings: readonly string[];
}

/**
 * The report as Markdown.
 * @param content - the computed parts
 * @example
 * reportMarkdown({ corpus, countries: ["JP", "US"], collaboration, top: null, partners: [], network, settings: [] })
 * // → "# International research collaboration\n\n…## Records\n\n| Records | Parsed | …"
 */
export function reportMarkdown(content: ReportContent): string {
  const shown = new Set([...content.countries, WORLD]);
  const sections = [
    `# International research collaboration\n\n${content.settings.map((line) => `- ${line}`).join("\n")}\n`,
    recordsSection(content.corpus),
    `## International co-authorship (METHODOLOGY.md §5)\n\n${collaborationMarkdown({
      ...content.collaboration,
      rows: content.collaboration.rows.filter((row) => shown.has(row.country)),
    })}`,
    content.top === null
      ? "## Top10% papers (METHODOLOGY.md §8)\n\nNot computed: Top10% thresholds are only valid over the whole world output of a field and year, so they need `--reference corpus` (the inputs are a complete extraction) or `--reference thresholds.csv` (world thresholds computed from one).\n"
      : `## Top10% papers, domestic and international (METHODOLOGY.md §8)\n\n${topCitedMarkdown({
          ...content.top,
          rows: content.top.rows.filter((row) => shown.has(row.country)),
        })}`,
    ...content.partners.map(
      (table) =>
        `## Partner countries of ${table.focalAlpha3} (METHODOLOGY.md §9)\n\n${partnersMarkdown(table)}`,
    ),
    networkSection(content.network),
  ];
  return sections.join("\n");
}

function recordsSection(corpus: Corpus): string {
  const a = corpus.accounting;
  const counts = toMarkdownTable(
    ["Records", "Parsed", "Rejected", "Unique", "Duplicates", "In scope", "Excluded", "Without a country"],
    [
      [a.records, a.parsed, a.rejected, a.unique, a.duplicates, a.inScope, a.excluded, a.unattributed].map(
        String,
      ),
    ],
    [0, 1, 2, 3, 4, 5, 6, 7],
  );
  const reasons = [
    ...Object.entries(a.rejectedByCode).map(([code, n]) => `${n} rejected (${code})`),
    ...Object.entries(a.excludedByReason).map(([reason, n]) => `${n} excluded (${reason})`),
  ];
  const files = toMarkdownTable(
    ["File", "Format", "Records", "Parsed", "Rejected"],
    corpus.files.map((f) => [f.path, f.format, `${f.records}`, `${f.parsed}`, `${f.rejected}`]),
    [2, 3, 4],
  );
  const detail = reasons.length === 0 ? "" : `\n${reasons.join("; ")}. \`copub corpus\` lists each record.\n`;
  return `## Records (METHODOLOGY.md §13.4)\n\n${counts}${detail}\n${files}`;
}

function networkSection(network: ReportContent["network"]): string {
  const { metrics } = network;
  const ranked = [...metrics.nodes]
    .sort((a, b) => b.strength - a.strength || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .slice(0, 10);
  const table = toMarkdownTable(
    ["Country", "Partners (degree)", "Strength", "Weighted betweenness", "Eigenvector", "Core", "Community"],
    ranked.map((node) => [
      node.label,
      `${node.degree}`,
      fixed(node.strength, 2),
      fixed(node.weightedBetweenness, 4),
      node.eigenvector === null ? "" : fixed(node.eigenvector, 4),
      `${node.core}`,
      `${node.community}`,
    ]),
    [1, 2, 3, 4, 5, 6],
  );
  const core = metrics.core.members.length === 0 ? "none" : metrics.core.members.join(", ");
  return `## The country collaboration network (METHODOLOGY.md §11)\n\n${network.nodes} countries, ${network.edges} links; innermost core (k = ${metrics.core.k}): ${core}. Fractional edge weights; the ten countries with the most collaboration strength:\n\n${table}`;
}
