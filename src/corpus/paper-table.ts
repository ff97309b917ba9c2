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

import type { CorpusPaper } from "./corpus-paper.ts";

/**
 * The papers of a corpus, in a fixed order, read like a read-only array: `length`, `at(i)`, and
 * iteration (`for … of`, spread, `Array.from`). Arrays of papers have the same three, so a
 * function that takes a `PaperList` takes either.
 */
export interface PaperList extends Iterable<CorpusPaper> {
  /** Number of papers. */
  readonly length: number;
  /**
   * The paper at `index` (a negative index counts from the end, as `Array.prototype.at`), or
   * `undefined` outside the list.
   */
  at(index: number): CorpusPaper | undefined;
}

/** The papers of a corpus stored by column (module TSDoc); a `PaperList`. */
export interface PaperTable extends PaperList {
  /** Marks a table among paper lists (arrays have no such field). */
  readonly kind: "paper-table";
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
      return tableOf(gathered(c, order ?? identity(c.length)));
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
 * `flags` packs `earlyAccess` (bit 0) and `crossAffiliationOnly` (bits 1–2: 0 null, 1 false, 2
 * true); the author keys of row `r` are `keys[keyStart[r] … keyStart[r + 1])` once gathered
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

function writeRow(c: Columns, row: number, p: CorpusPaper): void {
  c.ut[row] = p.ut;
  c.doi[row] = p.doi;
  setInt(c.year, row, p.year);
  c.docTypes[row] = p.docTypes;
  const cross = p.crossAffiliationOnly === null ? 0 : p.crossAffiliationOnly ? 2 : 1;
  c.flags[row] = (p.earlyAccess ? 1 : 0) | (cross << 1);
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
  } else c.rare.delete(row);
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
  out.sources = c.sources;
  pickInt(c.line, out.line);
  pickInt(c.recordIndex, out.recordIndex);
  out.keys = new Array<string>(keyCount);
  let k = 0;
  for (let i = 0; i < n; i++) {
    const row = order[i] as number;
    out.flags[i] = c.flags[row] as number;
    out.source[i] = c.source[row] as number;
    const rare = c.rare.get(row);
    if (rare !== undefined) out.rare.set(i, rare);
    out.keyStart[i] = k;
    const start = c.keyStart[row] as number;
    const end = start + (c.keyCount[row] as number);
    for (let j = start; j < end; j++) out.keys[k++] = c.keys[j] as string;
  }
  out.keyStart[n] = k;
  out.keyCount = new Uint32Array(0);
  out.sourceIndex = new Map();
  return out;
}

const NO_RARE: RareFields = { earlyAccessDate: null, fundingText: null, warnings: [] };
const CROSS_OF_FLAGS = [null, false, true] as const;

/** The paper of row `row`, made in `CorpusPaperSchema`'s key order (the order a saved corpus writes). */
function paperAt(c: Columns, row: number): CorpusPaper {
  const rare = c.rare.get(row) ?? NO_RARE;
  const flags = c.flags[row] as number;
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
    crossAffiliationOnly: CROSS_OF_FLAGS[flags >> 1] as boolean | null,
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

function tableOf(c: Columns): PaperTable {
  const n = c.length;
  return {
    kind: "paper-table",
    length: n,
    at(index) {
      // As Array.prototype.at: the index made whole (NaN is 0), negative from the end.
      const whole = Number.isNaN(index) ? 0 : Math.trunc(index);
      const row = whole < 0 ? whole + n : whole;
      return row >= 0 && row < n ? paperAt(c, row) : undefined;
    },
    *[Symbol.iterator]() {
      for (let row = 0; row < n; row++) yield paperAt(c, row);
    },
  };
}
