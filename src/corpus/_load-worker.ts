/**
 * A worker thread of the parallel load (`_parallel-load.ts`): it is handed record-aligned pieces
 * of plain-text exports, parses each with the plain-text reader as if it were a file of its own,
 * prepares every record for the corpus builder (`createRecordPreparer`: normalization, quick
 * digest, reduced paper) and posts the prepared records back, with the piece's line count so that
 * the main thread can place them in their file. A piece that gives anything but whole parsed
 * records (a rejection, a record cut at its end, text that would decode otherwise than in its
 * file) is reported not clean: the main thread then reads the files itself, so that every
 * rejection and its message are those of the one-thread read.
 */
import { parentPort, workerData } from "node:worker_threads";
import { detectEncoding } from "../read/decode.ts";
import { readPlainText } from "../read/plain-text.ts";
import type { ReadOptions } from "../read/read-item.ts";
import { type PackedRecords, packRecords } from "./_packed-records.ts";
import { createRecordPreparer, type PreparedRecord } from "./_prepared-record.ts";
import type { CorpusOptions } from "./corpus-options.ts";

/** What the worker is started with. */
export interface LoadWorkerData {
  readonly options: CorpusOptions;
  readonly readOptions: Pick<ReadOptions, "maxRecordBytes" | "maxLineBytes" | "citedReferences">;
}

/** One piece to read: its bytes (transferred) and whether it starts its file. */
export interface PieceJob {
  readonly id: number;
  readonly file: string;
  readonly first: boolean;
  readonly bytes: Uint8Array;
}

/** What a piece gave. */
export type PieceResult =
  | {
      readonly id: number;
      readonly clean: true;
      /** The piece's records, prepared and packed (`unpackRecords` reads them). */
      readonly packed: PackedRecords;
      /** Lines in the piece, as the reader counts them (LF, CR LF and lone CR each end one). */
      readonly lines: number;
    }
  | { readonly id: number; readonly clean: false; readonly why: string };

const port = parentPort;
if (port !== null) {
  const { options, readOptions } = workerData as LoadWorkerData;
  const prepare = createRecordPreparer(options);
  port.on("message", (job: PieceJob) => {
    readPiece(job, prepare, readOptions).then(
      (result) => port.postMessage(result),
      (error: unknown) => port.postMessage({ id: job.id, clean: false, why: String(error) }),
    );
  });
}

async function readPiece(
  job: PieceJob,
  prepare: ReturnType<typeof createRecordPreparer>,
  readOptions: LoadWorkerData["readOptions"],
): Promise<PieceResult> {
  // A piece inside its file must decode as UTF-8 without a BOM, as it does within the file.
  const head = detectEncoding(job.bytes.subarray(0, 512));
  if (!job.first && (head.encoding !== "utf-8" || head.bomBytes !== 0))
    return { id: job.id, clean: false, why: "a piece would decode otherwise than in its file" };
  const prepared: PreparedRecord[] = [];
  for await (const item of readPlainText(job.bytes, { ...readOptions, fileName: job.file })) {
    if (!item.ok) return { id: job.id, clean: false, why: item.rejection.reason };
    prepared.push(prepare(item.record, item.at));
  }
  return { id: job.id, clean: true, packed: packRecords(prepared), lines: countLines(job.bytes) };
}

/** Line ends in the bytes: each LF, and each CR not followed by LF. */
function countLines(bytes: Uint8Array): number {
  let lines = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (b === 10 || (b === 13 && bytes[i + 1] !== 10)) lines++;
  }
  return lines;
}
