/**
 * The project table: what a programme funded and how to recognise its papers (docs/methodology.md
 * §12.1). One row per project with its grant ids, its partner countries, and optional explicit
 * DOI and UT lists, funder patterns and partner researchers' ORCID iDs. Analysts keep it in a
 * spreadsheet, so CSV is the main form (JSON too, for services). Every cell is checked here,
 * once, and a bad one is an error naming the file, line and column (a JSON table: the project's
 * position and the key), never a project silently selecting nothing.
 */
import * as z from "zod";
import { compareCodeUnits } from "../common/compare-code-units.ts";
import { checkOptions } from "../diagnostics/checked-options.ts";
import { CopubError } from "../diagnostics/errors.ts";
import { type CountryOptionsInput, CountryOptionsSchema } from "../normalize/country-options.ts";
import { countryKeyOf, countryName, nearestCountries } from "../normalize/country-vocabulary.ts";
import { validOrcid } from "../normalize/orcid.ts";
import { csvRows } from "../read/csv-rows.ts";
import { normalizeDoi, normalizeUt } from "../read/identifiers.ts";
import { readTextFile } from "../read/source.ts";
import { normalizeGrantId } from "./grant-ids.ts";

/** One project of a programme, every cell checked and normalized. */
export const ProjectSchema = z.object({
  /** The project's id, unique in the table. */
  project: z.string().min(1),
  /** Grant ids, normalized (upper case, no spaces or hyphens), distinct, in table order. */
  grants: z.array(z.string().min(1)),
  /** Partner countries `S` (§12.2), country keys, distinct and sorted. */
  partners: z.array(z.string()),
  /** DOIs listed for the project, as written. */
  dois: z.array(z.string()),
  /** UTs listed for the project, as written. */
  uts: z.array(z.string()),
  /** Funder patterns: case-insensitive regular expressions over FU agencies and FX (§12.1). */
  funders: z.array(z.string()),
  /** Partner researchers' ORCID iDs for the ORCID rule (§12.2), normalized, distinct and sorted. */
  orcids: z.array(z.string()),
});

/** One project of a programme. */
export type Project = z.infer<typeof ProjectSchema>;

/** The columns of a project table; `project` is required, the others may be left out. */
export const PROJECT_COLUMNS = ["project", "grants", "partners", "dois", "uts", "funders", "orcids"] as const;

type Column = (typeof PROJECT_COLUMNS)[number];
type ListColumn = Exclude<Column, "project">;

/** Where a cell is, for messages: `file:line:column (name)` or `file: projects[2].partners`. */
type Place = string;

/** At most this many problems are listed in one error; the count of the rest follows. */
const MAX_PROBLEMS = 20;

/**
 * Parses a project table, CSV or JSON (an array of objects whose values are strings with `;`
 * between items, or arrays of strings).
 * @param text - the table's text
 * @param file - its name in messages
 * @param countryOptions - the country switches the partners are read under (those of the corpus)
 * @throws CopubError `invalid-option` listing every bad cell with its line and column: an
 *   unknown column, a missing or repeated project id, an unknown country, an empty DOI, a bad
 *   ORCID iD or pattern, a project with no selector
 * @example
 * parseProjectTable("project,grants,partners\nASPIRE-1,JPMJ AP-9999,United Kingdom\n", "projects.csv")
 * // → [{ project: "ASPIRE-1", grants: ["JPMJAP9999"], partners: ["GB"], dois: [], uts: [], funders: [], orcids: [] }]
 */
