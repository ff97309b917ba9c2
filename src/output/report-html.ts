/**
 * The analyst's report as one self-contained HTML page: the same sections and tables as the
 * Markdown report, each question with its chart above its table — international co-authorship
 * over time, Top10% papers split into domestic and international, each focal country's partner
 * shares, rank movement and world map, and the country network — and a note under each saying how
 * it was counted, over which periods, and which methodology section defines it (summarized at the
 * end of the page, so the report stands alone when forwarded). Inline CSS and SVG only: nothing is
 * loaded from the network, no script runs, and the same report gives the same bytes.
 */
import { compareCodeUnits } from "../common/compare-code-units.ts";
import { periodLabel } from "../indicators/core/periods.ts";
import { WORLD } from "../indicators/core/row-keys.ts";
import { countryName } from "../normalize/country-vocabulary.ts";
import { esc, htmlPage, inline, tableHtml } from "./_html.ts";
import { programmeCharts } from "./_programme-charts.ts";
import { impactCharts } from "./_report-impact.ts";
import {
  latestPeriod,
  leadingPartners,
  METHOD_TITLES,
  placeName,
  possessive,
  type ReportSection,
  reportSections,
  settingsLines,
  syntheticNotice,
} from "./_report-sections.ts";
import { networkChart } from "./charts/network-chart.ts";
import { partnerSharesChart } from "./charts/partner-shares.ts";
import { rankMovementChart } from "./charts/rank-movement.ts";
import { shareOverTimeChart } from "./charts/share-over-time.ts";
import { topSplitChart } from "./charts/top-split.ts";
import { worldMapChart } from "./charts/world-map.ts";
import type { Report } from "./report-content.ts";

/** What each methodology section the report cites says, in a sentence or two. */
const METHOD_SUMMARIES: Readonly<Record<string, string>> = {
  "1.3":
    "A paper's year is its publication year (PY); an Early Access paper without one takes the year of its Early Access date.",
  "4.1":
    "Integer (whole) counting: a paper counts once for every country on its addresses, so country counts add up to more than the world's.",
  "5": "A paper is internationally co-authored when its addresses name two or more countries; a country's international share is its international papers over all its papers.",
  "6": "A window's counts are the totals of its publication years (also shown per year); its shares are ratios of the totals. Years from the latest export date on are still being indexed and are not used for the default windows.",
  "8.1":
    "Top10% thresholds are set within reference sets: all papers of one ESI field and publication year. They are only valid over a field's whole world output.",
  "8.3":
    "A paper is Top10% when it is among the most cited tenth of its reference set; papers tied at the threshold share the remainder, so each set holds exactly 10%.",
  "10": "A paper's citations are divided by the mean citations of the world's papers of its reference sets (field or category, year); a country's MNCS (CWTS) and CNCI (InCites) are the means of these ratios, 1 being the world average.",
  "10.3":
    "Baselines are only valid over a field's whole world output. Where a set's mean is 0, MNCS counts the ratio as 1 and CNCI leaves the paper out. The relative citation index is citations per paper over the world's, not normalized by field.",
  "9": "A partner's share is the part of the focal country's international papers that include the partner; partners are ranked by those papers, equal counts sharing a rank.",
  "11": "Countries are linked by the papers they share; a paper with n countries adds 1/(n−1) to each of its pairs (fractional weights).",
  "11.4":
    "The k-core is the largest set of countries each linked to at least k others of the set; the report's core is the innermost one, on links of at least one fractional paper.",
  "12": "A programme's papers are selected by grant id, DOI or UT list (funder names alone only report); per project and year copub counts them, the focal country's international co-authored ones and those with a partner country; the programme total counts each paper once.",
  "12.3":
    "A fiscal year N runs from its start month in N (April by default) to the month before it in N+1; a paper takes its Early Access date, else PD and PY; a paper without a month is undetermined.",
  "13.4":
    "Every record is accounted for: read = parsed + rejected; duplicates are merged by accession number; papers outside the document types or years in scope are excluded, with their reasons.",
};

/**
 * The report as a self-contained HTML page.
 * @param report - from `buildReport`
 * @returns the page: UTF-8, inline CSS and SVG, no script, `\n` line ends and a final newline
 * @example
 * reportHtml(buildReport(corpus)) // → "<!doctype html>\n<html lang=\"en\">…<svg …"
 */
