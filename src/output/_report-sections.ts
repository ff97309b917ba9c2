/**
 * The report's sections as words and tables, before any format: the settings under the title,
 * then for each question its lead sentences, its tables (country names, totals and yearly
 * averages labelled), and the note that says how it was counted, over which periods, and which
 * methodology section defines it. The Markdown and the HTML report render these same sections,
 * so the two never say different things; the HTML adds the charts.
 */
import { compareCodeUnits } from "../common/compare-code-units.ts";
import type { CollaborationRow } from "../indicators/collaboration/collaboration.ts";
import { periodLabel } from "../indicators/core/periods.ts";
import { WORLD } from "../indicators/core/row-keys.ts";
import type { PartnerRow, PartnerTable } from "../indicators/partners/partners.ts";
import type { TopCitedRow } from "../indicators/top-cited/top-cited-table.ts";
import { countryName } from "../normalize/country-vocabulary.ts";
import type { YearWindow } from "../normalize/publication-year.ts";
import type { ProgrammeResult } from "../programme/programme-result.ts";
import { accountingSentence, programmeParts, programmeSettings } from "./_programme-text.ts";
import { impactSection } from "./_report-impact.ts";
import type { Report } from "./report-content.ts";
import { fixed } from "./round.ts";

/** A table of a section: header, rows of cell text, and which columns hold numbers. */
export interface SectionTable {
  /** What the table shows, when a section has several. */
  readonly caption?: string;
  /** Column names. */
  readonly header: readonly string[];
  /** Cells, in header order. */
  readonly rows: readonly (readonly string[])[];
  /** Indexes of the numeric (right-aligned) columns. */
  readonly numeric: readonly number[];
}

/** A methodology section a note cites: `"5"`, `"8.3"`. */
export type MethodSection = string;

/** One section of the report. */
export interface ReportSection {
  /** Stable id (`collaboration`, `partners-US`, …), for anchors and chart lookups. */
  readonly id: string;
  /** Heading. */
  readonly title: string;
  /** Sentences before the tables; a section without data has only these. */
  readonly lead: readonly string[];
  /** Its tables. */
  readonly tables: readonly SectionTable[];
  /** How it was counted and over which periods. */
  readonly note: string;
  /** Which of the report's files hold the section's tables in full, or `null`. */
  readonly files: string | null;
  /** The methodology sections that define it. */
  readonly methods: readonly MethodSection[];
}

/** The titles of the methodology sections the report cites, for the HTML's methods list. */
export const METHOD_TITLES: Readonly<Record<MethodSection, string>> = {
  "1.3": "Publication year and Early Access",
  "4.1": "Integer (whole) counting",
  "5": "Collaboration types and shares",
  "6": "Years and multi-year windows",
  "8.1": "Reference sets for Top10%",
  "8.3": "The adjusted Top10% count",
  "9": "Partner-country indicators",
  "10": "Citation impact normalization",
  "10.3": "Baselines, zero baselines and the relative citation index",
  "11": "Co-authorship networks",
  "11.4": "Network metrics and the k-core",
  "12": "Evaluating a funded programme",
  "12.3": "Reporting periods (fiscal years)",
  "13.4": "Record accounting",
};

/** `2019–2021`, or `2021` for a one-year window: the tables' label as people read it. */
export function windowLabel(window: YearWindow): string {
  return periodText(periodLabel(window));
}

/** A period label of the tables (`2019-2021`) as people read it (`2019–2021`). */
function periodText(period: string): string {
  return period.replace("-", "–");
}

/** The name of a country key, or "World". */
export function placeName(key: string): string {
  return key === WORLD ? "World" : countryName(key);
}

/** "United States'" and "Japan's". */
export function possessive(name: string): string {
  return name.endsWith("s") ? `${name}'` : `${name}'s`;
}

/** Years in a period label. */
function yearsIn(period: string): number {
  const [from, to] = period.split("-").map(Number);
  return to === undefined ? 1 : (to as number) - (from as number) + 1;
}

const integer = (x: number): string => fixed(x, 0);
const perYear = (x: number): string => fixed(x, 1);
/** Top10% counts carry tie weights: two decimals. */
const fraction = (x: number): string => fixed(x, 2);
const percent = (share: number | null): string => (share === null ? "–" : `${fixed(share * 100, 1)}%`);

