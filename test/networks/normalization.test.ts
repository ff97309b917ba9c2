import { beforeAll, describe, expect, it } from "vitest";
import type { Corpus } from "../../src/corpus/corpus.ts";
import { buildNetwork } from "../../src/networks/build-network.ts";
import { normalizedWeight } from "../../src/networks/normalization.ts";
import { corpusOf, DATA_SET_K } from "./fixtures.ts";

let k: Corpus;
beforeAll(async () => {
  k = await corpusOf(DATA_SET_K);
});

/** Normalized values of data set K's edges, in canonical order DE–JP, GB–JP, GB–US, JP–US. */
const normalized = (
  normalization: "association-strength" | "cosine" | "jaccard",
  edgeWeight = "full" as const,
) =>
  buildNetwork(k, { level: "country", normalization, edgeWeight }).edges.map((e) => e.normalized as number);

describe("normalizations of data set K (docs/methodology.md §11.5)", () => {
  it("association strength 2m·a/(k_i·k_j) with m = 7: JP–US 42/25, US–GB 28/15, JP–GB 14/15, JP–DE 14/5", () => {
    const [deJp, gbJp, gbUs, jpUs] = normalized("association-strength");
    expect(jpUs).toBeCloseTo(42 / 25, 12); // 2·7·3/(5·5)
    expect(gbUs).toBeCloseTo(28 / 15, 12); // 2·7·2/(5·3)
    expect(gbJp).toBeCloseTo(14 / 15, 12); // 2·7·1/(5·3)
    expect(deJp).toBeCloseTo(14 / 5, 12); // 2·7·1/(5·1)
  });

  it("cosine a/√(N_i·N_j): JP–US 0.6, US–GB 0.632456, JP–GB 0.316228, JP–DE 0.447214", () => {
    const [deJp, gbJp, gbUs, jpUs] = normalized("cosine");
    expect(jpUs).toBeCloseTo(0.6, 12); // 3/√25
    expect(gbUs).toBeCloseTo(2 / Math.sqrt(10), 12);
    expect(gbJp).toBeCloseTo(1 / Math.sqrt(10), 12);
    expect(deJp).toBeCloseTo(1 / Math.sqrt(5), 12);
    expect(gbUs).toBeCloseTo(0.632456, 6);
    expect(gbJp).toBeCloseTo(0.316228, 6);
    expect(deJp).toBeCloseTo(0.447214, 6);
  });

  it("Jaccard a/(N_i + N_j − a): JP–US 3/7, US–GB 2/5, JP–GB 1/6, JP–DE 1/5", () => {
    const [deJp, gbJp, gbUs, jpUs] = normalized("jaccard");
    expect(jpUs).toBeCloseTo(3 / 7, 12); // 3/(5 + 5 − 3)
    expect(gbUs).toBeCloseTo(2 / 5, 12); // 2/(5 + 2 − 2)
    expect(gbJp).toBeCloseTo(1 / 6, 12); // 1/(5 + 2 − 1)
    expect(deJp).toBeCloseTo(1 / 5, 12); // 1/(5 + 1 − 1)
  });

  it("association strength under fractional weights uses fractional strengths and m = 11/2", () => {
    // k: JP 4, US 4, GB 2, DE 1. JP–US: 2·5.5·2.5/(4·4) = 27.5/16; JP–DE: 2·5.5·1/(4·1) = 2.75.
    const [deJp, gbJp, gbUs, jpUs] = normalized("association-strength", "fractional" as "full");
    expect(jpUs).toBeCloseTo(27.5 / 16, 12);
    expect(deJp).toBeCloseTo(2.75, 12);
    expect(gbJp).toBeCloseTo((2 * 5.5 * 0.5) / (4 * 2), 12);
    expect(gbUs).toBeCloseTo((2 * 5.5 * 1.5) / (4 * 2), 12);
  });

  it("leaves normalized null under `none` and keeps the weight itself", () => {
    const network = buildNetwork(k, { level: "country" });
    expect(network.edges.map((e) => e.normalized)).toEqual([null, null, null, null]);
  });
});

describe("normalizedWeight(normalization, input)", () => {
  const input = { weight: 3, papers: [5, 5], strengths: [5, 5], totalWeight: 7 } as const;
  it.each([
    ["none", 3],
    ["association-strength", 42 / 25],
    ["cosine", 0.6],
    ["jaccard", 3 / 7],
  ] as const)("%s of JP–US is %d", (normalization, expected) => {
    expect(normalizedWeight(normalization, input)).toBeCloseTo(expected, 12);
  });
});
