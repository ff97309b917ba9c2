import { describe, expect, it } from "vitest";
import { count, dodge, el, esc, num, percent, textWidth, wrap } from "../../../src/output/charts/_svg.ts";

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
