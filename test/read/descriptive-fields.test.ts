// `ReadOptions.descriptiveFields: false`: the text readers leave the descriptive fields
// (DESCRIPTIVE_FIELDS) empty without cutting their values, and changes nothing else: every other
// field, every fingerprint and every rejection is what the whole reading gives, and normalization,
// which never reads those fields, makes the same papers of either reading.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { normalize } from "../../src/normalize/normalize.ts";
import { parsePlainText, readPlainText } from "../../src/read/plain-text.ts";
import type { ReadItem } from "../../src/read/read-item.ts";
import { parseTabDelimited, readTabDelimited } from "../../src/read/tab-delimited.ts";
import { DESCRIPTIVE_FIELDS } from "../../src/read/wos-record.ts";
import { drain } from "../_drain.ts";
import { withValuesLeftOut } from "../_left-out.ts";
import { HAVE_SHARED, NEEDS_SHARED, provenanceFiles, SHARED_WOS } from "../_shared-samples.ts";

type Parsed = Extract<ReadItem, { ok: true }>;

const RECORD = [
  "FN Clarivate Analytics Web of Science",
  "VR 1.0",
  "PT J",
  "AU Sato, A",
  "   Smith, B",
  "AF Sato, Akiko",
  "   Smith, Bob",
  "CA The Consortium",
  "TI A title wrapped",
  "   over two lines",
  "SO JOURNAL OF TESTS",
  "JI J. Tests",
  "LA English",
  "DT Article",
  "DE alpha; beta",
  "   gamma",
  "ID DELTA",
  "AB An abstract",
  "\u00a0 led by a no-break space",
  "C1 [Sato, Akiko] Univ Tokyo, Tokyo, Japan.",
  "   [Smith, Bob] MIT, Cambridge, MA 02139 USA.",
  "RP Sato, A (corresponding author), Univ Tokyo, Tokyo, Japan.",
  "NR 12",
  "TC 3",
  "Z9 4",
  "PU SOME PUBLISHER",
  "FX Funded by the Example",
  "   Agency.",
  "WC Chemistry, Multidisciplinary",
  "SC Chemistry",
  "PY 2020",
  "WE Science Citation Index Expanded (SCI-EXPANDED)",
  "UT WOS:000000000000001",
  "DA 2025-04-01",
  "ER",
  "",
  "EF",
  "",
].join("\n");

describe("a plain-text record read without its descriptive fields", () => {
  const [whole] = parsePlainText(RECORD, { fingerprints: true }) as [Parsed];
  const [left] = parsePlainText(RECORD, { fingerprints: true, descriptiveFields: false }) as [Parsed];

  it("is the whole record with exactly those fields empty", () => {
    // The whole reading has them (so the comparison below tests something).
    expect(whole.record.title).toBe("A title wrapped over two lines");
    expect(whole.record.authorKeywords).toEqual(["alpha", "beta gamma"]);
    expect(whole.record.keywordsPlus).toEqual(["DELTA"]);
    expect(whole.record.groupAuthors).toEqual(["The Consortium"]);
    expect(whole.record.isoSourceAbbreviation).toBe("J. Tests");
    expect(whole.record.language).toBe("English");
    expect(whole.record.researchAreas).toEqual(["Chemistry"]);
    expect(whole.record.editions).toEqual(["Science Citation Index Expanded (SCI-EXPANDED)"]);
    expect(whole.record.otherTags).toEqual({
      AB: ["An abstract led by a no-break space"],
      PU: ["SOME PUBLISHER"],
    });
    expect(left.record).toEqual(withValuesLeftOut(whole.record));
    // What normalization reads is all there: both addresses, both authors, the counts.
    expect(left.record.addresses.map((a) => a.text)).toEqual([
      "Univ Tokyo, Tokyo, Japan",
      "MIT, Cambridge, MA 02139 USA",
    ]);
    expect(left.record.authors.map((a) => a.fullName)).toEqual(["Sato, Akiko", "Smith, Bob"]);
    expect([left.record.citedReferenceCount, left.record.timesCited, left.record.publicationYear]).toEqual([
      12, 3, 2020,
    ]);
  });

  it("keeps its fingerprint: the lines left out of the values are still in it", () => {
    expect(left.fingerprint).toBe(whole.fingerprint);
    // So a record that differs only in a descriptive line still has another fingerprint.
    const [other] = parsePlainText(RECORD.replace("   gamma", "   gammb"), {
      fingerprints: true,
      descriptiveFields: false,
    }) as [Parsed];
    expect(other.record).toEqual(left.record);
    expect(other.fingerprint).not.toBe(left.fingerprint);
  });

  it("leaves out the funding text when asked (fundingText: false), keeping the fingerprint", () => {
    expect(whole.record.fundingText).toBe("Funded by the Example Agency.");
    expect(left.record.fundingText).toBe("Funded by the Example Agency.");
    const [noFunding] = parsePlainText(RECORD, { fingerprints: true, fundingText: false }) as [Parsed];
    expect(noFunding.record).toEqual({ ...whole.record, fundingText: null });
    expect(noFunding.fingerprint).toBe(whole.fingerprint);
    const header = "PT\tFX\tUT";
    const [tab] = parseTabDelimited(`${header}\nJ\tFunded by X\tWOS:000000000000003\n`, {
      fundingText: false,
    }) as [Parsed];
    expect(tab.record.fundingText).toBeNull();
    expect(tab.record.ut).toBe("WOS:000000000000003");
  });

  it("leaves out a descriptive tag that starts the record", () => {
    const [first] = parsePlainText(RECORD.replace("PT J\n", "TI First\nPT J\n"), {
      descriptiveFields: false,
    }) as [Parsed];
    expect(first.record.title).toBeNull();
    expect(first.record.publicationType).toBe("J");
  });

  it("still measures the lines left out against the limits", () => {
    const longAbstract = RECORD.replace("AB An abstract", `AB ${"x".repeat(200)}`);
    const [item] = parsePlainText(longAbstract, { descriptiveFields: false, maxLineBytes: 100 });
    expect(item?.ok).toBe(false);
    if (item?.ok === false) {
      expect(item.rejection.code).toBe("record-too-large");
      expect(item.rejection.recordId).toBe("WOS:000000000000001");
    }
  });

  it("normalizes to the same paper", () => {
    expect(normalize(left.record)).toEqual(normalize(whole.record));
  });
});

