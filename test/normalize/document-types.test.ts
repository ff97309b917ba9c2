// Document types, docs/methodology.md §1.2 rule 1; their scope (rules 2–5) is tested in test/corpus/doc-type-scope.test.ts.
import { describe, expect, it } from "vitest";
import { type DocumentType, normalizeDocumentTypes } from "../../src/normalize/document-types.ts";

describe("normalizeDocumentTypes(documentTypes)", () => {
  // [DT values as the reader gives them, canonical types, earlyAccess, primary type]
  it.each<[string[], DocumentType[], boolean, DocumentType | null]>([
    // The compound forms §1.2 lists.
    [["Article", "Proceedings Paper"], ["Article", "Proceedings Paper"], false, "Article"],
    [["Article", "Early Access"], ["Article"], true, "Article"],
    [["Review", "Book Chapter"], ["Review", "Book Chapter"], false, "Review"],
    [["Article", "Data Paper"], ["Article", "Data Paper"], false, "Article"],
    [["Article", "Retracted Publication"], ["Article", "Retracted Publication"], false, "Article"],
    // Single types and other compounds of the shared samples.
    [["Article"], ["Article"], false, "Article"],
    [["Review", "Early Access"], ["Review"], true, "Review"],
    [["Editorial Material", "Early Access"], ["Editorial Material"], true, "Editorial Material"],
    [["Correction", "Early Access"], ["Correction"], true, "Correction"],
    [["Article", "Book Chapter"], ["Article", "Book Chapter"], false, "Article"],
    [["Correction, Addition"], ["Correction"], false, "Correction"],
    [["Biographical-Item"], ["Biographical-Item"], false, "Biographical-Item"],
    [["Book"], ["Book"], false, "Book"],
    // Rule 1: compared case-insensitively, trimmed, split on `;` if the reader left one.
    [["ARTICLE", "early access"], ["Article"], true, "Article"],
    [["  review  "], ["Review"], false, "Review"],
    [["Article; Proceedings Paper"], ["Article", "Proceedings Paper"], false, "Article"],
    [["proceedings paper;article"], ["Proceedings Paper", "Article"], false, "Article"],
    // Review wins over Article wherever it stands (rule 2).
    [["Article", "Review"], ["Article", "Review"], false, "Review"],
    // Each type once.
    [["Article", "article"], ["Article"], false, "Article"],
    // Nothing but a status, or nothing at all.
    [["Early Access"], [], true, null],
    [[], [], false, null],
    [[""], [], false, null],
  ])("%j → %j, earlyAccess %s, primary %s", (dt, types, earlyAccess, primaryType) => {
    expect(normalizeDocumentTypes(dt)).toEqual({ types, unknown: [], earlyAccess, primaryType });
  });

  it("keeps an unknown type as Other and reports the raw string", () => {
    expect(normalizeDocumentTypes(["Article", "Hologram Review ", "Poetry"])).toEqual({
      types: ["Article", "Other"],
      unknown: ["Hologram Review", "Poetry"],
      earlyAccess: false,
      primaryType: "Article",
    });
  });
});
