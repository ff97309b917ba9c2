import { readFileSync } from "node:fs";
import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { collect } from "../../src/read/collect.ts";
import { splitLines } from "../../src/read/lines.ts";
import { personNameKey } from "../../src/read/names.ts";
import { createPlainTextParser, parsePlainText, readPlainText } from "../../src/read/plain-text.ts";
import type { ReadItem } from "../../src/read/read-item.ts";
import { drain } from "../_drain.ts";
import { sample } from "../_samples.ts";
import { HAVE_SHARED, NEEDS_SHARED, SHARED_WOS } from "../_shared-samples.ts";

async function* inChunks(bytes: Uint8Array, sizes: readonly number[]): AsyncIterable<Uint8Array> {
  let offset = 0;
  for (let i = 0; offset < bytes.length; i++) {
    const size = sizes.length === 0 ? bytes.length : Math.max(1, sizes[i % sizes.length] ?? 1);
    yield bytes.subarray(offset, offset + size);
    offset += size;
  }
}

const summary = (items: readonly ReadItem[]) =>
  items.map((item) =>
    item.ok
      ? { ok: true, ut: item.record.ut, line: item.at.line, recordIndex: item.at.recordIndex }
      : {
          ok: false,
          code: item.rejection.code,
          line: item.rejection.line,
          recordIndex: item.rejection.recordIndex,
          id: item.rejection.recordId,
        },
  );

describe("readPlainText(source) accounts for every record of the hand-written edge cases", () => {
  // Each sample is FN + VR (lines 1–2), record 1 on lines 3–52 (50 lines), a blank line, then the rest.
  it.each([
    [
      "two-records.txt",
      [
        { ok: true, ut: "WOS:000600000000001", line: 3, recordIndex: 0 },
        { ok: true, ut: "WOS:000600000000002", line: 54, recordIndex: 1 },
      ],
    ],
    [
      "crlf-without-bom.txt",
      [
        { ok: true, ut: "WOS:000600000000001", line: 3, recordIndex: 0 },
        { ok: true, ut: "WOS:000600000000002", line: 54, recordIndex: 1 },
      ],
    ],
    [
      "no-final-ef.txt",
      [
        { ok: true, ut: "WOS:000600000000001", line: 3, recordIndex: 0 },
        { ok: true, ut: "WOS:000600000000002", line: 54, recordIndex: 1 },
      ],
    ],
    [
      "null-prefix.txt",
      [
        { ok: true, ut: "WOS:000600000000001", line: 3, recordIndex: 0 },
        { ok: true, ut: "WOS:000600000000002", line: 54, recordIndex: 1 },
      ],
    ],
    // Record 2 of this file is the 7-line record without UT (lines 54–60); the third record starts after a blank line.
    [
      "record-without-ut.txt",
      [
        { ok: true, ut: "WOS:000600000000001", line: 3, recordIndex: 0 },
        { ok: false, code: "missing-ut", line: 54, recordIndex: 1, id: null },
        { ok: true, ut: "WOS:000600000000002", line: 62, recordIndex: 2 },
      ],
    ],
    [
      "truncated-last-record.txt",
      [
        { ok: true, ut: "WOS:000600000000001", line: 3, recordIndex: 0 },
        { ok: false, code: "malformed", line: 54, recordIndex: 1, id: null },
      ],
    ],
    // Two stray lines (54–55) and a blank line, then record 2 from line 57.
    [
      "stray-line-between-records.txt",
      [
        { ok: true, ut: "WOS:000600000000001", line: 3, recordIndex: 0 },
        { ok: false, code: "malformed", line: 54, recordIndex: 1, id: null },
        { ok: true, ut: "WOS:000600000000002", line: 57, recordIndex: 2 },
      ],
    ],
    // Record 1, a blank line, EF (line 54), then a second FN/VR header (55–56) and record 2 from line 57.
    [
      "concatenated-exports.txt",
      [
        { ok: true, ut: "WOS:000600000000001", line: 3, recordIndex: 0 },
        { ok: true, ut: "WOS:000600000000002", line: 57, recordIndex: 1 },
      ],
    ],
    // Record 1 lost its ER (49 lines), so record 2's PT is on line 53.
    [
      "missing-er-before-next-record.txt",
      [
        { ok: false, code: "malformed", line: 3, recordIndex: 0, id: "WOS:000600000000001" },
        { ok: true, ut: "WOS:000600000000002", line: 53, recordIndex: 1 },
      ],
    ],
    [
      "unindented-line-inside-record.txt",
      [
        { ok: false, code: "malformed", line: 3, recordIndex: 0, id: "WOS:000600000000001" },
        { ok: true, ut: "WOS:000600000000002", line: 55, recordIndex: 1 },
      ],
    ],
    ["web-of-knowledge-header.txt", [{ ok: true, ut: "WOS:000600000000002", line: 3, recordIndex: 0 }]],
  ])("data-samples/plain-text/%s", async (file, expected) => {
    const { records, rejections, report } = await collect(readPlainText(sample(`plain-text/${file}`)));
    const items = await drain(readPlainText(sample(`plain-text/${file}`)));
    expect(summary(items)).toEqual(expected);
    expect(report.records).toBe(expected.length);
    expect(report.parsed + report.rejected).toBe(report.records);
    expect(records.length + rejections.length).toBe(report.records);
  });

  it("names the file, the line and the reason in each rejection", async () => {
    const { rejections } = await collect(
      readPlainText(sample("plain-text/missing-er-before-next-record.txt")),
    );
    expect(rejections).toEqual([
      {
        file: sample("plain-text/missing-er-before-next-record.txt"),
        line: 3,
        recordIndex: 0,
        code: "malformed",
        reason: 'the record has no ER before line 53 ("PT J")',
        recordId: "WOS:000600000000001",
      },
    ]);
  });

  it("flags WoS's `nullPT J` glitch as a warning on the record", async () => {
    const { records } = await collect(readPlainText(sample("plain-text/null-prefix.txt")));
    expect(records.map((r) => r.warnings)).toEqual([
      [{ code: "null-prefix", detail: 'record starts with "null"' }],
      [{ code: "null-prefix", detail: 'record starts with "nullnull"' }],
    ]);
  });
});

