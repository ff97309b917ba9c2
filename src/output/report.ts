/**
 * The analyst's report as Markdown: what was read (every record accounted for), how much of the
 * output is internationally co-authored and where that is going, the Top10% papers split into
 * domestic and international, the focal countries' partners, and the countries at the core of the
 * collaboration network. It renders a `Report` built elsewhere (`buildReport`) and decides only
 * the wording: the settings lines under the title say in words what the report's data holds.
 */
import * as z from "zod";
import { WORLD } from "../indicators/core/row-keys.ts";
import { toMarkdownTable } from "./_markdown-table.ts";
import { collaborationMarkdown } from "./collaboration-table.ts";
import { partnersMarkdown } from "./partners-table.ts";
import type { Report, ReportTop } from "./report-content.ts";
import { fixed } from "./round.ts";
import { topCitedMarkdown } from "./top-cited-table.ts";

/** Options of `reportMarkdown`, each with its default. */
export const ReportMarkdownOptionsSchema = z.object({
  /** The report goes out with its full CSV tables (`reportFiles`), so it says every country is in them; default `false`. */
  withTables: z.boolean().default(false),
});

/** Options of `reportMarkdown` as a caller gives them. */
export type ReportMarkdownOptionsInput = z.input<typeof ReportMarkdownOptionsSchema>;

/**
 * The report as Markdown.
 * @param report - from `buildReport`
 * @param options - `withTables` (default `false`)
 * @example
 * reportMarkdown(buildReport(corpus, { show: 3 }))
 * // → "# International research collaboration\n\n- Inputs: 1 files; 8 papers in scope.\n- Countries shown: the 3 with the most papers (integer counting).\n…"
 */
export function reportMarkdown(report: Report, options: ReportMarkdownOptionsInput = {}): string {
  const { withTables } = ReportMarkdownOptionsSchema.parse(options);
  const shown = new Set([...report.countries.map(({ country }) => country), WORLD]);
  const settings = [
    `Inputs: ${report.files.length} files; ${report.accounting.inScope} papers in scope.`,
    `Countries shown: the ${report.countries.length} with the most papers (integer counting)${withTables ? "; every country is in the CSV tables" : ""}.`,
    topSetting(report.top),
  ];
  const sections = [
    `# International research collaboration\n\n${settings.map((line) => `- ${line}`).join("\n")}\n`,
    recordsSection(report),
    `## International co-authorship (METHODOLOGY.md §5)\n\n${collaborationMarkdown({
      ...report.collaboration,
      rows: report.collaboration.rows.filter((row) => shown.has(row.country)),
    })}`,
    report.top.kind === "absent"
      ? "## Top10% papers (METHODOLOGY.md §8)\n\nNot computed: Top10% thresholds are only valid over the whole world output of a field and year, so they need `--reference corpus` (the inputs are a complete extraction) or `--reference thresholds.csv` (world thresholds computed from one).\n"
      : `## Top10% papers, domestic and international (METHODOLOGY.md §8)\n\n${topCitedMarkdown({
          ...report.top.table,
          rows: report.top.table.rows.filter((row) => shown.has(row.country)),
        })}`,
    ...report.partners.map(
      (table) =>
        `## Partner countries of ${table.focalAlpha3} (METHODOLOGY.md §9)\n\n${partnersMarkdown(table)}`,
    ),
    networkSection(report),
  ];
  return sections.join("\n");
}

function topSetting(top: ReportTop): string {
  if (top.kind === "absent") return "Top10%: not computed (no --reference).";
  const { source } = top.thresholds;
  return source.kind === "corpus"
    ? "Top10%: thresholds from the inputs, declared the complete world population of their field-years (--reference corpus)."
    : `Top10%: thresholds from ${source.file}.`;
}

function recordsSection(report: Report): string {
  const a = report.accounting;
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
    report.files.map((f) => [f.path, f.format, `${f.records}`, `${f.parsed}`, `${f.rejected}`]),
    [2, 3, 4],
  );
  const detail = reasons.length === 0 ? "" : `\n${reasons.join("; ")}. \`copub corpus\` lists each record.\n`;
  return `## Records (METHODOLOGY.md §13.4)\n\n${counts}${detail}\n${files}`;
}

function networkSection({ network, networkMetrics: metrics }: Report): string {
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
  return `## The country collaboration network (METHODOLOGY.md §11)\n\n${network.nodes.length} countries, ${network.edges.length} links; innermost core (k = ${metrics.core.k}): ${core}. Fractional edge weights; the ten countries with the most collaboration strength:\n\n${table}`;
}