/** The lines under the title. */
export function settingsLines(report: Report): string[] {
  const { periods, accounting } = report;
  const windows = periods.windows.map(windowLabel);
  const periodLine =
    periods.basis === "default"
      ? `Periods: ${windows.at(-1)}, the latest complete 3-year window${
          periods.completeness === "export-date"
            ? " (years from the export date on are still being indexed)"
            : ""
        }${windows.length > 1 ? `, compared with ${windows[0]}, ten years earlier` : "; the window ten years earlier is not in the data"}.`
      : periods.basis === "given"
        ? `Periods: ${windows.length > 0 ? windows.join(", ") : "as given"} (as asked).`
        : "Periods: single years (the data hold no complete 3-year window).";
  const top =
    report.top.kind === "absent"
      ? "Top10%: not computed (no reference; see that section)."
      : report.top.thresholds.source.kind === "corpus"
        ? "Top10%: thresholds from the inputs, declared the complete world population of their fields and years."
        : `Top10%: thresholds from ${report.top.thresholds.source.file}.`;
  return [
    `Inputs: ${report.files.length} ${report.files.length === 1 ? "file" : "files"}, ${accounting.records} records; ${accounting.inScope} papers in scope.`,
    periodLine,
    `${report.focal.length === 0 ? "Focal country: none (no paper has a country)" : `Focal ${report.focal.length === 1 ? "country" : "countries"}: ${report.focal.map(countryName).join(", ")}`}. Tables show the ${Math.min(report.countries.length, 10)} countries with the most papers${report.countries.length > 10 ? " and the focal countries" : ""}, and the world.`,
    "Counting: integer (whole) counting: a paper counts once for each of its countries.",
    top,
  ];
}

/** The synthetic-data warning, or `null` for real exports. */
export function syntheticNotice(report: Report): string | null {
  if (!report.synthetic) return null;
  const files = report.files.filter((file) => /synthetic/i.test(file.producer ?? ""));
  return `Synthetic data: ${files.length} of the ${report.files.length} input files say they are synthetic ("${files[0]?.producer ?? ""}"). The figures show how copub works, not any real country's output.`;
}

/** Every section of the report, in order. */
export function reportSections(report: Report): ReportSection[] {
  return [
    recordsSection(report),
    seriesSection(report),
    collaborationSection(report),
    topSection(report),
    ...[impactSection(report)].filter((section) => section !== null),
    ...report.partners.map((table) => partnersSection(table)),
    networkSection(report),
    ...(report.programme === undefined ? [] : [programmeSection(report.programme)]),
  ];
}

/** The programme evaluation: its settings and accounting, the counts per year and project, the targets. */
function programmeSection(result: ProgrammeResult): ReportSection {
  const parts = programmeParts(result).filter((part) => part.id !== "papers");
  return {
    id: "programme",
    title: "Programme evaluation",
    lead: [
      `${programmeSettings(result).join(" ")} ${accountingSentence(result)}`,
      ...parts.flatMap((part) => part.lines),
    ],
    tables: parts.flatMap((part) => (part.table === null ? [] : [{ caption: part.title, ...part.table }])),
    note: "Papers selected by grant id, DOI or UT list, each match recorded; integer counts of distinct papers; a paper of several projects counts once in the programme total.",
    files: "Every selected paper with what selected it is in programme.json; the counts in programme.csv.",
    methods: ["12", "12.3"],
  };
}

function recordsSection(report: Report): ReportSection {
  const a = report.accounting;
  const reasons = [
    ...Object.entries(a.rejectedByCode).map(([code, n]) => `${n} rejected (${code})`),
    ...Object.entries(a.excludedByReason).map(([reason, n]) => `${n} excluded (${reason})`),
  ];
  return {
    id: "records",
    title: "Records",
    lead: [
      `Every record is accounted for: ${a.records} read, ${a.parsed} parsed, ${a.rejected} rejected; ${a.duplicates} duplicates merged; ${a.inScope} papers in scope, ${a.excluded} excluded; ${a.unattributed} in scope without any country.`,
      ...(reasons.length === 0 ? [] : [`${reasons.join("; ")}. \`copub corpus\` lists each record.`]),
    ],
    tables: [
      {
        header: ["File", "Format", "Records", "Parsed", "Rejected"],
        rows: report.files.map((f) => [f.path, f.format, `${f.records}`, `${f.parsed}`, `${f.rejected}`]),
        numeric: [2, 3, 4],
      },
    ],
    note: "Records are deduplicated by accession number (UT); papers are in scope by document type (articles and reviews) and publication year.",
    files: null,
    methods: ["13.4", "1.3"],
  };
}

