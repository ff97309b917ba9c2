// Citations of the methodology guide in text for people: links to anchors the guide has, and
// nothing that points at a file outside the repository.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  GUIDE_SECTIONS,
  htmlCitations,
  METHODOLOGY_GUIDE,
  markdownCitations,
} from "../../src/output/_methodology-links.ts";

const guide = readFileSync(new URL(`../../${METHODOLOGY_GUIDE}`, import.meta.url), "utf8");

describe("GUIDE_SECTIONS", () => {
  it("holds exactly the section anchors of docs/methodology.md", () => {
    const anchors = [...guide.matchAll(/<a id="s(\d+(?:\.\d+)*)"><\/a>/g)].map(([, id]) => id);
    expect(new Set(anchors)).toEqual(GUIDE_SECTIONS);
  });
});

describe("markdownCitations(text)", () => {
  it.each([
    ["a named section", "counting (methodology §9).", "counting ([methodology §9](docs/methodology.md#s9))."],
    ["a bare subsection", "shares overlap (§9.1).", "shares overlap ([§9.1](docs/methodology.md#s9.1))."],
    ["a sub-subsection", "switches (§3.2.2)", "switches ([§3.2.2](docs/methodology.md#s3.2.2))"],
    ["a sentence's final period", "see §2.1.", "see [§2.1](docs/methodology.md#s2.1)."],
    ["a range", "§4–§6", "[§4](docs/methodology.md#s4)–[§6](docs/methodology.md#s6)"],
    ["a section the guide lacks, left alone", "§0.4 and §17", "§0.4 and §17"],
    ["text without a citation", "World counts each paper once.", "World counts each paper once."],
  ])("%s", (_, text, expected) => {
    expect(markdownCitations(text)).toBe(expected);
  });
});

describe("htmlCitations(html)", () => {
  it("links named and bare citations", () => {
    expect(htmlCitations("counting (methodology §9; §9.1).")).toBe(
      'counting (<a href="docs/methodology.md#s9">methodology §9</a>; <a href="docs/methodology.md#s9.1">§9.1</a>).',
    );
  });
});
