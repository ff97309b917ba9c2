/**
 * The papers of a corpus stored by column: one array per field instead of one object per paper,
 * so that a corpus of millions of papers costs its strings and shared parts and little more.
 *
 * A corpus paper as an object costs 208 B for its 23 fields, 56 for its `source` object and 48
 * for the headers of its author-key array before any of its values (no pointer compression in
 * Node's builds); by column the same paper is a slot of 8 B in each column of shared values,
 * its numbers a few bytes in typed arrays, its author keys slots of one flat array, and its rare
 * fields (Early Access date, funding text, warnings, cited references: unset on most papers) no
 * slot at all. Measured on the generated 100k (`benchmarks/`, heap after collection): 769 B a
 * paper as objects, 569 by column.
 *
 * A table hands out papers as `CorpusPaper` objects made afresh on each `at(i)` and on each step
 * of its iterator: callers read them as they read an array's papers, and may keep them, but two
 * calls never give the same object (compare papers by `ut`, never by identity). The values in a
 * paper (lists, strings, field assignments) are the table's own shared instances: read-only.
 */

import * as z from "zod";
import { type ListLike, positionAt } from "../common/list-like.ts";
import { type CorpusPaper, CorpusPaperSchema } from "./corpus-paper.ts";
import { type ScopeExclusion, ScopeExclusionSchema } from "./scope.ts";

/**
 * Papers in a fixed order, read like a read-only array: `length`, `at(i)`, and iteration (`for …
 * of`, spread, `Array.from`). An array of papers has the same three, so a function that takes a
 * `PaperList` takes either an array or a corpus's `PaperTable`.
 */
export type PaperList = ListLike<CorpusPaper>;

/** The papers of a corpus stored by column (module TSDoc); a `PaperList`. */
export interface PaperTable extends PaperList {
  /** Marks a table among paper lists (arrays have no such field). */
  readonly kind: "paper-table";
}

/** A paper out of scope, with its reasons (first failing filter first). */
export const ExcludedPaperSchema = z.object({
  /** The paper. */
  paper: CorpusPaperSchema,
  /** Why it is out of scope. */
  reasons: z.array(ScopeExclusionSchema).min(1),
});

/** A paper out of scope, with its reasons (first failing filter first). */
export type ExcludedPaper = z.infer<typeof ExcludedPaperSchema>;

/**
 * The out-of-scope papers of a corpus: a `PaperTable` of the papers and their reasons (one shared
 * list per combination), handed out as fresh `ExcludedPaper` objects.
 */
export interface ExcludedTable extends ListLike<ExcludedPaper> {
  /** Marks a table among lists of excluded papers. */
  readonly kind: "excluded-table";
}

/**
 * The excluded papers of a table of papers and, row by row, their reasons.
 * @example
 * excludedTable(paperTable([p]), [["doc-type-out-of-scope"]]).at(0) // → { paper: p (a copy), reasons: ["doc-type-out-of-scope"] }
 */
export function excludedTable(papers: PaperTable, reasons: readonly ScopeExclusion[][]): ExcludedTable {
  if (reasons.length !== papers.length) {
    throw new RangeError(`excludedTable: ${papers.length} papers but ${reasons.length} lists of reasons`);
  }
  return new Excluded(papers, reasons);
}

/**
 * An `ExcludedTable`. Its papers and reasons are its own enumerable fields, so that two tables of
 * equal papers and reasons are deeply equal (`toEqual`, `isDeepStrictEqual`) and unequal ones not.
 */
class Excluded implements ExcludedTable {
  readonly kind = "excluded-table";
  readonly length: number;
  constructor(
    readonly papers: PaperTable,
    readonly reasons: readonly ScopeExclusion[][],
  ) {
    this.length = papers.length;
  }
  at(index: number): ExcludedPaper | undefined {
    const row = positionAt(index, this.length);
    return row === undefined ? undefined : this.#item(row);
  }
  *[Symbol.iterator](): Iterator<ExcludedPaper> {
    for (let row = 0; row < this.length; row++) yield this.#item(row);
  }
  #item(row: number): ExcludedPaper {
    return { paper: this.papers.at(row) as CorpusPaper, reasons: this.reasons[row] as ScopeExclusion[] };
  }
}

