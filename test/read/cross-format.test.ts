// The same paper exported as plain text and as tab-delimited rows gives an equal record.
// The shared samples hold two such pairs from one export each (PROVENANCE.md, "Files that share records").
import { describe, expect, it } from "vitest";
import { collect } from "../../src/read/collect.ts";
import { readPlainText } from "../../src/read/plain-text.ts";
import { readTabDelimited } from "../../src/read/tab-delimited.ts";
import type { WosRecord } from "../../src/read/wos-record.ts";
import { HAVE_SHARED, NEEDS_SHARED, SHARED_WOS } from "../_shared-samples.ts";

/** Tags of one format that the other format's export also carries; the two exports have different tag sets. */
function comparable(record: WosRecord, tagsInBoth: ReadonlySet<string>): WosRecord {
  const otherTags = Object.fromEntries(
    Object.entries(record.otherTags).filter(([tag]) => tagsInBoth.has(tag)),
  );
  return { ...record, otherTags };
}

describe.skipIf(!HAVE_SHARED)(
  `plain text and tab-delimited exports of the same papers${NEEDS_SHARED}`,
  () => {
    it.each([
      [
        "plaintext/rafguns-wosfile-50rec-2000-2013.txt",
        "tabdelimited/rafguns-wosfile-50rec-utf8bom-lf.txt",
        50,
      ],
      [
        "plaintext/rafguns-wosfile-50rec-2000-2013.txt",
        "tabdelimited/rafguns-wosfile-50rec-utf16le-crlf.txt",
        50,
      ],
      ["plaintext/baig-232rec-2007-2022.txt", "tabdelimited/baig-232rec-crlf.txt", 232],
    ])("%s ≡ %s", async (plainFile, tabFile, count) => {
      const plain = await collect(readPlainText(`${SHARED_WOS}${plainFile}`));
      const tab = await collect(readTabDelimited(`${SHARED_WOS}${tabFile}`));
      expect(plain.records).toHaveLength(count);
      expect(tab.records).toHaveLength(count);
      const tabByUt = new Map(tab.records.map((r) => [r.ut, r]));
      for (const record of plain.records) {
        const twin = tabByUt.get(record.ut);
        expect(twin, record.ut).toBeDefined();
        if (twin === undefined) continue;
        const inBoth = new Set(Object.keys(record.otherTags).filter((tag) => tag in twin.otherTags));
        expect(comparable(twin, inBoth), record.ut).toEqual(comparable(record, inBoth));
      }
    });
  },
);
