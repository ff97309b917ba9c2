/**
 * The report's citation impact section (methodology §10): for the countries the report shows and
 * the world, papers and citations of each period, MCS, MNCS, CNCI and the relative citation index,
 * with a dot plot of MNCS and CNCI against the world line; or, when Top10% thresholds came as a
 * table without baselines beside them, why the section is empty. Apart from the other sections so
 * that the report gains it as one piece: `_report-sections.ts` lists it, `report-html.ts` draws its
 * chart.
 */
import { compareCodeUnits } from "../common/compare-code-units.ts";
import { WORLD } from "../indicators/core/row-keys.ts";
import { impactChart, indexText } from "./_impact-text.ts";
import { countryLabel } from "./_labels.ts";
import type { Report } from "./report-content.ts";
import { fixed } from "./round.ts";

/** The section, as `_report-sections.ts` shapes every section; `null` when the report has no impact part. */
export function impactSection(report: Report) {
  const { impact } = report;
  if (impact === null) return null;
  const base = { id: "impact", title: "Citation impact", methods: ["10", "10.3"] };
  if (impact.kind === "absent")
    return {
      ...base,
      lead: [
        "Not computed: citation baselines, like Top10% thresholds, are only valid over the whole world output of a field and year; with thresholds from a file, give the baselines too: `--baselines baselines.csv` (written by `copub impact --baselines-out`), or use `--reference corpus`.",
      ],
      tables: [],
      note: "Citation impact divides each paper's citations by the mean citations of its field and year.",
      files: null,
    };
  const order = [...report.countries.map(({ country }) => country), WORLD];
  const rows = impact.table.rows
    .filter((row) => row.field === "all" && order.includes(row.country))
    .sort(
      (a, b) => order.indexOf(a.country) - order.indexOf(b.country) || compareCodeUnits(a.period, b.period),
    );
  const zero = impact.table.notices.find((notice) => notice.code === "zero-baseline");
  const source =
    impact.baselines.source.kind === "corpus"
      ? "baselines from the inputs, declared the complete world population of their fields and years"
      : `baselines from ${impact.baselines.source.file}`;
  return {
    ...base,
    lead:
      rows.length === 0
        ? ["No paper with a citation count and a field in these periods."]
        : [
            "Citations per paper (MCS), and normalized by the mean citations of each paper's field and year: MNCS (CWTS) and CNCI (InCites), 1 being the world average; the relative citation index compares citations per paper with the world's, fields not normalized (NISTEP).",
          ],
    tables:
      rows.length === 0
        ? []
        : [
            {
              header: [
                "Country",
                "Period",
                "Papers (total)",
                "Citations (total)",
                "MCS",
                "MNCS",
                "CNCI",
                "Relative citation index",
              ],
              rows: rows.map((row) => [
                countryLabel(row.country),
                row.period.replace("-", "–"),
                fixed(row.papers, 0),
                fixed(row.citations, 0),
                indexText(row.mcs),
                indexText(row.mncs),
                indexText(row.cnci),
                indexText(row.relativeCitationImpact),
              ]),
              numeric: [2, 3, 4, 5, 6, 7],
            },
          ],
    note: `Full counting; totals over each period; ${source}; citations as exported (${impact.table.citationCount}).${
      zero === undefined ? "" : ` ${zero.detail.replace(/ \(methodology §10\.3\)$/, "")}.`
    }`,
    files: "Every country is in impact.csv and impact.json, the baselines in baselines.csv.",
  };
}

/** The section's chart: MNCS and CNCI of the countries shown, latest period; none without data. */
export function impactCharts(report: Report): string[] {
  if (report.impact?.kind !== "computed") return [];
  const chart = impactChart(
    report.impact.table,
    report.countries.map(({ country }) => country),
    report.countries.length,
  );
  return chart === null ? [] : [chart];
}
