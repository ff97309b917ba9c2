/**
 * Real-shaped data sets: the real WoS exports of the shared samples (../shared/data-samples/wos,
 * described in its PROVENANCE.md) made into one large file per format, so that the benchmarks
 * measure what users read and not only what the generator writes. Every record is copied as
 * exported, its lines untouched, except its UT, which is rewritten to a unique
 * `WOS:` + 15 digits, so that a corpus built from the file has one paper per record:
 *
 * - plain text: every record of every shared plain-text export, the whole set `copies` times,
 *   under one `FN`/`VR` header and one `EF` (LF endings; the BOM and each file's own header and
 *   `EF` dropped; `null` prefixes kept, as WoS writes them);
 * - tab-delimited: every row of every shared tab-delimited export (UTF-16 ones decoded), the
 *   whole set `copies` times, under one header that is the union of the files' headers (a file's
 *   cell goes under its tag, a tag the file lacks stays empty), UTF-8 with a BOM and CRLF, as
 *   "Tab delimited (Win, UTF-8)" writes;
 * - XML: every `<REC>` of the shared raw-data XML files (the SOAP responses, whose records are
 *   escaped text, are left out), repeated until the file reaches `targetBytes`, inside one
 *   `<records>` root in the Web of Science namespace.
 *
 * Files are kept in `benchmarks/.data/` next to the generated ones and rebuilt only when the
 * sources, this module or the size change (a fingerprint is stored beside each file).
 */
