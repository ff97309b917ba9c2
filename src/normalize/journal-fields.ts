/**
 * The user's journal → ESI field table (docs/methodology.md §7.4 step 1): the recommended way to give
 * papers ESI fields, since ESI assigns fields to journals and a WoS Category mapping only
 * approximates it. Users with ESI access export ESI's journal list into it. It overrides the
 * default category mapping of the WoS Category table (`data/wc-to-esi.ts`).
 *
 * CSV format (§7.4 leaves the layout open; copub's choice [D]): a header row naming the columns
 * `journalKey` and `esiField` (any case, any order, other columns ignored), then one row per key.
 * `journalKey` is an ISSN, an eISSN, a J9 abbreviation or a source title, so a journal takes as
 * many rows as it has keys. `esiField` is an ESI code (`CHE`) or a §7.1 field name in any
 * case (`Chemistry`, `SOCIAL SCIENCES, GENERAL`). A key given twice with different fields is an error.
 *
 * ```csv
 * journalKey,esiField
 * 0028-0836,Multidisciplinary
 * NATURE,MUL
 * "J AM CHEM SOC",CHE
 * ```
 */
import { fileURLToPath } from "node:url";
import { CopubError } from "../diagnostics/errors.ts";
import { type CsvRow, CsvSyntaxError, csvRows } from "../read/csv-rows.ts";
import { readTextFile } from "../read/source.ts";
import type { WosRecord } from "../read/wos-record.ts";
import { nameKey } from "./_name-key.ts";
import { ESI_FIELDS, type EsiFieldId } from "./data/esi-fields.ts";

/** Journal keys (normalized by `journalKey`) and their ESI fields. */
export type JournalFieldTable = ReadonlyMap<string, EsiFieldId>;

/** A journal table that cannot be used: a CSV syntax error, a missing column, a bad or conflicting row. */
export class JournalTableError extends CopubError {
  /** 1-based line of the offending row, or `null` when the problem is not on one line (an empty file). */
  readonly line: number | null;

  /**
   * @param message - a sentence naming the file, the line and what was expected
   * @param file - the table's file name
   * @param line - 1-based line, or `null`
   * @param options - standard `ErrorOptions`, e.g. the csv-parse `cause`
   */
  constructor(message: string, file: string, line: number | null, options?: ErrorOptions) {
    super("invalid-option", message, file, options);
    this.line = line;
  }
}

const ISSN = /^(\d{4})-?(\d{3}[\dX])$/;

/**
 * Normalizes a journal key: an ISSN becomes `NNNN-NNNC` (hyphen added, check digit `X` upper
 * case), anything else (J9, title) is folded as WoS names are (whitespace collapsed, upper case).
 * @example
 * journalKey("0028083x") // → "0028-083X"
 */
export function journalKey(key: string): string {
  const folded = nameKey(key);
  const issn = ISSN.exec(folded);
  return issn === null ? folded : `${issn[1]}-${issn[2]}`;
}

const FIELD_BY_NAME: ReadonlyMap<string, EsiFieldId> = new Map(
  ESI_FIELDS.flatMap((field) => [
    [nameKey(field.id), field.id] as const,
    [nameKey(field.name), field.id] as const,
  ]),
);

/**
 * Reads an ESI field written as an ESI code or a §7.1 name, in any case; `null` if neither.
 * @example
 * esiFieldOfName("social sciences, general") // → "SOC"
 */
export function esiFieldOfName(name: string): EsiFieldId | null {
  return FIELD_BY_NAME.get(nameKey(name)) ?? null;
}

/**
 * Parses a journal table in the CSV format above.
 * @param text - the CSV text (a BOM, CRLF and quoted fields are fine)
 * @param file - the name errors give for the table, e.g. `"esi-journals.csv"`
 * @throws {JournalTableError} on a CSV syntax error, a missing column, an empty key, an unknown
 *   field or a key given two fields; `line` names the row
 * @example
 * parseJournalFieldsCsv("journalKey,esiField\n0028-0836,MUL\n", "j.csv") // → Map { "0028-0836" → "MUL" }
 */
