import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { CopubError } from "../../src/diagnostics/errors.ts";
import { collect } from "../../src/read/collect.ts";
import { parsePlainText } from "../../src/read/plain-text.ts";
import { parseTabDelimited, readTabDelimited } from "../../src/read/tab-delimited.ts";
import { sample } from "../_samples.ts";

const plainRecords = parsePlainText(readFileSync(sample("plain-text/two-records.txt"), "utf8")).flatMap(
  (item) => (item.ok ? [item.record] : []),
);
/** The plain-text sample has tags (PI) that the tab samples lack; compare everything else. */
const withoutOtherTags = <T extends { otherTags: unknown }>({ otherTags: _, ...rest }: T) => rest;

describe("readTabDelimited(source) reads every encoding and line ending WoS writes", () => {
  it.each(["utf8-bom-lf.txt", "utf16le-bom-crlf.txt", "utf16be-bom-cr.txt", "trailing-tab-on-every-row.txt"])(
    "data-samples/tab-delimited/%s gives the records of the plain-text export of the same papers",
    async (file) => {
      const { records, report } = await collect(readTabDelimited(sample(`tab-delimited/${file}`)));
      expect(report).toEqual({ records: 2, parsed: 2, rejected: 0, byCode: {} });
      expect(records.map(withoutOtherTags)).toEqual(plainRecords.map(withoutOtherTags));
    },
  );

  it("keeps a bare double quote inside a cell (WoS does not quote cells)", async () => {
    const { records } = await collect(readTabDelimited(sample("tab-delimited/utf8-bom-lf.txt")));
    expect(records[1]?.title).toBe('"Solitary" work on an old problem');
    expect(records[0]?.authorKeywords).toEqual(["perovskite", "ligand exchange", '"layered" materials']);
  });

  it("splits C1 only at `; ` outside brackets and CR only at `; ` (a SICI DOI holds `;`)", async () => {
    const { records } = await collect(readTabDelimited(sample("tab-delimited/utf8-bom-lf.txt")));
    expect(records[0]?.addresses.map((a) => [a.authors, a.text])).toEqual([
      [["Sato, Akira", "Suzuki, Bo"], "Univ Tokyo, Dept Chem, Tokyo 1130033, Japan"],
      [["Smith, Carol"], "Harvard Univ, Dept Chem, Cambridge, MA 02138 USA"],
    ]);
    expect(records[0]?.citedReferences?.[1]).toBe(
      "Stuart TE, 2000, STRATEGIC MANAGE J, V21, P791, DOI 10.1002/1097-0266(200008)21:8<791::AID-SMJ121>3.0.CO;2-K",
    );
  });

  it("reads the same records but for their cited references when they are not asked for", async () => {
    const path = sample("tab-delimited/utf8-bom-lf.txt");
    const kept = (await collect(readTabDelimited(path))).records;
    const dropped = (await collect(readTabDelimited(path, { citedReferences: false }))).records;
    expect(dropped.every((record) => !("citedReferences" in record))).toBe(true);
    expect(dropped).toEqual(kept.map(({ citedReferences: _, ...rest }) => rest));
  });
});

