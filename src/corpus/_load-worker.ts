/**
 * A worker thread of the parallel load (`_parallel-load.ts`): it is handed record-aligned pieces
 * of plain-text exports (`plainTextBlocks`), reads each on its own with the plain-text reader
 * (`readPlainTextBlock`: the items a read of the whole file gives for those lines, with the
 * file's line numbers and record indexes counted from the piece's first item), prepares every
 * record for the corpus builder (`createRecordPreparer`: normalization, quick digest, reduced
 * paper) and posts the prepared records back packed, with the piece's rejections as they are.
 * A piece that would decode otherwise than within its file is reported not clean: the main
 * thread then reads the files itself.
 */
import { parentPort, workerData } from "node:worker_threads";
import type { Rejection } from "../diagnostics/rejection.ts";
import { detectEncoding } from "../read/decode.ts";
import type { ReadOptions } from "../read/read-item.ts";
import { readPlainTextBlock } from "../read/text-blocks.ts";
import { type PackedRecords, packRecords } from "./_packed-records.ts";
import { createRecordPreparer, type PreparedRecord } from "./_prepared-record.ts";
import type { CorpusOptions } from "./corpus-options.ts";

/** What the worker is started with. */
export interface LoadWorkerData {
  readonly options: CorpusOptions;
  readonly readOptions: Pick<ReadOptions, "maxRecordBytes" | "maxLineBytes" | "citedReferences">;
}

/** One piece to read: its bytes (transferred) and the number of its first line in its file. */
export interface PieceJob {
  readonly id: number;
  readonly file: string;
  readonly line: number;
  readonly bytes: Uint8Array;
}

/** What a piece gave. */
export type PieceResult =
  | {
      readonly id: number;
      readonly clean: true;
      /** The piece's records, prepared and packed (`unpackRecords` reads them); record indexes from 0. */
      readonly packed: PackedRecords;
      /** The piece's rejections, in order, with record indexes counted the same way. */
      readonly rejections: readonly Rejection[];
    }
  | { readonly id: number; readonly clean: false; readonly why: string };

const port = parentPort;
if (port !== null) {
  const { options, readOptions } = workerData as LoadWorkerData;
  const prepare = createRecordPreparer(options);
  port.on("message", (job: PieceJob) => {
    let result: PieceResult;
    try {
      result = readPiece(job, prepare, readOptions);
    } catch (error) {
      result = { id: job.id, clean: false, why: String(error) };
    }
    port.postMessage(result, result.clean ? [result.packed.numbers.buffer as ArrayBuffer] : []);
  });
}

function readPiece(
  job: PieceJob,
  prepare: ReturnType<typeof createRecordPreparer>,
  readOptions: LoadWorkerData["readOptions"],
): PieceResult {
  // A piece inside its file must decode as UTF-8 without a BOM, as it does within the file.
  const head = detectEncoding(job.bytes.subarray(0, 512));
  if (job.line > 1 && (head.encoding !== "utf-8" || head.bomBytes !== 0))
    return { id: job.id, clean: false, why: "a piece would decode otherwise than in its file" };
  const block = { bytes: job.bytes, line: job.line, header: null, continued: false };
  const prepared: PreparedRecord[] = [];
  const rejections: Rejection[] = [];
  for (const item of readPlainTextBlock(block, { ...readOptions, fileName: job.file })) {
    if (item.ok) prepared.push(prepare(item.record, item.at));
    else rejections.push(item.rejection);
  }
  return { id: job.id, clean: true, packed: packRecords(prepared), rejections };
}