export function parseJournalFieldsCsv(text: string, file: string): JournalFieldTable {
  let rows: CsvRow[];
  try {
    rows = csvRows(text, file, { trim: true });
  } catch (error) {
    if (!(error instanceof CsvSyntaxError)) throw error;
    throw new JournalTableError(error.message, file, error.line, { cause: error.cause });
  }
  const [header, ...body] = rows;
  if (header === undefined) throw new JournalTableError(`${file}: the journal table is empty`, file, null);
  const column = (name: string): number => {
    const index = header.cells.findIndex((cell) => nameKey(cell) === nameKey(name));
    if (index === -1) {
      const message = `${file}:${header.line}: the header has no "${name}" column (expected journalKey,esiField)`;
      throw new JournalTableError(message, file, header.line);
    }
    return index;
  };
  const [keyColumn, fieldColumn] = [column("journalKey"), column("esiField")];
  const table = new Map<string, EsiFieldId>();
  const lineOfKey = new Map<string, number>();
  for (const { cells, line } of body) {
    const fail = (what: string): never => {
      throw new JournalTableError(`${file}:${line}: ${what}`, file, line);
    };
    const rawKey = cells[keyColumn] ?? "";
    const rawField = cells[fieldColumn] ?? "";
    const key = journalKey(rawKey);
    if (key === "") fail("journalKey is empty");
    const field =
      esiFieldOfName(rawField) ?? fail(`esiField "${rawField}" is neither an ESI code nor an ESI field name`);
    const earlier = table.get(key);
    if (earlier !== undefined && earlier !== field) {
      fail(`journal key "${rawKey}" is ${field} here but ${earlier} on line ${lineOfKey.get(key)}`);
    }
    if (earlier === undefined) {
      table.set(key, field);
      lineOfKey.set(key, line);
    }
  }
  return table;
}

/**
 * Reads and parses a journal table CSV file.
 * @param path - a file path or `file:` URL
 * @throws {CopubError} `not-found` or `unreadable`; `JournalTableError` for bad content
 * @example
 * await loadJournalFieldsCsv("esi-journals.csv") // → Map { "0028-0836" → "MUL", "NATURE" → "MUL", … }
 */
export async function loadJournalFieldsCsv(path: string | URL): Promise<JournalFieldTable> {
  const file = typeof path === "string" ? path : fileURLToPath(path);
  return parseJournalFieldsCsv(await readTextFile(file, "journal table"), file);
}

/** Which record field matched the journal table (§7.4: ISSN, then eISSN, then J9, then source title). */
export type JournalMatch = "issn" | "eissn" | "J9" | "source-title";

/**
 * Finds a record's journal in the table, trying ISSN, eISSN, J9 and source title in that order.
 * @param table - from {@link parseJournalFieldsCsv} or {@link loadJournalFieldsCsv}
 * @param record - the record's `issn`, `eissn`, `sourceAbbreviation` (J9) and `sourceTitle`
 * @example
 * journalField(table, { issn: null, eissn: "1476-4687", sourceAbbreviation: "NATURE", sourceTitle: "NATURE" })
 * // → { esi: "MUL", matchedBy: "eissn" }   (when the table lists 1476-4687)
 */
export function journalField(
  table: JournalFieldTable,
  record: Pick<WosRecord, "issn" | "eissn" | "sourceAbbreviation" | "sourceTitle">,
): { esi: EsiFieldId; matchedBy: JournalMatch } | null {
  const candidates: readonly [JournalMatch, string | null][] = [
    ["issn", record.issn],
    ["eissn", record.eissn],
    ["J9", record.sourceAbbreviation],
    ["source-title", record.sourceTitle],
  ];
  for (const [matchedBy, value] of candidates) {
    const esi = value === null ? undefined : table.get(journalKey(value));
    if (esi !== undefined) return { esi, matchedBy };
  }
  return null;
}
