/**
 * Fingerprints of a parsed record for de-duplication (docs/methodology.md §13.2): a SHA-256 of the
 * whole record in canonical JSON (the last tie-break between conflicting duplicates), and one
 * small hash per field, so that the fields in which two duplicates differ can be named without
 * keeping either record in memory.
 */
import { createHash } from "node:crypto";
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

/** Arrays longer than this are hashed piece by piece rather than as one JSON text (a hostile record of a million authors). */
const QUICK_WHOLE_ITEMS = 4096;

/**
 * A cheap fingerprint of a record's content, computed for every record while reading: 48 bits of
 * the SHA-1 of the record's JSON, field by field in the record's own key order. Equal quick
 * digests stand for equal records (a collision is one chance in 2^48 per pair of records sharing
 * a UT); different ones say nothing, since the same record built with its keys in another order
 * differs here. The full digest (`digestRecord`) is computed only for the UTs whose records'
 * quick digests differ, which are the only ones its SHA-256 and field hashes can decide anything for.
 * @example
 * quickDigest(record) === quickDigest(structuredClone(record)) // → true
 */
export function quickDigest(record: WosRecord): number {
  const hash = createHash("sha1");
  let text = "";
  for (const key in record) {
    const value = record[key as keyof WosRecord];
    if (value === undefined) continue;
    text += `\u0000${key}\u0000`;
    if (Array.isArray(value) && value.length > QUICK_WHOLE_ITEMS) {
      hash.update(text);
      text = "";
      writeCanonical(value, (piece) => hash.update(piece));
    } else text += JSON.stringify(value);
  }
  return hash.update(text).digest().readUIntBE(0, 6);
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
