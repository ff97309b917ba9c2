/**
 * Writing a synthetic export to disk as a stream: records are formatted one at a time and
 * written in batches of about 1 MiB, waiting for `drain` whenever the file stream's buffer is
 * full, so memory stays bounded whether the file holds a hundred records or ten million.
 * The file appears under its name only once complete (written to `name.partial`, then renamed),
 * so an interrupted run never leaves a truncated file that looks finished.
 */
import { once } from "node:events";
import { createWriteStream } from "node:fs";
import { rename, rm } from "node:fs/promises";
import type { WosFormat } from "../../src/read/read-item.ts";
import { createPaperSynthesizer, type PaperOptions, type SyntheticPaper } from "./paper.ts";
import { PLAIN_TEXT_FOOTER, plainTextHeader, toPlainTextRecord } from "./plain-text.ts";
import { TAB_DELIMITED_HEADER, toTabDelimitedRow } from "./tab-delimited.ts";
import { toXmlRecord, XML_FOOTER, XML_HEADER } from "./xml.ts";

/** How one export format frames and formats records. */
interface Layout {
  readonly header: string;
  readonly record: (paper: SyntheticPaper) => string;
  readonly footer: string;
}

const LAYOUTS: Readonly<Record<WosFormat, Layout>> = {
  plain: { header: plainTextHeader(), record: toPlainTextRecord, footer: PLAIN_TEXT_FOOTER },
  tab: { header: TAB_DELIMITED_HEADER, record: toTabDelimitedRow, footer: "" },
  xml: { header: XML_HEADER, record: toXmlRecord, footer: XML_FOOTER },
};

/** Characters gathered before one `write` call: large enough to amortise the calls. */
const BATCH_CHARS = 1 << 20;

/** What to generate. */
export interface GenerateOptions extends Partial<PaperOptions> {
  /** Export format: `plain`, `tab` or `xml`. */
  readonly format: WosFormat;
  /** Number of records (≥ 0). */
  readonly records: number;
  /** Index of the first record (default 0): the parts of a data set split over several files follow on from each other. */
  readonly first?: number;
  /** Plain text only: the FN line's text, to say where the file comes from. Default WoS's own. */
  readonly label?: string;
}

/** What was written. */
export interface GeneratedFile {
  /** The file's path. */
  readonly path: string;
  /** Records written. */
  readonly records: number;
  /** Size in bytes. */
  readonly bytes: number;
}

/**
 * Writes a synthetic WoS export of `records` records to `path`, streaming with backpressure.
 * The same options give the same bytes.
 * @param path - the file to write (replaced if it exists)
 * @param options - format, number of records, seed and distributions (`PaperOptions`)
 * @throws Error on a bad seed or record count, or when the file cannot be written
 * @example
 * await writeSyntheticExport("benchmarks/.data/plain-1-10000.txt", { format: "plain", records: 10_000, seed: 1 })
 * // → { path: "benchmarks/.data/plain-1-10000.txt", records: 10000, bytes: 64_987_654 }
 */
export async function writeSyntheticExport(path: string, options: GenerateOptions): Promise<GeneratedFile> {
  const { format, records, first = 0, label } = options;
  if (!Number.isInteger(records) || records < 0)
    throw new Error(`records must be a whole number, got ${records}`);
  if (!Number.isInteger(first) || first < 0) throw new Error(`first must be a whole number, got ${first}`);
  if (label !== undefined && format !== "plain")
    throw new Error(`label is the FN line of plain text; ${format} exports have none`);
  const layout =
    label === undefined ? LAYOUTS[format] : { ...LAYOUTS[format], header: plainTextHeader(label) };
  const paper = createPaperSynthesizer(options);
  const partial = `${path}.partial`;
  const stream = createWriteStream(partial, { encoding: "utf8" });
  const failed = once(stream, "error").then(([error]) => {
    throw error;
  });
  // Keeps an unobserved rejection from crashing the process before we await it below.
  failed.catch(() => undefined);
  try {
    const write = async (text: string): Promise<void> => {
      if (!stream.write(text)) await Promise.race([once(stream, "drain"), failed]);
    };
    let batch = layout.header;
    for (let index = first; index < first + records; index++) {
      batch += layout.record(paper(index));
      if (batch.length >= BATCH_CHARS) {
        await write(batch);
        batch = "";
      }
    }
    await write(batch + layout.footer);
    stream.end();
    await Promise.race([once(stream, "finish"), failed]);
  } catch (error) {
    stream.destroy();
    await rm(partial, { force: true });
    throw error;
  }
  const bytes = stream.bytesWritten;
  await rename(partial, path);
  return { path, records, bytes };
}
