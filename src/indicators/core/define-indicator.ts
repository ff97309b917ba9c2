/**
 * An indicator is one accumulator run over papers: `add` takes each paper, `result` gives the
 * table once every paper is in. `defineIndicator` makes its two front-ends from that one factory,
 * `x(papers, options)` over papers in memory and `xFromStream(papers, options)` over a stream, so
 * both give the same result for the same papers and no indicator writes the loop again.
 *
 * This folder, `src/indicators/core/`, holds what every indicator family (`counting/`,
 * `collaboration/`, `top-cited/`, `impact/`, `partners/`) builds on and none owns: these front-ends, periods
 * (§6), the keys and order of table rows, the cells of a pass, exact sums and rationals, ratios,
 * competition ranks and options settled once. It imports from no family.
 */
import type { CorpusPaper } from "../../corpus/corpus-paper.ts";
import { type PaperProgressListener, withPaperProgress } from "../../corpus/paper-progress.ts";

/** A pass in progress: papers in, a result out. */
export interface Accumulator<T> {
  /** Takes one paper. */
  readonly add: (paper: CorpusPaper) => void;
  /** The result once every paper is in. */
  readonly result: () => T;
}

/** Options of a `…FromStream` function: the indicator's own, and a listener for the papers read. */
export type StreamOptions<O> = O & {
  /**
   * Receives the papers read so far every `PAPER_PROGRESS_STEP` papers, and a last report with
   * every paper (`PaperProgress`, as `programmeFromStream` gives); default none. It is not an
   * option of the indicator: the result is the same with it or without.
   */
  readonly onProgress?: PaperProgressListener | undefined;
};

/**
 * The papers, passed through `withPaperProgress` when there is a listener.
 * @param papers - papers streamed or in memory
 * @param onProgress - the caller's listener, if any
 * @example
 * await topThresholdsFromStream(withProgress(streamCorpus("c.jsonl.gz"), (p) => console.error(p.papers)))
 */
export function withProgress(
  papers: AsyncIterable<CorpusPaper> | Iterable<CorpusPaper>,
  onProgress: PaperProgressListener | undefined,
): AsyncIterable<CorpusPaper> | Iterable<CorpusPaper> {
  return onProgress === undefined ? papers : withPaperProgress(papers, onProgress);
}

/** The front-ends of an indicator whose accumulator takes `Options` (an argument list). */
export interface Indicator<Options extends readonly unknown[], T> {
  /** Feeds every paper of an iterable to a new accumulator and returns its result. */
  readonly fromPapers: (papers: Iterable<CorpusPaper>, ...options: Options) => T;
  /** Feeds every paper of a stream (or an iterable) to a new accumulator and returns its result. */
  readonly fromStream: (
    papers: AsyncIterable<CorpusPaper> | Iterable<CorpusPaper>,
    ...options: Options
  ) => Promise<T>;
}

/**
 * Makes the synchronous and the streaming front-end of an indicator from its accumulator factory.
 * The front-ends take the factory's parameters after the papers, optional ones staying optional.
 * An indicator exports them as constants annotated with their full signature, which type-checks
 * against what this returns and keeps the option and table type names in the published declarations.
 * @param createAccumulator - starts a pass with the indicator's options. Both front-ends call it
 *   before reading any paper, so what it throws (invalid options) is thrown at the call, also by
 *   `fromStream`, rather than as a rejected promise; what `result` throws (missing years) comes last.
 *   `fromStream` takes `onProgress` (`StreamOptions`) in an options object given first, and hands
 *   the factory that object without it.
 * @example
 * const count = defineIndicator(() => { let n = 0; return { add: () => { n++; }, result: () => n }; });
 * count.fromPapers([p1, p2, p3])                              // → 3
 * await count.fromStream(streamCorpus("corpus.jsonl.gz"))     // → the number of papers in the file
 */
export function defineIndicator<Options extends readonly unknown[], T>(
  createAccumulator: (...options: Options) => Accumulator<T>,
): Indicator<Options, T> {
  return {
    fromPapers(papers, ...options) {
      const accumulator = createAccumulator(...options);
      for (const paper of papers) accumulator.add(paper);
      return accumulator.result();
    },
    fromStream(papers, ...options) {
      const [first, ...rest] = options;
      if (typeof first !== "object" || first === null || !("onProgress" in first))
        return feedStream(papers, createAccumulator(...options));
      const { onProgress, ...own } = first as StreamOptions<object>;
      return feedStream(
        withProgress(papers, onProgress),
        createAccumulator(...([own, ...rest] as unknown as Options)),
      );
    },
  };
}

async function feedStream<T>(
  papers: AsyncIterable<CorpusPaper> | Iterable<CorpusPaper>,
  accumulator: Accumulator<T>,
): Promise<T> {
  for await (const paper of papers) accumulator.add(paper);
  return accumulator.result();
}
