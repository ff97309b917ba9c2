// The front-ends defineIndicator makes keep the public signatures the indicators had as functions.
import { describe, expectTypeOf, it } from "vitest";
import type { CorpusPaper } from "../../../src/corpus/corpus-paper.ts";
import {
  type CollaborationOptionsInput,
  type CollaborationTable,
  collaborationIndicators,
  collaborationIndicatorsFromStream,
} from "../../../src/indicators/collaboration/collaboration.ts";
import {
  type CwtsCollaborationOptionsInput,
  type CwtsCollaborationTable,
  cwtsCollaboration,
  cwtsCollaborationFromStream,
} from "../../../src/indicators/collaboration/cwts-collaboration.ts";
import {
  type IncitesCollaborationOptionsInput,
  type IncitesCollaborationTable,
  incitesCollaboration,
  incitesCollaborationFromStream,
} from "../../../src/indicators/collaboration/incites-collaboration.ts";
import { defineIndicator, type StreamOptions } from "../../../src/indicators/core/define-indicator.ts";
import {
  type PartnerOptionsInput,
  type PartnerTable,
  partners,
  partnersFromStream,
} from "../../../src/indicators/partners/partners.ts";
import type { ThresholdTable } from "../../../src/indicators/top-cited/threshold-table.ts";
import {
  type ThresholdOptionsInput,
  topThresholds,
  topThresholdsFromStream,
} from "../../../src/indicators/top-cited/top-thresholds.ts";

type Papers = Iterable<CorpusPaper>;
type Stream = AsyncIterable<CorpusPaper> | Iterable<CorpusPaper>;

describe("defineIndicator(createAccumulator)", () => {
  it("takes the accumulator's parameters after the papers, an optional one staying optional", () => {
    const optional = defineIndicator((from: number = 0) => ({ add: () => undefined, result: () => from }));
    expectTypeOf(optional.fromPapers).toEqualTypeOf<(papers: Papers, from?: number) => number>();
    const required = defineIndicator((from: number) => ({ add: () => undefined, result: () => `${from}` }));
    expectTypeOf(required.fromStream).toEqualTypeOf<(papers: Stream, from: number) => Promise<string>>();
  });

  it("keeps the signatures of the collaboration, partner and threshold front-ends, the streamed ones with onProgress", () => {
    expectTypeOf(collaborationIndicators).toEqualTypeOf<
      (papers: Papers, options?: CollaborationOptionsInput) => CollaborationTable
    >();
    expectTypeOf(collaborationIndicatorsFromStream).toEqualTypeOf<
      (papers: Stream, options?: StreamOptions<CollaborationOptionsInput>) => Promise<CollaborationTable>
    >();
    expectTypeOf(cwtsCollaboration).toEqualTypeOf<
      (papers: Papers, options?: CwtsCollaborationOptionsInput) => CwtsCollaborationTable
    >();
    expectTypeOf(cwtsCollaborationFromStream).toEqualTypeOf<
      (
        papers: Stream,
        options?: StreamOptions<CwtsCollaborationOptionsInput>,
      ) => Promise<CwtsCollaborationTable>
    >();
    expectTypeOf(incitesCollaboration).toEqualTypeOf<
      (papers: Papers, options?: IncitesCollaborationOptionsInput) => IncitesCollaborationTable
    >();
    expectTypeOf(incitesCollaborationFromStream).toEqualTypeOf<
      (
        papers: Stream,
        options?: StreamOptions<IncitesCollaborationOptionsInput>,
      ) => Promise<IncitesCollaborationTable>
    >();
    expectTypeOf(partners).toEqualTypeOf<(papers: Papers, options: PartnerOptionsInput) => PartnerTable>();
    expectTypeOf(partnersFromStream).toEqualTypeOf<
      (papers: Stream, options: StreamOptions<PartnerOptionsInput>) => Promise<PartnerTable>
    >();
    expectTypeOf(topThresholds).toEqualTypeOf<
      (papers: Papers, options?: ThresholdOptionsInput) => ThresholdTable
    >();
    expectTypeOf(topThresholdsFromStream).toEqualTypeOf<
      (papers: Stream, options?: StreamOptions<ThresholdOptionsInput>) => Promise<ThresholdTable>
    >();
  });
});
