/**
 * copub's tables as workbook sheets (`output/xlsx.ts`): the rows of the CSV with the columns
 * people read. Every country (`country`, `focal`, `partner`) is shown by name with its code in
 * the column beside it, every field by name with its key beside it; numbers stay unrounded
 * numbers (shares 0–1 shown as percentages); the papers without a country are the
 * `UNATTRIBUTED` rows, as in the CSV (methodology §4.6); country rows are in name order, the world
 * last, as in the Markdown. One description per table, so the report's workbook and each
 * command's `--format xlsx` show a table the same way.
 */
import { compareCodeUnits } from "../common/compare-code-units.ts";
import type { CorpusAccounting, FileAccount } from "../corpus/corpus.ts";
import type { CollaborationTable } from "../indicators/collaboration/collaboration.ts";
import type { ImpactTable } from "../indicators/impact/impact-table.ts";
import type { PartnerTable } from "../indicators/partners/partners.ts";
import type { TopCitedTable } from "../indicators/top-cited/top-cited-table.ts";
import { fieldName } from "../normalize/field-vocabulary.ts";
import type { ProgrammeResult } from "../programme/programme-result.ts";
import { byCountryName, countryLabel, UNATTRIBUTED } from "./_labels.ts";
import type { NamedRow } from "./named-rows.ts";
import type { XlsxCell, XlsxColumnKind, XlsxSheet } from "./xlsx.ts";

/** A row as the sheet reads it: cells by key, a missing key an empty cell. */
type KeyedRow = Readonly<Record<string, XlsxCell | undefined>>;

/** A column by the row key it shows: `[key, header, kind]`. */
type KeyedColumn = readonly [key: string, header: string, kind: XlsxColumnKind];

/** Code keys shown by name, their code in the next column. */
const NAMES: Readonly<Record<string, (code: string) => string>> = {
  country: countryLabel,
  focal: countryLabel,
  partner: countryLabel,
  field: fieldName,
};

/**
 * A sheet of keyed rows: a code column (`country`, `focal`, `partner`, `field`) becomes its name
 * under the header and the code under "<header> code".
 * @example
 * keyedSheet("T", [["country", "Country", "text"], ["papers", "Papers", "integer"]], [{ country: "JP", papers: 6 }])
 * // → { name: "T", columns: [Country, Country code, Papers], rows: [["Japan", "JP", 6]] }
 */
function keyedSheet(name: string, columns: readonly KeyedColumn[], rows: readonly KeyedRow[]): XlsxSheet {
  const named = (key: string) => NAMES[key];
  return {
    name,
    columns: columns.flatMap(([key, header, kind]) =>
      named(key) === undefined
        ? [{ header, kind }]
        : [
            { header, kind: "text" as const },
            { header: `${header} code`, kind: "text" as const },
          ],
    ),
    rows: rows.map((row) =>
      columns.flatMap(([key]) => {
        const value = row[key] ?? null;
        const label = named(key);
        if (label === undefined) return [value];
        return typeof value === "string" ? [label(value), value] : [null, null];
      }),
    ),
  };
}

/** Country rows in name order (the world last), then the unattributed rows. */
function countryRows(rows: readonly KeyedRow[], unattributed: readonly KeyedRow[]): KeyedRow[] {
  return [...byCountryName(rows), ...unattributed.map((row) => ({ ...row, country: UNATTRIBUTED }))];
}

const KEYS: readonly KeyedColumn[] = [
  ["country", "Country", "text"],
  ["period", "Period", "text"],
  ["field", "Field", "text"],
];

/**
 * The collaboration table (methodology §5): counts per country, period and field (yearly
 * averages for windows, fractional under fractional counting) and the international share.
 * @param table - from `collaborationIndicators`
 * @param name - the sheet's name
 * @example
 * collaborationSheet(collaborationIndicators(C.papers)).rows[0]
 * // → ["China", "CN", "2021", "All fields", "all", 1, 0, 0, 0, 1, 1, 0, 1]
 */
export function collaborationSheet(table: CollaborationTable, name = "Collaboration"): XlsxSheet {
  return keyedSheet(
    name,
    [
      ...KEYS,
      ["papers", "Papers", "count"],
      ["domestic", "Domestic", "count"],
      ["domesticSingleInstitution", "Single institution", "count"],
      ["domesticMultiInstitution", "Multi-institution", "count"],
      ["international", "International", "count"],
      ["bilateral", "Bilateral", "count"],
      ["multilateral", "Multilateral", "count"],
      ["internationalShare", "International share", "share"],
    ],
    countryRows(
      table.rows,
      table.unattributed.map(({ period, field, unattributed }) => ({ period, field, papers: unattributed })),
    ),
  );
}