describe("parsePlainText(text) maps every tag of a full record", () => {
  const [first, second] = parsePlainText(readFileSync(sample("plain-text/two-records.txt"), "utf8"), {
    fileName: "two-records.txt",
  });

  it("maps record 1 field by field (values read off data-samples/plain-text/two-records.txt)", () => {
    expect(first?.ok).toBe(true);
    if (!first?.ok) return;
    expect(first.at).toEqual({ file: "two-records.txt", line: 3, recordIndex: 0 });
    const { otherTags, ...record } = first.record;
    expect(record).toEqual({
      ut: "WOS:000600000000001",
      doi: "10.1000/jec.2021.100",
      publicationType: "J",
      documentTypes: ["Article"],
      title: "Cooperative ligand exchange in layered perovskites: a study across two laboratories",
      sourceTitle: "JOURNAL OF EXAMPLE CHEMISTRY",
      sourceAbbreviation: "J EXAMPLE CHEM",
      isoSourceAbbreviation: "J. Example Chem.",
      issn: "1234-5678",
      eissn: "1234-5686",
      language: "English",
      publicationYear: 2021,
      publicationDate: "MAR 15",
      earlyAccessDate: null,
      earlyAccessYear: null,
      editions: ["Science Citation Index Expanded (SCI-EXPANDED)"],
      authors: [
        {
          seq: 1,
          name: "Sato, A",
          fullName: "Sato, Akira",
          orcid: null,
          researcherId: null,
          addressNumbers: [],
        },
        {
          seq: 2,
          name: "Suzuki, B",
          fullName: "Suzuki, Bo",
          orcid: null,
          researcherId: "A-1234-2010",
          addressNumbers: [],
        },
        {
          seq: 3,
          name: "Smith, C",
          fullName: "Smith, Carol",
          orcid: "0000-0002-1825-0097",
          researcherId: null,
          addressNumbers: [],
        },
      ],
      groupAuthors: [],
      addresses: [
        {
          number: 1,
          text: "Univ Tokyo, Dept Chem, Tokyo 1130033, Japan",
          authors: ["Sato, Akira", "Suzuki, Bo"],
          organizations: [],
          parts: null,
        },
        {
          number: 2,
          text: "Harvard Univ, Dept Chem, Cambridge, MA 02138 USA",
          authors: ["Smith, Carol"],
          organizations: [],
          parts: null,
        },
      ],
      organizations: ["University of Tokyo", "Harvard University"],
      reprintAddresses: [{ authors: ["Sato, A"], text: "Univ Tokyo, Dept Chem, Tokyo 1130033, Japan" }],
      timesCited: 7,
      timesCitedAllDatabases: 8,
      citedReferenceCount: 2,
      citedReferences: [
        "Abe T, 2001, J EXAMPLE CHEM, V12, P34, DOI 10.1000/jec.2001.34",
        "Stuart TE, 2000, STRATEGIC MANAGE J, V21, P791, DOI 10.1002/1097-0266(200008)21:8<791::AID-SMJ121>3.0.CO;2-K",
      ],
      categories: ["Chemistry, Multidisciplinary", "Materials Science, Multidisciplinary"],
      researchAreas: ["Chemistry", "Materials Science"],
      grants: [
        { agency: "Japan Society for the Promotion of Science", grantIds: ["JP21H01234", "JP22K05678"] },
        { agency: "National Science Foundation", grantIds: ["CHE-1234567"] },
      ],
      fundingText: "We thank the beamline staff.",
      authorKeywords: ["perovskite", "ligand exchange", '"layered" materials'],
      keywordsPlus: ["CRYSTAL-STRUCTURE", "PHASE"],
      exportDate: "2024-05-01",
      unlinkedIdentifiers: [],
      warnings: [],
    });
    // Tags copub does not map are kept as the file gives them.
    expect(otherTags).toEqual({
      EM: ["sato@example.jp"],
      U1: ["0"],
      U2: ["3"],
      PU: ["EXAMPLE PRESS"],
      PI: ["TOKYO"],
      VL: ["12"],
      BP: ["100"],
      EP: ["110"],
      PG: ["11"],
      GA: ["AB1CD"],
    });
  });

  it("takes the early-access year from EA when there is no EY, and splits compound document types", () => {
    expect(second?.ok).toBe(true);
    if (!second?.ok) return;
    expect(second.record.publicationYear).toBeNull();
    expect(second.record.earlyAccessDate).toBe("OCT 2022");
    expect(second.record.earlyAccessYear).toBe(2022);
    expect(second.record.documentTypes).toEqual(["Article", "Early Access"]);
  });

  it("reads WE editions written with a literal &amp; as whole editions", () => {
    // The WE line of 3 records of the shared samples (e.g. bench-decol-EU-citing-01-1000rec.txt).
    const [item] = parsePlainText(
      "PT J\nWE Social Science Citation Index (SSCI); Arts &amp; Humanities Citation Index (A&amp;HCI)\nUT WOS:000600000000011\nER\n",
    );
    expect(item?.ok && item.record.editions).toEqual([
      "Social Science Citation Index (SSCI)",
      "Arts & Humanities Citation Index (A&HCI)",
    ]);
  });

  it("drops cited references when asked", () => {
    const [item] = parsePlainText(readFileSync(sample("plain-text/two-records.txt"), "utf8"), {
      citedReferences: false,
    });
    expect(item?.ok && "citedReferences" in item.record).toBe(false);
  });

  it("still counts the lines of cited references it drops against the record limit, and reads the tags after them", () => {
    // "PT J" 4 + "CR Smith J, 2001" 16 + "   Sato A, 2002" 15 + "   Lee K, 2003" 14 + "NR 3" 4 +
    // "UT WOS:000600000000012" 22 = 75 characters: over 70 with the dropped lines, 40 without them.
    const text =
      "PT J\nCR Smith J, 2001\n   Sato A, 2002\n   Lee K, 2003\nNR 3\nUT WOS:000600000000012\nER\n";
    const [kept] = parsePlainText(text, { citedReferences: false });
    expect(
      kept?.ok && [kept.record.citedReferenceCount, kept.record.ut, "citedReferences" in kept.record],
    ).toEqual([3, "WOS:000600000000012", false]);
    const [rejected] = parsePlainText(text, { citedReferences: false, maxRecordBytes: 70 });
    expect(rejected?.ok === false && rejected.rejection.reason).toBe(
      "the record is more than 70 characters long (maxRecordBytes, --max-record-size)",
    );
  });

  it("warns, instead of failing, on a number that is not a number (warnings sorted by code, then detail)", () => {
    const [item] = parsePlainText("PT J\nTC n/a\nPY 20x1\nUT WOS:000600000000009\nER\n");
    expect(item?.ok).toBe(true);
    if (!item?.ok) return;
    expect(item.record.timesCited).toBeNull();
    expect(item.record.publicationYear).toBeNull();
    expect(item.record.warnings).toEqual([
      { code: "invalid-number", detail: 'PY is "20x1"' },
      { code: "invalid-number", detail: 'TC is "n/a"' },
    ]);
  });

  it("reads a record with 3,000 authors, one per line", () => {
    const names = Array.from({ length: 3000 }, (_, i) => `Author${i}, A`);
    const text = `PT J\nAU ${names.join("\n   ")}\nC1 [${names.join("; ")}] CERN, Geneva, Switzerland.\nUT WOS:000600000000010\nER\n`;
    const [item] = parsePlainText(text);
    expect(item?.ok).toBe(true);
    if (!item?.ok) return;
    expect(item.record.authors).toHaveLength(3000);
    expect(item.record.authors[2999]).toMatchObject({ seq: 3000, name: "Author2999, A" });
    expect(item.record.addresses[0]?.authors).toHaveLength(3000);
  });

  it("turns a line outside any record into a rejection instead of dropping it", () => {
    const items = parsePlainText("FN Clarivate Analytics Web of Science\nVR 1.0\nER\nEF\n");
    expect(items).toEqual([
      {
        ok: false,
        rejection: {
          file: "<text>",
          line: 3,
          recordIndex: 0,
          code: "malformed",
          reason: '1 line outside any record (between ER and the next tag), starting "ER"',
          recordId: null,
        },
      },
    ]);
  });
});

