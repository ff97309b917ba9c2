/**
 * Fingerprints of a parsed record for de-duplication (docs/methodology.md §13.2): a SHA-256 of the
 * whole record in canonical JSON (the last tie-break between conflicting duplicates), and one
 * small hash per field, so that the fields in which two duplicates differ can be named without
 * keeping either record in memory.
 */
import { Buffer } from "node:buffer";
import { createHash } from "node:crypto";
import { murmurFinalizer } from "../common/murmur-finalizer.ts";
import { type WosRecord, WosRecordSchema } from "../read/wos-record.ts";

/**
 * Fields compared between duplicates, in schema order. `warnings` describe parsing, not the
 * paper; `otherTags` are compared tag by tag (`RecordDigest.otherTags`).
 */
const COMPARED_FIELDS: readonly (keyof WosRecord)[] = Object.keys(WosRecordSchema.shape).filter(
  (key): key is keyof WosRecord => key !== "warnings" && key !== "otherTags",
);

/** Words of the SHA-256 at the start of a digest. */
const SHA_WORDS = 8;

/**
 * The fingerprint of one record, packed in one typed array because a corpus builder keeps one
 * per UT until it finishes (millions of them): the SHA-256 of the record in canonical JSON as 8
 * big-endian words, then the 32-bit FNV-1a hash of each compared field's canonical JSON in
 * `COMPARED_FIELDS` order, then pairs (tag hash, values hash) of the other tags by tag hash.
 */
export type RecordDigest = Uint32Array;

/**
 * Orders two digests by their SHA-256 (the same order as comparing the hex strings).
 * @example
 * compareDigests(digestRecord(a), digestRecord(b)) // → -1, 0 or 1
 */
