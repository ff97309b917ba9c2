/**
 * The papers of a corpus stored by column: one array per field instead of one object per paper,
 * so that a corpus of millions of papers costs its strings and shared parts and little more.
 *
 * A corpus paper as an object costs 208 B for its 23 fields, 56 for its `source` object and 48
 * for the headers of its author-key array before any of its values (no pointer compression in
 * Node's builds); by column the same paper is a slot of 8 B in each column of shared values,
 * its numbers a few bytes in typed arrays, its author keys slots of one flat array, and its rare
 * fields (Early Access date, funding text, cited references: unset on most papers) no
 * slot at all. Measured on the generated 100k (`benchmarks/`, heap after collection): 770 B a
 * paper as objects, 566 by column.
 *
 * A table hands out papers as `CorpusPaper` objects made afresh on each `at(i)` and on each step
 * of its iterator: callers read them as they read an array's papers, and may keep them, but two
 * calls never give the same object (compare papers by `ut`, never by identity). The values in a
 * paper (lists, strings, field assignments) are the table's own shared instances: read-only.
 */

import * as z from "zod";
import { type ListLike, RowList } from "../common/list-like.ts";
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
  /** The papers, row by row. */
  readonly papers: PaperTable;
  /** The reasons, row by row: what reads only the reasons makes no paper. */
  readonly reasons: readonly (readonly ScopeExclusion[])[];
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
class Excluded extends RowList<ExcludedPaper> implements ExcludedTable {
  readonly kind = "excluded-table";
  readonly length: number;
  constructor(
    readonly papers: PaperTable,
    readonly reasons: readonly ScopeExclusion[][],
  ) {
    super();
    this.length = papers.length;
  }
  protected itemAt(row: number): ExcludedPaper {
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
  /** The DOI of a row filled so far (what the end of a build reads of a row, without making its paper). */
  doiAt(row: number): CorpusPaper["doi"];
  /** The countries of a row filled so far. */
  countriesAt(row: number): CorpusPaper["countries"];
  /** The warning codes of a row filled so far. */
  warningsAt(row: number): CorpusPaper["warnings"];
  /** Moves a row's paper to another place in the same file (a provisional record index made final). */
  setPlace(row: number, line: number | null, recordIndex: number): void;
  /** The table of the rows in row order. The builder must not be used afterwards. */
  finish(): PaperTable;
  /**
   * One table for each order, of the rows it lists in that order (a row in at most one order; a
   * row in none is dropped). Each column is released once gathered, so that the columns are held
   * about once, not twice, at the end. The builder must not be used afterwards.
   */
  split(orders: readonly ArrayLike<number>[]): PaperTable[];
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
  // A replaced row's author keys go at the end of the flat list: the table is then gathered.
  let replaced = false;
  const open = (): Columns => {
    if (columns === undefined) throw new Error("paperTableBuilder: used after finish() or split()");
    return columns;
  };
  const filled = (row: number, what: string): Columns => {
    const c = open();
    if (!(Number.isInteger(row) && row >= 0 && row < c.length)) {
      throw new RangeError(`paperTableBuilder.${what}: no row ${row} (${c.length} rows)`);
    }
    return c;
  };
  const close = (): Columns => {
    const c = open();
    columns = undefined;
    return c;
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
      const c = filled(row, "replace");
      replaced = true;
      writeRow(c, row, paper);
    },
    doiAt: (row) => filled(row, "doiAt").doi[row] as string | null,
    countriesAt: (row) => filled(row, "countriesAt").countries[row] as CorpusPaper["countries"],
    warningsAt: (row) => filled(row, "warningsAt").warnings[row] as CorpusPaper["warnings"],
    setPlace(row, line, recordIndex) {
      const c = filled(row, "setPlace");
      setInt(c.line, row, line);
      setInt(c.recordIndex, row, recordIndex);
    },
    finish() {
      const c = close();
      return new Table(replaced ? (gathered(c, [identity(c.length)])[0] as Columns) : trimmed(c));
    },
    split(orders) {
      return gathered(close(), orders).map((part) => new Table(part));
    },
  };
}

/** Rows a builder makes room for at first; it doubles when full. */
const INITIAL_ROWS = 1024;

/** A source (file and format) named once per table, by its position in `Columns.sources`. */
type Source = Pick<CorpusPaper["source"], "file" | "format">;

/** The fields of a paper that most papers leave unset, kept only for the rows that set one. */
type RareFields = Pick<CorpusPaper, "earlyAccessDate" | "fundingText" | "citedReferences">;