describe("a tab-delimited row read without its descriptive fields", () => {
  const header = "PT\tAU\tTI\tDE\tAB\tC1\tUT";
  const row =
    "J\tSato, A\tA title\talpha; beta\tAn abstract\t[Sato, A] Univ Tokyo, Tokyo, Japan.\tWOS:000000000000002";

  it("is the whole row's record with exactly those fields empty, and the same fingerprint", () => {
    const [whole] = parseTabDelimited(`${header}\n${row}\n`, { fingerprints: true }) as [Parsed];
    const [left] = parseTabDelimited(`${header}\n${row}\n`, {
      fingerprints: true,
      descriptiveFields: false,
    }) as [Parsed];
    expect(whole.record.title).toBe("A title");
    expect(whole.record.authorKeywords).toEqual(["alpha", "beta"]);
    expect(whole.record.otherTags).toEqual({ AB: ["An abstract"] });
    expect(left.record).toEqual(withValuesLeftOut(whole.record));
    expect(left.record.addresses.map((a) => a.text)).toEqual(["Univ Tokyo, Tokyo, Japan"]);
    expect(left.fingerprint).toBe(whole.fingerprint);
  });

  it("reads a row joined over a line break whole: it has no fingerprint to tell it apart", () => {
    const broken = row.replace("An abstract", "An\nabstract");
    const [joined] = parseTabDelimited(`${header}\n${broken}\n`, {
      fingerprints: true,
      descriptiveFields: false,
    }) as [Parsed];
    expect(joined.fingerprint).toBeUndefined();
    expect(joined.record.warnings.map((w) => w.code)).toEqual(["row-joined"]);
    expect(joined.record.title).toBe("A title");
    expect(joined.record.otherTags).toEqual({ AB: ["An abstract"] });
  });
});

describe(`the shared plain-text and tab-delimited exports read without descriptive fields${NEEDS_SHARED}`, () => {
  const files = HAVE_SHARED
    ? provenanceFiles().filter((f) => f.format === "plaintext" || f.format === "tabdelimited")
    : [];

  it.skipIf(!HAVE_SHARED)(
    "give every record, fingerprint and rejection of the whole reading, and the same papers",
    async () => {
      expect(files.filter((f) => f.format === "plaintext").length).toBeGreaterThan(10);
      expect(files.filter((f) => f.format === "tabdelimited").length).toBeGreaterThan(2);
      let records = 0;
      let emptied = 0;
      for (const { file, format } of files) {
        const bytes = readFileSync(`${SHARED_WOS}${file}`);
        const reader = format === "plaintext" ? readPlainText : readTabDelimited;
        const read = (descriptiveFields: boolean): Promise<ReadItem[]> =>
          drain(reader(bytes, { fingerprints: true, descriptiveFields }));
        const [whole, left] = [await read(true), await read(false)];
        expect(left.length, file).toBe(whole.length);
        for (let i = 0; i < whole.length; i++) {
          const [a, b] = [whole[i] as ReadItem, left[i] as ReadItem];
          if (!a.ok || !b.ok) {
            expect(b, file).toEqual(a);
            continue;
          }
          records++;
          expect(b.fingerprint, `${file} ${a.record.ut}`).toBe(a.fingerprint);
          // A tab-delimited row joined over line breaks (no fingerprint) is read whole.
          const expected = a.fingerprint === undefined ? a.record : withValuesLeftOut(a.record);
          expect(b.record, `${file} ${a.record.ut}`).toEqual(expected);
          expect(normalize(b.record), `${file} ${a.record.ut}`).toEqual(normalize(a.record));
          if (
            DESCRIPTIVE_FIELDS.some(
              (field) => JSON.stringify(a.record[field]) !== JSON.stringify(b.record[field]),
            )
          )
            emptied++;
        }
      }
      // Thousands of real records, nearly all with a title or keywords to leave out.
      expect(records).toBeGreaterThan(5000);
      expect(emptied).toBeGreaterThan(records * 0.9);
    },
    300_000,
  );
});
