/**
 * Prepared records packed for the trip from a worker to the main thread: one array of numbers and
 * one table of the strings they name. A paper repeats strings (its countries, its organization
 * keys, the fields' JSON) and so do the papers of a load, so each distinct such string crosses
 * once (the packer finds it in a string index, `_string-set.ts`); the main thread reads them back
 * with the same instance for each repeat. The strings of one paper alone (UTs, DOIs, grant ids,
 * funding text, cited references) are not looked up, only added: looking them up too cost a
 * tenth of a worker's time. A structured clone of the papers as objects took about 1.7 KB and
 * 65 µs a real record on the two threads together.
 *
 * Layout per record, in `PreparedRecord` order: ut, line, recordIndex, exportDate, timesCited,
 * quick, then the paper (ut, doi, year, docTypes, earlyAccess, publicationDate, earlyAccessDate,
 * countries, institutions, addresses, authorKeys, authorAddresses, unifiedOrganizations,
 * crossAffiliationOnly, fields, citations, citationsAllDatabases, exportDate, categories, grants,
 * fundingText, warnings, citedReferences), then names. A shared string is its index in `strings`,
 * a paper's own string `-2 - ` its length in code units (read from `own` where the own string
 * before it ended), a list its length then its items, and `null` (or an absent list) is -1.
 */
import { grownArray } from "../common/grown-array.ts";
import { ownCopy } from "../common/own-copy.ts";
import type { PreparedRecord } from "./_prepared-record.ts";
import { createStringIndex } from "./_string-set.ts";
import type { CorpusPaper } from "./corpus-paper.ts";

/**
 * Prepared records packed: numbers and the strings they point at. The numbers are a typed array,
 * whose buffer the worker transfers rather than copies (a quick digest is a whole number below
 * 2^53, which a float64 holds exactly). The strings are two tables: `strings`, each distinct
 * string once (the main thread looks each up in the corpus's interner once per piece, not once
 * per use), and `own`, the strings of one paper alone, which are never interned, as their UTF-16
 * code units one after the other in a typed array that is transferred too: a piece waiting on the
 * main thread to be added holds no string of them (a few thousand heap strings each, which its
 * young-generation collections copied), and each becomes a string of its own when its record is
 * read back.
 */
export interface PackedRecords {
  readonly numbers: Float64Array;
  /**
   * The strings papers share that the packer had not given before, each once; a number names one
   * by its index in the packer's table, the strings of every piece it packed so far in order.
   */
  readonly strings: string[];
  /** The index of `strings[0]` in the packer's table: 0 for its first piece, and after the table was cleared. */
  readonly firstString: number;
  /**
   * The strings of one paper alone (UT, DOI, grant ids, funding text, cited references), their
   * code units one after the other; a number names the next one by `-2 - ` its length.
   */
  readonly own: Uint16Array;
}

const NULL = -1;
/** Numbers at or below this name an own string: `-2` an empty one, `-2 - n` one of `n` code units. */
const OWN = -2;

/**
 * Packs prepared records one at a time, so that none is held once packed; `finish` gives those
 * added since the last `finish`. The table of shared strings lasts from piece to piece (a worker
 * keeps one packer), so a string crosses to the main thread, and is interned there, once per
 * load rather than once per piece.
 */
export interface RecordPacker {
  add(record: PreparedRecord): void;
  finish(): PackedRecords;
}

/** Shared strings a packer keeps at most; past them it starts a new table (`firstString` 0). */
const MAX_TABLE_STRINGS = 1 << 21;

/**
 * Creates a packer: the numbers go into a typed array that doubles when full, the strings into
 * the two tables.
 * @example
 * const packer = createRecordPacker();
 * for (const record of prepared) packer.add(record);
 * unpackRecords(packer.finish()) // → prepared, equal field by field
 */
