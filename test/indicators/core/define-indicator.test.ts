// defineIndicator(createAccumulator): the two front-ends of every indicator from its one accumulator.
import { describe, expect, it } from "vitest";
import type { CorpusPaper } from "../../../src/corpus/corpus-paper.ts";
import type { PaperProgress } from "../../../src/corpus/paper-progress.ts";
import {
  citationBaselines,
  citationBaselinesFromStream,
  citationImpactFromStream,
  collaborationIndicatorsFromStream,
  cwtsCollaborationFromStream,
  incitesCollaborationFromStream,
  partnersFromStream,
  topCitedFromStream,
  topThresholds,
  topThresholdsFromStream,
} from "../../../src/index.ts";
import { type Accumulator, defineIndicator } from "../../../src/indicators/core/define-indicator.ts";
import { paper } from "../_papers.ts";

/** Papers of 2019, 2020 and 2021, in that order. */
const papers = [2019, 2020, 2021].map((year, i) =>
  paper({ ut: `WOS:00000000000000${i}`, year, addresses: [["JP", "A"]] }),
);

/** The years of the papers read, in reading order, from `from` on: an accumulator with an option. */
function yearsFrom(from: number): Accumulator<number[]> {
  if (!Number.isInteger(from)) throw new RangeError(`from is ${from}`);
  const years: number[] = [];
  return {
    add: (p) => {
      if (p.year !== null && p.year >= from) years.push(p.year);
    },
    result: () => years,
  };
}

const yearIndicator = defineIndicator(yearsFrom);

async function* stream(items: readonly CorpusPaper[]): AsyncGenerator<CorpusPaper> {
  for (const item of items) yield item;
}

describe("defineIndicator(createAccumulator)", () => {
  it("fromPapers feeds every paper, in order, to an accumulator made with the options", () => {
    expect(yearIndicator.fromPapers(papers, 2020)).toEqual([2020, 2021]);
  });

  it("fromStream gives what fromPapers gives, from a stream or from an iterable", async () => {
    expect(await yearIndicator.fromStream(stream(papers), 2020)).toEqual([2020, 2021]);
    expect(await yearIndicator.fromStream(papers, 2019)).toEqual([2019, 2020, 2021]);
  });

  it("makes a new accumulator per call, so one call's papers never reach another's result", () => {
    yearIndicator.fromPapers(papers, 2019);
    expect(yearIndicator.fromPapers(papers.slice(2), 2019)).toEqual([2021]);
  });

  it("fromStream throws invalid options at the call, before reading the stream, not as a rejection", () => {
    let read = false;
    async function* watched(): AsyncGenerator<CorpusPaper> {
      read = true;
      yield* papers;
    }
    expect(() => yearIndicator.fromStream(watched(), 2020.5)).toThrow(RangeError);
    expect(read).toBe(false);
  });

  it("fromStream rejects with what result throws, after the last paper", async () => {
    const failing = defineIndicator(() => ({
      add: () => undefined,
      result: (): number => {
        throw new RangeError("missing years");
      },
    }));
    await expect(failing.fromStream(stream(papers))).rejects.toThrow(RangeError);
  });
});

describe("the …FromStream indicators' onProgress (StreamOptions)", () => {
  // 2,500 papers (the three papers over and over) in a stream of unknown length: a report every
  // PAPER_PROGRESS_STEP = 1,000 papers without a total, then the last with 2,500 as the total.
  const many = Array.from({ length: 2500 }, (_, i) => papers[i % 3] as CorpusPaper);
  const expected = [
    { papers: 1000, total: null, done: false },
    { papers: 2000, total: null, done: false },
    { papers: 2500, total: 2500, done: true },
  ];
  const heard = (): { reports: PaperProgress[]; onProgress: (p: PaperProgress) => void } => {
    const reports: PaperProgress[] = [];
    return { reports, onProgress: (progress) => reports.push(progress) };
  };

  it("reports the papers read, and gives the table it gives without a listener", async () => {
    const calls: Record<string, (options: { onProgress?: (p: PaperProgress) => void }) => Promise<unknown>> =
      {
        collaborationIndicatorsFromStream: (o) => collaborationIndicatorsFromStream(stream(many), o),
        cwtsCollaborationFromStream: (o) => cwtsCollaborationFromStream(stream(many), o),
        incitesCollaborationFromStream: (o) => incitesCollaborationFromStream(stream(many), o),
        partnersFromStream: (o) => partnersFromStream(stream(many), { focal: "JP", ...o }),
        topThresholdsFromStream: (o) => topThresholdsFromStream(stream(many), o),
        citationBaselinesFromStream: (o) => citationBaselinesFromStream(stream(many), o),
        topCitedFromStream: (o) =>
          topCitedFromStream(stream(many), { reference: topThresholds(papers), ...o }),
        citationImpactFromStream: (o) =>
          citationImpactFromStream(stream(many), { reference: citationBaselines(papers), ...o }),
      };
    for (const [name, call] of Object.entries(calls)) {
      const { reports, onProgress } = heard();
      const table = await call({ onProgress });
      expect(reports, name).toEqual(expected);
      expect(table, name).toEqual(await call({}));
    }
  });
});
