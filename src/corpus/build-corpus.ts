/**
 * Building a corpus from read items, one at a time: each parsed record is normalized and
 * fingerprinted, and for each UT only the best record so far is kept (with the fingerprints of
 * the others), so memory grows with unique papers, not with input records. `finish` applies
 * the scope filters and the accounting. The result does not depend on the order of the items.
 */
import { compareCodeUnits } from "../common/compare-code-units.ts";
import { sortedKeys } from "../common/sorted-keys.ts";
import { checkOptions, pickOptions } from "../diagnostics/checked-options.ts";
import { CopubError } from "../diagnostics/errors.ts";
import type { Rejection, RejectionCode } from "../diagnostics/rejection.ts";
import { createNormalizer } from "../normalize/normalize.ts";
import { NormalizeOptionsSchema } from "../normalize/normalize-options.ts";
import type { PaperWarningCode } from "../normalize/paper.ts";
import type { ReadItem, WosFormat } from "../read/read-item.ts";
import type { WosRecord } from "../read/wos-record.ts";
import type { PreparedRecord } from "./_prepared-record.ts";
import { digestRecord, quickDigest, type RecordDigest } from "./_record-digest.ts";
import { compareSources, type SourceRef } from "./_source-ref.ts";
import { authorNames, identifiedAuthors } from "./author-names.ts";
import { type Corpus, type CorpusAccounting, describeJournalTable, type FileAccount } from "./corpus.ts";
import { type CorpusOptions, type CorpusOptionsInput, CorpusOptionsSchema } from "./corpus-options.ts";
import { type CorpusPaper, createIntern, type Intern, sharePaper, toCorpusPaper } from "./corpus-paper.ts";
import { type DuplicateCandidate, duplicateReport, preferCandidate } from "./duplicates.ts";
import { excludedTable, type PaperTable, type PaperTableBuilder, paperTableBuilder } from "./paper-table.ts";
import { createScopeTest, excludedByFirstReason, type ScopeExclusion, ScopeFiltersSchema } from "./scope.ts";

/** Accumulates read items into a corpus. */
export interface CorpusBuilder {
  /** Adds one item read from a file of the given format. */
  add(item: ReadItem, format: WosFormat): void;
  /**
   * Records a file that was read to its end, with the SHA-256 of its bytes and what its `FN`
   * line says of it (the file is listed even when it held no record).
   */
  addFile(path: string, format: WosFormat, sha256: string, producer?: string | null): void;
  /** Applies the scope filters and returns the corpus; the builder must not be used afterwards. */
  finish(): Corpus;
}

/**
 * One UT: the kept record as a duplicate candidate (its source is its paper's), its paper's row
 * in the builder's table, and the duplicates dropped so far (`null`: none yet, the common case).
 * The kept candidate's fields are the entry's own, not an object of their own: one object per UT
 * while building, and the paper is in columns as soon as it is kept.
 */
interface Entry {
  /** The UT (the kept paper's own copy, the key of the entry). */
  readonly ut: string;
  source: SourceRef;
  exportDate: string | null;
  timesCited: number | null;
  digest: RecordDigest;
  /** The kept paper's row in the core's `rows` (its place, `source`, is set again at the end). */
  row: number;
  /**
   * Why the kept paper is out of scope (one shared list per combination of reasons), `null` when
   * it is in scope: tested on the paper when it is made, so that the end never makes it again.
   */
  outOfScope: ScopeExclusion[] | null;
  others: DuplicateCandidate[] | null;
  /** The kept record's identifier-keyed authors with their written names (`identifiedAuthors`). */
  names: readonly string[] | null;
  /**
   * The kept record's cheap fingerprint (deferred builders only; 0 otherwise): the one its reader
   * gave (`ReadItem.fingerprint`), else its `quickDigest`.
   */
  quick: number;
}

/**
 * A corpus builder that leaves the full record digest for the end (`createDeferredCorpusBuilder`):
 * the records of UTs whose duplicates differ are given again before `finish`.
 */