describe("the record and line limits (maxRecordBytes, maxLineBytes)", () => {
  const records = (title: string) =>
    `FN Clarivate Analytics Web of Science\nVR 1.0\nPT J\nAU Sato, A\nTI ${title}\nUT WOS:000000000000001\nER\n` +
    "PT J\nAU Suzuki, B\nUT WOS:000000000000002\nER\nEF\n";

  it("rejects a record holding a line past maxLineBytes as record-too-large, with its line and its UT read after the line", () => {
    // Line 5 is "TI " + 100 characters = 103 characters, over 50.
    const items = parsePlainText(records("x".repeat(100)), { maxLineBytes: 50 });
    expect(summary(items)).toEqual([
      { ok: false, code: "record-too-large", line: 3, recordIndex: 0, id: "WOS:000000000000001" },
      { ok: true, ut: "WOS:000000000000002", line: 8, recordIndex: 1 },
    ]);
    expect(items[0]?.ok === false && items[0].rejection.reason).toBe(
      "line 5 is 103 characters long, over the line limit of 50 (maxLineBytes, --max-line-size)",
    );
  });

  it("rejects a record past maxRecordBytes as record-too-large, however short its lines", () => {
    // Record 1: "PT J" 4 + "AU Sato, A" 10 + "TI " and 40 characters 43 + UT line 22 = 79 characters, over 60;
    // record 2: 4 + 12 + 22 = 38, under it.
    const items = parsePlainText(records("x".repeat(40)), { maxRecordBytes: 60 });
    expect(summary(items)).toEqual([
      { ok: false, code: "record-too-large", line: 3, recordIndex: 0, id: "WOS:000000000000001" },
      { ok: true, ut: "WOS:000000000000002", line: 8, recordIndex: 1 },
    ]);
    expect(items[0]?.ok === false && items[0].rejection.reason).toBe(
      "the record is more than 60 characters long (maxRecordBytes, --max-record-size)",
    );
  });

  it("reads a line past the limit in a stream without keeping it, in any chunking", async () => {
    const text = records("y".repeat(300_000));
    const bytes = new TextEncoder().encode(text);
    for (const size of [7, 4096, bytes.length]) {
      const { report, rejections } = await collect(
        readPlainText(inChunks(bytes, [size]), { fileName: "x", maxLineBytes: 1000 }),
      );
      expect(report).toEqual({ records: 2, parsed: 1, rejected: 1, byCode: { "record-too-large": 1 } });
      expect(rejections[0]).toMatchObject({ line: 3, recordId: "WOS:000000000000001" });
    }
  });

  it("reads values holding a long run of white space that no match follows (RP, a name) in one pass", () => {
    // Found by the fuzz harness: a regular expression starting with \s* restarted at every tab of
    // a 700,000-tab RP value (an hour of work); here 300,000, which took minutes.
    const tabs = "\t".repeat(300_000);
    const [item] = parsePlainText(
      `PT J\nAU Sato, A${tabs}B\nRP Sato, A${tabs}Univ Tokyo\nUT WOS:000000000000001\nER\n`,
    );
    expect(item?.ok === true && item.record.reprintAddresses).toEqual([
      { authors: [], text: `Sato, A${tabs}Univ Tokyo` },
    ]);
    expect(item?.ok === true && personNameKey(item.record.authors[0]?.name ?? "")).toBe("SATO, A B");
  });

  it.each([0, -1, Number.NaN])("throws invalid-option for maxLineBytes %s", (maxLineBytes) => {
    expect(() => parsePlainText("PT J\nER\n", { maxLineBytes })).toThrow(
      /maxLineBytes must be a positive number/,
    );
  });
});