export function reportHtml(report: Report): string {
  const sections = reportSections(report);
  const notice = syntheticNotice(report);
  const cited = [...new Set(sections.flatMap((section) => section.methods))].sort(
    (a, b) => Number.parseFloat(a) - Number.parseFloat(b) || compareCodeUnits(a, b),
  );
  const body = [
    "<header>",
    "<h1>International research collaboration</h1>",
    ...(notice === null ? [] : [`<p class="notice"><strong>${esc(notice)}</strong></p>`]),
    `<ul class="settings">${settingsLines(report)
      .map((line) => `<li>${inline(line)}</li>`)
      .join("")}</ul>`,
    `<nav><ol>${sections.map((s) => `<li><a href="#${s.id}">${esc(s.title)}</a></li>`).join("")}</ol></nav>`,
    "</header>",
    ...sections.map((section) => sectionHtml(section, chartsOf(report, section))),
    '<section id="methods"><h2>Methods</h2><dl>',
    ...cited.map(
      (id) =>
        `<dt id="m${id}">§${id} ${esc(METHOD_TITLES[id] ?? "")}</dt><dd>${esc(METHOD_SUMMARIES[id] ?? "")} Full text: docs/methodology.md §${id} in copub.</dd>`,
    ),
    "</dl></section>",
  ];
  return htmlPage("International research collaboration", STYLE, body);
}

const STYLE = [
  "body{margin:0;background:#f6f8fa;color:#1f2328;font:15px/1.5 system-ui,-apple-system,'Segoe UI',Roboto,Helvetica,Arial,sans-serif}",
  "main{max-width:860px;margin:0 auto;padding:24px 16px 48px}",
  "header,section{background:#fff;border:1px solid #d0d7de;border-radius:8px;padding:16px 24px;margin:0 0 20px}",
  "h1{font-size:26px;margin:8px 0 12px}h2{font-size:20px;margin:4px 0 12px}",
  ".notice{background:#fff8c5;border:1px solid #d4a72c;border-radius:6px;padding:8px 12px}",
  ".settings{padding-left:20px}nav ol{columns:2;padding-left:20px;margin:8px 0}",
  "figure{margin:12px 0}figure svg{max-width:100%;height:auto}",
  "table{border-collapse:collapse;width:100%;font-size:13px;margin:8px 0}",
  "th,td{border-bottom:1px solid #d8dee4;padding:4px 6px;text-align:left;vertical-align:top}",
  "td{white-space:nowrap}td:first-child{white-space:normal}",
  "th{background:#f6f8fa}td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}",
  "tbody tr:nth-child(even){background:#fafbfc}",
  ".note{color:#57606a;font-size:13px}code{font-size:12px}",
  "details summary{cursor:pointer;color:#0969da}dt{font-weight:600;margin-top:8px}dd{margin:0 0 4px 0}",
  "caption{text-align:left;font-weight:600;padding:8px 0 2px}",
].join("\n");

function sectionHtml(section: ReportSection, charts: readonly string[]): string {
  const tables = section.tables.map((table, i) =>
    section.id === "records" && i === 0
      ? `<details><summary>The ${table.rows.length} input files</summary>${tableHtml(table)}</details>`
      : tableHtml(table),
  );
  const methods = section.methods.map((id) => `<a href="#m${id}">§${id}</a>`).join(", ");
  return [
    `<section id="${section.id}">`,
    `<h2>${esc(section.title)}</h2>`,
    ...section.lead.map((line) => `<p>${inline(line)}</p>`),
    ...charts.map((chart) => `<figure>${chart}</figure>`),
    ...tables,
    `<p class="note">${inline(section.files === null ? section.note : `${section.note} ${section.files}`)} Methodology: ${methods}.</p>`,
    "</section>",
  ].join("\n");
}

/** The charts of a section; none when it has no data. */
function chartsOf(report: Report, section: ReportSection): string[] {
  if (section.tables.length === 0) return [];
  if (section.id === "series") return [seriesChart(report)];
  if (section.id === "top") return topChart(report);
  if (section.id === "impact") return impactCharts(report);
  if (section.id === "network") return [networkDrawing(report)];
  if (section.id === "programme")
    return report.programme === undefined ? [] : programmeCharts(report.programme);
  const table = report.partners.find((t) => section.id === `partners-${t.focal}`);
  return table === undefined ? [] : partnerCharts(table);
}