export function createRecordPacker(): RecordPacker {
  let numbers = new Float64Array(1 << 14);
  let at = 0;
  let strings: string[] = [];
  let own = new Uint16Array(1 << 16);
  let ownAt = 0;
  let firstString = 0;
  // The shared strings the packer keeps are copies of their own (`ownCopy`): a value sliced from
  // the text read keeps that whole text alive, and the table lasts the whole load. (Held as slices,
  // the packer's strings kept a piece's texts in the worker's young generation, which every
  // collection copied: 2.3 times its scavenging time, 100 MB more peak RSS at 100k records.)
  const ids = createStringIndex(ownCopy);
  const push = (value: number): void => {
    if (at === numbers.length) numbers = grownArray(numbers);
    numbers[at++] = value;
  };
  // A string of one paper alone is only pushed: looking it up would cost a hash and a slot per
  // string for no repeat.
  const ownStr = (value: string): void => {
    const n = value.length;
    push(OWN - n);
    if (ownAt + n > own.length) own = grownArray(own, ownAt + n, ownAt);
    for (let i = 0; i < n; i++) own[ownAt + i] = value.charCodeAt(i);
    ownAt += n;
  };
  const str = (value: string): void => {
    const known = ids.strings.length;
    const id = ids.indexOf(value);
    // Past its probes (input made to collide) a string crosses as a paper's own; the main thread
    // interns it all the same when the paper joins the corpus.
    if (id < 0) ownStr(value);
    else {
      if (id === known) strings.push(ids.strings[id] as string);
      push(id);
    }
  };
  const nullableOwn = (value: string | null): void => (value === null ? push(NULL) : ownStr(value));
  const nullableStr = (value: string | null): void => (value === null ? push(NULL) : str(value));
  const num = (value: number | null): void => push(value === null ? NULL : value);
  /** A list: its length, then each item as `item` packs it. */
  const each = <T>(items: readonly T[], item: (value: T) => void): void => {
    push(items.length);
    for (const value of items) item(value);
  };
  const strs = (values: readonly string[] | null | undefined, item = str): void => {
    if (values === null || values === undefined) {
      push(NULL);
      return;
    }
    each(values, item);
  };
  return {
    add(record) {
      const p = record.paper;
      ownStr(record.ut);
      num(record.line);
      num(record.recordIndex);
      nullableStr(record.exportDate);
      num(record.timesCited);
      num(record.quick);
      ownStr(p.ut);
      nullableOwn(p.doi);
      num(p.year);
      strs(p.docTypes);
      num(p.earlyAccess ? 1 : 0);
      nullableStr(p.publicationDate);
      nullableStr(p.earlyAccessDate);
      strs(p.countries);
      each(p.institutions, (unit) => {
        nullableStr(unit.country);
        str(unit.orgKey);
      });
      each(p.addresses, (address) => {
        str(address.source);
        nullableStr(address.country);
        str(address.orgKey);
      });
      strs(p.authorKeys);
      each(p.authorAddresses, (links) => each(links, push));
      strs(p.unifiedOrganizations);
      num(p.crossAffiliationOnly === null ? null : p.crossAffiliationOnly ? 1 : 0);
      str(JSON.stringify(p.fields));
      num(p.citations);
      num(p.citationsAllDatabases);
      nullableStr(p.exportDate);
      strs(p.categories);
      each(p.grants, (grant) => {
        str(grant.agency);
        strs(grant.grantIds, ownStr);
      });
      nullableOwn(p.fundingText);
      strs(p.warnings);
      strs(p.citedReferences, ownStr);
      strs(record.names);
    },
    finish() {
      const packed = { numbers: numbers.slice(0, at), strings, firstString, own: own.slice(0, ownAt) };
      at = 0;
      ownAt = 0;
      strings = [];
      firstString = ids.strings.length;
      // A table that would keep growing with the corpus (author keys, organizations) starts again.
      if (firstString >= MAX_TABLE_STRINGS) {
        ids.clear();
        firstString = 0;
      }
      return packed;
    },
  };
}

/**
 * Packs prepared records.
 * @example
 * unpackRecords(packRecords(prepared)) // → prepared, equal field by field
 */
export function packRecords(records: readonly PreparedRecord[]): PackedRecords {
  const packer = createRecordPacker();
  for (const record of records) packer.add(record);
  return packer.finish();
}

/**
 * Reads packed records back.
 * @example
 * unpackRecords(packRecords(prepared)) // → prepared, equal field by field
 */
export function unpackRecords(packed: PackedRecords): PreparedRecord[] {
  return [...unpackedRecords(packed, packed.strings)];
}

/**
 * The main thread's copy of one packer's table of shared strings, each interned: a piece's new
 * strings are added (`intern`ed once each) before its records are read, in the order the packer
 * packed its pieces; a piece with `firstString` 0 starts the table again.
 * @example
 * const table = createStringTable(builder.internStrings);
 * [...unpackedRecords(packed, table.extend(packed))] // → the piece's records, their strings interned
 */
