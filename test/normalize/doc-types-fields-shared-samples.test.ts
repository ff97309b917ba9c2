// Document types and WoS Categories of every plain-text and tab-delimited file of the shared
// samples: each DT value must have a canonical type, and the categories Appendix B leaves
// unmapped must be exactly the ones listed here, each with its reason.
import { existsSync, readdirSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { categoryField } from "../../src/normalize/_category-field.ts";
import { type DocumentType, normalizeDocumentTypes } from "../../src/normalize/document-types.ts";
import { readPlainText } from "../../src/read/plain-text.ts";
import type { ReadItem } from "../../src/read/read-item.ts";
import { readTabDelimited } from "../../src/read/tab-delimited.ts";

const SHARED = new URL("../../../shared/data-samples/wos/", import.meta.url);
const HAVE = existsSync(SHARED);

// Every distinct DT entry of these files (PROVENANCE.md's DT column shows the most frequent ones)
// and the canonical type it must get. No entry becomes "Other".
const DT_VALUES: readonly [string, DocumentType | "(Early Access flag)"][] = [
  ["Article", "Article"],
  ["Biographical-Item", "Biographical-Item"],
  ["Book Chapter", "Book Chapter"],
  ["Book Review", "Book Review"],
  ["Correction", "Correction"],
  ["Correction, Addition", "Correction"], // tethne-1970-1971: the older WoS name of Correction
  ["Data Paper", "Data Paper"],
  ["Discussion", "Discussion"],
  ["Early Access", "(Early Access flag)"],
  ["Editorial Material", "Editorial Material"],
  ["Letter", "Letter"],
  ["Meeting Abstract", "Meeting Abstract"],
  ["News Item", "News Item"],
  ["Note", "Note"],
  ["Proceedings Paper", "Proceedings Paper"],
  ["Record Review", "Record Review"],
  ["Reprint", "Reprint"],
  ["Review", "Review"],
];

// WC entries Appendix B maps to no ESI field. All are Arts & Humanities Citation Index categories,
// which B.2 leaves unmapped ("not part of ESI").
const UNMAPPED_CATEGORIES: readonly [string, string][] = [
  ["Archaeology", "AHCI only; most of its records also carry Anthropology (SSCI), Geosciences or Chemistry"],
  ["Humanities, Multidisciplinary", "AHCI only"],
  ["Language & Linguistics", "AHCI only (Linguistics, without 'Language &', is the SSCI category)"],
  ["Literary Reviews", "AHCI only"],
  ["Music", "AHCI only"],
  ["Philosophy", "AHCI only"],
];

describe.skipIf(!HAVE)(
  `document types and WoS Categories of the shared samples${HAVE ? "" : " [SKIPPED: ../shared/data-samples absent]"}`,
  () => {
    const dtValues = new Set<string>();
    const unknown = new Set<string>();
    const categories = new Set<string>();
    let files = 0;
    let records = 0;
    beforeAll(async () => {
      const readers = { plaintext: readPlainText, tabdelimited: readTabDelimited } as const;
      for (const [folder, read] of Object.entries(readers)) {
        for (const name of readdirSync(new URL(`${folder}/`, SHARED)).sort()) {
          files++;
          const items: AsyncIterable<ReadItem> = read(new URL(`${folder}/${name}`, SHARED), {
            citedReferences: false,
          });
          for await (const item of items) {
            if (!item.ok) continue;
            records++;
            for (const value of item.record.documentTypes) dtValues.add(value);
            for (const value of normalizeDocumentTypes(item.record.documentTypes).unknown) unknown.add(value);
            for (const category of item.record.categories) categories.add(category);
          }
        }
      }
    });

    it("reads the 25 text files of PROVENANCE.md (17 plain text, 8 tab-delimited)", () => {
      expect(files).toBe(25);
      expect(records).toBeGreaterThan(8000);
    });

    it("meets exactly the DT entries listed here, each with its canonical type", () => {
      expect([...dtValues].sort()).toEqual(DT_VALUES.map(([value]) => value).sort());
      for (const [value, canonical] of DT_VALUES) {
        const { types, earlyAccess } = normalizeDocumentTypes([value]);
        expect(canonical === "(Early Access flag)" ? earlyAccess : types).toEqual(
          canonical === "(Early Access flag)" ? true : [canonical],
        );
      }
    });

    it("maps every DT value to a canonical type: no Other", () => {
      expect([...unknown]).toEqual([]);
    });

    it("leaves exactly the WoS Categories listed here unmapped", () => {
      const unmapped = [...categories].filter((category) => categoryField(category) === null).sort();
      expect(unmapped).toEqual(UNMAPPED_CATEGORIES.map(([category]) => category));
    });
  },
);
