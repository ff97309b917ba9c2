// Leiden Ranking collaboration indicators P, P(int collab), PP(int collab) at country level.
import { beforeAll, describe, expect, it } from "vitest";
import type { Corpus } from "../../../src/corpus/corpus.ts";
import {
  type CwtsCollaborationRow,
  type CwtsCollaborationTable,
  cwtsCollaboration,
  cwtsCollaborationFromStream,
} from "../../../src/indicators/collaboration/cwts-collaboration.ts";
import { corpusOf, dataSetC } from "../_papers.ts";

let c: Corpus;
let windows: Corpus;
let unassigned: Corpus;
beforeAll(async () => {
  c = (await dataSetC()).corpus;
  windows = await corpusOf("indicators/windows-2019-2022.txt");
  unassigned = await corpusOf("indicators/unassigned-shares.txt");
});

const rowsOf = (table: CwtsCollaborationTable, country: string, period = "2021"): CwtsCollaborationRow[] =>
  table.rows.filter((r) => r.country === country && r.period === period);

describe("cwtsCollaboration(papers) on data set C", () => {
  it("gives Japan P 6, P(int collab) 3, PP 0.5 in full counting; P 13/3, P(int collab) 4/3, PP 4/13 in fractional", () => {
    // Fractional (§4.5 CWTS column): P = 1/2 + 1 + 1 + 1/3 + 1/2 + 1 = 13/3;
    // P(int collab) = P1 1/2 + P4 1/3 + P6 1/2 = 4/3; PP = (4/3) / (13/3) = 4/13.
    const [full, fractional] = rowsOf(cwtsCollaboration(c.papers), "JP");
    expect(full).toEqual({
      country: "JP",
      period: "2021",
      field: "all",
      counting: "full",
      P: 6,
      "P(int collab)": 3,
      "PP(int collab)": 0.5,
    });
    expect(fractional?.counting).toBe("fractional");
    expect(fractional?.P).toBeCloseTo(13 / 3, 9);
    expect(fractional?.["P(int collab)"]).toBeCloseTo(4 / 3, 9);
    expect(fractional?.["PP(int collab)"]).toBeCloseTo(4 / 13, 9);
  });

  it("gives China P 1 full and 1/2 fractional (two of P5's four authors), both international", () => {
    expect(
      rowsOf(cwtsCollaboration(c.papers), "CN").map((r) => [r.counting, r.P, r["PP(int collab)"]]),
    ).toEqual([
      ["full", 1, 1],
      ["fractional", 0.5, 1],
    ]);
  });

  it("counts each attributable paper once in the WORLD rows of both countings, with P8 reported apart", () => {
    const table = cwtsCollaboration(c.papers);
    expect(
      rowsOf(table, "WORLD").map((r) => [r.counting, r.P, r["P(int collab)"], r["PP(int collab)"]]),
    ).toEqual([
      ["full", 7, 4, 4 / 7],
      ["fractional", 7, 4, 4 / 7],
    ]);
    expect(table.unattributed).toEqual([
      { period: "2021", field: "all", inScope: 8, attributable: 7, unattributed: 1 },
    ]);
  });
});

describe("cwtsCollaboration(papers, options)", () => {
  it("totals a multi-year period instead of averaging it (Leiden Ranking P)", () => {
    // windows-2019-2022.txt, Japan 2019–2021: 2 + 3 + 1 = 6 papers, 3 international (W1, W3, W6).
    // Fractional: W1 1/2, W2 1, W3 1/3, W4 1, W5 1, W6 1/2 = 13/3; international 1/2 + 1/3 + 1/2 = 4/3.
    const table = cwtsCollaboration(windows.papers, { periods: { kind: "moving", size: 3 } });
    const [full, fractional] = rowsOf(table, "JP", "2019-2021");
    expect([full?.P, full?.["P(int collab)"], full?.["PP(int collab)"]]).toEqual([6, 3, 0.5]);
    expect(fractional?.P).toBeCloseTo(13 / 3, 9);
    expect(fractional?.["P(int collab)"]).toBeCloseTo(4 / 3, 9);
    expect(table.unattributed.map((u) => [u.period, u.inScope])).toEqual([
      ["2019-2021", 6],
      ["2020-2022", 6],
    ]);
  });

  it("keeps unassigned author shares out of every country, or renormalizes them with cwtsRenormalize", () => {
    // unassigned-shares.txt: JP 1/3 (U1) + 1/3 (U2) + 2/3 (U3, by addresses) = 4/3, all international.
    const [, kept] = rowsOf(cwtsCollaboration(unassigned.papers), "JP");
    expect(kept?.P).toBeCloseTo(4 / 3, 9);
    expect(kept?.["PP(int collab)"]).toBe(1);
    // Renormalized: 1/2 + 1/2 + 2/3 = 5/3.
    const [, renormalized] = rowsOf(cwtsCollaboration(unassigned.papers, { cwtsRenormalize: true }), "JP");
    expect(renormalized?.P).toBeCloseTo(5 / 3, 9);
  });

  it("gives the same table from a stream", async () => {
    expect(await cwtsCollaborationFromStream(windows.papers, { byField: true })).toEqual(
      cwtsCollaboration(windows.papers, { byField: true }),
    );
  });
});