import { createHash } from "node:crypto";
import { mkdir, open, readFile, stat, writeFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import type { WosFormat } from "../src/read/read-item.ts";
import { HAVE_SHARED, provenanceFiles, SHARED_WOS } from "../test/_shared-samples.ts";
import { DATA_FOLDER, DatasetSkipped } from "./_datasets.ts";
import { timeOnce } from "./_harness.ts";

/** Size of a real-shaped file: whole copies of the set (plain text, tab) or a size in bytes (XML). */
export interface RealShapedSize {
  /** Times the whole set of shared records is written (plain text and tab-delimited). Default 3. */
  readonly copies?: number;
  /** Bytes the XML file reaches at least (whole records). Default 20,000,000. */
  readonly targetBytes?: number;
}

/** One real-shaped data set on disk. */
export interface RealShapedDataset {
  readonly format: WosFormat;
  /** Records in the file, each with its own UT. */
  readonly records: number;
  /** Distinct shared records it was made from (before copying). */
  readonly sourceRecords: number;
  /** Shared export files it was made from. */
  readonly sourceFiles: number;
  /** The file. */
  readonly path: string;
  /** Its size in bytes. */
  readonly bytes: number;
  /** Seconds spent building it in this run, or `null` when it was reused. */
  readonly generatedSeconds: number | null;
}

/** The shared exports' folder name per format, as PROVENANCE.md writes it. */
const FOLDERS: Readonly<Record<WosFormat, string>> = {
  plain: "plaintext",
  tab: "tabdelimited",
  xml: "xml",
};
const DEFAULT_COPIES = 3;
/**
 * Copies of the shared plain-text records that make about a million records: the 6,239 records
 * of the 17 exports × 161 = 1,004,479 records, about 4.2 GB (issue 19's "1M real-sized records").
 */
export const MILLION_COPIES = 161;
const DEFAULT_XML_BYTES = 20_000_000;
const THIS_MODULE = fileURLToPath(import.meta.url);

/**
 * Text of the built file, chunk by chunk (a 1M-record file, 4.3 GB, is far past the longest
 * string an engine builds, so it is written as it is made), and how many records it holds.
 */
interface Built {
  readonly chunks: Iterable<string>;
  readonly records: number;
  readonly sourceRecords: number;
}

/**
 * Returns the real-shaped data set of a format, building it first unless an identical one is on disk.
 * @throws DatasetSkipped when ../shared/data-samples/wos is absent
 * @example
 * await ensureRealShaped("plain") // → { path: ".../benchmarks/.data/real-plain-x3.txt", records: 18_717, … }
 * await ensureRealShaped("xml", { targetBytes: 5e6 }) // → { path: ".../real-xml-5000000.xml", … }
 */
export async function ensureRealShaped(
  format: WosFormat,
  size: RealShapedSize = {},
): Promise<RealShapedDataset> {
  if (!HAVE_SHARED) throw new DatasetSkipped(`real-shaped ${format}: ${SHARED_WOS} is absent`);
  const copies = size.copies ?? DEFAULT_COPIES;
  const targetBytes = size.targetBytes ?? DEFAULT_XML_BYTES;
  const files = provenanceFiles()
    .filter((f) => f.format === FOLDERS[format])
    .map((f) => f.file)
    .sort();
  const label = format === "xml" ? `${targetBytes}` : `x${copies}`;
  const path = `${DATA_FOLDER}real-${format}-${label}.${format === "xml" ? "xml" : "txt"}`;
  const fingerprint = await fingerprintOf(files, label);
  const manifest = await readFile(`${path}.json`, "utf8").then(
    (text) =>
      JSON.parse(text) as Omit<RealShapedDataset, "path" | "generatedSeconds"> & { fingerprint: string },
    () => null,
  );
  const bytesOnDisk = await stat(path).then(
    (s) => s.size,
    () => -1,
  );
  if (manifest !== null && manifest.fingerprint === fingerprint && manifest.bytes === bytesOnDisk) {
    const { fingerprint: _, ...kept } = manifest;
    return { ...kept, path, generatedSeconds: null };
  }

  console.log(`  building real-shaped ${format} (${label}) from ${files.length} shared exports …`);
  await mkdir(DATA_FOLDER, { recursive: true });
  const texts = await Promise.all(files.map(async (file) => decode(await readFile(`${SHARED_WOS}${file}`))));
  let built: Built = { chunks: [], records: 0, sourceRecords: 0 };
  const { seconds } = await timeOnce(async () => {
    const uts = uniqueUts();
    built =
      format === "plain"
        ? buildPlain(texts, copies, uts)
        : format === "tab"
          ? buildTab(texts, copies, uts)
          : buildXml(texts, targetBytes, uts);
    const file = await open(path, "w");
    try {
      for (const chunk of built.chunks) await file.write(chunk);
    } finally {
      await file.close();
    }
  });
  const bytes = (await stat(path)).size;
  const dataset = {
    format,
    records: built.records,
    sourceRecords: built.sourceRecords,
    sourceFiles: files.length,
    bytes,
  };
  await writeFile(`${path}.json`, `${JSON.stringify({ ...dataset, fingerprint }, null, 2)}\n`);
  return { ...dataset, path, generatedSeconds: seconds };
}

/** The shared files' names and sizes, this module's source and the size label, hashed. */
async function fingerprintOf(files: readonly string[], label: string): Promise<string> {
  const hash = createHash("sha256");
  hash.update(label);
  hash.update(await readFile(THIS_MODULE));
  for (const file of files) hash.update(`${file}:${(await stat(`${SHARED_WOS}${file}`)).size}\n`);
  return hash.digest("hex").slice(0, 16);
}

/** Bytes → text: UTF-16LE when the file starts with its BOM, UTF-8 otherwise; the BOM dropped. */
function decode(bytes: Uint8Array): string {
  const utf16 = bytes[0] === 0xff && bytes[1] === 0xfe;
  return new TextDecoder(utf16 ? "utf-16le" : "utf-8").decode(bytes);
}

/** Unique UTs in order: `WOS:000000000000001`, `WOS:000000000000002`, … */
function uniqueUts(): () => string {
  let next = 0;
  return () => `WOS:${String(++next).padStart(15, "0")}`;
}

const LINE_BREAK = /\r\n|\r|\n/;
/** A frame line of a plain-text export (`FN`, `VR`, `EF`), perhaps after WoS's `null` prefix. */
const FRAME_LINE = /^(?:null)*(?:FN|VR|EF)(?: |$)/;
const UT_LINE = /^(?:null)*UT /;
const ER_LINE = /^(?:null)*ER(?: |$)/;

function buildPlain(texts: readonly string[], copies: number, nextUt: () => string): Built {
  const bodies = texts.map((text) => text.split(LINE_BREAK).filter((line) => !FRAME_LINE.test(line)));
  const sourceRecords = bodies.reduce((n, lines) => n + lines.filter((l) => ER_LINE.test(l)).length, 0);
  function* chunks(): Iterable<string> {
    yield "FN Clarivate Analytics Web of Science\nVR 1.0\n";
    for (let copy = 0; copy < copies; copy++) {
      for (const lines of bodies) {
        const out = lines.map((line) => (UT_LINE.test(line) ? `UT ${nextUt()}` : line));
        while (out.length > 0 && out[out.length - 1] === "") out.pop();
        yield `${out.join("\n")}\n\n`;
      }
    }
    yield "EF\n";
  }
  return { chunks: chunks(), records: sourceRecords * copies, sourceRecords };
}

function buildTab(texts: readonly string[], copies: number, nextUt: () => string): Built {
  const tables = texts.map((text) => {
    const [head = "", ...rows] = text.split(LINE_BREAK);
    return { header: head.split("\t"), rows: rows.filter((row) => row.trim().length > 0) };
  });
  const union: string[] = [];
  for (const { header } of tables)
    for (const tag of header) if (tag !== "" && !union.includes(tag)) union.push(tag);
  const ut = union.indexOf("UT");
  const sourceRecords = tables.reduce((n, t) => n + t.rows.length, 0);
  const chunks = [`\uFEFF${union.join("\t")}\r\n`];
  for (let copy = 0; copy < copies; copy++) {
    for (const { header, rows } of tables) {
      const columns = union.map((tag) => header.indexOf(tag));
      for (const row of rows) {
        const cells = row.split("\t");
        const out = columns.map((column, i) =>
          i === ut ? nextUt() : column === -1 ? "" : (cells[column] ?? ""),
        );
        chunks.push(`${out.join("\t")}\r\n`);
      }
    }
  }
  return { chunks, records: sourceRecords * copies, sourceRecords };
}

/** A whole `<REC …>…</REC>` element, as the raw-data files write it (never nested). */
const REC = /<REC[\s>][\s\S]*?<\/REC>/g;
const UID = /<UID>[^<]*<\/UID>/;

function buildXml(texts: readonly string[], targetBytes: number, nextUt: () => string): Built {
  const recs = texts.flatMap((text) => text.match(REC) ?? []);
  if (recs.length === 0) throw new Error("real-shaped xml: no <REC> in the shared XML files");
  const chunks = [
    '<?xml version="1.0" encoding="UTF-8"?>\n<records xmlns="http://clarivate.com/schema/wok5.30/public/FullRecord">\n',
  ];
  const encoder = new TextEncoder();
  let bytes = 0;
  let records = 0;
  while (bytes < targetBytes) {
    const rec = recs[records % recs.length] as string;
    const out = `${rec.replace(UID, `<UID>${nextUt()}</UID>`)}\n`;
    chunks.push(out);
    bytes += encoder.encode(out).length;
    records++;
  }
  chunks.push("</records>\n");
  return { chunks, records, sourceRecords: recs.length };
}