/**
 * The columns. Numbers that may be `null` or beyond 32 bits (`IntColumn`) are 4 bytes a row;
 * `flags` packs `earlyAccess` (bit 0) and `crossAffiliationOnly` (bits 1–2: 0 null, 1 false, 2
 * true); a row's rare fields are `rare[rareOf[r] - 1]` (`rareOf[r]` 0: none, as on most rows; a
 * typed column, not a map by row, because every pass over the papers reads it). The author keys
 * of row `r` are `keys[keyStart[r] … keyStart[r + 1])` once gathered (while building,
 * `keyStart[r]` and `keyCount[r]`, because a replaced row's keys go at the end).
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
  /** One shared list per combination of codes (a third of real papers have one). */
  warnings: CorpusPaper["warnings"][];
  rare: RareFields[];
  rareOf: Uint32Array;
  sources: Source[];
  /** While building: each source's position, by format and file (no joined key to hash a row). */
  sourceIndex: Map<string, Map<string, number>>;
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
  if (column.beyond.size > 0) column.beyond.delete(row);
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
    warnings: [],
    rare: [],
    rareOf: new Uint32Array(rows),
    sources: [],
    sourceIndex: new Map(),
    source: new Uint32Array(rows),
    line: intColumn(rows),
    recordIndex: intColumn(rows),
  };
}

/** A column of numbers, one (`keyStart`: one more) a row. */
type TypedColumn = Int32Array | Uint32Array | Uint8Array;

/**
 * `c` with every typed column put through `sized` to its length for `rows` rows (`keyStart` one
 * more); the plain arrays are shared.
 */
function refitted(
  c: Columns,
  rows: number,
  sized: <T extends TypedColumn>(from: T, length: number) => T,
): Columns {
  const out: Columns = {
    ...c,
    flags: sized(c.flags, rows),
    rareOf: sized(c.rareOf, rows),
    keyStart: sized(c.keyStart, rows + 1),
    keyCount: sized(c.keyCount, rows),
    source: sized(c.source, rows),
  };
  for (const name of INT_COLUMNS) out[name] = { values: sized(c[name].values, rows), beyond: c[name].beyond };
  return out;
}

/** The same columns with room for `rows` rows (the typed ones copied; the arrays grow by themselves). */
function resized(c: Columns, rows: number): Columns {
  return refitted(c, rows, (from, length) => {
    const to = new (from.constructor as new (length: number) => typeof from)(length);
    to.set(from);
    return to;
  });
}

