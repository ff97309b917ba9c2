import { describe, expect, it } from "vitest";
import { seededRandom } from "../../src/networks/_random.ts";

describe("seededRandom(seed)", () => {
  it("repeats its sequence for a seed and changes it with the seed", () => {
    const a = seededRandom(42);
    const b = seededRandom(42);
    const first = Array.from({ length: 5 }, () => a());
    expect(Array.from({ length: 5 }, () => b())).toEqual(first);
    const c = seededRandom(43);
    expect(Array.from({ length: 5 }, () => c())).not.toEqual(first);
  });

  it("stays in [0, 1)", () => {
    const random = seededRandom(1);
    for (let i = 0; i < 10000; i++) {
      const x = random();
      expect(x >= 0 && x < 1).toBe(true);
    }
  });
});
