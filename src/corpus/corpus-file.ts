/**
 * Saving and reloading a corpus, so that a large extraction is parsed once and analysed many
 * times. The format is JSON Lines (gzip-compressed when the name ends in `.gz`): a header line
 * with the options and the accounting, the display names of identifier-keyed authors in lines of
 * a thousand, then one paper per line in UT order. JSON Lines streams
 * line by line in bounded memory, diffs and greps, and is read by jq, DuckDB and pandas;
 * a columnar format (Arrow, Parquet) would load faster but needs a large dependency and turns
 * the nested address and author lists into awkward child tables. This module owns the format
 * and reads it; `output/corpus-file.ts` writes it.
 */

import * as z from "zod";
import { mergeSorted } from "../common/merge-sorted.ts";
import { checkKeys, checkOptions, optionKeys } from "../diagnostics/checked-options.ts";
import { CopubError } from "../diagnostics/errors.ts";
import { decodeChunks } from "../read/decode.ts";
import { lineBatches } from "../read/lines.ts";
import { createProgressTracker, type ProgressListener, type ProgressTracker } from "../read/read-progress.ts";
import { type FileWording, fileError, readFileChunks } from "../read/source.ts";
import type { AuthorNames } from "./author-names.ts";
import { type Corpus, CorpusSchema } from "./corpus.ts";
import { CorpusOptionsSchema } from "./corpus-options.ts";
import { type CorpusPaper, CorpusPaperSchema, createIntern, sharePaper } from "./corpus-paper.ts";
import { excludedTable, paperTableBuilder } from "./paper-table.ts";
import {
  createScopeTest,
  excludedByFirstReason,
  type ScopeExclusion,
  ScopeExclusionSchema,
  type ScopeFiltersInput,
  ScopeFiltersSchema,
} from "./scope.ts";

/** Marks the first line of a saved corpus. */
const FORMAT = "copub-corpus";
/**
 * 2: papers carry Z9, the export date and WoS Categories (for Top10% reference sets).
 * 3: authors as parallel `authorKeys` and `authorAddresses`; input files carry their SHA-256.
 * 4: papers carry PD, EA, grants (FU, XML grants) and FX, for programme evaluation (§12); lines
 *    of identifier-keyed authors' display names (`{"authorNames":{…}}`) follow the header.
 */
const VERSION = 4;

/** Authors per `{"authorNames":{…}}` line: lines stay short (about 40 KB) whatever the corpus. */
const NAMES_PER_LINE = 1000;

/** Starts every line of author names, and no other line. */
const NAMES_LINE_START = '{"authorNames":';

/** A line of author names: a part of `corpus.authorNames` as a JSON object, keys in code-unit order. */
const AuthorNamesLineSchema = z.object({ authorNames: z.record(z.string(), z.string()) });

const HeaderSchema = z.object({
  format: z.literal(FORMAT),
  version: z.literal(VERSION),
  // A header without `fundingText` was written before the option existed, when every corpus kept
  // its papers' funding texts: it is read as having kept them (programme relies on it).
  options: z.preprocess(
    (raw) =>
      typeof raw === "object" && raw !== null && !("fundingText" in raw)
        ? { ...raw, fundingText: true }
        : raw,
    CorpusOptionsSchema.omit({ journalTable: true }),
  ),
  ...CorpusSchema.omit({ options: true, papers: true, excluded: true, authorNames: true }).shape,
});

/** Scope filters that can be applied to a saved corpus (the year basis was fixed when it was built). */
export type SavedCorpusFilters = Omit<ScopeFiltersInput, "yearBasis">;

const PaperLineSchema = CorpusPaperSchema.extend({
  /** Why the paper was out of scope when the corpus was saved; empty when in scope. */
  exclusions: z.array(ScopeExclusionSchema),
}).refine(
  // The type cannot say that the two author arrays are parallel; an edited file can break it.
  (paper) =>
    paper.authorAddresses.length === paper.authorKeys.length &&
    paper.authorAddresses.every((linked) => linked.every((index) => index < paper.addresses.length)),
  {
    path: ["authorAddresses"],
    message: "one list of address positions per author key, each within addresses",
  },
);

/**
 * The header of a saved corpus: format and version, options (the journal table apart), the
 * accounting and everything else of the corpus but its papers. `output/corpus-file.ts` writes it
 * as the first line.
 * @example
 * savedCorpusHeader(corpus).version // → 4
 */
