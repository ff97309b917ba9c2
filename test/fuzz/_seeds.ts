// The files the fuzz harness mutates: the real exports of ../shared/data-samples/wos (all three
// formats, UTF-8 and UTF-16, CRLF, SOAP envelopes, multi-root XML) and the project's own edge-case
// samples. For the modest run of `npm test` each export is cut to its first records, so a case
// costs milliseconds; `npm run fuzz -- --full` mutates them whole.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { sample } from "../_samples.ts";
import { HAVE_SHARED, SHARED_WOS } from "../_shared-samples.ts";

/** A file to mutate. */
export interface SeedFile {
  /** Where it comes from, e.g. `shared:plaintext/kth-2024-2025-95rec.txt`. */
  readonly name: string;
  readonly bytes: Uint8Array;
}

/** Records kept of each export when cut. */
const KEPT_RECORDS = 3;

/**
 * The seed files: the shared exports when present (else only the project's samples), whole or cut.
 * @param full - mutate the exports whole rather than their first records
 */
export function seedFiles(full: boolean): { readonly files: SeedFile[]; readonly shared: boolean } {
  const files: SeedFile[] = [];
  const add = (label: string, folder: string): void => {
    for (const name of readdirSync(folder).sort()) {
      if (!/\.(txt|xml)$/.test(name)) continue;
      const bytes = new Uint8Array(readFileSync(join(folder, name)));
      files.push({ name: `${label}/${name}`, bytes: full ? bytes : cut(bytes) });
    }
  };
  if (HAVE_SHARED)
    for (const format of ["plaintext", "tabdelimited", "xml"])
      add(`shared:${format}`, join(SHARED_WOS, format));
  for (const format of ["plain-text", "tab-delimited", "xml"]) add(`project:${format}`, sample(format));
  return { files, shared: HAVE_SHARED };
}

/** The file cut after its first `KEPT_RECORDS` records (ER lines, rows, </REC> tags); small files whole. */
function cut(bytes: Uint8Array): Uint8Array {
  if (bytes.length <= 40_000) return bytes;
  const utf16 = bytes[0] === 0xff && bytes[1] === 0xfe;
  const text = new TextDecoder(utf16 ? "utf-16le" : "utf-8").decode(bytes);
  const end = recordsEnd(text);
  if (end === undefined) return bytes.subarray(0, 40_000);
  const kept = text.slice(0, end);
  if (!utf16) return new TextEncoder().encode(kept);
  // Back to UTF-16LE: the BOM was decoded as U+FEFF and is written again with the text.
  const out = new Uint8Array(kept.length * 2);
  for (let i = 0; i < kept.length; i++) out.set([kept.charCodeAt(i) & 0xff, kept.charCodeAt(i) >> 8], i * 2);
  return out;
}

/** Where the first records of an export end (the file's closing lines, EF or </records>, are left out). */
function recordsEnd(text: string): number | undefined {
  const isTab = /^\uFEFF?PT\t/.test(text);
  const pattern = isTab ? /\n/g : /<\/REC>/.test(text) ? /<\/REC>/g : /\nER\r?\n/g;
  let count = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    count++;
    // A tab export keeps its header and KEPT_RECORDS rows.
    if (count === (isTab ? KEPT_RECORDS + 1 : KEPT_RECORDS)) return match.index + match[0].length;
  }
  return undefined;
}