export interface DeferredCorpusBuilder extends CorpusBuilder {
  /**
   * The files holding the records of the UTs read more than once in different versions, in path
   * order: each must be read again into `addAgain` before `finish` (none: nothing to read again).
   */
  rereadFiles(): string[];
  /** Adds one item of a file read again (`rereadFiles`); only the records of those UTs count. */
  addAgain(item: ReadItem, format: WosFormat): void;
  /**
   * Adds one parsed record prepared elsewhere (`createRecordPreparer`, on a worker thread) at its
   * place in a file of the given format: the same as `add` of the record it was prepared from.
   */
  addPrepared(prepared: PreparedRecord, file: string, format: WosFormat): void;
  /**
   * Adds one item whose record index is provisional: read on this thread while the items before
   * it in its file are still being counted elsewhere (the parallel load). Each object that holds
   * the index (the item's rejection, or its sources: the duplicate candidate's and the kept
   * paper's) is put in `held`, for the caller to move on to the final index once it is known.
   * Provisional indexes must keep the order of the final ones against every other item added
   * meanwhile (`_parallel-load.ts` numbers a piece's items from its byte offset in its file,
   * which no earlier item's index reaches).
   */
  addProvisional(item: ReadItem, format: WosFormat, held: Provisional[]): void;
  /** The corpus's own instance of each string, index for index (one interner look-up each). */
  internStrings(strings: readonly string[]): string[];
}

/** An object holding a provisional record index (`addProvisional`). */
export interface Provisional {
  recordIndex: number;
}

/**
 * Creates a corpus builder.
 * @param options - normalization switches and scope filters (see `CorpusOptionsSchema`)
 * @throws ZodError for an option outside its domain; CopubError `invalid-option` for an unknown field filter
 * @example
 * const builder = createCorpusBuilder({ years: { from: 2019, to: 2021 } });
 * for await (const item of readPlainText("savedrecs.txt")) builder.add(item, "plain");
 * builder.finish().accounting // → { records: 500, parsed: 500, rejected: 0, …, inScope: 212, … }
 */
export function createCorpusBuilder(options: CorpusOptionsInput = {}): CorpusBuilder {
  const core = createCore(options);
  return {
    add(item, format) {
      if (!core.count(item, format)) return;
      const { record, at } = item;
      const source = sourceOf(at, format);
      const candidate = candidateOf(record, source, core.intern, digestRecord(record));
      core.consider(core.entries.get(record.ut), candidate, 0, () => core.paperOf(record, source));
    },
    addFile: core.addFile,
    finish: () => core.finish(),
  };
}

/**
 * Creates a corpus builder that fingerprints every record cheaply (the reader's fingerprint of its
 * lines, `ReadItem.fingerprint`, where it gives one, else `quickDigest`) and computes the
 * full digest of §13.2's last tie-break and of the differing fields only for the UTs whose records
 * differ, from those records read again (`rereadFiles`, `addAgain`). It gives the same corpus as
 * `createCorpusBuilder`, for a quarter of its work and a third less memory per paper: most UTs
 * are read once, and their digest would never be looked at.
 * @param options - normalization switches and scope filters (see `CorpusOptionsSchema`)
 * @example
 * const builder = createDeferredCorpusBuilder({});
 * for await (const item of readPlainText("a.txt")) builder.add(item, "plain");
 * for (const file of builder.rereadFiles()) for await (const item of readPlainText(file)) builder.addAgain(item, "plain");
 * builder.finish().accounting.duplicatesConflicting // → 3
 */