export function savedCorpusHeader(corpus: Corpus): z.infer<typeof HeaderSchema> {
  const { journalTable: _table, ...options } = corpus.options;
  return {
    format: FORMAT,
    version: VERSION,
    options,
    journalTable: corpus.journalTable,
    files: corpus.files,
    accounting: corpus.accounting,
    rejections: corpus.rejections,
    duplicates: corpus.duplicates,
    sharedDois: corpus.sharedDois,
    warningCounts: corpus.warningCounts,
    readLimits: corpus.readLimits,
  };
}

/**
 * The lines after the header that hold the author names (`corpus.authorNames`), up to
 * `NAMES_PER_LINE` authors each, in key order; none when no author is keyed by an identifier.
 * @example
 * [...savedAuthorNames(corpus)][0] // → { authorNames: { "orcid:0000-0001-5829-5479": "Valentini, Alice", … } }
 */
export function* savedAuthorNames(corpus: Corpus): Iterable<z.infer<typeof AuthorNamesLineSchema>> {
  const entries = [...corpus.authorNames];
  for (let i = 0; i < entries.length; i += NAMES_PER_LINE)
    yield { authorNames: Object.fromEntries(entries.slice(i, i + NAMES_PER_LINE)) };
}

/** A saved paper: the corpus paper and why it was out of scope (empty when in scope). */
export type SavedPaper = z.infer<typeof PaperLineSchema>;

/**
 * The papers of a saved corpus, in scope and out of it, merged back into UT order, each with its
 * exclusions: the lines after the header.
 * @example
 * [...savedPapers(corpus)][0] // → { ut: "WOS:000…", …, exclusions: [] }
 */
export function* savedPapers(corpus: Corpus): Iterable<SavedPaper> {
  for (const item of mergeSorted(corpus.papers, corpus.excluded, (a, b) => a.ut < b.paper.ut)) {
    yield "left" in item
      ? { ...item.left, exclusions: [] }
      : { ...item.right.paper, exclusions: item.right.reasons };
  }
}

/** The filters a saved corpus is read with: the scope filters but the year basis, which was fixed when it was built. */
const SavedFiltersSchema = ScopeFiltersSchema.omit({ yearBasis: true });

/** Options of `readCorpus` and `streamCorpus` beyond the scope filters. */
export interface SavedCorpusReadOptions {
  /**
   * Receives progress reports: one file, `records` counting papers, at the start, every
   * `PROGRESS_RECORD_STEP` papers and at the end; default none.
   */
  readonly onProgress?: ProgressListener;
}

/** The keys of `SavedCorpusReadOptions`. */
const SAVED_READ_KEYS = optionKeys<SavedCorpusReadOptions>({ onProgress: true });

/**
 * Reads a saved corpus back. With no filters it is the corpus that was saved; with filters, the
 * scope (and the in-scope/excluded counts of the accounting) is evaluated again on every paper.
 * @param path - a file written by `writeCorpus`
 * @param filters - scope filters to apply instead of the saved ones (document types, years, fields, countries)
 * @param options - a progress listener
 * @throws CopubError `not-found`, `unreadable`, or `not-wos` when the file is not a saved corpus or a line is malformed
 * @example
 * const corpus = await readCorpus("corpus.jsonl.gz", { years: { from: 2019, to: 2021 } });
 */