/**
 * Whether a list of excluded papers is an `ExcludedTable` (rather than an array).
 * @example
 * isExcludedTable(excludedTable(paperTable([]), [])) // → true
 */
export function isExcludedTable(excluded: ListLike<ExcludedPaper>): excluded is ExcludedTable {
  return (excluded as Partial<ExcludedTable>).kind === "excluded-table";
}

/** Fills a table row by row (`paperTableBuilder`). */
export interface PaperTableBuilder {
  /** Rows filled so far. */
  readonly length: number;
  /** Adds a paper as the next row and returns the row; its values are kept by reference. */
  append(paper: CorpusPaper): number;
  /** Puts another paper in a row already filled (a duplicate record that replaces the first). */
  replace(row: number, paper: CorpusPaper): void;
  /**
   * The table: the rows in `order` (each row at most once; a row left out is dropped), or in row
   * order. The builder must not be used afterwards.
   */
  finish(order?: ArrayLike<number>): PaperTable;
}

/**
 * A table of the given papers, in their order.
 * @example
 * const table = paperTable([a, b]);
 * table.length // → 2
 * table.at(-1)?.ut === b.ut // → true
 */
export function paperTable(papers: Iterable<CorpusPaper>): PaperTable {
  const builder = paperTableBuilder();
  for (const paper of papers) builder.append(paper);
  return builder.finish();
}

/**
 * Whether a list of papers is a `PaperTable` (rather than an array).
 * @example
 * isPaperTable(paperTable([])) // → true
 * isPaperTable([]) // → false
 */
export function isPaperTable(papers: PaperList): papers is PaperTable {
  return (papers as Partial<PaperTable>).kind === "paper-table";
}

/** An empty builder of a paper table. */
export function paperTableBuilder(): PaperTableBuilder {
  let columns: Columns | undefined = emptyColumns(INITIAL_ROWS);
  const open = (): Columns => {
    if (columns === undefined) throw new Error("paperTableBuilder: used after finish()");
    return columns;
  };
  return {
    get length() {
      return open().length;
    },
    append(paper) {
      let c = open();
      if (c.length === c.flags.length) columns = c = resized(c, 2 * c.length);
      const row = c.length++;
      writeRow(c, row, paper);
      return row;
    },
    replace(row, paper) {
      const c = open();
      if (!(Number.isInteger(row) && row >= 0 && row < c.length)) {
        throw new RangeError(`paperTableBuilder.replace: no row ${row} (${c.length} rows)`);
      }
      writeRow(c, row, paper);
    },
    finish(order) {
      const c = open();
      columns = undefined;
      return new Table(gathered(c, order ?? identity(c.length)));
    },
  };
}

/** Rows a builder makes room for at first; it doubles when full. */
const INITIAL_ROWS = 1024;

/** A source (file and format) named once per table, by its position in `Columns.sources`. */
type Source = Pick<CorpusPaper["source"], "file" | "format">;

/** The fields of a paper that most papers leave unset, kept only for the rows that set one. */
type RareFields = Pick<CorpusPaper, "earlyAccessDate" | "fundingText" | "warnings" | "citedReferences">;

/**
 * The columns. Numbers that may be `null` or beyond 32 bits (`IntColumn`) are 4 bytes a row;
 * `flags` packs `earlyAccess` (bit 0), `crossAffiliationOnly` (bits 1–2: 0 null, 1 false, 2
 * true) and whether the row has an entry in `rare` (bit 3, so that most rows skip the look-up); the author keys of row `r` are `keys[keyStart[r] … keyStart[r + 1])` once gathered
 * (while building, `keyStart[r]` and `keyCount[r]`, because a replaced row's keys go at the end).
 */