export function createDeferredCorpusBuilder(options: CorpusOptionsInput = {}): DeferredCorpusBuilder {
  const core = createCore(options);
  /** The UTs whose records differ: their entries are rebuilt from the records read again. */
  const differing = new Set<string>();
  const again = new Map<string, Entry>();
  const entries = core.entries;
  /** One more parsed record of a UT, with its quick digest and how to make its paper. */
  const take = (ut: string, candidate: DuplicateCandidate, quick: number, make: () => MadePaper): void => {
    const entry = entries.get(ut);
    if (entry !== undefined && (differing.has(ut) || entry.quick !== quick)) {
      // Kept aside until read again: only the count of its records matters till then. The
      // paper's own copy of the UT is the key (the record's would keep its read chunk alive).
      differing.add(entry.ut);
      addOther(entry, candidate);
      return;
    }
    // Equal fingerprints: equal records (read from the same lines, or equal field by field),
    // whose full digests would be equal too, so the rule of §13.2 never reaches them and
    // `NO_DIGEST` on both sides names no differing field. Unequal ones (records that differ, or
    // equal records read from lines that differ, or from two formats) are settled when read again.
    core.consider(entry, candidate, quick, make);
  };
  /** One item, its provisional index's holders put in `held` when given. */
  const addItem = (item: ReadItem, format: WosFormat, held?: Provisional[]): void => {
    if (!core.count(item, format)) {
      held?.push(item.rejection);
      return;
    }
    const { record, at } = item;
    const source = sourceOf(at, format);
    const candidate = candidateOf(record, source, core.intern, NO_DIGEST);
    held?.push(source);
    take(record.ut, candidate, item.fingerprint ?? quickDigest(record), () => {
      const made = core.paperOf(record, source);
      // The paper's source is its own object (sharePaper copies it), which holds the index too.
      if (held !== undefined && made.paper.source !== source) held.push(made.paper.source);
      return made;
    });
  };
  return {
    add: (item, format) => addItem(item, format),
    addProvisional: addItem,
    internStrings: (strings) => strings.map(core.intern.string),
    addPrepared(prepared, file, format) {
      core.countIn(file, format, true);
      const source: SourceRef = { file, format, line: prepared.line, recordIndex: prepared.recordIndex };
      const exportDate = prepared.exportDate === null ? null : core.intern.string(prepared.exportDate);
      const candidate = { source, exportDate, timesCited: prepared.timesCited, digest: NO_DIGEST };
      take(prepared.ut, candidate, prepared.quick, () => ({
        paper: sharePaper({ ...prepared.paper, source }, core.intern),
        names: prepared.names === null ? null : prepared.names.map(core.intern.string),
      }));
    },
    addFile: core.addFile,
    rereadFiles() {
      const files = new Set<string>();
      for (const ut of differing) {
        const entry = entries.get(ut) as Entry;
        files.add(entry.source.file);
        for (const candidate of entry.others ?? []) files.add(candidate.source.file);
      }
      return [...files].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    },
    addAgain(item, format) {
      if (!item.ok || !differing.has(item.record.ut)) return;
      const { record, at } = item;
      const source = sourceOf(at, format);
      const candidate = candidateOf(record, source, core.intern, digestRecord(record));
      core.consider(again.get(record.ut), candidate, 0, () => core.paperOf(record, source), again);
    },
    finish() {
      for (const ut of differing) {
        const first = entries.get(ut) as Entry;
        const entry = again.get(ut);
        const expected = 1 + (first.others?.length ?? 0);
        const found = entry === undefined ? 0 : 1 + (entry.others?.length ?? 0);
        if (found !== expected)
          throw new CopubError(
            "unreadable",
            `${first.source.file}: ${ut} was read ${expected} times, then ${found} times when read again: an input file changed while it was being read`,
            first.source.file,
          );
        entries.set(ut, entry as Entry);
      }
      return core.finish();
    },
  };
}

/** A kept record's paper and its identifier-keyed author names (`identifiedAuthors`). */
interface MadePaper {
  readonly paper: CorpusPaper;
  readonly names: readonly string[] | null;
}

/** Adds a dropped duplicate to an entry (the list is made for the first one only). */
function addOther(entry: Entry, candidate: DuplicateCandidate): void {
  if (entry.others === null) entry.others = [candidate];
  else entry.others.push(candidate);
}

/** The kept record of an entry as a candidate of its own (when another record replaces it). */
function keptCandidate(entry: Entry): DuplicateCandidate {
  return {
    source: entry.source,
    exportDate: entry.exportDate,
    timesCited: entry.timesCited,
    digest: entry.digest,
  };
}

/** The digest of a record whose full digest was not needed: equal to itself, differing in no field. */
const NO_DIGEST: RecordDigest = new Uint32Array(0);

/** Where a parsed item came from. */
function sourceOf(at: Extract<ReadItem, { ok: true }>["at"], format: WosFormat): SourceRef {
  return { file: at.file, format, line: at.line, recordIndex: at.recordIndex };
}

/** What the duplicate rule needs of a record. */
function candidateOf(
  record: WosRecord,
  source: SourceRef,
  intern: Intern,
  digest: RecordDigest,
): DuplicateCandidate {
  // Strings cut from the record (its UT and DA) would keep its whole read chunk alive until
  // the corpus is finished: the candidate and the key take shared or own copies instead.
  const exportDate = record.exportDate === null ? null : intern.string(record.exportDate);
  return { source, exportDate, timesCited: record.timesCited, digest };
}

