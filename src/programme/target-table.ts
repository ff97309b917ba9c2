/**
 * A programme's targets: how many papers it promised per reporting year ("a target of 120 by
 * FY2027"), for the programme as a whole or per project. Kept as a CSV beside the project table
 * (`fiscalYear,target`, optionally `project`), checked cell by cell, and compared with the actual
 * counts, per year and cumulatively, by `programme`.
 */
import * as z from "zod";
import { compareCodeUnits } from "../common/compare-code-units.ts";
import { CopubError } from "../diagnostics/errors.ts";
import { csvRows } from "../read/csv-rows.ts";
import { readTextFile } from "../read/source.ts";

/** One target: a count promised for a reporting year, by the programme or one project. */
export const TargetSchema = z.object({
  /** The project it is set for, or `null` for the programme. */
  project: z.string().min(1).nullable(),
  /** The reporting year (a fiscal year, or a calendar year with `period: "calendar"`). */
  fiscalYear: z.number().int(),
  /** The promised count. */
  target: z.number().nonnegative(),
});

/** One target. */
export type Target = z.infer<typeof TargetSchema>;

const COLUMNS = ["project", "fiscalYear", "target"] as const;

/**
 * Parses a targets CSV: columns `fiscalYear` and `target`, optionally `project` (empty = the
 * programme). Sorted by project (programme first), then year.
 * @param text - the CSV text
 * @param file - its name in messages
 * @throws CopubError `invalid-option` naming the line and column of every bad cell: an unknown or
 *   missing column, a year or target that is not a number, a year given twice for one project
 * @example
 * parseTargetTable("fiscalYear,target\n2023,75\n2027,120\n", "targets.csv")
 * // → [{ project: null, fiscalYear: 2023, target: 75 }, { project: null, fiscalYear: 2027, target: 120 }]
 */
export function parseTargetTable(text: string, file: string): Target[] {
  const [header, ...body] = csvRows(text, file);
  if (header === undefined)
    throw new CopubError("invalid-option", `${file}: the targets table is empty`, file);
  const problems: string[] = [];
  const column = new Map<string, number>();
  header.cells.forEach((cell, i) => {
    const name = cell.trim();
    if (!(COLUMNS as readonly string[]).includes(name))
      problems.push(
        `${file}:${header.line}:${i + 1}: unknown column "${name}" (columns: fiscalYear, target, project)`,
      );
    column.set(name, i);
  });
  for (const required of ["fiscalYear", "target"])
    if (!column.has(required))
      problems.push(`${file}:${header.line}: the header has no "${required}" column`);
  const targets: Target[] = [];
  const seen = new Map<string, number>();
  if (problems.length === 0)
    for (const { cells, line } of body) {
      const cell = (name: string) => {
        const i = column.get(name);
        return {
          text: i === undefined ? "" : (cells[i] ?? "").trim(),
          at: `${file}:${line}:${(i ?? 0) + 1}`,
        };
      };
      const year = cell("fiscalYear");
      const target = cell("target");
      const project = cell("project").text;
      if (!/^\d{4}$/.test(year.text)) problems.push(`${year.at}: fiscalYear "${year.text}" is not a year`);
      if (!/^\d+(\.\d+)?$/.test(target.text))
        problems.push(`${target.at}: target "${target.text}" is not a non-negative number`);
      const key = `${project}\u0000${year.text}`;
      const earlier = seen.get(key);
      if (earlier !== undefined)
        problems.push(
          `${year.at}: ${project === "" ? "the programme" : `project "${project}"`} has a target for ${year.text} on line ${earlier} already`,
        );
      seen.set(key, line);
      targets.push({
        project: project === "" ? null : project,
        fiscalYear: Number(year.text),
        target: Number(target.text),
      });
    }
  if (problems.length > 0)
    throw new CopubError(
      "invalid-option",
      [`${file}: the targets table has problems:`, ...problems].join("\n  "),
      file,
    );
  return targets.sort(
    (a, b) =>
      Number(a.project !== null) - Number(b.project !== null) ||
      compareCodeUnits(a.project ?? "", b.project ?? "") ||
      a.fiscalYear - b.fiscalYear,
  );
}

/**
 * Reads and parses a targets CSV (see `parseTargetTable`).
 * @param path - the CSV file
 * @throws CopubError `not-found`, `unreadable`, or `invalid-option` for bad content
 * @example
 * await loadTargetTable("targets.csv") // → [{ project: null, fiscalYear: 2023, target: 75 }, …]
 */
export async function loadTargetTable(path: string): Promise<Target[]> {
  return parseTargetTable(await readTextFile(path, "targets table"), path);
}
