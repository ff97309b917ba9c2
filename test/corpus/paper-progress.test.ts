// withPaperProgress: papers pass through unchanged, counted every PAPER_PROGRESS_STEP papers and
// once at the end with every paper.
import { describe, expect, it } from "vitest";
import type { CorpusPaper } from "../../src/corpus/corpus-paper.ts";
import {
  PAPER_PROGRESS_STEP,
  type PaperProgress,
  withPaperProgress,
} from "../../src/corpus/paper-progress.ts";

/** 2,500 stand-in papers: the pass only counts them. */
const papers = Array.from({ length: 2500 }, (_, i) => ({ ut: `WOS:${i}` }) as unknown as CorpusPaper);

async function* streamed(list: readonly CorpusPaper[]): AsyncGenerator<CorpusPaper> {
  yield* list;
}

describe("withPaperProgress(papers, onProgress)", () => {
  it("reports 1000, 2000 and the final 2500 of papers in memory, whose total is known", async () => {
    const reports: PaperProgress[] = [];
    const seen: CorpusPaper[] = [];
    for await (const paper of withPaperProgress(papers, (p) => reports.push(p))) seen.push(paper);
    expect(seen).toEqual(papers);
    expect(PAPER_PROGRESS_STEP).toBe(1000);
    // 2500 papers: a report at 1000 and 2000, then the last one
    expect(reports).toEqual([
      { papers: 1000, total: 2500, done: false },
      { papers: 2000, total: 2500, done: false },
      { papers: 2500, total: 2500, done: true },
    ]);
  });

  it("reports a stream's total only at its end", async () => {
    const reports: PaperProgress[] = [];
    for await (const _ of withPaperProgress(streamed(papers), (p) => reports.push(p))) {
      // reading only
    }
    expect(reports.map((r) => r.total)).toEqual([null, null, 2500]);
    expect(reports.map((r) => r.papers)).toEqual([1000, 2000, 2500]);
  });
});
