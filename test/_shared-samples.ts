// Access to the real WoS exports in ../shared/data-samples/wos and to the record counts that
// its PROVENANCE.md states. Tests read the counts from the document, never from a copy.
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** Folder of the shared WoS samples (../shared/data-samples/wos from the project root). */
export const SHARED_WOS = fileURLToPath(new URL("../../shared/data-samples/wos/", import.meta.url));

/** Whether the shared samples are present; tests that need them skip with this reason otherwise. */
export const HAVE_SHARED = existsSync(`${SHARED_WOS}PROVENANCE.md`);

/** Label to append to a describe block that needs the shared samples. */
export const NEEDS_SHARED = HAVE_SHARED ? "" : " [SKIPPED: ../shared/data-samples/wos is absent]";

/** One row of PROVENANCE.md's files table. */
export interface ProvenanceFile {
  /** Path relative to the wos folder, e.g. `plaintext/kth-2024-2025-95rec.txt`. */
  readonly file: string;
  /** `plaintext`, `tabdelimited` or `xml`, as the table writes it. */
  readonly format: string;
  /** Number of records the table states. */
  readonly records: number;
}

/** Parses the files table of PROVENANCE.md by its column names. */
export function provenanceFiles(): ProvenanceFile[] {
  const lines = readFileSync(`${SHARED_WOS}PROVENANCE.md`, "utf8").split("\n");
  const headerIndex = lines.findIndex((line) => /^\|\s*#\s*\|\s*file\s*\|/.test(line));
  if (headerIndex === -1) throw new Error("PROVENANCE.md: files table not found");
  const cells = (line: string): string[] =>
    line
      .split("|")
      .slice(1, -1)
      .map((c) => c.trim());
  const header = cells(lines[headerIndex] ?? "");
  const column = (name: string): number => {
    const index = header.indexOf(name);
    if (index === -1) throw new Error(`PROVENANCE.md: no column "${name}"`);
    return index;
  };
  const [fileColumn, formatColumn, recordsColumn] = [column("file"), column("format"), column("records")];
  const rows: ProvenanceFile[] = [];
  for (const line of lines.slice(headerIndex + 2)) {
    if (!line.startsWith("|")) break;
    const row = cells(line);
    const records = /^\d+/.exec(row[recordsColumn] ?? "")?.[0];
    if (records === undefined) throw new Error(`PROVENANCE.md: no record count in "${line}"`);
    rows.push({
      file: (row[fileColumn] ?? "").replace(/`/g, ""),
      format: row[formatColumn] ?? "",
      records: Number(records),
    });
  }
  return rows;
}