/**
 * The Top-x% table (methodology §8): Top-x% papers split into domestic and international, the
 * share of the world's and of the country's papers.
 * @param table - from `topCited`
 * @param name - the sheet's name; default `Top10%` (or `Top1%`)
 * @example
 * topCitedSheet(topCited(T.papers, { reference: "corpus" })).columns.map((c) => c.header).slice(5, 8)
 * // → ["Papers", "Top10%", "Top10% domestic"]
 */
export function topCitedSheet(table: TopCitedTable, name = `Top${table.percentile}%`): XlsxSheet {
  const top = `Top${table.percentile}%`;
  return keyedSheet(
    name,
    [
      ...KEYS,
      ["papers", "Papers", "count"],
      ["top", top, "count"],
      ["topDomestic", `${top} domestic`, "count"],
      ["topInternational", `${top} international`, "count"],
      ["topBilateral", `${top} bilateral`, "count"],
      ["topMultilateral", `${top} multilateral`, "count"],
      ["topShareOfWorld", `Share of world ${top}`, "share"],
      ["topShareOfPapers", `${top} of papers`, "share"],
    ],
    countryRows(
      table.rows,
      table.unattributed.map(({ period, field, papers, top }) => ({ period, field, papers, top })),
    ),
  );
}

/**
 * The citation impact table (methodology §10): papers, citations, MCS, MNCS, CNCI and the
 * relative citation impact.
 * @param table - from `citationImpact`
 * @param name - the sheet's name
 * @example
 * impactSheet(citationImpact(papers, { reference: "corpus" })).columns.at(-1)?.header // → "Relative citation impact"
 */
export function impactSheet(table: ImpactTable, name = "Impact"): XlsxSheet {
  return keyedSheet(
    name,
    [
      ...KEYS,
      ["papers", "Papers", "count"],
      ["citations", "Citations", "count"],
      ["mcs", "MCS", "ratio"],
      ["mncs", "MNCS", "ratio"],
      ["cnci", "CNCI", "ratio"],
      ["relativeCitationImpact", "Relative citation impact", "ratio"],
    ],
    countryRows(
      table.rows,
      table.unattributed.map(({ period, field, papers, citations }) => ({
        period,
        field,
        papers,
        citations,
      })),
    ),
  );
}

/**
 * A focal country's partners (methodology §9), every row of the table: per period and field the
 * partners by rank with their papers and share, the earlier rank and the reverse view.
 * @param table - from `partners`
 * @param name - the sheet's name; default `Partners <focal's name>`
 * @example
 * partnersSheet(partners(q.papers, { focal: "US" })).rows[0].slice(0, 8)
 * // → ["United States", "US", "2011", "All fields", "all", 1, "Japan", "JP"]
 */
export function partnersSheet(
  table: PartnerTable,
  name = `Partners ${countryLabel(table.focal)}`,
): XlsxSheet {
  return keyedSheet(
    name,
    [
      ["focal", "Focal country", "text"],
      ["period", "Period", "text"],
      ["field", "Field", "text"],
      ["rank", "Rank", "integer"],
      ["partner", "Partner", "text"],
      ["papers", "Papers", "integer"],
      ["share", "Share", "share"],
      ["previousRank", "Earlier rank", "integer"],
      ["rankChange", "Rank change", "integer"],
      ["movement", "Movement", "text"],
      ["inTop", "In top", "boolean"],
      ["focalInternational", "Focal international papers", "integer"],
      ["partnerInternational", "Partner international papers", "integer"],
      ["reverseShare", "Reverse share", "share"],
    ],
    table.rows,
  );
}

/**
 * Rows named as an external source names its indicators (`copub top --table cwts|incites`):
 * columns in key order, `PP(…)` proportions as percentages, other numbers as counts.
 * @param rows - the named rows
 * @param name - the sheet's name
 * @example
 * namedRowsSheet([{ country: "JP", P: 7, "PP(top 10%)": 0.25 }], "CWTS").columns.map((c) => c.kind)
 * // → ["text", "text", "count", "share"]
 */
export function namedRowsSheet(rows: readonly NamedRow[], name: string): XlsxSheet {
  const keys = Object.keys(rows[0] ?? {});
  const kind = (key: string): XlsxColumnKind =>
    key.startsWith("PP(") ? "share" : rows.some((row) => typeof row[key] === "number") ? "count" : "text";
  const header = (key: string) => (key === "country" ? "Country" : key === "field" ? "Field" : key);
  return keyedSheet(
    name,
    keys.map((key) => [key, header(key), kind(key)] as const),
    keys.includes("country") ? byCountryName(rows) : rows,
  );
}

