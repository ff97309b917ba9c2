// The document-type scope, docs/methodology.md §1.2 (rules 2–5), §13.3–13.4 and the profiles of §14.
import { describe, expect, expectTypeOf, it } from "vitest";
import {
  DOC_TYPE_PROFILES,
  type DocTypeOptionsInput,
  DocTypeOptionsSchema,
  documentTypeScope,
  NISTEP_DOC_TYPES,
} from "../../src/corpus/doc-type-scope.ts";
import { normalizeDocumentTypes } from "../../src/normalize/document-types.ts";

const scope = (dt: string[], options?: DocTypeOptionsInput) =>
  documentTypeScope(normalizeDocumentTypes(dt), options);

describe("documentTypeScope(types, options)", () => {
  // Default options: Article and Review, not strict, retracted kept (§1.2 rules 2–5).
  it.each<[string[], boolean]>([
    [["Article"], true],
    [["Review"], true],
    [["Article", "Proceedings Paper"], true], // rule 3: in scope as Article
    [["Article", "Early Access"], true],
    [["Review", "Book Chapter"], true],
    [["Article", "Data Paper"], true],
    [["Article", "Retracted Publication"], true], // rule 5: kept by default
    [["Proceedings Paper"], false], // rule 4: stand-alone proceedings paper
    [["Letter"], false],
    [["Note"], false],
    [["Editorial Material"], false],
    [["Meeting Abstract"], false],
    [["Correction"], false],
    [["Book Review"], false],
    [["News Item"], false],
    [["Editorial Material", "Early Access"], false],
    [["Hologram Review"], false],
  ])("default: %j in scope = %s", (dt, inScope) => {
    const result = scope(dt);
    expect(result.inScope).toBe(inScope);
    expect(result.reason).toBe(inScope ? null : "doc-type-out-of-scope");
  });

  it.each<[string[]]>([[[]], [["Early Access"]], [[" "]]])(
    "%j is out of scope with no-doc-type (§13.3)",
    (dt) => {
      expect(scope(dt)).toEqual({ inScope: false, reason: "no-doc-type", detail: "DT is empty" });
    },
  );

  // Rule 3: strict drops any type other than Article, Review (and Early Access, already removed).
  it.each<[string[], boolean]>([
    [["Article"], true],
    [["Review"], true],
    [["Article", "Early Access"], true],
    [["Article", "Review"], true],
    [["Article", "Proceedings Paper"], false],
    [["Review", "Book Chapter"], false],
    [["Article", "Data Paper"], false],
    // §1.2 rule 3 names only Article, Review and Early Access, so strict drops this one too.
    [["Article", "Retracted Publication"], false],
  ])("strict: %j in scope = %s", (dt, inScope) => {
    expect(scope(dt, { strict: true }).inScope).toBe(inScope);
  });

  it("says which types strict mode objected to", () => {
    expect(scope(["Article", "Proceedings Paper"], { strict: true })).toEqual({
      inScope: false,
      reason: "doc-type-out-of-scope",
      detail: "strict: Proceedings Paper is not in Article, Review",
    });
  });

  // Rule 4: the caller may list other types.
  it.each<[string[], DocTypeOptionsInput, boolean]>([
    [["Letter"], { include: ["Article", "Review", "Letter"] }, true],
    [["Note"], { include: ["Article", "Review", "Letter"] }, false],
    [["Proceedings Paper"], { include: ["Proceedings Paper"] }, true],
    [["Article"], { include: ["Proceedings Paper"] }, false],
    [["Hologram Review"], { include: ["Other"] }, true],
    [["Letter", "Early Access"], { include: ["Letter"], strict: true }, true],
    [["Article", "Letter"], { include: ["Letter"], strict: true }, false],
    [["Meeting Abstract"], { include: "all" }, true],
    [["Article", "Proceedings Paper"], { include: "all", strict: true }, true],
  ])("%j with %j in scope = %s", (dt, options, inScope) => {
    expect(scope(dt, options).inScope).toBe(inScope);
  });

  // Rule 5 and §14: retracted publications per profile.
  it.each<["nistep" | "cwts" | "incites", string[], boolean]>([
    ["nistep", ["Article", "Retracted Publication"], true],
    ["cwts", ["Article", "Retracted Publication"], false],
    ["incites", ["Article", "Retracted Publication"], true],
    ["nistep", ["Letter"], false],
    ["cwts", ["Letter"], false],
    ["incites", ["Letter"], true],
    ["incites", ["Hologram Review"], true],
    ["nistep", ["Review", "Early Access"], true],
    ["cwts", ["Article", "Proceedings Paper"], true],
  ])("profile %s: %j in scope = %s", (profile, dt, inScope) => {
    expect(scope(dt, DOC_TYPE_PROFILES[profile]).inScope).toBe(inScope);
  });

  it("gives the reason for a retracted record removed by the CWTS profile", () => {
    expect(scope(["Article", "Retracted Publication"], DOC_TYPE_PROFILES.cwts)).toEqual({
      inScope: false,
      reason: "doc-type-out-of-scope",
      detail: 'Retracted Publication is removed (retracted: "remove")',
    });
  });

  it("names the types of an out-of-scope record", () => {
    expect(scope(["Letter", "Early Access"])).toEqual({
      inScope: false,
      reason: "doc-type-out-of-scope",
      detail: "Letter is not in Article, Review",
    });
  });
});

describe("DocTypeOptionsSchema and presets", () => {
  it("defaults to Article and Review, not strict, retracted kept (§1.2)", () => {
    expect(DocTypeOptionsSchema.parse({})).toEqual({
      include: ["Article", "Review"],
      strict: false,
      retracted: "keep",
    });
  });

  it("names the NISTEP scope, Article and Review, as a preset", () => {
    expect(NISTEP_DOC_TYPES).toEqual({ include: ["Article", "Review"], strict: false, retracted: "keep" });
  });

  it("follows §14 for the three profiles", () => {
    expect(DOC_TYPE_PROFILES).toEqual({
      nistep: { include: ["Article", "Review"], strict: false, retracted: "keep" },
      cwts: { include: ["Article", "Review"], strict: false, retracted: "remove" },
      incites: { include: "all", strict: false, retracted: "keep" },
    });
  });

  it.each<[unknown]>([
    [{ include: [] }],
    [{ include: ["Artikel"] }],
    [{ retracted: "drop" }],
    [{ strict: "yes" }],
  ])("rejects %j", (options) => {
    expect(DocTypeOptionsSchema.safeParse(options).success).toBe(false);
  });

  it("infers the option types from the schema", () => {
    expectTypeOf<DocTypeOptionsInput["retracted"]>().toEqualTypeOf<"keep" | "remove" | undefined>();
  });
});
