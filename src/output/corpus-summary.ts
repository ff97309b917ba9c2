/**
 * The account of a corpus as `copub corpus` prints it: the record accounting of docs/methodology.md
 * §13.4, per-file counts, duplicates, shared DOIs, warnings and rejections, as JSON or text.
 */
import type { Corpus } from "../corpus/corpus.ts";
import { formatRejection } from "../diagnostics/rejection.ts";
import { toTextTable } from "./text-table.ts";

/**
 * The corpus account as a JSON-ready object (no papers).
 * @example
 * corpusSummary(corpus).accounting // → { records: 9, parsed: 9, rejected: 0, unique: 8, duplicates: 1, … }
 */
export function corpusSummary(corpus: Corpus) {
  return {
    files: corpus.files,
    accounting: corpus.accounting,
    duplicates: corpus.duplicates,
    sharedDois: corpus.sharedDois,
    warningCounts: corpus.warningCounts,
    rejections: corpus.rejections.map((r) => ({
      file: r.file,
      line: r.line,
      id: r.recordId,
      code: r.code,
      reason: r.reason,
    })),
  };
}

/**
 * The corpus account as text: the accounting identities, then the counts behind them.
 * @example
 * corpusSummaryText(corpus)
 * // → "records seen   9 = 9 parsed + 0 rejected\nparsed         9 = 8 unique + 1 duplicates (1 identical, 0 conflicting)\n…"
 */
export function corpusSummaryText(corpus: Corpus): string {
  const a = corpus.accounting;
  const reasons = Object.entries(a.excludedByReason)
    .map(([reason, n]) => `${n} ${reason}`)
    .join(", ");
  const lines = [
    `records seen   ${a.records} = ${a.parsed} parsed + ${a.rejected} rejected`,
    `parsed         ${a.parsed} = ${a.unique} unique + ${a.duplicates} duplicates (${a.duplicatesIdentical} identical, ${a.duplicatesConflicting} conflicting)`,
    `unique         ${a.unique} = ${a.inScope} in scope + ${a.excluded} excluded${reasons === "" ? "" : ` (${reasons})`}`,
    `in scope       ${a.inScope}, of which ${a.unattributed} without a country (counted in world totals only)`,
    "",
    toTextTable(
      ["file", "format", "records", "parsed", "rejected"],
      corpus.files.map((f) => [f.path, f.format, String(f.records), String(f.parsed), String(f.rejected)]),
      [2, 3, 4],
    ).trimEnd(),
  ];
  const warnings = Object.entries(corpus.warningCounts);
  if (warnings.length > 0)
    lines.push("", "papers with warnings:", ...warnings.map(([code, n]) => `  ${code}: ${n}`));
  if (corpus.sharedDois.length > 0) {
    lines.push(
      "",
      "DOIs shared by several UTs (kept apart):",
      ...corpus.sharedDois.map((d) => `  ${d.doi}: ${d.uts.join(", ")}`),
    );
  }
  const conflicts = corpus.duplicates.flatMap((d) =>
    d.dropped
      .filter((x) => x.reason === "duplicate-ut-conflict")
      .map(
        (x) =>
          `  ${d.ut}: kept ${d.kept.file}:${d.kept.line ?? "?"}, dropped ${x.file}:${x.line ?? "?"} (differs in ${x.differingFields.join(", ")})`,
      ),
  );
  if (conflicts.length > 0) lines.push("", "conflicting duplicates:", ...conflicts);
  if (corpus.rejections.length > 0)
    lines.push("", "rejections:", ...corpus.rejections.map((r) => `  ${formatRejection(r)}`));
  return `${lines.join("\n")}\n`;
}
