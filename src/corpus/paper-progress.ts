/**
 * Progress of a pass over a corpus's papers, for functions that take papers as a stream
 * (`programmeFromStream`): papers done so far, and the total when the papers are in memory. A
 * stream is counted as it is read, never timed, so the same input gives the same reports; the
 * caller throttles what it shows. It stands apart from read progress (files, records, bytes)
 * because a stream of papers has none of those.
 */
import type { CorpusPaper } from "./corpus-paper.ts";

/** Papers between two progress reports. */
export const PAPER_PROGRESS_STEP = 1000;

/** Progress of a pass over papers. Counts never decrease; the last report has every paper. */
export interface PaperProgress {
  /** Papers read so far. */
  readonly papers: number;
  /** Papers in all, when known before the pass (papers in memory); `null` for a stream. */
  readonly total: number | null;
  /** Whether every paper has been read: the last report. */
  readonly done: boolean;
}

/** Receives progress reports; it must not throw, and should return quickly (it runs between papers). */
export type PaperProgressListener = (progress: PaperProgress) => void;

/**
 * Passes papers through unchanged, reporting every `PAPER_PROGRESS_STEP` papers and once at the
 * end, with `done` and the final count as the total.
 * @param papers - papers streamed or in memory
 * @param onProgress - receives the reports
 * @example
 * for await (const paper of withPaperProgress(streamCorpus("c.jsonl.gz"), (p) => seen.push(p))) …
 * seen.at(-1) // → { papers: 2748, total: 2748, done: true }
 */
export async function* withPaperProgress(
  papers: AsyncIterable<CorpusPaper> | Iterable<CorpusPaper>,
  onProgress: PaperProgressListener,
): AsyncGenerator<CorpusPaper, void, undefined> {
  const total = Array.isArray(papers) ? papers.length : null;
  let count = 0;
  for await (const paper of papers) {
    yield paper;
    count++;
    if (count % PAPER_PROGRESS_STEP === 0) onProgress({ papers: count, total, done: false });
  }
  onProgress({ papers: count, total: count, done: true });
}