export async function readCorpus(
  path: string,
  filters?: SavedCorpusFilters,
  options: SavedCorpusReadOptions = {},
): Promise<Corpus> {
  if (filters !== undefined) checkOptions(SavedFiltersSchema, filters, "readCorpus filters");
  checkKeys(options, SAVED_READ_KEYS, "readCorpus options");
  const { onProgress } = options;
  let header: z.infer<typeof HeaderSchema> | undefined;
  // Parsed JSON shares nothing: each paper gets the corpus's shared parts, as when it was built.
  const intern = createIntern();
  const papers = paperTableBuilder();
  const excluded = paperTableBuilder();
  const excludedReasons: ScopeExclusion[][] = [];
  let unattributed = 0;
  const authorNames: AuthorNames = new Map();
  let scopeOf: ((paper: CorpusPaper) => z.infer<typeof ScopeExclusionSchema>[]) | undefined;
  // The UTs and DOIs of the shared DOIs (`corpus.sharedDois`), each to become its paper's own
  // string, as when the corpus was built, rather than a second copy parsed from the header.
  const sharedTexts = new Map<string, string>();
  for await (const { line, text } of corpusLines(path, onProgress)) {
    if (header === undefined) {
      header = parseHeader(text, path, line);
      for (const { doi, uts } of header.sharedDois) {
        sharedTexts.set(doi, doi);
        for (const ut of uts) sharedTexts.set(ut, ut);
      }
      if (filters !== undefined)
        scopeOf = createScopeTest({ ...filters, yearBasis: header.options.yearBasis });
      continue;
    }
    if (text.startsWith(NAMES_LINE_START)) {
      const names = parseLine(AuthorNamesLineSchema, text, path, line, "a line of author names");
      // Each key through the interner: the papers' author keys are then the same strings, not a
      // second copy of every identifier (about 95 B a paper on generated records with ORCIDs).
      // The names too, as when the corpus was built: many authors are written alike, and a parsed
      // string per author cost 54 B a paper on the generated 100k.
      for (const [key, name] of Object.entries(names.authorNames))
        authorNames.set(intern.string(key), intern.string(name));
      continue;
    }
    const { exclusions, ...parsed } = parseLine(PaperLineSchema, text, path, line, "a corpus paper");
    const paper = sharePaper(parsed, intern);
    if (sharedTexts.size > 0 && paper.doi !== null && sharedTexts.has(paper.doi)) {
      sharedTexts.set(paper.doi, paper.doi);
      sharedTexts.set(paper.ut, paper.ut);
    }
    const reasons = scopeOf === undefined ? exclusions : scopeOf(paper);
    if (reasons.length === 0) {
      papers.append(paper);
      if (paper.countries.length === 0) unattributed++;
    } else {
      // Not through ExcludedPaperSchema.parse, which would copy the paper's shared parts. One list
      // per distinct combination of reasons, as when the corpus was built (14 B a paper otherwise
      // on the generated 100k, where 15 % of the papers are out of scope).
      excluded.append(paper);
      excludedReasons.push(intern.value("reasons", reasons.join(" "), () => reasons));
    }
  }
  if (header === undefined)
    throw new CopubError("not-wos", `${path}: empty file, not a saved copub corpus`, path);
  const { format: _format, version: _version, options: savedOptions, ...saved } = header;
  const inScope = papers.finish();
  const outOfScope = excludedTable(excluded.finish(), excludedReasons);
  const accounting =
    scopeOf === undefined
      ? saved.accounting
      : rescoped(saved.accounting, inScope.length, unattributed, outOfScope);
  return {
    ...saved,
    accounting,
    sharedDois: saved.sharedDois.map(({ doi, uts }) => ({
      doi: sharedTexts.get(doi) ?? doi,
      uts: uts.map((ut) => sharedTexts.get(ut) ?? ut),
    })),
    // The journal table itself is not saved (only its size and hash, in the header).
    options: CorpusOptionsSchema.parse({ ...savedOptions, ...filters, journalTable: null }),
    papers: inScope,
    excluded: outOfScope,
    authorNames,
  };
}

/**
 * Streams the in-scope papers of a saved corpus one at a time, for indicators that need no
 * more than one paper at once; memory stays bounded by one line.
 * @param path - a file written by `writeCorpus`
 * @param filters - scope filters to apply instead of the saved ones
 * @param options - a progress listener (papers count as they are read, in scope or not)
 * @example
 * for await (const paper of streamCorpus("corpus.jsonl.gz")) count += paper.countries.includes("JP") ? 1 : 0;
 */
export async function* streamCorpus(
  path: string,
  filters?: SavedCorpusFilters,
  options: SavedCorpusReadOptions = {},
): AsyncIterable<CorpusPaper> {
  if (filters !== undefined) checkOptions(SavedFiltersSchema, filters, "streamCorpus filters");
  checkKeys(options, SAVED_READ_KEYS, "streamCorpus options");
  const { onProgress } = options;
  let scopeOf: ((paper: CorpusPaper) => unknown[]) | undefined;
  let first = true;
  for await (const { line, text } of corpusLines(path, onProgress)) {
    if (first) {
      const header = parseHeader(text, path, line);
      scopeOf =
        filters === undefined
          ? undefined
          : createScopeTest({ ...filters, yearBasis: header.options.yearBasis });
      first = false;
      continue;
    }
    if (text.startsWith(NAMES_LINE_START)) continue;
    const { exclusions, ...paper } = parseLine(PaperLineSchema, text, path, line, "a corpus paper");
    if ((scopeOf === undefined ? exclusions : scopeOf(paper)).length === 0) yield paper;
  }
}