function seriesChart(report: Report): string {
  const keys = [...report.focal, WORLD];
  const years = new Set(report.periods.series.map(String));
  return shareOverTimeChart({
    title: "International co-authorship share",
    subtitle: "Share of papers with addresses in two or more countries, by publication year",
    series: keys.map((key) => ({
      key,
      label: placeName(key),
      points: report.series.rows
        .filter((row) => row.country === key && row.field === "all" && years.has(row.period))
        .map((row) => ({ year: Number(row.period), share: row.internationalShare })),
    })),
    ...(report.focal[0] === undefined ? {} : { highlightKey: report.focal[0] }),
  });
}

function topChart(report: Report): string[] {
  if (report.top.kind === "absent") return [];
  const latest = report.periods.windows.at(-1);
  const period = latest === undefined ? undefined : periodLabel(latest);
  const shown = new Set(report.countries.map(({ country }) => country));
  const rows = report.top.table.rows.filter(
    (row) => row.field === "all" && shown.has(row.country) && (period === undefined || row.period === period),
  );
  const lastPeriod =
    period ??
    rows
      .map((row) => row.period)
      .sort()
      .at(-1);
  const bars = rows
    .filter((row) => row.period === lastPeriod && row.top > 0)
    .map((row) => ({
      key: row.country,
      label: countryName(row.country),
      domestic: row.topDomestic,
      international: row.topInternational,
    }));
  if (bars.length === 0) return [];
  return [
    topSplitChart({
      title: `Top10% papers, domestic and international, ${(lastPeriod ?? "").replace("-", "–")}`,
      subtitle:
        "Adjusted Top10% papers (totals of the period); international = co-authored with another country",
      bars,
    }),
  ];
}

function partnerCharts(table: Report["partners"][number]): string[] {
  const name = countryName(table.focal);
  const latest = latestPeriod(table);
  const leading = leadingPartners(table);
  const period = (latest ?? "").replace("-", "–");
  const charts = [
    partnerSharesChart({
      title: `Partners of ${name}, ${period}`,
      subtitle: `Share of ${possessive(name)} internationally co-authored papers that include each partner`,
      bars: leading.map((row) => ({ key: row.partner, label: countryName(row.partner), share: row.share })),
    }),
  ];
  if (table.compare !== null && leading.some((row) => row.previousRank !== null))
    charts.push(
      rankMovementChart({
        title: `${possessive(name)} partners: rank change`,
        subtitle: "Rank by number of co-authored papers",
        beforeLabel: table.compare.replace("-", "–"),
        afterLabel: period,
        rows: leading.map((row) => ({
          key: row.partner,
          label: countryName(row.partner),
          before: row.previousRank,
          after: row.rank,
        })),
      }),
    );
  const all = table.rows.filter((row) => row.field === "all" && row.period === latest);
  if (all.length > 0)
    charts.push(
      worldMapChart({
        title: `${possessive(name)} partner countries, ${period}`,
        subtitle: `Share of ${possessive(name)} internationally co-authored papers`,
        values: all.map((row) => ({
          country: row.partner,
          share: row.share,
          label: countryName(row.partner),
        })),
        focal: table.focal,
        focalLabel: name,
        legendTitle: `Share of ${possessive(name)} international papers`,
      }),
    );
  return charts;
}

function networkDrawing(report: Report): string {
  const { network, metrics, layout, core } = report.network;
  const drawn = new Set(layout.map((p) => p.id));
  const papers = new Map(network.nodes.map((node) => [node.key, node.papers]));
  const community = new Map(metrics.nodes.map((node) => [node.id, node.community]));
  return networkChart({
    title: "Country collaboration network",
    subtitle: `The ${layout.length} countries with the most papers; colours are communities (Louvain, seed 42)`,
    nodes: layout.map((p) => ({
      id: p.id,
      label: countryName(p.id),
      size: papers.get(p.id) ?? 0,
      x: p.x,
      y: p.y,
      group: community.get(p.id) ?? 0,
    })),
    edges: network.edges
      .filter((edge) => drawn.has(edge.source) && drawn.has(edge.target))
      .map((edge) => ({ source: edge.source, target: edge.target, weight: edge.weight })),
    note: `Circle area shows papers; line width shows fractional co-authored papers. Core (k = ${core.k}): ${core.members.length} countries.`,
  });
}
