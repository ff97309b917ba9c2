/**
 * The corpus: every input record accounted for, duplicates merged by the order-independent rule,
 * papers sorted by UT and split into in scope and excluded (docs/methodology.md §13). It is the
 * value every indicator and network is a function of.
 */
import { createHash } from "node:crypto";
import * as z from "zod";
import { RejectionCodeSchema, RejectionSchema } from "../diagnostics/rejection.ts";
import { PaperWarningCodeSchema } from "../normalize/paper.ts";
import { WosFormatSchema } from "../read/read-item.ts";
import { RecordedReadLimitsSchema } from "../read/read-limits.ts";
import { AuthorNamesSchema } from "./author-names.ts";
import { CorpusOptionsSchema } from "./corpus-options.ts";
import { DuplicateReportSchema } from "./duplicates.ts";
import { type ExcludedTable, isExcludedTable, isPaperTable, type PaperTable } from "./paper-table.ts";
import { ScopeExclusionSchema } from "./scope.ts";

/**
 * The record accounting of docs/methodology.md §13.4. Always
 * `records = parsed + rejected`, `parsed = unique + duplicates`, `unique = inScope + excluded`.
 */
export const CorpusAccountingSchema = z.object({
  /** Input records seen. */
  records: z.number().int().nonnegative(),
  /** Records parsed. */
  parsed: z.number().int().nonnegative(),
  /** Records rejected by the readers. */
  rejected: z.number().int().nonnegative(),
  /** Rejections per code. */
  rejectedByCode: z.partialRecord(RejectionCodeSchema, z.number().int().positive()),
  /** Distinct UTs among the parsed records. */
  unique: z.number().int().nonnegative(),
  /** Parsed records dropped as duplicates of a kept one. */
  duplicates: z.number().int().nonnegative(),
  /** Duplicates equal to the kept record (`duplicate-ut`). */
  duplicatesIdentical: z.number().int().nonnegative(),
  /** Duplicates that differ from the kept record (`duplicate-ut-conflict`). */
  duplicatesConflicting: z.number().int().nonnegative(),
  /** Unique papers in scope. */
  inScope: z.number().int().nonnegative(),
  /** Unique papers out of scope. */
  excluded: z.number().int().nonnegative(),
  /** Excluded papers per first failing reason. */
  excludedByReason: z.partialRecord(ScopeExclusionSchema, z.number().int().positive()),
  /** In-scope papers with no country (counted in world totals only, §4.6). */
  unattributed: z.number().int().nonnegative(),
});

/** The record accounting of docs/methodology.md §13.4. */
export type CorpusAccounting = z.infer<typeof CorpusAccountingSchema>;

/** Counts of one input file. */
export const FileAccountSchema = z.object({
  /** The file, as given or found. */
  path: z.string(),
  /** Its format. */
  format: WosFormatSchema,
  /** Records seen. */
  records: z.number().int().nonnegative(),
  /** Records parsed. */
  parsed: z.number().int().nonnegative(),
  /** Records rejected. */
  rejected: z.number().int().nonnegative(),
  /**
   * SHA-256 (hex) of the file's bytes as stored, for the run manifest (§13.5); `null` when the
   * corpus was built from items rather than read from files.
   */
  sha256: z.string().nullable(),
  /**
   * What the export says of itself on its `FN` line (plain text), e.g. "Clarivate Analytics Web of
   * Science", or `null`; copub's demo data say here that they are synthetic.
   */
  producer: z.string().nullable().default(null),
});

/** Counts of one input file. */
export type FileAccount = z.infer<typeof FileAccountSchema>;

/** A DOI carried by several UTs (a paper and its correction, say): kept apart, reported (§13.2). */
export const SharedDoiSchema = z.object({
  /** The normalized DOI. */
  doi: z.string(),
  /** The UTs that carry it, sorted. */
  uts: z.array(z.string()).min(2),
});

/** What identifies a journal table once the table itself is gone (a saved corpus keeps only this). */
export const JournalTableDigestSchema = z.object({
  /** Number of journals in the table. */
  entries: z.number().int().nonnegative(),
  /** SHA-256 (hex) of the table's `key<TAB>field` lines, sorted by key, joined by `\n`. */
  sha256: z.string(),
});

/** A deduplicated, scoped, accounted set of papers. */
export const CorpusSchema = z.object({
  /** The options the corpus was built with. */
  options: CorpusOptionsSchema,
  /** The journal table it was built with (`options.journalTable`, or the saved corpus's), or `null`. */
  journalTable: JournalTableDigestSchema.nullable(),
  /** Input files in path order. */
  files: z.array(FileAccountSchema),
  /**
   * In-scope papers, sorted by UT, stored by column (`PaperTable`: `length`, `at(i)`, iteration;
   * each paper handed out is a fresh `CorpusPaper`).
   */
  papers: z.custom<PaperTable>(
    (value) => typeof value === "object" && value !== null && isPaperTable(value as PaperTable),
    {
      message: "a PaperTable",
    },
  ),
  /** Out-of-scope papers, sorted by UT. */
  /**
   * Out-of-scope papers, sorted by UT, stored by column (`ExcludedTable`: `length`, `at(i)`,
   * iteration; each item handed out is a fresh `{ paper, reasons }`).
   */
  excluded: z.custom<ExcludedTable>(
    (value) => typeof value === "object" && value !== null && isExcludedTable(value as ExcludedTable),
    { message: "an ExcludedTable" },
  ),
  /** The record accounting. */
  accounting: CorpusAccountingSchema,
  /** Records rejected by the readers, by file and position. */
  rejections: z.array(RejectionSchema),
  /** UTs read more than once, sorted by UT. */
  duplicates: z.array(DuplicateReportSchema),
  /** DOIs shared by different UTs, sorted by DOI. */
  sharedDois: z.array(SharedDoiSchema),
  /** Unique papers (in scope or not) per warning code. */
  warningCounts: z.partialRecord(PaperWarningCodeSchema, z.number().int().positive()),
  /** Display name of each identifier-keyed author (`orcid:…`, `rid:…`; corpus/author-names.ts). */
  authorNames: AuthorNamesSchema,
  /**
   * The read limits its exports were read under (`loadCorpus`; docs/reliability.md), `null` for a
   * limit turned off; `null` as a whole for a corpus built from items, or saved before they were kept.
   */
  readLimits: RecordedReadLimitsSchema.nullable().default(null),
});

/** A deduplicated, scoped, accounted set of papers. */
export type Corpus = z.infer<typeof CorpusSchema>;

/**
 * The digest of a journal table (ISSN or title → ESI field): its size and the SHA-256 of its
 * entries in key order, the same whatever order the table was built in.
 * @example
 * describeJournalTable(new Map([["0000-0019", "CHE"]])) // → { entries: 1, sha256: "…" }
 */
export function describeJournalTable(
  table: ReadonlyMap<string, string>,
): z.infer<typeof JournalTableDigestSchema> {
  const lines = [...table.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([k, v]) => `${k}\t${v}`);
  return { entries: table.size, sha256: createHash("sha256").update(lines.join("\n")).digest("hex") };
}
