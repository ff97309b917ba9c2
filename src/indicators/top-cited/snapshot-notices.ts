/**
 * The notices about citation snapshots that every table scored against reference sets prints
 * (docs/methodology.md §8.2, §8.7): papers exported on different days (`mixed-citation-snapshots`),
 * and reference sets of years so close to the snapshot that their papers have had little time to be
 * cited (`recent-citation-window`). The Top-x% and citation impact tables word them the same way,
 * and name sets the same way.
 */
import type { ReferenceSetKey } from "./reference-sets.ts";

/** A notice of either kind. */
export interface SnapshotNotice {
  readonly code: "mixed-citation-snapshots" | "recent-citation-window";
  readonly detail: string;
}

/**
 * Reference sets as people read them in a notice: field and year, and the document type when
 * types are not pooled.
 * @example
 * setList([{ field: "PHY", year: 2021, docType: "all" }, { field: "Mathematics", year: 2021, docType: "Article" }])
 * // → "PHY 2021, Mathematics 2021 Article"
 */
export function setList(rows: readonly ReferenceSetKey[]): string {
  return rows.map((r) => `${r.field} ${r.year}${r.docType === "all" ? "" : ` ${r.docType}`}`).join(", ");
}

/**
 * `mixed-citation-snapshots` when the papers were exported on more than one day (§8.2).
 * @param snapshots - the distinct export dates, ascending
 * @returns the notice, or none
 * @example
 * mixedSnapshotsNotice(["2023-12-31", "2024-03-01"])
 * // → [{ code: "mixed-citation-snapshots", detail: "papers were exported on 2023-12-31, 2024-03-01: …" }]
 */
export function mixedSnapshotsNotice(snapshots: readonly string[]): SnapshotNotice[] {
  if (snapshots.length < 2) return [];
  return [
    {
      code: "mixed-citation-snapshots",
      detail: `papers were exported on ${snapshots.join(", ")}: their citation counts are not from one snapshot (methodology §8.2)`,
    },
  ];
}

/**
 * `recent-citation-window` naming the reference sets flagged as recent (§8.7).
 * @param snapshots - the distinct export dates, ascending (the latest is named)
 * @param rows - the table's reference sets with their recent-year flag
 * @param tail - words after the list, e.g. `"; their means rest on few citations"`
 * @returns the notice, or none
 * @example
 * recentWindowNotice(["2023-12-31"], [{ field: "PHY", year: 2022, docType: "all", recentCitationWindow: true }])
 * // → [{ code: "recent-citation-window", detail: "within two years of the citation snapshot 2023-12-31: PHY 2022" }]
 */
export function recentWindowNotice(
  snapshots: readonly string[],
  rows: readonly (ReferenceSetKey & { readonly recentCitationWindow: boolean | null })[],
  tail = "",
): SnapshotNotice[] {
  const recent = rows.filter((r) => r.recentCitationWindow === true);
  if (recent.length === 0) return [];
  return [
    {
      code: "recent-citation-window",
      detail:
        `within two years of the citation snapshot ${snapshots.at(-1) ?? ""}: ${setList(recent)}${tail}`.replace(
          " :",
          ":",
        ),
    },
  ];
}
