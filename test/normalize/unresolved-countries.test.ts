// The unresolved-token report, on hand-written pairs and records, and over every plain-text and
// tab-delimited file of the shared samples (XML waits for its reader).
import { existsSync, readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { unresolvedCountryTokens } from "../../src/normalize/unresolved-countries.ts";
import { readPlainText } from "../../src/read/plain-text.ts";
import type { ReadItem } from "../../src/read/read-item.ts";
import { readTabDelimited } from "../../src/read/tab-delimited.ts";
import type { WosRecord } from "../../src/read/wos-record.ts";

const record = (ut: string, c1: string[], rp: string[] = []): WosRecord =>
  ({
    ut,
    addresses: c1.map((text, i) => ({ number: i + 1, text, authors: [], organizations: [], parts: null })),
    reprintAddresses: rp.map((text) => ({ authors: [], text })),
  }) as unknown as WosRecord;

describe("unresolvedCountryTokens(items)", () => {
  it("counts distinct records per token, gives the smallest UT, and sorts by token in code-unit order", () => {
    const report = unresolvedCountryTokens([
      { ut: "WOS:3", text: "USDA ARS,MANDAN,ND." },
      { ut: "WOS:2", text: "Inst X, Atlantis" },
      { ut: "WOS:3", text: "Inst Y, MANDAN, ND" },
      { ut: "WOS:1", text: "Inst Z, Mandan, ND" },
      { ut: "WOS:2", text: "Univ Tokyo, Tokyo, Japan" },
      { ut: "WOS:4", text: "Inst X, atlantis" },
    ]);
    expect(report).toEqual([
      { token: "Atlantis", records: 1, exampleUt: "WOS:2" },
      { token: "ND", records: 2, exampleUt: "WOS:1" },
      { token: "atlantis", records: 1, exampleUt: "WOS:4" },
    ]);
  });

  it("reads C1 and RP addresses of records, and leaves out tokens Appendix A maps to no country", () => {
    const report = unresolvedCountryTokens([
      record("WOS:9", ["Univ Tokyo, Tokyo, Japan."], ["Inst X, Atlantis."]),
      record("WOS:8", ["Inst W, Basseterre, W Ind Assoc St.", "Inst X, Atlantis."]),
    ]);
    expect(report).toEqual([{ token: "Atlantis", records: 2, exampleUt: "WOS:8" }]);
  });

  it("gives the same report whatever the input order", () => {
    const pairs = [
      { ut: "WOS:B", text: "X, Foo" },
      { ut: "WOS:A", text: "X, Foo" },
      { ut: "WOS:C", text: "X, Bar" },
    ];
    expect(unresolvedCountryTokens([...pairs].reverse())).toEqual(unresolvedCountryTokens(pairs));
  });

  it("is empty when every address resolves", () => {
    expect(
      unresolvedCountryTokens([{ ut: "WOS:1", text: "YALE UNIV,DEPT BIOL,NEW HAVEN,CT 06520." }]),
    ).toEqual([]);
  });
});

const SHARED = new URL("../../../shared/data-samples/wos/", import.meta.url);

describe.skipIf(!existsSync(SHARED))(
  "unresolvedCountryTokens over every C1 and RP address of the shared samples (needs ../shared/data-samples)",
  () => {
    it("leaves exactly the tokens listed here unresolved", async () => {
      const records: WosRecord[] = [];
      const readers = { plaintext: readPlainText, tabdelimited: readTabDelimited } as const;
      let files = 0;
      for (const [folder, read] of Object.entries(readers)) {
        for (const name of readdirSync(new URL(`${folder}/`, SHARED)).sort()) {
          files++;
          const items: AsyncIterable<ReadItem> = read(new URL(`${folder}/${name}`, SHARED), {
            citedReferences: false,
          });
          for await (const item of items) {
            if (item.ok) records.push(item.record);
          }
        }
      }
      expect(files).toBe(25); // PROVENANCE.md: 17 plain text + 8 tab-delimited files
      expect(unresolvedCountryTokens(records)).toEqual([
        // WOS:A1997XN24100011 (bench-decol-USACAN-citing-02, 1997) has two C1 lines with a bare state
        // code and no ZIP (`USDA ARS,MANDAN,ND.`, `UNIV NEBRASKA,…,SCOTTSBLUFF,NE.`). §3.2.1 infers the
        // US only from `<ST> <ZIP>`, and `NE` is also Niger's ISO code, so they stay unresolved.
        { token: "ND", records: 1, exampleUt: "WOS:A1997XN24100011" },
        { token: "NE", records: 1, exampleUt: "WOS:A1997XN24100011" },
      ]);
      // Reading the 25 files takes ~40 s here, most of it scientopy-megaauthor (72 kB C1 cells).
    }, 300_000);
  },
);
