/**
 * Runs an accumulator over papers, synchronously or from a stream: the one core behind every
 * indicator's two front-ends (`x(papers)` and `xFromStream(papers)`), so both give the same
 * result for the same papers.
 */
import type { CorpusPaper } from "../corpus/corpus-paper.ts";

/** A pass in progress: papers in, a result out. */
export interface Accumulator<T> {
  /** Takes one paper. */
  readonly add: (paper: CorpusPaper) => void;
  /** The result once every paper is in. */
  readonly result: () => T;
}

/** Feeds every paper of an iterable to the accumulator and returns its result. */
export function fold<T>(papers: Iterable<CorpusPaper>, accumulator: Accumulator<T>): T {
  for (const paper of papers) accumulator.add(paper);
  return accumulator.result();
}

/** Feeds every paper of a stream (or an iterable) to the accumulator and returns its result. */
export async function foldStream<T>(
  papers: AsyncIterable<CorpusPaper> | Iterable<CorpusPaper>,
  accumulator: Accumulator<T>,
): Promise<T> {
  for await (const paper of papers) accumulator.add(paper);
  return accumulator.result();
}