interface Columns {
  length: number;
  ut: string[];
  doi: (string | null)[];
  year: IntColumn;
  docTypes: CorpusPaper["docTypes"][];
  flags: Uint8Array;
  publicationDate: (string | null)[];
  countries: CorpusPaper["countries"][];
  institutions: CorpusPaper["institutions"][];
  addresses: CorpusPaper["addresses"][];
  keys: string[];
  keyStart: Uint32Array;
  keyCount: Uint32Array;
  authorAddresses: CorpusPaper["authorAddresses"][];
  unifiedOrganizations: CorpusPaper["unifiedOrganizations"][];
  fields: CorpusPaper["fields"][];
  citations: IntColumn;
  citationsAllDatabases: IntColumn;
  exportDate: (string | null)[];
  categories: CorpusPaper["categories"][];
  grants: CorpusPaper["grants"][];
  rare: Map<number, RareFields>;
  sources: Source[];
  sourceIndex: Map<string, number>;
  source: Uint32Array;
  line: IntColumn;
  recordIndex: IntColumn;
}

/**
 * Whole numbers, and `null`, in 4 bytes a row: a value in the signed 32-bit range is stored as
 * it is; `null` and anything else (beyond 32 bits, never met in real exports but not refused by
 * the schema) take one of two reserved values, the second sending to `beyond`.
 */
interface IntColumn {
  values: Int32Array;
  beyond: Map<number, number>;
}

const NULL_INT = -0x80000000;
const BEYOND_INT = -0x7fffffff;

function setInt(column: IntColumn, row: number, value: number | null): void {
  column.beyond.delete(row);
  if (value === null) column.values[row] = NULL_INT;
  else if (value > BEYOND_INT && value <= 0x7fffffff) column.values[row] = value;
  else {
    column.values[row] = BEYOND_INT;
    column.beyond.set(row, value);
  }
}

function getInt(column: IntColumn, row: number): number | null {
  const value = column.values[row] as number;
  if (value > BEYOND_INT) return value;
  return value === NULL_INT ? null : (column.beyond.get(row) as number);
}

const intColumn = (rows: number): IntColumn => ({ values: new Int32Array(rows), beyond: new Map() });

function emptyColumns(rows: number): Columns {
  return {
    length: 0,
    ut: [],
    doi: [],
    year: intColumn(rows),
    docTypes: [],
    flags: new Uint8Array(rows),
    publicationDate: [],
    countries: [],
    institutions: [],
    addresses: [],
    keys: [],
    keyStart: new Uint32Array(rows + 1),
    keyCount: new Uint32Array(rows),
    authorAddresses: [],
    unifiedOrganizations: [],
    fields: [],
    citations: intColumn(rows),
    citationsAllDatabases: intColumn(rows),
    exportDate: [],
    categories: [],
    grants: [],
    rare: new Map(),
    sources: [],
    sourceIndex: new Map(),
    source: new Uint32Array(rows),
    line: intColumn(rows),
    recordIndex: intColumn(rows),
  };
}

/** The same columns with room for `rows` rows (the typed ones copied; the arrays grow by themselves). */
function resized(c: Columns, rows: number): Columns {
  const grown = <T extends Int32Array | Uint32Array | Uint8Array>(
    from: T,
    make: (n: number) => T,
    n: number,
  ): T => {
    const to = make(n);
    to.set(from);
    return to;
  };
  const int = (from: IntColumn): IntColumn => ({
    values: grown(from.values, (n) => new Int32Array(n), rows),
    beyond: from.beyond,
  });
  return {
    ...c,
    year: int(c.year),
    flags: grown(c.flags, (n) => new Uint8Array(n), rows),
    keyStart: grown(c.keyStart, (n) => new Uint32Array(n), rows + 1),
    keyCount: grown(c.keyCount, (n) => new Uint32Array(n), rows),
    citations: int(c.citations),
    citationsAllDatabases: int(c.citationsAllDatabases),
    source: grown(c.source, (n) => new Uint32Array(n), rows),
    line: int(c.line),
    recordIndex: int(c.recordIndex),
  };
}

/** Bit 3 of `flags`: the row has an entry in `rare`. */
const HAS_RARE = 8;

