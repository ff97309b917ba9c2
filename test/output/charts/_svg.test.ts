import { describe, expect, it } from "vitest";
import { count, dodge, el, esc, num, percent, textWidth, wrap } from "../../../src/output/charts/_svg.ts";
import { networkChart } from "../../../src/output/charts/network-chart.ts";
import { partnerSharesChart } from "../../../src/output/charts/partner-shares.ts";
import { rankMovementChart } from "../../../src/output/charts/rank-movement.ts";
import { shareOverTimeChart } from "../../../src/output/charts/share-over-time.ts";
import { topSplitChart } from "../../../src/output/charts/top-split.ts";
import { worldMapChart } from "../../../src/output/charts/world-map.ts";

describe("num(x), percent(share, digits), count(x, digits)", () => {
  it.each([
    [97.99999999994725, "98"],
    [0.25, "0.3"],
    [-0.04, "0"],
    [-1.25, "-1.3"],
    [120, "120"],
  ])("num(%s) → %s", (x, expected) => {
    expect(num(x)).toBe(expected);
  });

  it.each([
    [0.1 + 0.2, 1, "30.0%"],
    [0.125, 0, "13%"],
    [0.0005, 2, "0.05%"],
    [1, 1, "100.0%"],
  ])("percent(%s, %s) → %s", (share, digits, expected) => {
    expect(percent(share, digits)).toBe(expected);
  });

  it.each([
    [12345.25, 1, "12,345.3"],
    [999, 0, "999"],
    [1234567, 0, "1,234,567"],
    [0.5, 1, "0.5"],
  ])("count(%s, %s) → %s", (x, digits, expected) => {
    expect(count(x, digits)).toBe(expected);
  });
});

describe("esc(text), el(name, attributes, inner)", () => {
  it("escapes the five XML specials", () => {
    expect(esc(`R&D <"core"> 'x'`)).toBe("R&amp;D &lt;&quot;core&quot;&gt; &apos;x&apos;");
  });

  it("writes numbers through num, leaves out undefined attributes, self-closes when empty", () => {
    expect(el("rect", { x: 1.25, y: undefined, fill: "#fff" })).toBe('<rect x="1.3" fill="#fff"/>');
    expect(el("text", { x: 0 }, "a")).toBe('<text x="0">a</text>');
  });
});

describe("dodge(targets, gap, min, max)", () => {
  it.each([
    { targets: [100, 104, 300], expected: [100, 114, 300] },
    { targets: [104, 100], expected: [114, 100] },
    { targets: [50, 50, 50], expected: [50, 64, 78] },
    { targets: [395, 398], expected: [386, 400] },
    { targets: [-10], expected: [0] },
  ])("dodge($targets, 14, 0, 400) → $expected", ({ targets, expected }) => {
    expect(dodge(targets, 14, 0, 400)).toEqual(expected);
  });
});

describe("textWidth(text, size, bold), wrap(text, size, maxWidth)", () => {
  it("grows with length and size, and bold is wider", () => {
    expect(textWidth("Japan", 12)).toBeGreaterThan(textWidth("Jap", 12));
    expect(textWidth("Japan", 16)).toBeGreaterThan(textWidth("Japan", 12));
    expect(textWidth("Japan", 12, true)).toBeGreaterThan(textWidth("Japan", 12));
  });

  it("breaks between words and never splits one", () => {
    const lines = wrap("Share of papers with addresses in two or more countries", 12, 150);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(" ")).toBe("Share of papers with addresses in two or more countries");
    expect(lines.every((line) => textWidth(line, 12) <= 150 || !line.includes(" "))).toBe(true);
    expect(wrap("", 12, 100)).toEqual([]);
  });
});

describe("the charts keep no state between calls", () => {
  const draw: (() => string)[] = [
    () =>
      shareOverTimeChart({
        title: "a",
        series: [{ key: "JP", label: "Japan", points: [{ year: 2020, share: 0.3 }] }],
      }),
    () => topSplitChart({ title: "b", bars: [{ key: "JP", label: "Japan", domestic: 2, international: 1 }] }),
    () => partnerSharesChart({ title: "c", bars: [{ key: "US", label: "United States", share: 0.3 }] }),
    () =>
      rankMovementChart({
        title: "d",
        beforeLabel: "2011",
        afterLabel: "2021",
        rows: [{ key: "US", label: "United States", before: 2, after: 1 }],
      }),
    () =>
      worldMapChart({
        title: "e",
        focal: "JP",
        legendTitle: "Share",
        values: [{ country: "US", share: 0.3 }],
      }),
    () => networkChart({ title: "f", nodes: [{ id: "JP", label: "Japan", size: 1, x: 0, y: 0 }], edges: [] }),
  ];

  it("draws each chart to the same bytes whether the others were drawn before or after it", () => {
    const forward = draw.map((chart) => chart());
    const backward = draw
      .toReversed()
      .map((chart) => chart())
      .toReversed();
    expect(backward).toEqual(forward);
  });
});
