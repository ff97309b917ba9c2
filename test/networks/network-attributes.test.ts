import { describe, expect, it } from "vitest";
import { buildNetwork } from "../../src/networks/build-network.ts";
import { edgeAttributes, graphAttributes, nodeAttributes } from "../../src/networks/network-attributes.ts";
import { paper } from "./fixtures.ts";

const network = buildNetwork(
  { papers: [paper("WOS:1", { authors: ["name:A|X", "orcid:0000-0002-1825-0097"] })] },
  { level: "author", normalization: "cosine", maxNodesPerPaper: 50 },
);

describe("network attributes", () => {
  it("describe the build in a fixed order, with the share of name-keyed authors", () => {
    const attributes = graphAttributes(network);
    expect(attributes).toEqual({
      level: "author",
      edgeWeight: "full",
      normalization: "cosine",
      maxNodesPerPaper: 50,
      nameBasedAuthorKeys: 0.5,
    });
  });

  it("give nodes their counts and edges their normalized value only when there is one", () => {
    expect(nodeAttributes(network.nodes[0] as never, undefined)).toEqual({
      label: "A, X",
      papers: 1,
      fractionalCount: 0.5,
    });
    expect(edgeAttributes(network.edges[0] as never)).toEqual({ papers: 1, weight: 1, normalized: 1 });
    expect(edgeAttributes({ source: "a", target: "b", papers: 1, weight: 1, normalized: null })).toEqual({
      papers: 1,
      weight: 1,
    });
  });
});
