/**
 * A worker thread of the readers benchmark's two-thread pass: it reads the record-aligned blocks
 * it is sent (`src/read/text-blocks.ts`) as a worker of a parallel corpus build would, and sends
 * back only how many records it parsed and rejected, so what is timed is reading, not moving
 * records between threads.
 */
import { parentPort } from "node:worker_threads";
import { readPlainTextBlock, readTabDelimitedBlock, type TextBlock } from "../src/read/text-blocks.ts";

/** A block to read. */
export interface BlockJob {
  readonly format: "plain" | "tab";
  readonly block: TextBlock;
}

/** What a worker sends back for a block. */
export interface BlockCount {
  readonly parsed: number;
  readonly rejected: number;
}

parentPort?.on("message", ({ format, block }: BlockJob) => {
  const items = (format === "plain" ? readPlainTextBlock : readTabDelimitedBlock)(block);
  let parsed = 0;
  for (const item of items) if (item.ok) parsed++;
  parentPort?.postMessage({ parsed, rejected: items.length - parsed } satisfies BlockCount);
});