export function createStringTable(intern: (strings: readonly string[]) => string[]): {
  extend(packed: PackedRecords): readonly string[];
} {
  let table: string[] = [];
  return {
    extend(packed) {
      if (packed.firstString === 0) table = [];
      if (packed.firstString !== table.length)
        throw new Error(`a piece's strings start at ${packed.firstString}, not at ${table.length}`);
      for (const value of intern(packed.strings)) table.push(value);
      return table;
    },
  };
}

/**
 * Reads packed records back one at a time, each shared string taken from `strings` (the corpus's
 * own instances of `packed.strings`, index for index: the main thread interns a piece's table
 * once, and then every use of a string is that one instance).
 * @example
 * [...unpackedRecords(packed, packed.strings.map(intern.string))] // → the records, their shared strings interned
 */
export function* unpackedRecords(
  packed: PackedRecords,
  strings: readonly string[],
): Generator<PreparedRecord> {
  const { numbers, own } = packed;
  let ownAt = 0;
  let at = 0;
  const next = (): number => numbers[at++] as number;
  const str = (): string => {
    const id = next();
    if (id > OWN) return strings[id] as string;
    const start = ownAt;
    ownAt += OWN - id;
    return codeUnitsText(own, start, ownAt);
  };
  /** Whether the next number is `null`, which it then passes. */
  const isNull = (): boolean => {
    if (numbers[at] !== NULL) return false;
    at++;
    return true;
  };
  const nullableStr = (): string | null => (isNull() ? null : str());
  const num = (): number | null => {
    const value = next();
    return value === NULL ? null : value;
  };
  const list = <T>(item: () => T): T[] => {
    const n = next();
    const items: T[] = new Array(n);
    for (let i = 0; i < n; i++) items[i] = item();
    return items;
  };
  const nullableList = <T>(item: () => T): T[] | null => (isNull() ? null : list(item));
  // The fields' JSON repeats across a piece: parsed once per distinct text.
  const fields = new Map<number, CorpusPaper["fields"]>();
  const fieldsOf = (id: number): CorpusPaper["fields"] => {
    let parsed = fields.get(id);
    if (parsed === undefined) {
      parsed = JSON.parse(strings[id] as string) as CorpusPaper["fields"];
      fields.set(id, parsed);
    }
    return parsed;
  };
  while (at < numbers.length) {
    const ut = str();
    const line = num();
    const recordIndex = next();
    const exportDate = nullableStr();
    const timesCited = num();
    const quick = next();
    const paper: Omit<CorpusPaper, "source"> = {
      ut: str(),
      doi: nullableStr(),
      year: num(),
      docTypes: list(str) as CorpusPaper["docTypes"],
      earlyAccess: next() === 1,
      publicationDate: nullableStr(),
      earlyAccessDate: nullableStr(),
      countries: list(str),
      institutions: list(() => ({ country: nullableStr(), orgKey: str() })),
      addresses: list(() => ({ source: str() as "C1" | "RP", country: nullableStr(), orgKey: str() })),
      authorKeys: list(str),
      authorAddresses: list(() => list(next)),
      unifiedOrganizations: list(str),
      crossAffiliationOnly: ((value) => (value === null ? null : value === 1))(num()),
      fields: fieldsOf(next()),
      citations: num(),
      citationsAllDatabases: num(),
      exportDate: nullableStr(),
      categories: list(str),
      grants: list(() => ({ agency: str(), grantIds: list(str) })),
      fundingText: nullableStr(),
      warnings: list(str) as CorpusPaper["warnings"],
    };
    const cited = nullableList(str);
    if (cited !== null) paper.citedReferences = cited;
    yield { ut, line, recordIndex, exportDate, timesCited, quick, paper, names: nullableList(str) };
  }
}

/** Code units taken at a time by `String.fromCharCode` (its arguments are bounded). */
const UNITS_AT_ONCE = 8192;

/**
 * The string of `units[start, end)`, code unit for code unit (a lone surrogate stays one).
 * @example
 * codeUnitsText(Uint16Array.of(87, 79, 83), 0, 3) // → "WOS"
 */
function codeUnitsText(units: Uint16Array, start: number, end: number): string {
  // One call for nearly every string: "" + a part is the part itself.
  let text = "";
  for (let at = start; at < end; at += UNITS_AT_ONCE)
    text += String.fromCharCode.apply(
      null,
      units.subarray(at, Math.min(end, at + UNITS_AT_ONCE)) as unknown as number[],
    );
  return text;
}