describe("readPlainText(stream) gives the same items however the bytes are cut", () => {
  const bytes = readFileSync(sample("plain-text/record-without-ut.txt"));
  const whole = parsePlainText(bytes.toString("utf8").replace(/^\uFEFF/, ""), { fileName: "x" });

  test.prop([fc.array(fc.integer({ min: 1, max: 300 }), { minLength: 1, maxLength: 20 })])(
    "for any chunk sizes",
    async (sizes) => {
      const { records, rejections } = await collect(readPlainText(inChunks(bytes, sizes), { fileName: "x" }));
      expect(records).toEqual(whole.flatMap((i) => (i.ok ? [i.record] : [])));
      expect(rejections).toEqual(whole.flatMap((i) => (i.ok ? [] : [i.rejection])));
    },
  );
});

describe.skipIf(!HAVE_SHARED)(`readPlainText on the shared real exports${NEEDS_SHARED}`, () => {
  it("reads the mega-author record (2,887 authors) of kth-2024-2025-95rec.txt whole", async () => {
    const { records } = await collect(readPlainText(`${SHARED_WOS}plaintext/kth-2024-2025-95rec.txt`));
    expect(Math.max(...records.map((r) => r.authors.length))).toBe(2887);
  });

  it("finds the two `null`-prefixed records of sdg-nullprefix-425rec-1993-2021.txt", async () => {
    const { records } = await collect(
      readPlainText(`${SHARED_WOS}plaintext/sdg-nullprefix-425rec-1993-2021.txt`),
    );
    expect(records.filter((r) => r.warnings.some((w) => w.code === "null-prefix"))).toHaveLength(2);
  });

  it("gives the same records from a real CRLF file read whole and in 1,000-byte chunks", async () => {
    const path = `${SHARED_WOS}plaintext/tethne-altman-yale-wok-crlf-192rec-1973-2012.txt`;
    const whole = await collect(readPlainText(path, { fileName: "f" }));
    const chunked = await collect(readPlainText(inChunks(readFileSync(path), [1000]), { fileName: "f" }));
    expect(chunked).toEqual(whole);
  });
});