/** What both builders share: the entries per UT, the file accounts, the rejections, the options. */
function createCore(options: CorpusOptionsInput) {
  const parsed = checkOptions(CorpusOptionsSchema, options, "corpus options");
  const normalizeRecord = createNormalizer(pickOptions(NormalizeOptionsSchema, parsed));
  const inScope = createScopeTest(pickOptions(ScopeFiltersSchema, parsed));
  const intern = createIntern();
  const entries = new Map<string, Entry>();
  // Every kept paper, written when kept (rewritten when a later record replaces it): papers are
  // in columns while the files are read, never all as objects at once.
  const rows = paperTableBuilder();
  const files = new Map<string, FileAccount>();
  const rejections: Rejection[] = [];
  /**
   * Why a paper is out of scope, or `null`: one list per distinct combination of reasons, shared
   * through the interner as a saved corpus read back shares them (`readCorpus`): a list grown by
   * `push` holds room for 17 reasons, 180 B for each excluded paper.
   */
  const outOfScope = (paper: CorpusPaper): ScopeExclusion[] | null => {
    const found = inScope(paper);
    return found.length === 0 ? null : intern.value("reasons", found.join(" "), () => found.slice());
  };

  const accountOf = (path: string, format: WosFormat): FileAccount => {
    const account = files.get(path) ?? {
      path,
      format,
      records: 0,
      parsed: 0,
      rejected: 0,
      sha256: null,
      producer: null,
    };
    files.set(path, account);
    return account;
  };
  const countIn = (path: string, format: WosFormat, ok: boolean): void => {
    const account = files.get(path) ?? accountOf(path, format);
    account.records++;
    if (ok) account.parsed++;
    else account.rejected++;
  };

  return {
    intern,
    entries,
    rows,
    /** Counts an item in its file's account, keeps a rejection; whether the item is a record. */
    count(item: ReadItem, format: WosFormat): item is Extract<ReadItem, { ok: true }> {
      if (!item.ok) {
        countIn(item.rejection.file, format, false);
        rejections.push(item.rejection);
        return false;
      }
      countIn(item.at.file, format, true);
      return true;
    },
    countIn,
    /** A record's paper and identifier-keyed author names, as this corpus keeps them. */
    paperOf(record: WosRecord, source: SourceRef): MadePaper {
      const normalized = normalizeRecord(record);
      if (!parsed.fundingText) normalized.fundingText = null;
      const paper = toCorpusPaper(
        normalized,
        source,
        intern,
        parsed.citedReferences ? (record.citedReferences ?? []) : undefined,
      );
      return { paper, names: identifiedAuthors(normalized.authors, intern, paper.authorKeys) };
    },
    /**
     * The rule of §13.2 for one more record of its UT: kept (its paper made, which normalizes
     * the record) or added to the dropped. `entry` is the UT's in `into`, which the caller has
     * looked up already (`undefined`: the UT's first record): one look-up a record in a table
     * of every UT, seldom in cache.
     */
    consider(
      entry: Entry | undefined,
      candidate: DuplicateCandidate,
      quick: number,
      make: () => MadePaper,
      into = entries,
    ): void {
      if (entry !== undefined && preferCandidate(entry, candidate) <= 0) {
        addOther(entry, candidate);
        return;
      }
      const { paper, names } = make();
      // The kept candidate points at its paper's source: one object for both, per UT.
      const { exportDate, timesCited, digest } = candidate;
      if (entry === undefined)
        into.set(paper.ut, {
          ut: paper.ut,
          source: paper.source,
          exportDate,
          timesCited,
          digest,
          row: rows.append(paper),
          outOfScope: outOfScope(paper),
          others: null,
          names,
          quick,
        });
      else {
        addOther(entry, keptCandidate(entry));
        rows.replace(entry.row, paper);
        entry.outOfScope = outOfScope(paper);
        entry.source = paper.source;
        entry.exportDate = exportDate;
        entry.timesCited = timesCited;
        entry.digest = digest;
        entry.names = names;
        entry.quick = quick;
      }
    },
    addFile(path: string, format: WosFormat, sha256: string, producer: string | null = null): void {
      const account = accountOf(path, format);
      account.sha256 = sha256;
      account.producer = producer;
    },
    finish(): Corpus {
      return finishCorpus(parsed, entries, rows, files, rejections);
    },
  };
}