function writeRow(c: Columns, row: number, p: CorpusPaper): void {
  c.ut[row] = p.ut;
  c.doi[row] = p.doi;
  setInt(c.year, row, p.year);
  c.docTypes[row] = p.docTypes;
  const cross = p.crossAffiliationOnly === null ? 0 : p.crossAffiliationOnly ? 2 : 1;
  let flags = (p.earlyAccess ? 1 : 0) | (cross << 1);
  c.publicationDate[row] = p.publicationDate;
  c.countries[row] = p.countries;
  c.institutions[row] = p.institutions;
  c.addresses[row] = p.addresses;
  c.keyStart[row] = c.keys.length;
  c.keyCount[row] = p.authorKeys.length;
  for (const key of p.authorKeys) c.keys.push(key);
  c.authorAddresses[row] = p.authorAddresses;
  c.unifiedOrganizations[row] = p.unifiedOrganizations;
  c.fields[row] = p.fields;
  setInt(c.citations, row, p.citations);
  setInt(c.citationsAllDatabases, row, p.citationsAllDatabases);
  c.exportDate[row] = p.exportDate;
  c.categories[row] = p.categories;
  c.grants[row] = p.grants;
  if (
    p.earlyAccessDate !== null ||
    p.fundingText !== null ||
    p.warnings.length > 0 ||
    p.citedReferences !== undefined
  ) {
    const rare: RareFields = {
      earlyAccessDate: p.earlyAccessDate,
      fundingText: p.fundingText,
      warnings: p.warnings,
    };
    if (p.citedReferences !== undefined) rare.citedReferences = p.citedReferences;
    c.rare.set(row, rare);
    flags |= HAS_RARE;
  } else c.rare.delete(row);
  c.flags[row] = flags;
  // A file is named once per format it was read as; the key cannot occur in a path (NUL).
  const sourceKey = `${p.source.format}\u0000${p.source.file}`;
  let source = c.sourceIndex.get(sourceKey);
  if (source === undefined) {
    source = c.sources.length;
    c.sources.push({ file: p.source.file, format: p.source.format });
    c.sourceIndex.set(sourceKey, source);
  }
  c.source[row] = source;
  setInt(c.line, row, p.source.line);
  setInt(c.recordIndex, row, p.source.recordIndex);
}

function identity(n: number): Uint32Array {
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  return order;
}

/** The rows of `c` in `order`, in columns of exactly that many rows. */
function gathered(c: Columns, order: ArrayLike<number>): Columns {
  const n = order.length;
  const out = emptyColumns(n);
  const seen = new Uint8Array(c.length);
  let keyCount = 0;
  for (let i = 0; i < n; i++) {
    const row = order[i] as number;
    if (!(Number.isInteger(row) && row >= 0 && row < c.length) || seen[row] === 1) {
      throw new RangeError(
        `paperTableBuilder.finish: order position ${i} is row ${row}, not a row left to take`,
      );
    }
    seen[row] = 1;
    keyCount += c.keyCount[row] as number;
  }
  const pick = <T>(from: readonly T[]): T[] => {
    const to = new Array<T>(n);
    for (let i = 0; i < n; i++) to[i] = from[order[i] as number] as T;
    return to;
  };
  const pickInt = (from: IntColumn, to: IntColumn): void => {
    for (let i = 0; i < n; i++) {
      const row = order[i] as number;
      to.values[i] = from.values[row] as number;
      const beyond = from.beyond.get(row);
      if (beyond !== undefined) to.beyond.set(i, beyond);
    }
  };
  out.length = n;
  out.ut = pick(c.ut);
  out.doi = pick(c.doi);
  pickInt(c.year, out.year);
  out.docTypes = pick(c.docTypes);
  out.publicationDate = pick(c.publicationDate);
  out.countries = pick(c.countries);
  out.institutions = pick(c.institutions);
  out.addresses = pick(c.addresses);
  out.authorAddresses = pick(c.authorAddresses);
  out.unifiedOrganizations = pick(c.unifiedOrganizations);
  out.fields = pick(c.fields);
  pickInt(c.citations, out.citations);
  pickInt(c.citationsAllDatabases, out.citationsAllDatabases);
  out.exportDate = pick(c.exportDate);
  out.categories = pick(c.categories);
  out.grants = pick(c.grants);
  pickInt(c.line, out.line);
  pickInt(c.recordIndex, out.recordIndex);
  out.keys = new Array<string>(keyCount);
  const renumbered = new Int32Array(c.sources.length).fill(-1);
  let k = 0;
  for (let i = 0; i < n; i++) {
    const row = order[i] as number;
    out.flags[i] = c.flags[row] as number;
    // Sources renumbered by first use in the table's order, whatever order rows were appended in.
    const source = c.source[row] as number;
    if (renumbered[source] === -1) {
      renumbered[source] = out.sources.length;
      out.sources.push(c.sources[source] as Source);
    }
    out.source[i] = renumbered[source] as number;
    const rare = c.rare.get(row);
    if (rare !== undefined) out.rare.set(i, rare);
    out.keyStart[i] = k;
    const start = c.keyStart[row] as number;
    const end = start + (c.keyCount[row] as number);
    for (let j = start; j < end; j++) out.keys[k++] = c.keys[j] as string;
  }
  out.keyStart[n] = k;
  out.keyCount = new Uint32Array(0);
  return out;
}