/**
 * Whether a file starts like a saved corpus (so commands can take one in place of exports).
 * @example
 * await isSavedCorpus("corpus.jsonl.gz") // → true
 */
export async function isSavedCorpus(path: string): Promise<boolean> {
  const signature = `{"format":"${FORMAT}"`;
  // Only the head is read: an input of one 600 MiB line is not read twice, nor held whole.
  let head = "";
  const bytes = readFileChunks(path, { wording: SAVED_CORPUS, gunzip: path.endsWith(".gz") });
  for await (const text of decodeChunks(bytes)) {
    // Blank lines before the header are skipped, as when the corpus is read.
    const piece = head.length === 0 ? text.replace(/^[\r\n]+/, "") : text;
    head += piece.slice(0, signature.length - head.length);
    if (head.length >= signature.length) break;
  }
  return head.startsWith(signature);
}

/** A saved corpus that cannot be read says so, whatever the cause, with the system's reason. */
const SAVED_CORPUS: FileWording = {
  notFound: (error) => `cannot be read as a saved corpus (${String(error)})`,
  unreadable: (error) => `cannot be read as a saved corpus (${String(error)})`,
};

/**
 * The non-empty lines of a saved corpus with their 1-based numbers. With a listener, every line
 * after the header counts as a paper read.
 */
async function* corpusLines(
  path: string,
  onProgress?: ProgressListener,
): AsyncIterable<{ line: number; text: string }> {
  let fileBytes = 0;
  let bytesRead = 0;
  const onRead = (read: number, size: number): void => {
    bytesRead = read;
    fileBytes = size;
  };
  const bytes = readFileChunks(path, {
    wording: SAVED_CORPUS,
    gunzip: path.endsWith(".gz"),
    ...(onProgress === undefined ? {} : { onRead }),
  });
  let line = 0;
  let tracker: ProgressTracker | undefined;
  let header = true;
  try {
    for await (const batch of lineBatches(decodeChunks(bytes))) {
      if (onProgress !== undefined && tracker === undefined) {
        // The size is known once the first chunk is read.
        tracker = createProgressTracker([fileBytes], onProgress);
        tracker.startFile(path, fileBytes, () => bytesRead);
      }
      for (const text of batch) {
        line++;
        if (text.length === 0) continue;
        if (header) header = false;
        else tracker?.record();
        yield { line, text };
      }
    }
    tracker?.endFile();
  } catch (error) {
    // Reading failures arrive worded; anything else (a line too long for a string) is worded alike.
    if (error instanceof CopubError) throw error;
    throw fileError(error, path, SAVED_CORPUS);
  }
}

function parseHeader(text: string, path: string, line: number): z.infer<typeof HeaderSchema> {
  const version = /^\{"format":"copub-corpus","version":(\d+)/.exec(text)?.[1];
  if (version !== undefined && Number(version) !== VERSION)
    throw new CopubError(
      "not-wos",
      `${path}:${line}: a copub corpus of format version ${version}; this copub reads version ${VERSION}: build it again with "copub corpus … --out"`,
      path,
    );
  return parseLine(HeaderSchema, text, path, line, "a copub corpus header");
}

function parseLine<T extends z.ZodType>(
  schema: T,
  text: string,
  path: string,
  line: number,
  what: string,
): z.infer<T> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new CopubError("not-wos", `${path}:${line}: not JSON, expected ${what}`, path);
  }
  const result = schema.safeParse(value);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new CopubError(
      "not-wos",
      `${path}:${line}: not ${what} (${issue?.path.join(".") ?? ""}: ${issue?.message ?? ""})`,
      path,
    );
  }
  return result.data;
}

function rescoped(
  saved: Corpus["accounting"],
  inScope: number,
  unattributed: number,
  excluded: Corpus["excluded"],
): Corpus["accounting"] {
  return {
    ...saved,
    inScope,
    excluded: excluded.length,
    excludedByReason: excludedByFirstReason(excluded.reasons),
    unattributed,
  };
}