function writeRow(c: Columns, row: number, p: CorpusPaper): void {
  c.ut[row] = p.ut;
  c.doi[row] = p.doi;
  setInt(c.year, row, p.year);
  c.docTypes[row] = p.docTypes;
  const cross = p.crossAffiliationOnly === null ? 0 : p.crossAffiliationOnly ? 2 : 1;
  const flags = (p.earlyAccess ? 1 : 0) | (cross << 1);
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
  c.warnings[row] = p.warnings;
  if (p.earlyAccessDate !== null || p.fundingText !== null || p.citedReferences !== undefined) {
    const rare: RareFields = { earlyAccessDate: p.earlyAccessDate, fundingText: p.fundingText };
    if (p.citedReferences !== undefined) rare.citedReferences = p.citedReferences;
    // A replaced row's rare fields take its old slot, or leave it unread till gathered.
    const slot = c.rareOf[row] as number;
    if (slot > 0) c.rare[slot - 1] = rare;
    else c.rareOf[row] = c.rare.push(rare);
  } else c.rareOf[row] = 0;
  c.flags[row] = flags;
  // A file is named once per format it was read as.
  const { file, format } = p.source;
  let ofFormat = c.sourceIndex.get(format);
  if (ofFormat === undefined) {
    ofFormat = new Map();
    c.sourceIndex.set(format, ofFormat);
  }
  let source = ofFormat.get(file);
  if (source === undefined) {
    source = c.sources.length;
    c.sources.push({ file, format });
    ofFormat.set(file, source);
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

/** The columns holding one value a row in a plain array, gathered alike. */
const ARRAY_COLUMNS = [
  "ut",
  "doi",
  "docTypes",
  "publicationDate",
  "countries",
  "institutions",
  "addresses",
  "authorAddresses",
  "unifiedOrganizations",
  "fields",
  "exportDate",
  "categories",
  "grants",
  "warnings",
] as const satisfies readonly (keyof Columns)[];

/** The columns of whole numbers (`IntColumn`). */
const INT_COLUMNS = [
  "year",
  "citations",
  "citationsAllDatabases",
  "line",
  "recordIndex",
] as const satisfies readonly (keyof Columns)[];

/**
 * For each order, the rows of `c` it lists, in its order, in columns of exactly that many rows
 * (a row in at most one order). The columns of `c` are emptied one by one as they are gathered,
 * so that the builder's and the tables' columns coexist one column at a time.
 */
function gathered(c: Columns, orders: readonly ArrayLike<number>[]): Columns[] {
  const seen = new Uint8Array(c.length);
  const outs = orders.map((order) => {
    const out = emptyColumns(order.length);
    out.length = order.length;
    let keyCount = 0;
    for (let i = 0; i < order.length; i++) {
      const row = order[i] as number;
      if (!(Number.isInteger(row) && row >= 0 && row < c.length) || seen[row] === 1) {
        throw new RangeError(`paperTableBuilder: order position ${i} is row ${row}, not a row left to take`);
      }
      seen[row] = 1;
      keyCount += c.keyCount[row] as number;
    }
    out.keys = new Array<string>(keyCount);
    return out;
  });
  const each = (gather: (out: Columns, order: ArrayLike<number>) => void): void => {
    for (let k = 0; k < orders.length; k++) gather(outs[k] as Columns, orders[k] as ArrayLike<number>);
  };
  for (const name of ARRAY_COLUMNS) {
    const from: readonly unknown[] = c[name];
    each((out, order) => {
      const to = new Array<unknown>(order.length);
      for (let i = 0; i < order.length; i++) to[i] = from[order[i] as number];
      (out as Record<typeof name, unknown[]>)[name] = to;
    });
    (c as Record<typeof name, unknown[]>)[name] = [];
  }
  for (const name of INT_COLUMNS) {
    const from = c[name];
    each((out, order) => {
      const to = out[name];
      for (let i = 0; i < order.length; i++) {
        const row = order[i] as number;
        to.values[i] = from.values[row] as number;
        const beyond = from.beyond.get(row);
        if (beyond !== undefined) to.beyond.set(i, beyond);
      }
    });
    c[name] = intColumn(0);
  }
  each((out, order) => {
    const renumbered = new Int32Array(c.sources.length).fill(-1);
    let k = 0;
    for (let i = 0; i < order.length; i++) {
      const row = order[i] as number;
      out.flags[i] = c.flags[row] as number;
      // Sources renumbered by first use in the table's order, whatever order rows were appended in.
      const source = c.source[row] as number;
      if (renumbered[source] === -1) {
        renumbered[source] = out.sources.length;
        out.sources.push(c.sources[source] as Source);
      }
      out.source[i] = renumbered[source] as number;
      const slot = c.rareOf[row] as number;
      if (slot > 0) out.rareOf[i] = out.rare.push(c.rare[slot - 1] as RareFields);
      out.keyStart[i] = k;
      const start = c.keyStart[row] as number;
      const end = start + (c.keyCount[row] as number);
      for (let j = start; j < end; j++) out.keys[k++] = c.keys[j] as string;
    }
    out.keyStart[order.length] = k;
    out.keyCount = new Uint32Array(0);
  });
  return outs;
}

/**
 * The columns of a builder whose rows are in order and were never replaced (author keys in row
 * order, sources numbered by first use), in the form `gathered` gives: every column cut to the
 * rows, the build-only parts emptied.
 */
function trimmed(c: Columns): Columns {
  const n = c.length;
  // Arrays grown a row at a time hold up to half their length again in spare room: copied to size.
  for (const name of ARRAY_COLUMNS) (c as Record<typeof name, unknown[]>)[name] = c[name].slice();
  c.keys = c.keys.slice();
  const out = refitted(c, n, (from, length) => from.slice(0, length) as typeof from);
  out.keyStart[n] = c.keys.length;
  return { ...out, keyCount: new Uint32Array(0), sourceIndex: new Map() };
}

const NO_RARE: RareFields = { earlyAccessDate: null, fundingText: null };
const CROSS_OF_FLAGS = [null, false, true] as const;

/** The paper of row `row`, made in `CorpusPaperSchema`'s key order (the order a saved corpus writes). */
function paperAt(c: Columns, row: number): CorpusPaper {
  const flags = c.flags[row] as number;
  const slot = c.rareOf[row] as number;
  const rare = slot === 0 ? NO_RARE : (c.rare[slot - 1] as RareFields);
  const source = c.sources[c.source[row] as number] as Source;
  // A finished table's keys end where the next row's start; a builder's rows carry their count.
  const start = c.keyStart[row] as number;
  const end = c.keyCount.length === 0 ? (c.keyStart[row + 1] as number) : start + (c.keyCount[row] as number);
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
    authorKeys: c.keys.slice(start, end),
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
    warnings: c.warnings[row] as CorpusPaper["warnings"],
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
class Table extends RowList<CorpusPaper> implements PaperTable {
  readonly kind = "paper-table";
  readonly length: number;
  constructor(readonly columns: Columns) {
    super();
    this.length = columns.length;
  }
  protected itemAt(row: number): CorpusPaper {
    return paperAt(this.columns, row);
  }
}