describe("readTabDelimited(source) accounts for rows that do not fit the header", () => {
  it.each([
    // Row 2 (line 3) has two extra non-empty cells: 50 cells against a 48-column header.
    [
      "row-with-extra-cells.txt",
      { records: 2, parsed: 1, rejected: 1, byCode: { malformed: 1 } },
      [[3, 1, "WOS:000600000000002"]],
    ],
    // Row 2 (line 3) has 20 cells and the file ends.
    [
      "truncated-last-row.txt",
      { records: 2, parsed: 1, rejected: 1, byCode: { malformed: 1 } },
      [[3, 1, null]],
    ],
    [
      "row-without-ut.txt",
      { records: 3, parsed: 2, rejected: 1, byCode: { "missing-ut": 1 } },
      [[3, 1, null]],
    ],
    // The FX cell of row 1 holds a line break: lines 2–3 are joined back into one record.
    ["line-break-inside-cell.txt", { records: 2, parsed: 2, rejected: 0, byCode: {} }, []],
  ])("data-samples/tab-delimited/%s", async (file, expectedReport, expectedRejections) => {
    const { report, rejections } = await collect(readTabDelimited(sample(`tab-delimited/${file}`)));
    expect(report).toEqual(expectedReport);
    expect(rejections.map((r) => [r.line, r.recordIndex, r.recordId])).toEqual(expectedRejections);
  });

  it("says how many cells the row has and how many the header has", async () => {
    const { rejections } = await collect(readTabDelimited(sample("tab-delimited/row-with-extra-cells.txt")));
    expect(rejections[0]?.reason).toBe("the row has 50 tab-separated cells, the header has 48");
  });

  it("joins a row broken by a line break inside a cell and warns", async () => {
    const { records } = await collect(readTabDelimited(sample("tab-delimited/line-break-inside-cell.txt")));
    expect(records[0]?.fundingText).toBe("We thank the beamline staff. And the reviewers.");
    expect(records[0]?.warnings).toEqual([{ code: "row-joined", detail: "the row spans lines 2–3" }]);
    expect(records[1]?.ut).toBe("WOS:000600000000002");
  });

  it("rejects a short row followed by a blank line", () => {
    const items = parseTabDelimited("PT\tAU\tUT\nJ\tSato, A\n\nJ\tSuzuki, B\tWOS:000600000000003\n");
    expect(items.map((i) => (i.ok ? i.record.ut : i.rejection.reason))).toEqual([
      "the row has 2 tab-separated cells, the header has 3 (a blank line follows it)",
      "WOS:000600000000003",
    ]);
  });

  it("throws not-wos for a header that is not a row of WoS tags", () => {
    expect(() =>
      parseTabDelimited("Title\tAuthors\nA paper\tSato\n", { fileName: "export.tsv" }),
    ).toThrowError(
      expect.objectContaining({ name: "CopubError", code: "not-wos", file: "export.tsv" }) as CopubError,
    );
  });
});

describe("the record and line limits (maxRecordBytes, maxLineBytes)", () => {
  const header = "PT\tAU\tTI\tUT";
  const row = (title: string, ut: string) => `J\tSato, A\t${title}\t${ut}`;

  it("rejects a row past maxLineBytes as record-too-large and reads the next row", () => {
    // Row 2: "J" + tab + "Sato, A" + tab + 200 characters + tab + 19-character UT = 230 characters.
    const text = [header, row("x".repeat(200), "WOS:000000000000001"), row("T", "WOS:000000000000002")].join(
      "\n",
    );
    const items = parseTabDelimited(text, { maxLineBytes: 100 });
    expect(
      items.map((i) => (i.ok ? i.record.ut : [i.rejection.code, i.rejection.line, i.rejection.reason])),
    ).toEqual([
      [
        "record-too-large",
        2,
        "line 2 is 230 characters long, over the line limit of 100 (maxLineBytes, --max-line-size)",
      ],
      "WOS:000000000000002",
    ]);
  });

  it("rejects a row past maxRecordBytes as record-too-large, named by its UT", () => {
    const text = [header, row("x".repeat(200), "WOS:000000000000001")].join("\n");
    expect(parseTabDelimited(text, { maxRecordBytes: 100 })).toMatchObject([
      { ok: false, rejection: { code: "record-too-large", line: 2, recordId: "WOS:000000000000001" } },
    ]);
  });

  it("throws input-too-large for a header line past maxLineBytes", () => {
    expect(() => parseTabDelimited(`${header}\t${"AB\t".repeat(100)}\n`, { maxLineBytes: 100 })).toThrow(
      expect.objectContaining({ code: "input-too-large" }),
    );
  });

  it("counts every cell of a row with a million tabs without cutting it into a million cells", () => {
    // 4 header columns; the row is "J" then 1,000,000 tabs and "x": 1,000,001 cells.
    const items = parseTabDelimited(`${header}\nJ${"\t".repeat(1_000_000)}x\n`);
    expect(items).toMatchObject([
      {
        ok: false,
        rejection: { code: "malformed", reason: "the row has 1000001 tab-separated cells, the header has 4" },
      },
    ]);
  });

  it("still accepts a row whose extra cells, however many, are blank", () => {
    const items = parseTabDelimited(`${header}\n${row("T", "WOS:000000000000001")}${"\t".repeat(500)}\n`);
    expect(items.map((i) => i.ok)).toEqual([true]);
  });
});
