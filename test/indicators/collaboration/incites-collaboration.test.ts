// InCites' Web of Science Documents, International Collaborations and % International Collaborations.
import { beforeAll, describe, expect, it } from "vitest";
import type { Corpus } from "../../../src/corpus/corpus.ts";
import {
  incitesCollaboration,
  incitesCollaborationFromStream,
} from "../../../src/indicators/collaboration/incites-collaboration.ts";
import { corpusOf, dataSetC } from "../_papers.ts";

let c: Corpus;
let windows: Corpus;
beforeAll(async () => {
  c = (await dataSetC()).corpus;
  windows = await corpusOf("indicators/windows-2019-2022.txt");
});

describe("incitesCollaboration(papers)", () => {
  it("gives Japan 6 documents, 3 international collaborations, 50% on data set C", () => {
    expect(incitesCollaboration(c.papers).rows.find((r) => r.country === "JP")).toEqual({
      country: "JP",
      period: "2021",
      field: "all",
      "Web of Science Documents": 6,
      "International Collaborations": 3,
      "% International Collaborations": 50,
    });
  });

  it("gives the world 7 documents, 4 international, 400/7 ≈ 57.142857%", () => {
    const world = incitesCollaboration(c.papers).rows.find((r) => r.country === "WORLD");
    expect(world?.["Web of Science Documents"]).toBe(7);
    expect(world?.["International Collaborations"]).toBe(4);
    expect(world?.["% International Collaborations"]).toBeCloseTo(57.142857, 6);
  });

  it("totals a window: Japan 2019–2021 has 6 documents, 3 international, 50%; 2020–2022 has 5, 3, 60%", async () => {
    const table = await incitesCollaborationFromStream(windows.papers, {
      periods: { kind: "moving", size: 3 },
    });
    expect(
      table.rows
        .filter((r) => r.country === "JP")
        .map((r) => [
          r.period,
          r["Web of Science Documents"],
          r["International Collaborations"],
          r["% International Collaborations"],
        ]),
    ).toEqual([
      ["2019-2021", 6, 3, 50],
      ["2020-2022", 5, 3, 60],
    ]);
  });
});