const NO_RARE: RareFields = { earlyAccessDate: null, fundingText: null, warnings: [] };
const CROSS_OF_FLAGS = [null, false, true] as const;

/** The paper of row `row`, made in `CorpusPaperSchema`'s key order (the order a saved corpus writes). */
function paperAt(c: Columns, row: number): CorpusPaper {
  const flags = c.flags[row] as number;
  const rare = (flags & HAS_RARE) === 0 ? NO_RARE : (c.rare.get(row) as RareFields);
  const source = c.sources[c.source[row] as number] as Source;
  const paper: CorpusPaper = {
    ut: c.ut[row] as string,
    doi: c.doi[row] as string | null,
    year: getInt(c.year, row),
    docTypes: c.docTypes[row] as CorpusPaper["docTypes"],
    earlyAccess: (flags & 1) === 1,
    publicationDate: c.publicationDate[row] as string | null,
    earlyAccessDate: rare.earlyAccessDate,
    countries: c.countries[row] as string[],
    institutions: c.institutions[row] as CorpusPaper["institutions"],
    addresses: c.addresses[row] as CorpusPaper["addresses"],
    authorKeys: c.keys.slice(c.keyStart[row], c.keyStart[row + 1]),
    authorAddresses: c.authorAddresses[row] as number[][],
    unifiedOrganizations: c.unifiedOrganizations[row] as string[],
    crossAffiliationOnly: CROSS_OF_FLAGS[(flags >> 1) & 3] as boolean | null,
    fields: c.fields[row] as CorpusPaper["fields"],
    citations: getInt(c.citations, row),
    citationsAllDatabases: getInt(c.citationsAllDatabases, row),
    exportDate: c.exportDate[row] as string | null,
    categories: c.categories[row] as string[],
    grants: c.grants[row] as CorpusPaper["grants"],
    fundingText: rare.fundingText,
    warnings: rare.warnings,
    source: {
      file: source.file,
      format: source.format,
      line: getInt(c.line, row),
      recordIndex: getInt(c.recordIndex, row) as number,
    },
  };
  if (rare.citedReferences !== undefined) paper.citedReferences = rare.citedReferences;
  return paper;
}

/**
 * A `PaperTable`. Its columns are its own enumerable field, in a form that depends only on the
 * papers and their order (`gathered`), so that two tables of equal papers are deeply equal
 * (`toEqual`, `isDeepStrictEqual`) and unequal ones not.
 */
class Table implements PaperTable {
  readonly kind = "paper-table";
  readonly length: number;
  constructor(readonly columns: Columns) {
    this.length = columns.length;
  }
  at(index: number): CorpusPaper | undefined {
    const row = positionAt(index, this.length);
    return row === undefined ? undefined : paperAt(this.columns, row);
  }
  *[Symbol.iterator](): Iterator<CorpusPaper> {
    for (let row = 0; row < this.length; row++) yield paperAt(this.columns, row);
  }
}