function finishCorpus(
  options: CorpusOptions,
  entries: ReadonlyMap<string, Entry>,
  rows: PaperTableBuilder,
  files: ReadonlyMap<string, FileAccount>,
  rejections: Rejection[],
): Corpus {
  // The entries themselves are sorted, by the UT each holds: no look-up of each UT again in a
  // table of every UT (seldom in cache), and no paper made again (its scope was tested when made).
  const sorted = [...entries.values()].sort((a, b) => compareCodeUnits(a.ut, b.ut));
  const inScopeRows: number[] = [];
  const excludedRows: number[] = [];
  const excludedReasons: ScopeExclusion[][] = [];
  const warningCounts: Partial<Record<PaperWarningCode, number>> = {};
  const duplicates: Corpus["duplicates"][number][] = [];
  // A DOI's first UT is held as a string, and only a DOI shared by papers gets a list.
  const utsByDoi = new Map<string, string | string[]>();
  let duplicatesIdentical = 0;
  let dropped = 0;
  let unattributed = 0;
  for (const entry of sorted) {
    const { ut, row } = entry;
    // The kept record's index may have been provisional when its row was written (`addProvisional`).
    rows.setPlace(row, entry.source.line, entry.source.recordIndex);
    const reasons = entry.outOfScope;
    if (reasons === null) {
      inScopeRows.push(row);
      if (rows.countriesAt(row).length === 0) unattributed++;
    } else {
      excludedRows.push(row);
      excludedReasons.push(reasons);
    }
    for (const code of rows.warningsAt(row)) warningCounts[code] = (warningCounts[code] ?? 0) + 1;
    if (entry.others !== null) {
      const report = duplicateReport(ut, entry, entry.others);
      duplicates.push(report);
      dropped += report.dropped.length;
      duplicatesIdentical += report.dropped.filter((d) => d.reason === "duplicate-ut").length;
    }
    const doi = rows.doiAt(row);
    if (doi !== null) {
      const known = utsByDoi.get(doi);
      if (known === undefined) utsByDoi.set(doi, ut);
      else if (typeof known === "string") utsByDoi.set(doi, [known, ut]);
      else known.push(ut);
    }
  }
  const rejectedByCode: Partial<Record<RejectionCode, number>> = {};
  for (const { code } of rejections) rejectedByCode[code] = (rejectedByCode[code] ?? 0) + 1;
  const parsedCount = entries.size + dropped;
  const accounting: CorpusAccounting = {
    records: parsedCount + rejections.length,
    parsed: parsedCount,
    rejected: rejections.length,
    rejectedByCode: sortedKeys(rejectedByCode),
    unique: entries.size,
    duplicates: dropped,
    duplicatesIdentical,
    duplicatesConflicting: dropped - duplicatesIdentical,
    inScope: inScopeRows.length,
    excluded: excludedRows.length,
    excludedByReason: excludedByFirstReason(excludedReasons),
    unattributed,
  };
  const [papers, excluded] = rows.split([inScopeRows, excludedRows]) as [PaperTable, PaperTable];
  return {
    options,
    journalTable: options.journalTable === null ? null : describeJournalTable(options.journalTable),
    files: [...files.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)),
    papers,
    excluded: excludedTable(excluded, excludedReasons),
    accounting,
    rejections: rejections.sort((a, b) => compareSources(a, b)),
    duplicates,
    sharedDois: sharedDois(utsByDoi),
    warningCounts: sortedKeys(warningCounts),
    // Over every unique paper, in scope or not: a saved corpus re-scoped later keeps its names.
    authorNames: authorNames(namesOf(entries)),
    // Items come read already; `loadCorpus`, which reads the files, records its limits.
    readLimits: null,
  };
}

/** The DOIs held by more than one paper, in code-unit order, each with its UTs in the order given (UT order). */
function sharedDois(utsByDoi: ReadonlyMap<string, string | string[]>): Corpus["sharedDois"] {
  const shared: Corpus["sharedDois"] = [];
  for (const [doi, uts] of utsByDoi) if (typeof uts !== "string") shared.push({ doi, uts });
  return shared.sort((a, b) => compareCodeUnits(a.doi, b.doi));
}

/** The identifier-keyed author names of each entry (`identifiedAuthors`), without an array of them all. */
function* namesOf(entries: ReadonlyMap<string, Entry>): Generator<readonly string[] | null> {
  for (const entry of entries.values()) yield entry.names;
}

/**
 * Builds a corpus from read items held in memory (for streams, use `createCorpusBuilder`).
 * @param items - each read item with the format of its file
 * @param options - normalization switches and scope filters
 * @example
 * buildCorpus(parsePlainText(text).map((item) => ({ item, format: "plain" }))).papers.length // → 8
 */
export function buildCorpus(
  items: Iterable<{ readonly item: ReadItem; readonly format: WosFormat }>,
  options: CorpusOptionsInput = {},
): Corpus {
  const builder = createCorpusBuilder(options);
  for (const { item, format } of items) builder.add(item, format);
  return builder.finish();
}