describe("createPlainTextParser: lines as strings (push) and as ranges (pushRange)", () => {
  // Every kind of line the parser tells apart: a null prefix, white space other than spaces or
  // tabs leading a continuation (U+00A0), values with white space at both ends, a line that is
  // neither a tag nor a continuation, a line past the limit, a record without ER, stray text
  // between records, cited references, CRLF endings.
  const text =
    "FN Clarivate Analytics Web of Science\r\nVR 1.0\r\n" +
    "nullPT J\r\nAU  Sato, A \r\n   Suzuki, B\t\r\n\u00a0 Tanaka, C\r\nTI A title\r\n   that goes on\r\n" +
    "CR Smith J, 2001, NATURE\r\n   Jones K, 2002, SCIENCE\r\nUT WOS:000000000000001\r\nER\r\n\r\n" +
    "stray text\r\n\r\nPT J\r\nAU Ito, D\r\nthis line has no tag\r\nUT WOS:000000000000002\r\nER\r\n" +
    `PT J\r\nTI ${"z".repeat(120)}\r\nUT WOS:000000000000003\r\nER\r\n` +
    "PT J\r\nUT WOS:000000000000004\r\nPT J\r\nUT WOS:000000000000005\r\nER\r\nEF\r\n";

  it.each([
    { citedReferences: true, maxLineBytes: 100 },
    { citedReferences: false, maxLineBytes: 100 },
    { citedReferences: true },
  ])("gives the same items both ways (%j), whole or streamed in 5-byte chunks", async (options) => {
    const parser = createPlainTextParser("x", options);
    const pushed = [...parser.push(splitLines(text, options.maxLineBytes ?? 1 << 20)), ...parser.end()];
    expect(parsePlainText(text, { ...options, fileName: "x" })).toEqual(pushed);
    const bytes = new TextEncoder().encode(text);
    const streamed = await drain(readPlainText(inChunks(bytes, [5]), { ...options, fileName: "x" }));
    expect(streamed).toEqual(pushed);
    // Hand-checked: records 1 and 5 read, 2 malformed (the line without a tag), 3 too large when
    // the limit is 100 (its TI line is 123 characters), 4 without ER, the stray line between.
    expect(summary(pushed).map((item) => (item.ok ? item.ut : item.code))).toEqual([
      "WOS:000000000000001",
      "malformed",
      "malformed",
      options.maxLineBytes === undefined ? "WOS:000000000000003" : "record-too-large",
      "malformed",
      "WOS:000000000000005",
    ]);
    const first = pushed[0];
    expect(first?.ok && first.record.authors.map((a) => a.name)).toEqual([
      "Sato, A",
      "Suzuki, B",
      "Tanaka, C",
    ]);
    expect(first?.ok && first.record.title).toBe("A title that goes on");
    expect(first?.ok && first.record.warnings).toEqual([
      { code: "null-prefix", detail: 'record starts with "null"' },
    ]);
  });
});