/** The time series: the focal countries' and the world's international share by year. */
function seriesSection(report: Report): ReportSection {
  const keys = [...report.focal, WORLD];
  const years = report.periods.series;
  const cell = new Map(
    report.series.rows.filter((r) => r.field === "all").map((r) => [`${r.country}|${r.period}`, r]),
  );
  const rows = years
    // A year counts when some line has a share there: papers without any country give none.
    .filter((year) => keys.some((key) => (cell.get(`${key}|${year}`)?.internationalShare ?? null) !== null))
    .map((year) => [
      `${year}`,
      ...keys.flatMap((key) => {
        const row = cell.get(`${key}|${year}`);
        return [row === undefined ? "0" : integer(row.papers), percent(row?.internationalShare ?? null)];
      }),
    ]);
  const header = [
    "Year",
    ...keys.flatMap((key) => [`${placeName(key)} papers`, `${placeName(key)} international`]),
  ];
  return {
    id: "series",
    title: "International co-authorship over time",
    lead:
      rows.length === 0
        ? ["No paper with a publication year and a country: nothing to chart."]
        : [
            `Share of papers with addresses in two or more countries, by publication year, ${windowLabel({ from: years[0] ?? 0, to: years.at(-1) ?? 0 })} (complete years).`,
          ],
    tables: rows.length === 0 ? [] : [{ header, rows, numeric: header.map((_, i) => i).slice(1) }],
    note: "Integer counting; single publication years; the share is international papers over all papers of the country (papers without a country are left out).",
    files: "Every country and year is in collaboration-years.csv and collaboration-years.json.",
    methods: ["5", "1.3"],
  };
}

/** Rows of the shown countries and the world, ordered by country as shown, then period. */
function shownRows<T extends { country: string; period: string; field: string }>(
  report: Report,
  rows: readonly T[],
): T[] {
  const order = [...report.countries.map(({ country }) => country), WORLD];
  return rows
    .filter((row) => row.field === "all" && order.includes(row.country))
    .sort(
      (a, b) => order.indexOf(a.country) - order.indexOf(b.country) || compareCodeUnits(a.period, b.period),
    );
}

function collaborationSection(report: Report): ReportSection {
  const rows = shownRows<CollaborationRow>(report, report.collaboration.rows);
  return {
    id: "collaboration",
    title: "International co-authorship by period",
    lead:
      rows.length === 0
        ? ["No paper with a country in these periods."]
        : [
            "Papers and internationally co-authored papers of each country: the total of each period and its yearly average.",
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
                "Papers per year",
                "International (total)",
                "International per year",
                "International share",
              ],
              // The table's counts are yearly averages; integer counting makes their totals whole numbers.
              rows: rows.map((row) => {
                const years = yearsIn(row.period);
                return [
                  placeName(row.country),
                  periodText(row.period),
                  integer(row.papers * years),
                  perYear(row.papers),
                  integer(row.international * years),
                  perYear(row.international),
                  percent(row.internationalShare),
                ];
              }),
              numeric: [2, 3, 4, 5, 6],
            },
          ],
    note: "Integer counting; periods by publication year; a window's share is the ratio of its sums.",
    files: "Every country is in collaboration.csv and collaboration.json.",
    methods: ["5", "6", "4.1"],
  };
}

function topSection(report: Report): ReportSection {
  if (report.top.kind === "absent")
    return {
      id: "top",
      title: "Top10% papers, domestic and international",
      lead: [
        "Not computed: Top10% thresholds are only valid over the whole world output of a field and year, so they need `--reference corpus` (the inputs are a complete extraction) or `--reference thresholds.csv` (world thresholds computed from one).",
      ],
      tables: [],
      note: "Top10% papers are the most cited tenth of each field and publication year, ties shared.",
      files: null,
      methods: ["8.1", "8.3"],
    };
  const rows = shownRows<TopCitedRow>(report, report.top.table.rows);
  return {
    id: "top",
    title: "Top10% papers, domestic and international",
    lead:
      rows.length === 0
        ? ["No Top10% paper in these periods."]
        : [
            "Adjusted Top10% papers (the most cited tenth of each ESI field and year, papers at the threshold counted in part), split into domestic and internationally co-authored.",
          ],
    tables:
      rows.length === 0
        ? []
        : [
            {
              header: [
                "Country",
                "Period",
                "Top10% (total)",
                "Top10% per year",
                "Domestic",
                "International",
                "International share",
                "Share of own papers",
              ],
              rows: rows.map((row) => [
                placeName(row.country),
                periodText(row.period),
                fraction(row.top),
                fraction(row.top / yearsIn(row.period)),
                fraction(row.topDomestic),
                fraction(row.topInternational),
                percent(row.top === 0 ? null : row.topInternational / row.top),
                percent(row.topShareOfPapers),
              ]),
              numeric: [2, 3, 4, 5, 6, 7],
            },
          ],
    note: "Integer counting with tie weights (a paper at the threshold counts the fraction that keeps each field-year at exactly 10%); totals over each period; citations as exported (TC).",
    files: "Every country is in top10.csv and top10.json, the thresholds in thresholds.csv.",
    methods: ["8.1", "8.3", "6"],
  };
}