/**
 * A programme evaluation (methodology §12) as sheets: the counts per reporting year for the
 * programme and each project (the CSV's rows), the selected papers, and the targets when set.
 * @param result - from `programme`
 * @example
 * programmeSheets(g).map((sheet) => sheet.name) // → ["Programme", "Programme papers", "Programme targets"]
 */
export function programmeSheets(result: ProgrammeResult): XlsxSheet[] {
  const year = result.period === "fiscal" ? "Fiscal year" : "Year";
  const counts: XlsxSheet = {
    name: "Programme",
    columns: [
      { header: "Level", kind: "text" },
      { header: "Project", kind: "text" },
      { header: year, kind: "year" },
      { header: "Papers", kind: "integer" },
      { header: "International", kind: "integer" },
      { header: "With partner", kind: "integer" },
    ],
    rows: [
      ...result.total.map((t) => ["programme", null, t.fiscalYear, t.papers, t.international, t.withPartner]),
      ...result.rows.map((r) => [
        "project",
        r.project,
        r.fiscalYear,
        r.papers,
        r.international,
        r.withPartner,
      ]),
    ],
  };
  const papers: XlsxSheet = {
    name: "Programme papers",
    columns: [
      { header: "UT", kind: "text" },
      { header: "DOI", kind: "text" },
      { header: "Projects", kind: "text" },
      { header: "Matched by", kind: "text" },
      { header: year, kind: "year" },
      { header: "Countries", kind: "text" },
      { header: "Country codes", kind: "text" },
      { header: "International", kind: "boolean" },
      { header: "With partner", kind: "boolean" },
    ],
    rows: result.papers.map((p) => [
      p.ut,
      p.doi,
      p.projects.join("; "),
      p.matchedBy.join("; "),
      p.fiscalYear,
      p.countries.map(countryLabel).join("; "),
      p.countries.join("; "),
      p.international,
      p.withPartner,
    ]),
  };
  if (result.targets.length === 0) return [counts, papers];
  const targets: XlsxSheet = {
    name: "Programme targets",
    columns: [
      { header: "Project", kind: "text" },
      { header: year, kind: "year" },
      { header: "Target", kind: "count" },
      { header: "Actual", kind: "integer" },
      { header: "Cumulative target", kind: "count" },
      { header: "Cumulative actual", kind: "integer" },
      { header: "Met", kind: "boolean" },
    ],
    rows: result.targets.map((t) => [
      t.project ?? "programme",
      t.fiscalYear,
      t.target,
      t.actual,
      t.cumulativeTarget,
      t.cumulativeActual,
      t.met,
    ]),
  };
  return [counts, papers, targets];
}

/**
 * Every record accounted for (methodology §13.4) as two sheets: `Records`, the counts from records
 * read to papers in scope with rejections and exclusions by reason, and `Inputs`, one row per file.
 * @param accounting - the corpus's record accounting
 * @param files - the corpus's input files
 * @example
 * accountingSheets(C.accounting, C.files)[0].rows.slice(0, 3) // → [["Records read", 8], ["Parsed", 8], ["Rejected", 0]]
 */
export function accountingSheets(accounting: CorpusAccounting, files: readonly FileAccount[]): XlsxSheet[] {
  const byReason = (prefix: string, counts: Readonly<Record<string, number | undefined>>) =>
    Object.entries(counts)
      .sort(([a], [b]) => compareCodeUnits(a, b))
      .map(([reason, count]): XlsxCell[] => [`${prefix}: ${reason}`, count ?? 0]);
  const records: XlsxSheet = {
    name: "Records",
    columns: [
      { header: "Records", kind: "text" },
      { header: "Count", kind: "integer" },
    ],
    rows: [
      ["Records read", accounting.records],
      ["Parsed", accounting.parsed],
      ["Rejected", accounting.rejected],
      ...byReason("Rejected", accounting.rejectedByCode),
      ["Unique papers (by UT)", accounting.unique],
      ["Duplicates", accounting.duplicates],
      ["Duplicates, identical", accounting.duplicatesIdentical],
      ["Duplicates, conflicting", accounting.duplicatesConflicting],
      ["In scope", accounting.inScope],
      ["Excluded", accounting.excluded],
      ...byReason("Excluded", accounting.excludedByReason),
      ["In scope without a country", accounting.unattributed],
    ],
  };
  const inputs: XlsxSheet = {
    name: "Inputs",
    columns: [
      { header: "File", kind: "text" },
      { header: "Format", kind: "text" },
      { header: "Records", kind: "integer" },
      { header: "Parsed", kind: "integer" },
      { header: "Rejected", kind: "integer" },
      { header: "SHA-256", kind: "text" },
      { header: "Producer", kind: "text" },
    ],
    rows: files.map((f) => [f.path, f.format, f.records, f.parsed, f.rejected, f.sha256, f.producer]),
  };
  return [records, inputs];
}
