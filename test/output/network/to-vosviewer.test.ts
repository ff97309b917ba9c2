import { beforeAll, describe, expect, it } from "vitest";
import type { Corpus } from "../../../src/corpus/corpus.ts";
import { buildNetwork } from "../../../src/networks/build-network.ts";
import { toVosviewer } from "../../../src/output/network/to-vosviewer.ts";
import { corpusOf, DATA_SET_K } from "../../networks/fixtures.ts";
import { measured, reversed } from "./_writers.ts";

let k: Corpus;
beforeAll(async () => {
  k = await corpusOf(DATA_SET_K);
});

describe("toVosviewer(network, metrics?)", () => {
  it("writes data set K as a map file (links, total link strength, documents) and a network file", () => {
    const { map, network } = toVosviewer(buildNetwork(k, { level: "country" }));
    expect(map).toBe(
      [
        "id\tlabel\tweight<Links>\tweight<Total link strength>\tweight<Documents>",
        "1\tGermany\t1\t1\t1",
        "2\tUnited Kingdom\t2\t3\t2",
        "3\tJapan\t3\t5\t5",
        "4\tUnited States\t2\t5\t5",
        "",
      ].join("\n"),
    );
    // Each undirected link once: DE–JP, GB–JP, GB–US, JP–US.
    expect(network).toBe("1\t3\t1\n2\t3\t1\n2\t4\t2\n3\t4\t3\n");
  });

  it("writes fractional weights as link strengths and the communities as clusters", () => {
    const { network, metrics } = measured(k, { level: "country", edgeWeight: "fractional" });
    const files = toVosviewer(network, metrics);
    expect(files.map.split("\n").slice(0, 2)).toEqual([
      "id\tlabel\tcluster\tweight<Links>\tweight<Total link strength>\tweight<Documents>",
      "1\tGermany\t1\t1\t1\t1",
    ]);
    expect(files.network).toBe("1\t3\t1\n2\t3\t0.5\n2\t4\t1.5\n3\t4\t2.5\n");
  });

  it("quotes labels holding a comma, as name-keyed authors' labels do", () => {
    const { map } = toVosviewer(buildNetwork(k, { level: "author" }));
    expect(map.split("\n")[1]).toBe('1\t"BROWN, I"\t2\t3\t2');
  });

  it("writes an empty network file for a network without edges", () => {
    expect(toVosviewer(buildNetwork({ papers: [] }, { level: "country" }))).toEqual({
      map: "id\tlabel\tweight<Links>\tweight<Total link strength>\tweight<Documents>\n",
      network: "",
    });
  });

  it("gives the same bytes whatever the order of the papers", () => {
    const options = { level: "author", edgeWeight: "fractional" } as const;
    expect(toVosviewer(buildNetwork(reversed(k), options))).toEqual(toVosviewer(buildNetwork(k, options)));
  });
});
