/**
 * A record prepared off the main thread: everything the corpus builder needs of a parsed record
 * (its UT, position, the duplicate rule's inputs, its quick digest, its paper reduced but not yet
 * shared, the names of its identifier-keyed authors), as plain values that a structured clone
 * copies, without the record itself. The parallel load (`_parallel-load.ts`) has workers prepare
 * records and the builder (`DeferredCorpusBuilder.addPrepared`) take them exactly as it would take
 * the records, so the corpus is the same whichever thread normalized a paper.
 */
import { pickOptions } from "../diagnostics/checked-options.ts";
import { createNormalizer } from "../normalize/normalize.ts";
import { NormalizeOptionsSchema } from "../normalize/normalize-options.ts";
import type { WosRecord } from "../read/wos-record.ts";
import { quickDigest } from "./_record-digest.ts";
import type { SourceRef } from "./_source-ref.ts";
import { identifiedAuthors } from "./author-names.ts";
import type { CorpusOptions } from "./corpus-options.ts";
import { type CorpusPaper, type Intern, reducePaper } from "./corpus-paper.ts";

/** One parsed record, prepared for the builder. */
export interface PreparedRecord {
  /** The record's UT as read. */
  readonly ut: string;
  /** Its first line and position in the part of the file it was read from (offset by the caller). */
  readonly line: number | null;
  readonly recordIndex: number;
  /** Export date (DA) and times cited (TC): the duplicate rule's inputs (§13.2). */
  readonly exportDate: string | null;
  readonly timesCited: number | null;
  /** The record's fingerprint when its reader gave one (`ReadItem.fingerprint`), else its `quickDigest`. */
  readonly quick: number;
  /** The paper, reduced (`reducePaper`), not shared; its `source` is set by the builder. */
  readonly paper: Omit<CorpusPaper, "source">;
  /** `identifiedAuthors` of the paper, not interned. */
  readonly names: readonly string[] | null;
}

/** Interning that keeps every value as it is: the strings are interned again on the main thread. */
const AS_IS: Intern = { string: (value) => value, value: (_kind, _key, make) => make() };

/**
 * Creates the preparer of one corpus's records: the normalization of `options`, then the same
 * reductions `createCorpusBuilder` applies (funding text dropped unless kept, cited references
 * kept only when asked).
 * @param options - the corpus options, settled
 * @example
 * const prepare = createRecordPreparer(CorpusOptionsSchema.parse({}));
 * prepare(record, { line: 3, recordIndex: 0 }).paper.authorKeys // → ["name:SATO|A"]
 */
export function createRecordPreparer(
  options: CorpusOptions,
): (
  record: WosRecord,
  at: { readonly line: number | null; readonly recordIndex: number },
  fingerprint?: number,
) => PreparedRecord {
  const normalizeRecord = createNormalizer(pickOptions(NormalizeOptionsSchema, options));
  return (record, at, fingerprint) => {
    const normalized = normalizeRecord(record);
    if (!options.fundingText) normalized.fundingText = null;
    const { source: _, ...paper } = reducePaper(
      normalized,
      NO_SOURCE,
      options.citedReferences ? (record.citedReferences ?? []) : undefined,
    );
    return {
      ut: record.ut,
      line: at.line,
      recordIndex: at.recordIndex,
      exportDate: record.exportDate,
      timesCited: record.timesCited,
      quick: fingerprint ?? quickDigest(record),
      paper,
      names: identifiedAuthors(normalized.authors, AS_IS),
    };
  };
}

/** A placeholder source, replaced by the builder's. */
const NO_SOURCE: SourceRef = { file: "", format: "plain", line: null, recordIndex: 0 };