export function compareDigests(a: RecordDigest, b: RecordDigest): number {
  for (let i = 0; i < SHA_WORDS; i++) {
    const [x, y] = [a[i] as number, b[i] as number];
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}

/**
 * The SHA-256 of a digest in hex.
 * @example
 * digestSha256(digestRecord(record)) // → "3f1c…" (64 hex digits)
 */
export function digestSha256(digest: RecordDigest): string {
  let hex = "";
  for (let i = 0; i < SHA_WORDS; i++) hex += (digest[i] as number).toString(16).padStart(8, "0");
  return hex;
}

/**
 * JSON with object keys sorted by code unit at every level, so equal values give equal text
 * whatever order their keys were built in.
 * @example
 * canonicalJson({ b: 1, a: [{ d: 2, c: 3 }] }) // → '{"a":[{"c":3,"d":2}],"b":1}'
 */
export function canonicalJson(value: unknown): string {
  const pieces: string[] = [];
  writeCanonical(value, (piece) => pieces.push(piece));
  return pieces.join("");
}

/**
 * Writes the canonical JSON of a value piece by piece (the pieces joined are `canonicalJson`):
 * a record of a million authors is hashed without its text ever being built whole. Keys whose
 * value is `undefined` are left out, the others sorted by code unit.
 */
function writeCanonical(value: unknown, write: (piece: string) => void): void {
  if (value === null || typeof value !== "object") {
    write(JSON.stringify(value) ?? "null");
    return;
  }
  if (Array.isArray(value)) {
    // Most arrays of a record are strings (names, categories, keywords): the native serializer
    // writes them exactly as the loop below would, many times faster.
    if (value.every((item) => typeof item === "string")) {
      write(JSON.stringify(value));
      return;
    }
    write("[");
    value.forEach((item, i) => {
      if (i > 0) write(",");
      writeCanonical(item, write);
    });
    write("]");
    return;
  }
  writeObject(value as Readonly<Record<string, unknown>>, write, (_key, item) => writeCanonical(item, write));
}

/** Writes an object's canonical JSON, each value written by `writeValue`. */
function writeObject(
  value: Readonly<Record<string, unknown>>,
  write: (piece: string) => void,
  writeValue: (key: string, item: unknown) => void,
): void {
  write("{");
  let first = true;
  for (const key of Object.keys(value).sort()) {
    const item = value[key];
    if (item === undefined) continue;
    write(`${first ? "" : ","}${JSON.stringify(key)}:`);
    first = false;
    writeValue(key, item);
  }
  write("}");
}

/** Characters gathered before they are handed to the SHA-256 (one native call per piece is slow). */
const HASH_BATCH = 1 << 16;

/**
 * Fingerprints a record: the SHA-256 of its canonical JSON and the FNV-1a of each field's, in one
 * pass over the pieces of that JSON.
 * @example
 * digestSha256(digestRecord(record)) // → "3f1c…" (64 hex digits)
 */
export function digestRecord(record: WosRecord): RecordDigest {
  const sha = createHash("sha256");
  let batch: string[] = [];
  let batched = 0;
  let fieldHash = FNV_OFFSET;
  const write = (piece: string): void => {
    fieldHash = fnv1aUpdate(fieldHash, piece);
    batch.push(piece);
    batched += piece.length;
    if (batched >= HASH_BATCH) {
      sha.update(batch.join(""));
      batch = [];
      batched = 0;
    }
  };
  /** Writes a value and gives the FNV-1a of its own text. */
  const hashed = (item: unknown): number => {
    fieldHash = FNV_OFFSET;
    writeCanonical(item, write);
    return fieldHash;
  };
  // A field absent from the record (`citedReferences` dropped) is hashed as `null`.
  const fields = new Uint32Array(COMPARED_FIELDS.length).fill(fnv1a("null"));
  const tags: (readonly [number, number])[] = [];
  writeObject(record, write, (key, item) => {
    if (key !== "otherTags") {
      const hash = hashed(item);
      const i = COMPARED_FIELDS.indexOf(key as keyof WosRecord);
      if (i !== -1) fields[i] = hash;
      return;
    }
    writeObject(record.otherTags, write, (tag, values) => {
      tags.push([fnv1a(tag), hashed(values)]);
    });
  });
  sha.update(batch.join(""));
  tags.sort(([a], [b]) => a - b);
  const digest = new Uint32Array(SHA_WORDS + fields.length + 2 * tags.length);
  const bytes = sha.digest();
  for (let i = 0; i < SHA_WORDS; i++) digest[i] = bytes.readUInt32BE(4 * i);
  digest.set(fields, SHA_WORDS);
  digest.set(tags.flat(), SHA_WORDS + fields.length);
  return digest;
}

/**
 * A cheap fingerprint of a record's content, computed for every record while reading: 53 bits of
 * two 32-bit multiply-and-rotate hashes run together over the record's values where they are,
 * field by field in `WosRecordSchema`'s order, two UTF-16 code units a step. No JSON text is built
 * and nothing goes to a native hash (the SHA-1 of the record's JSON it replaces cost about a tenth
 * of `copub report`), and the fields are read by name, which V8 does fastest on records of one
 * shape; a test changes each field of the schema in turn and checks that the digest changes, so
 * a field added to the schema cannot be left out unnoticed. Strings are framed by their length,
 * lists by theirs, and `null` by a mark of its own, so `["ab"]` and `["a", "b"]` differ.
 *
 * Equal records give equal quick digests, whatever order their keys were built in, and equal
 * quick digests stand for equal records: a collision between two records that differ is one
 * chance in 2^53 per pair of records sharing a UT, and it could only decide between those two
 * (they would be reported as identical, and their file positions would pick the one kept). The
 * full digest (`digestRecord`) is computed only for the UTs whose records' quick digests differ,
 * which are the only ones its SHA-256 and field hashes can decide anything for.
 * @example
 * quickDigest(record) === quickDigest(structuredClone(record)) // → true
 */
export function quickDigest(record: WosRecord): number {
  lanes.a = QUICK_SEED_A;
  lanes.b = QUICK_SEED_B;
  const r = record;
  text(r.ut);
  maybeText(r.doi);
  maybeText(r.publicationType);
  texts(r.documentTypes);
  maybeText(r.title);
  maybeText(r.sourceTitle);
  maybeText(r.sourceAbbreviation);
  maybeText(r.isoSourceAbbreviation);
  maybeText(r.issn);
  maybeText(r.eissn);
  maybeText(r.language);
  maybeNumber(r.publicationYear);
  maybeText(r.publicationDate);
  maybeText(r.earlyAccessDate);
  maybeNumber(r.earlyAccessYear);
  texts(r.editions);
  mix(r.authors.length);
  for (const author of r.authors) {
    maybeNumber(author.seq);
    text(author.name);
    maybeText(author.fullName);
    maybeText(author.orcid);
    maybeText(author.researcherId);
    numbers(author.addressNumbers);
  }
  texts(r.groupAuthors);
  mix(r.addresses.length);
  for (const address of r.addresses) {
    maybeNumber(address.number);
    text(address.text);
    texts(address.authors);
    texts(address.organizations);
    const parts = address.parts;
    if (parts === null) mix(MARK.null);
    else {
      mix(MARK.list);
      texts(parts.organizations);
      texts(parts.suborganizations);
      maybeText(parts.city);
      maybeText(parts.state);
      maybeText(parts.country);
      maybeText(parts.zip);
    }
  }
  texts(r.organizations);
  mix(r.reprintAddresses.length);
  for (const reprint of r.reprintAddresses) {
    texts(reprint.authors);
    text(reprint.text);
  }
  maybeNumber(r.timesCited);
  maybeNumber(r.timesCitedAllDatabases);
  maybeNumber(r.citedReferenceCount);
  if (r.citedReferences === undefined) mix(MARK.null);
  else texts(r.citedReferences);
  texts(r.categories);
  texts(r.researchAreas);
  mix(r.grants.length);
  for (const grant of r.grants) {
    text(grant.agency);
    texts(grant.grantIds);
  }
  maybeText(r.fundingText);
  texts(r.authorKeywords);
  texts(r.keywordsPlus);
  maybeText(r.exportDate);
  mix(r.unlinkedIdentifiers.length);
  for (const entry of r.unlinkedIdentifiers) {
    text(entry.name);
    maybeText(entry.orcid);
    maybeText(entry.researcherId);
  }
  // Other tags in the record's own order: a reader adds them in the order it meets them.
  for (const tag in r.otherTags) {
    const values = r.otherTags[tag];
    if (values === undefined) continue;
    text(tag);
    texts(values);
  }
  mix(MARK.end);
  mix(r.warnings.length);
  for (const warning of r.warnings) {
    text(warning.code);
    text(warning.detail);
  }
  // 32 bits of the first lane and 21 of the second: a whole number below 2^53.
  return (murmurFinalizer(lanes.a) >>> 0) * 0x200000 + (murmurFinalizer(lanes.b) >>> 11);
}

/** The two lanes of the quick digest being computed (one record at a time, synchronously). */
const lanes = { a: 0, b: 0 };
const QUICK_SEED_A = 0x9747b28c;
const QUICK_SEED_B = 0x3c6ef372;
/** Marks that frame values, so that values of different kinds never run together. */
const MARK = { null: -1, list: -2, other: -3, end: -4 } as const;

/**
 * Mixes one 32-bit block into both lanes: a multiply, then a rotation that brings the high bits
 * (which a multiply alone never lets reach the low ones) back to the bottom; each lane has its
 * constants. `text` repeats these steps on locals: with a call per step there, the digest took
 * twice as long (measured on real-shaped records).
 */
function mix(block: number): void {
  const a = Math.imul(lanes.a ^ block, 0x01000193);
  lanes.a = (a << 13) | (a >>> 19);
  const b = Math.imul(lanes.b ^ block, 0x5bd1e995);
  lanes.b = (b << 17) | (b >>> 15);
}

/**
 * Mixes a string: its length, then its code units two at a time (the lanes kept in locals for the
 * loop). A long string (an abstract: a third of a real record's text) is copied out first, as
 * UTF-16 in one native call, and read back by 32-bit words, each the same two code units: read
 * one by one, the code units of a string sliced from the read chunk cost about twice as much
 * (8.0 against 5.3 µs for a 1,457-unit abstract; from about 100 units the copy pays, below it
 * the call does not).
 */
function text(value: string): void {
  const n = value.length;
  mix(n);
  let a = lanes.a;
  let b = lanes.b;
  let i = 0;
  if (n >= COPIED_TEXT && copied !== undefined) {
    for (let from = 0; from < n; from += COPY_UNITS) {
      const piece = n <= COPY_UNITS ? value : value.slice(from, from + COPY_UNITS);
      const words = copied.bytes.write(piece, 0, "utf16le") >> 2;
      for (let k = 0; k < words; k++) {
        const block = copied.words[k] as number;
        const x = Math.imul(a ^ block, 0x01000193);
        a = (x << 13) | (x >>> 19);
        const y = Math.imul(b ^ block, 0x5bd1e995);
        b = (y << 17) | (y >>> 15);
      }
    }
    i = n - (n % 2);
  } else {
    for (; i + 1 < n; i += 2) {
      const block = value.charCodeAt(i) | (value.charCodeAt(i + 1) << 16);
      const x = Math.imul(a ^ block, 0x01000193);
      a = (x << 13) | (x >>> 19);
      const y = Math.imul(b ^ block, 0x5bd1e995);
      b = (y << 17) | (y >>> 15);
    }
  }
  lanes.a = a;
  lanes.b = b;
  if (i < n) mix(value.charCodeAt(i));
}

/** Strings at least this long are hashed from a copy (`text`). */
const COPIED_TEXT = 256;
/** Code units copied at a time (even: a word never straddles two copies). */
const COPY_UNITS = 1 << 15;

/**
 * The copy `text` hashes long strings from, and its 32-bit words; only where a word holds its
 * first code unit in its low half (little-endian, as every machine Node runs on), so that a
 * string hashes the same either way.
 */
const copied: { readonly bytes: Buffer; readonly words: Int32Array } | undefined = (() => {
  const littleEndian = new Uint8Array(Uint16Array.of(1).buffer)[0] === 1;
  if (!littleEndian) return undefined;
  const bytes = Buffer.allocUnsafeSlow(2 * COPY_UNITS);
  return { bytes, words: new Int32Array(bytes.buffer, bytes.byteOffset, COPY_UNITS / 2) };
})();

function maybeText(value: string | null): void {
  if (value === null) mix(MARK.null);
  else text(value);
}

function texts(values: readonly string[]): void {
  mix(values.length);
  for (let i = 0; i < values.length; i++) text(values[i] as string);
}

/** Mixes a number: a whole number below 2^31 as itself, any other as its text after a mark. */
function maybeNumber(value: number | null): void {
  if (value === null) mix(MARK.null);
  else if ((value | 0) === value && value >= 0) mix(value);
  else {
    mix(MARK.other);
    text(String(value));
  }
}

function numbers(values: readonly number[]): void {
  mix(values.length);
  for (let i = 0; i < values.length; i++) maybeNumber(values[i] as number);
}

/**
 * Names the fields in which two duplicates differ. `otherTags` are compared on the tags both
 * records carry (each export format and generation has its own set of extra tags), and
 * `citedReferences` only when both records have them.
 * @example
 * differingFields(digestRecord(a), digestRecord(b)) // → ["timesCited", "timesCitedAllDatabases"]
 */
export function differingFields(a: RecordDigest, b: RecordDigest): string[] {
  const absent = fnv1a(canonicalJson(undefined));
  const differing: string[] = [];
  COMPARED_FIELDS.forEach((field, i) => {
    const [x, y] = [a[SHA_WORDS + i], b[SHA_WORDS + i]];
    if (x === y) return;
    if (field === "citedReferences" && (x === absent || y === absent)) return;
    differing.push(field);
  });
  const tags = SHA_WORDS + COMPARED_FIELDS.length;
  if (commonTagsDiffer(a.subarray(tags), b.subarray(tags))) differing.push("otherTags");
  return differing;
}

function commonTagsDiffer(a: Uint32Array, b: Uint32Array): boolean {
  const values = new Map<number, number>();
  for (let i = 0; i < a.length; i += 2) values.set(a[i] as number, a[i + 1] as number);
  for (let i = 0; i < b.length; i += 2) {
    const other = values.get(b[i] as number);
    if (other !== undefined && other !== b[i + 1]) return true;
  }
  return false;
}

/** FNV-1a's starting value. */
const FNV_OFFSET = 0x811c9dc5;

/**
 * FNV-1a over UTF-16 code units: fast and small. A collision could only hide a difference from the
 * report (and label a conflict `duplicate-ut`); which record is kept never depends on it.
 */
function fnv1a(text: string): number {
  return fnv1aUpdate(FNV_OFFSET, text);
}

/** FNV-1a of the text so far (`hash`) continued over `text`: hashing pieces one after another gives the hash of their concatenation. */
function fnv1aUpdate(hash: number, text: string): number {
  let h = hash;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
