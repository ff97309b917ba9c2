/**
 * Prepared records packed for the trip from a worker to the main thread: one array of numbers and
 * one table of the strings they name. A paper repeats strings (its countries, its organization
 * keys, the fields' JSON) and so do the papers of one piece, so each distinct such string crosses
 * once per piece; the main thread reads them back with the same instance for each repeat, whose
 * hash V8 computes once when the corpus interns it. The strings of one paper alone (UTs, DOIs,
 * grant ids, funding text, cited references) are not looked up, only added: at 100k records the
 * look-ups were 7% of a worker's time. A structured clone of the papers as
 * objects took about 1.7 KB and 65 µs a real record on the two threads together.
 *
 * Layout per record, in `PreparedRecord` order: ut, line, recordIndex, exportDate, timesCited,
 * quick, then the paper (ut, doi, year, docTypes, earlyAccess, publicationDate, earlyAccessDate,
 * countries, institutions, addresses, authorKeys, authorAddresses, unifiedOrganizations,
 * crossAffiliationOnly, fields, citations, citationsAllDatabases, exportDate, categories, grants,
 * fundingText, warnings, citedReferences), then names. A string is its index in the table, a list
 * its length then its items, and `null` (or an absent list) is -1.
 */
import type { PreparedRecord } from "./_prepared-record.ts";
import type { CorpusPaper } from "./corpus-paper.ts";

/**
 * Prepared records packed: numbers and the strings they point at. The numbers are a typed array,
 * whose buffer the worker transfers rather than copies (a quick digest is a whole number below
 * 2^53, which a float64 holds exactly).
 */
export interface PackedRecords {
  readonly numbers: Float64Array;
  readonly strings: string[];
}

const NULL = -1;

/**
 * Packs prepared records.
 * @example
 * unpackRecords(packRecords(prepared)) // → prepared, equal field by field
 */
export function packRecords(records: readonly PreparedRecord[]): PackedRecords {
  const numbers: number[] = [];
  const strings: string[] = [];
  const ids = new Map<string, number>();
  const str = (value: string): void => {
    let id = ids.get(value);
    if (id === undefined) {
      id = strings.push(value) - 1;
      ids.set(value, id);
    }
    numbers.push(id);
  };
  // A string of one paper alone (UT, DOI, grant ids, funding text, cited references) is only
  // pushed: looking it up would cost a hash and a map entry per string for no repeat.
  const own = (value: string): void => void numbers.push(strings.push(value) - 1);
  const nullableOwn = (value: string | null): void => (value === null ? void numbers.push(NULL) : own(value));
  const nullableStr = (value: string | null): void => (value === null ? void numbers.push(NULL) : str(value));
  const num = (value: number | null): void => void numbers.push(value === null ? NULL : value);
  const strs = (values: readonly string[] | null | undefined, item = str): void => {
    if (values === null || values === undefined) return void numbers.push(NULL);
    numbers.push(values.length);
    for (const value of values) item(value);
  };
  for (const record of records) {
    const p = record.paper;
    own(record.ut);
    num(record.line);
    num(record.recordIndex);
    nullableStr(record.exportDate);
    num(record.timesCited);
    num(record.quick);
    own(p.ut);
    nullableOwn(p.doi);
    num(p.year);
    strs(p.docTypes);
    num(p.earlyAccess ? 1 : 0);
    nullableStr(p.publicationDate);
    nullableStr(p.earlyAccessDate);
    strs(p.countries);
    numbers.push(p.institutions.length);
    for (const unit of p.institutions) {
      nullableStr(unit.country);
      str(unit.orgKey);
    }
    numbers.push(p.addresses.length);
    for (const address of p.addresses) {
      str(address.source);
      nullableStr(address.country);
      str(address.orgKey);
    }
    strs(p.authorKeys);
    numbers.push(p.authorAddresses.length);
    for (const links of p.authorAddresses) {
      numbers.push(links.length);
      for (const link of links) numbers.push(link);
    }
    strs(p.unifiedOrganizations);
    num(p.crossAffiliationOnly === null ? null : p.crossAffiliationOnly ? 1 : 0);
    str(JSON.stringify(p.fields));
    num(p.citations);
    num(p.citationsAllDatabases);
    nullableStr(p.exportDate);
    strs(p.categories);
    numbers.push(p.grants.length);
    for (const grant of p.grants) {
      str(grant.agency);
      strs(grant.grantIds, own);
    }
    nullableOwn(p.fundingText);
    strs(p.warnings);
    strs(p.citedReferences, own);
    strs(record.names);
  }
  return { numbers: Float64Array.from(numbers), strings };
}

/**
 * Reads packed records back.
 * @example
 * unpackRecords(packRecords(prepared)) // → prepared, equal field by field
 */
export function unpackRecords({ numbers, strings }: PackedRecords): PreparedRecord[] {
  let at = 0;
  const next = (): number => numbers[at++] as number;
  const str = (): string => strings[next()] as string;
  const nullableStr = (): string | null => {
    const id = next();
    return id === NULL ? null : (strings[id] as string);
  };
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
  const nullableList = <T>(item: () => T): T[] | null => {
    if (numbers[at] === NULL) {
      at++;
      return null;
    }
    return list(item);
  };
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
  const records: PreparedRecord[] = [];
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
    records.push({ ut, line, recordIndex, exportDate, timesCited, quick, paper, names: nullableList(str) });
  }
  return records;
}
