/**
 * Names beside codes in the data outputs. JSON and CSV keep every code their consumers read
 * (`country`, `partner`, `focal`, `field`) and add, right after each, the name people read:
 * `name`, `partnerName`, `focalName`, `fieldName`. Added keys and columns only, so the contract of
 * every table holds; one module, so every command names the same codes the same way.
 */
import { fieldName } from "../normalize/field-vocabulary.ts";
import { countryLabel } from "./_labels.ts";
import { type CsvCell, csvChunks } from "./csv.ts";
import { joinChunks, mapped } from "./text-chunks.ts";

/** Each code key with the key of its name and how the name is found. */
const NAMED: Readonly<Record<string, readonly [string, (code: string) => string]>> = {
  country: ["name", countryLabel],
  focal: ["focalName", countryLabel],
  partner: ["partnerName", countryLabel],
  field: ["fieldName", fieldName],
};

/**
 * A value ready for JSON with a name after every code: in every object, at any depth, a string
 * `country` is followed by `name`, `focal` by `focalName`, `partner` by `partnerName` and `field`
 * by `fieldName`. Other keys, their order and arrays of codes (`highlight`) are left as they are.
 * @param value - a table or any JSON-ready value
 * @example
 * withNames({ rows: [{ country: "JP", period: "2021", field: "chem", papers: 6 }] })
 * // → { rows: [{ country: "JP", name: "Japan", period: "2021", field: "chem", fieldName: "Chemistry", papers: 6 }] }
 * withNames({ focal: "US", partner: "KR" })
 * // → { focal: "US", focalName: "United States", partner: "KR", partnerName: "South Korea" }
 */
export function withNames<T>(value: T): T {
  return named(value) as T;
}

/**
 * CSV columns with a name column after every code column, as {@link withNames} names the keys.
 * @example
 * namedColumns(["country", "period", "field", "papers"]) // → ["country", "name", "period", "field", "fieldName", "papers"]
 */
export function namedColumns(columns: readonly string[]): string[] {
  return columns.flatMap((column) => {
    const naming = NAMED[column];
    return naming === undefined ? [column] : [column, naming[0]];
  });
}

/**
 * Rows as CSV in the given columns, each code column followed by its name column; a key a row
 * lacks is an empty cell.
 * @param columns - the row keys to write, in order (without the name columns)
 * @param rows - the rows, keyed by column
 * @example
 * namedCsv(["country", "papers"], [{ country: "JP", papers: 6 }, { country: "WORLD" }])
 * // → "country,name,papers\nJP,Japan,6\nWORLD,World,\n"
 */
export function namedCsv(
  columns: readonly string[],
  rows: Iterable<Readonly<Record<string, CsvCell | undefined>>>,
): string {
  return joinChunks(namedCsvChunks(columns, rows));
}

/**
 * The chunks of `namedCsv(columns, rows)`: rows named and written one at a time as they come.
 * @example
 * [...namedCsvChunks(["country"], [{ country: "JP" }])].join("") // → "country,name\nJP,Japan\n"
 */
export function namedCsvChunks(
  columns: readonly string[],
  rows: Iterable<Readonly<Record<string, CsvCell | undefined>>>,
): Generator<string, void, undefined> {
  const all = namedColumns(columns);
  return csvChunks(
    all,
    mapped(rows, (row) => {
      const named = withNames(row);
      return all.map((column) => named[column] ?? null);
    }),
  );
}

function named(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(named);
  if (value === null || typeof value !== "object") return value;
  const entries: [string, unknown][] = [];
  for (const [key, inner] of Object.entries(value)) {
    entries.push([key, named(inner)]);
    const naming = NAMED[key];
    if (naming !== undefined && typeof inner === "string") entries.push([naming[0], naming[1](inner)]);
  }
  return Object.fromEntries(entries);
}