/** The latest period's rows of a partner table, ranks 1–10 (ties at 10 kept). */
export function leadingPartners(table: PartnerTable): PartnerRow[] {
  const latest = latestPeriod(table);
  return table.rows.filter((row) => row.field === "all" && row.period === latest && row.rank <= 10);
}

/** The latest period of a partner table (its last summary in period order). */
export function latestPeriod(table: PartnerTable): string | undefined {
  const periods = [...new Set(table.rows.filter((r) => r.field === "all").map((r) => r.period))];
  return periods
    .sort((a, b) => Number(a.slice(0, 4)) - Number(b.slice(0, 4)) || compareCodeUnits(a, b))
    .at(-1);
}

function partnersSection(table: PartnerTable): ReportSection {
  const name = countryName(table.focal);
  const rows = leadingPartners(table);
  const latest = latestPeriod(table);
  const summary = table.groups.find((group) => group.field === "all" && group.period === latest);
  const compared = table.compare;
  return {
    id: `partners-${table.focal}`,
    title: `Partner countries of ${name}`,
    lead:
      rows.length === 0
        ? [`${name} has no internationally co-authored paper in these periods.`]
        : [
            `${possessive(name)} ${summary?.focalInternational ?? 0} internationally co-authored papers of ${periodText(latest ?? "")}: the share that includes each partner${compared === null ? "" : `, and its rank in ${periodText(compared)}`}.`,
          ],
    tables:
      rows.length === 0
        ? []
        : [
            {
              header: [
                "Rank",
                "Partner",
                "Papers",
                "Share",
                ...(compared === null ? [] : [`Rank ${periodText(compared)}`, "Move"]),
              ],
              rows: rows.map((row) => [
                `${row.rank}`,
                countryName(row.partner),
                `${row.papers}`,
                percent(row.share),
                ...(compared === null
                  ? []
                  : [
                      row.previousRank === null ? "–" : `${row.previousRank}`,
                      row.movement === null ? "" : MOVES[row.movement],
                    ]),
              ]),
              numeric: [0, 2, 3, ...(compared === null ? [] : [4])],
            },
          ],
    note: `Integer counting: a paper counts once for each of its partners, so shares add up to more than 100%; ranks are competition ranks (equal counts share a rank).`,
    files: `Every partner is in partners-${table.focal}.csv and partners-${table.focal}.json.`,
    methods: ["9", "6"],
  };
}

const MOVES: Readonly<Record<NonNullable<PartnerRow["movement"]>, string>> = {
  up: "↑ up",
  down: "↓ down",
  same: "→ same",
  new: "new",
};

function networkSection(report: Report): ReportSection {
  const { network, metrics, core, maxCountriesPerPaper, papersLeftOut } = report.network;
  const ranked = [...metrics.nodes]
    .sort((a, b) => b.strength - a.strength || compareCodeUnits(a.id, b.id))
    .slice(0, 10);
  const papers = new Map(network.nodes.map((node) => [node.key, node.papers]));
  return {
    id: "network",
    title: "The country collaboration network",
    lead:
      network.edges.length === 0
        ? ["No two countries share a paper: there is no network to show."]
        : [
            `${network.nodes.length} countries, ${network.edges.length} links. ${
              papersLeftOut === 0
                ? `No paper has more than ${maxCountriesPerPaper} countries`
                : `${papersLeftOut} ${papersLeftOut === 1 ? "paper" : "papers"} with more than ${maxCountriesPerPaper} countries ${papersLeftOut === 1 ? "adds" : "add"} no links`
            } (such a paper would link almost every country to every other).`,
            core.members.length === 0
              ? `Core: no two countries share at least ${core.minWeight} fractional paper.`
              : `Core (each linked to at least ${core.k} other ${core.k === 1 ? "country" : "countries"} of the core by links of at least ${core.minWeight} fractional paper): ${core.members.map(countryName).sort(compareCodeUnits).join(", ")}.`,
          ],
    tables:
      network.edges.length === 0
        ? []
        : [
            {
              header: ["Country", "Papers", "Partners", "Strength", "Core number", "Community"],
              rows: ranked.map((node) => [
                countryName(node.id),
                `${papers.get(node.id) ?? 0}`,
                `${node.degree}`,
                fixed(node.strength, 1),
                `${node.core}`,
                `${node.community}`,
              ]),
              numeric: [1, 2, 3, 4, 5],
            },
          ],
    note: `Fractional link weights (a paper with n countries adds 1/(n−1) to each of its pairs); all years; the ten countries with the most collaboration strength. The core is the innermost k-core of the links of at least ${core.minWeight} fractional paper.`,
    files:
      "Every country is in country-network.graphml (Gephi), country-network-nodes.csv and country-network.json.",
    methods: ["11", "11.4"],
  };
}
