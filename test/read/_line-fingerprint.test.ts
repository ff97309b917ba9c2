// createLineFingerprint: the fingerprint of a record's lines, however the lines are handed over
// (one run of a text, several texts, gaps between them, lines past the copy's size), equals the
// definition worked out one code unit at a time below; different lines give different ones.
import { describe, expect, it } from "vitest";
import { createLineFingerprint } from "../../src/read/_line-fingerprint.ts";

/**
 * The definition, written out plainly: two lanes start from the seed; every line mixes its
 * length, then its code units two at a time (the first in the low half), an odd last one alone;
 * then the count of lines; the result is 32 bits of the first lane and 21 of the second, each
 * through murmur3's finalizer.
 */
function definition(seed: number, lines: readonly string[]): number {
  let a = Math.imul(seed, 0x01000193) ^ 0x9747b28c;
  let b = Math.imul(seed, 0x5bd1e995) ^ 0x3c6ef372;
  const mix = (block: number) => {
    const x = Math.imul(a ^ block, 0x01000193);
    a = (x << 13) | (x >>> 19);
    const y = Math.imul(b ^ block, 0x5bd1e995);
    b = (y << 17) | (y >>> 15);
  };
  for (const line of lines) {
    mix(line.length);
    for (let i = 0; i < line.length; i += 2)
      mix(i + 1 < line.length ? line.charCodeAt(i) | (line.charCodeAt(i + 1) << 16) : line.charCodeAt(i));
  }
  mix(lines.length);
  const fmix = (hash: number) => {
    let h = hash ^ (hash >>> 16);
    h = Math.imul(h, 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    return h ^ (h >>> 16);
  };
  return (fmix(a) >>> 0) * 2 ** 21 + (fmix(b) >>> 11);
}

/** The fingerprint of lines handed over as ranges of texts: `[text, start, end]` each. */
function fingerprintOf(seed: number, ranges: readonly (readonly [string, number, number])[]): number {
  const fingerprint = createLineFingerprint(seed);
  for (const [text, start, end] of ranges) fingerprint.add(text, start, end);
  return fingerprint.finish();
}

/** Each line as a range of one text holding them all, separated by `\n`. */
function asOneText(lines: readonly string[], separator = "\n"): [string, number, number][] {
  const text = lines.join(separator);
  let at = 0;
  return lines.map((line) => {
    const range: [string, number, number] = [text, at, at + line.length];
    at += line.length + separator.length;
    return range;
  });
}

const RECORD = [
  "PT J",
  "AU Sato, A",
  "   Suzuki, B",
  "TI Café – ünïcode 東京 𝔸",
  "PY 2012",
  "UT WOS:000306312500009",
];

describe("createLineFingerprint", () => {
  it("equals the definition for lines in one text, each its own string, or with CRLF between", () => {
    const expected = definition(1, RECORD);
    expect(fingerprintOf(1, asOneText(RECORD))).toBe(expected);
    expect(fingerprintOf(1, asOneText(RECORD, "\r\n"))).toBe(expected);
    expect(
      fingerprintOf(
        1,
        RECORD.map((line) => [line, 0, line.length]),
      ),
    ).toBe(expected);
    // Half the lines in one text, the rest carried across as strings of their own (a chunk's cut).
    const [head, tail] = [
      asOneText(RECORD.slice(0, 3)),
      RECORD.slice(3).map((l) => [` ${l}`, 1, l.length + 1] as const),
    ];
    expect(fingerprintOf(1, [...head, ...tail])).toBe(expected);
  });

  it("leaves out what lies between the lines (a dropped line, long or short)", () => {
    const text = `PT J\nCR Smith J, 2001\n   Jones K, 1999\nPY 2012\n${"CR x".repeat(20)}\nUT WOS:1`;
    const kept = ["PT J", "PY 2012", "UT WOS:1"];
    const ranges = kept.map((line) => [text, text.indexOf(line), text.indexOf(line) + line.length] as const);
    expect(fingerprintOf(2, ranges)).toBe(definition(2, kept));
  });

  it("equals the definition for lines past the copy's size and runs that outgrow it", () => {
    // 70,000 units: one line hashed in place; 40,000 + 30,000: a run that must be hashed in two.
    const long = `${"a".repeat(69_999)}é`;
    const lines = ["PT J", long, "b".repeat(40_000), "c".repeat(30_000), "UT WOS:1"];
    expect(fingerprintOf(1, asOneText(lines))).toBe(definition(1, lines));
    // More lines than a run holds (1,024).
    const many = Array.from({ length: 3000 }, (_, i) => `   line ${i}`);
    expect(fingerprintOf(1, asOneText(many))).toBe(definition(1, many));
  });

  it("starts again after finish and reset, and tells lines, their cuts and seeds apart", () => {
    const fingerprint = createLineFingerprint(1);
    fingerprint.add("junk", 0, 4);
    fingerprint.reset();
    for (const [text, start, end] of asOneText(RECORD)) fingerprint.add(text, start, end);
    const first = fingerprint.finish();
    for (const [text, start, end] of asOneText(RECORD)) fingerprint.add(text, start, end);
    expect([first, fingerprint.finish()]).toEqual([definition(1, RECORD), definition(1, RECORD)]);
    const others = [
      fingerprintOf(1, asOneText(["PT J", "PY 2013"])),
      fingerprintOf(1, asOneText(["PT J", "PY 2012"])),
      fingerprintOf(1, asOneText(["PT J", "PY 201", "2"])),
      fingerprintOf(1, asOneText(["PT J", "PY 20", "12"])),
      fingerprintOf(1, asOneText(["PT J", "PY 2012", ""])),
      fingerprintOf(2, asOneText(["PT J", "PY 2012"])),
    ];
    expect(new Set(others).size).toBe(others.length);
    for (const value of others) expect(Number.isSafeInteger(value) && value >= 0).toBe(true);
  });
});