export function parseProjectTable(
  text: string,
  file: string,
  countryOptions: CountryOptionsInput = {},
): Project[] {
  checkOptions(CountryOptionsSchema, countryOptions, "project table country options");
  const problems: string[] = [];
  const rows = /^\uFEFF?\s*[[{]/.test(text) ? jsonRows(text, file) : csvProjectRows(text, file, problems);
  const projects: Project[] = [];
  const seen = new Map<string, Place>();
  for (const row of rows) {
    const project = projectOf(row, countryOptions, problems);
    if (project === null) continue;
    const earlier = seen.get(project.project);
    if (earlier !== undefined)
      problems.push(`${row.place("project")}: project "${project.project}" is also at ${earlier}`);
    else seen.set(project.project, row.place("project"));
    projects.push(project);
  }
  if (problems.length === 0 && projects.length === 0)
    problems.push(`${file}: the project table has no project`);
  if (problems.length > 0) {
    const more = problems.length > MAX_PROBLEMS ? [`… and ${problems.length - MAX_PROBLEMS} more`] : [];
    throw new CopubError(
      "invalid-option",
      [
        `${file}: the project table has ${problems.length === 1 ? "a problem" : `${problems.length} problems`}:`,
        ...problems.slice(0, MAX_PROBLEMS),
        ...more,
      ].join("\n  "),
      file,
    );
  }
  return projects;
}

/**
 * Reads and parses a project table file (see `parseProjectTable`).
 * @param path - a `.csv` or `.json` file
 * @param countryOptions - the country switches the partners are read under
 * @throws CopubError `not-found`, `unreadable`, or `invalid-option` for bad content
 * @example
 * await loadProjectTable("projects.csv") // → [{ project: "ASPIRE-1", grants: ["JPMJAP9999"], partners: ["GB"], … }]
 */
export async function loadProjectTable(
  path: string,
  countryOptions: CountryOptionsInput = {},
): Promise<Project[]> {
  checkOptions(CountryOptionsSchema, countryOptions, "project table country options");
  return parseProjectTable(await readTextFile(path, "project table"), path, countryOptions);
}

/** One row of either form: its cells by column and where each cell is. */
interface RawRow {
  readonly values: Partial<Record<Column, readonly string[]>>;
  readonly place: (column: Column, item?: number) => Place;
}

function csvProjectRows(text: string, file: string, problems: string[]): RawRow[] {
  const [header, ...body] = csvRows(text, file);
  if (header === undefined) return [];
  const columns = new Map<Column, number>();
  header.cells.forEach((cell, i) => {
    const name = cell.trim();
    if ((PROJECT_COLUMNS as readonly string[]).includes(name)) {
      if (columns.has(name as Column))
        problems.push(`${file}:${header.line}:${i + 1}: column "${name}" appears twice`);
      columns.set(name as Column, i);
    } else
      problems.push(
        `${file}:${header.line}:${i + 1}: unknown column "${name}" (columns: ${PROJECT_COLUMNS.join(", ")})`,
      );
  });
  if (!columns.has("project")) problems.push(`${file}:${header.line}: the header has no "project" column`);
  if (problems.length > 0) return [];
  return body.map(({ cells, line }) => {
    const values: Partial<Record<Column, readonly string[]>> = {};
    for (const [column, i] of columns)
      values[column] = column === "project" ? [(cells[i] ?? "").trim()] : splitCell(cells[i] ?? "");
    return { values, place: (column) => `${file}:${line}:${(columns.get(column) ?? 0) + 1} (${column})` };
  });
}

function jsonRows(text: string, file: string): RawRow[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (error) {
    throw new CopubError(
      "invalid-option",
      `${file}${jsonErrorPlace(text, error)}: not valid JSON: ${error instanceof Error ? error.message : String(error)}`,
      file,
      { cause: error },
    );
  }
  const list = Array.isArray(parsed) ? parsed : (parsed as { projects?: unknown }).projects;
  if (!Array.isArray(list))
    throw new CopubError(
      "invalid-option",
      `${file}: a JSON project table is an array of projects (or { "projects": [...] })`,
      file,
    );
  return list.map((entry: unknown, index) => {
    const where = `${file}: projects[${index}]`;
    const values: Partial<Record<Column, readonly string[]>> = {};
    const bad: string[] = [];
    if (typeof entry !== "object" || entry === null || Array.isArray(entry))
      bad.push(`${where}: not an object`);
    else
      for (const [key, value] of Object.entries(entry)) {
        if (!(PROJECT_COLUMNS as readonly string[]).includes(key)) {
          bad.push(`${where}: unknown key "${key}" (keys: ${PROJECT_COLUMNS.join(", ")})`);
          continue;
        }
        const column = key as Column;
        if (typeof value === "string")
          values[column] = column === "project" ? [value.trim()] : splitCell(value);
        else if (
          column !== "project" &&
          Array.isArray(value) &&
          value.every((item) => typeof item === "string")
        )
          values[column] = value.map((item: string) => item.trim()).filter((item) => item !== "");
        else
          bad.push(
            `${where}.${key}: ${column === "project" ? "a string" : "a string or an array of strings"} expected`,
          );
      }
    if (bad.length > 0) throw new CopubError("invalid-option", bad.join("\n  "), file);
    return {
      values,
      place: (column, item) =>
        `${where}.${column}${item === undefined || column === "project" ? "" : `[${item}]`}`,
    };
  });
}

/** `file:line:column` of a JSON syntax error, from the position its message gives. */
function jsonErrorPlace(text: string, error: unknown): string {
  const position = /position (\d+)/.exec(error instanceof Error ? error.message : "")?.[1];
  if (position === undefined) return "";
  const before = text.slice(0, Number(position)).split("\n");
  return `:${before.length}:${(before.at(-1)?.length ?? 0) + 1}`;
}

function splitCell(cell: string): string[] {
  return cell
    .split(";")
    .map((item) => item.trim())
    .filter((item) => item !== "");
}

function projectOf(row: RawRow, countryOptions: CountryOptionsInput, problems: string[]): Project | null {
  const id = row.values.project?.[0] ?? "";
  if (id === "") {
    problems.push(`${row.place("project")}: the project id is empty`);
    return null;
  }
  const items = (column: ListColumn) => row.values[column] ?? [];
  const check = <T>(column: ListColumn, convert: (item: string, place: Place) => T | null): T[] =>
    items(column).flatMap((item, i) => {
      const value = convert(item, row.place(column, i));
      return value === null ? [] : [value];
    });
  const fail = (place: Place, what: string): null => {
    problems.push(`${place}: ${what}`);
    return null;
  };
  const grants = check("grants", (item, place) =>
    /[\p{L}\p{N}]/u.test(item)
      ? normalizeGrantId(item)
      : fail(place, `grant id "${item}" has no letter or digit`),
  );
  const partners = check("partners", (item, place) => {
    const key = countryKeyOf(item, countryOptions);
    if (key !== null) return key;
    const [near] = nearestCountries(item);
    return fail(
      place,
      `"${item}" is not a country${near === undefined ? "" : `; did you mean ${countryName(near)} (${near})?`}`,
    );
  });
  const dois = check("dois", (item, place) =>
    normalizeDoi(item) === null ? fail(place, `DOI "${item}" is empty after its prefix`) : item,
  );
  const uts = check("uts", (item) => item);
  const funders = check("funders", (item, place) => {
    try {
      new RegExp(item, "iu");
      return item;
    } catch (error) {
      return fail(
        place,
        `funder pattern /${item}/ is not a regular expression: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  });
  const orcids = check(
    "orcids",
    (item, place) =>
      validOrcid(item) ?? fail(place, `"${item}" is not a valid ORCID iD (0000-0002-1825-0097)`),
  );
  if (
    // Judged on the cells as written: a bad id there has its own problem already.
    items("grants").length + items("dois").length + items("uts").length + items("funders").length ===
    0
  )
    problems.push(
      `${row.place("project")}: project "${id}" has no grant id, DOI, UT or funder pattern to select its papers by`,
    );
  return {
    project: id,
    grants: [...new Set(grants)],
    partners: [...new Set(partners)].sort(compareCodeUnits),
    // One entry per identifier as compared: the first spelling listed stays.
    dois: [...new Map(dois.map((doi) => [normalizeDoi(doi), doi])).values()],
    uts: [...new Map(uts.map((ut) => [normalizeUt(ut), ut])).values()],
    funders: [...new Set(funders)],
    orcids: [...new Set(orcids)].sort(compareCodeUnits),
  };
}
