// The XML reader on hand-written inputs: accounting and locations for every <REC>, hostile
// inputs, wrappers and escapes, and the same items however the bytes are cut.
// Fixtures are in data-samples/xml/, named for their case; expected lines were counted by hand.
import { readFileSync } from "node:fs";
import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { collect } from "../../src/read/collect.ts";
import type { ReadItem } from "../../src/read/read-item.ts";
import { WosRecordSchema } from "../../src/read/wos-record.ts";
import { parseXml, readXml } from "../../src/read/xml.ts";
import { drain } from "../_drain.ts";
import { sample } from "../_samples.ts";

const fixture = (name: string): string => readFileSync(sample(`xml/${name}`), "utf8");

/** The error a call throws, for `toMatchObject` on its `code` and `file`. */
function thrown(call: () => unknown): unknown {
  try {
    call();
  } catch (error) {
    return error;
  }
  throw new Error("expected the call to throw");
}

/** The bytes of `text` as a stream cut at the given byte offsets (UTF-8 sequences may be split). */
async function* cutAt(text: string, offsets: readonly number[]): AsyncIterable<Uint8Array> {
  const bytes = new TextEncoder().encode(text);
  let start = 0;
  for (const end of [...offsets].sort((a, b) => a - b)) {
    if (end <= start || end >= bytes.length) continue;
    yield bytes.subarray(start, end);
    start = end;
  }
  yield bytes.subarray(start);
}

/** Offsets 7, 14, 21, … (the fixtures are ASCII, so characters and bytes coincide). */
const everySeven = (text: string): number[] =>
  Array.from({ length: Math.ceil(text.length / 7) }, (_, i) => (i + 1) * 7);

/** What a test checks of each item: the outcome, its location and the UT or rejected id. */
const outline = (items: readonly ReadItem[]) =>
  items.map((item) =>
    item.ok
      ? { ut: item.record.ut, line: item.at.line, recordIndex: item.at.recordIndex }
      : {
          code: item.rejection.code,
          line: item.rejection.line,
          recordIndex: item.rejection.recordIndex,
          id: item.rejection.recordId,
        },
  );

const parsed = (items: readonly ReadItem[], index: number) => {
  const item = items[index];
  if (item?.ok !== true) throw new Error(`item ${index} is not a parsed record`);
  return item.record;
};

const rejection = (items: readonly ReadItem[], index: number) => {
  const item = items[index];
  if (item?.ok !== false) throw new Error(`item ${index} is not a rejection`);
  return item.rejection;
};

describe("readXml(path) accounts for every <REC> of the hand-written edge cases", () => {
  it.each([
    [
      "malformed-second-rec.xml",
      [
        { ut: "WOS:000000000000001", line: 4, recordIndex: 0 },
        { code: "malformed", line: 5, recordIndex: 1, id: "WOS:000000000000002" },
        { ut: "WOS:000000000000003", line: 15, recordIndex: 2 },
      ],
    ],
    [
      "unterminated-rec.xml",
      [
        { code: "malformed", line: 2, recordIndex: 0, id: "WOS:000000000000001" },
        { ut: "WOS:000000000000002", line: 3, recordIndex: 1 },
        { code: "malformed", line: 4, recordIndex: 2, id: "WOS:000000000000003" },
      ],
    ],
    [
      "missing-uid-and-empty-rec.xml",
      [
        { code: "missing-ut", line: 2, recordIndex: 0, id: null },
        { code: "missing-ut", line: 3, recordIndex: 1, id: null },
        { code: "missing-ut", line: 4, recordIndex: 2, id: null },
        { ut: "WOS:000000000000004", line: 5, recordIndex: 3 },
      ],
    ],
    [
      // Lines 3–14 are the DOCTYPE with the ten lol entities; <records> is line 15.
      "entity-bomb.xml",
      [
        { code: "malformed", line: 16, recordIndex: 0, id: "WOS:000000000000001" },
        { ut: "WOS:000000000000002", line: 17, recordIndex: 1 },
      ],
    ],
    [
      "external-entity.xml",
      [
        { code: "malformed", line: 5, recordIndex: 0, id: null },
        { code: "malformed", line: 6, recordIndex: 1, id: "WOS:000000000000002" },
      ],
    ],
    [
      "dtd-inside-rec.xml",
      [
        { code: "malformed", line: 2, recordIndex: 0, id: "WOS:000000000000001" },
        { ut: "WOS:000000000000002", line: 3, recordIndex: 1 },
      ],
    ],
    [
      "soap-escaped-payload.xml",
      [
        { ut: "WOS:000000000000001", line: 9, recordIndex: 0 },
        { code: "malformed", line: 10, recordIndex: 1, id: "WOS:000000000000002" },
      ],
    ],
    [
      "oversized-middle-rec.xml",
      [
        { ut: "WOS:000000000000001", line: 3, recordIndex: 0 },
        { ut: "WOS:000000000000002", line: 4, recordIndex: 1 },
        { ut: "WOS:000000000000003", line: 59, recordIndex: 2 },
      ],
    ],
  ])("%s", async (name, expected) => {
    const items = await drain(readXml(sample(`xml/${name}`)));
    expect(outline(items)).toEqual(expected);
    const { records, rejections, report } = await collect(items);
    expect(report.records).toBe(records.length + rejections.length);
    for (const record of records) expect(WosRecordSchema.parse(record)).toEqual(record);
    for (const r of rejections) expect(r.file).toBe(sample(`xml/${name}`));
  });
});

describe("readXml(source) rejects one bad <REC> and goes on", () => {
  it("names the line of the XML error inside the record (line 10: </title> closes <doctype>)", () => {
    const items = parseXml(fixture("malformed-second-rec.xml"), { fileName: "m.xml" });
    expect(rejection(items, 1).reason).toMatch(/^invalid XML at line 10, column \d+: /);
  });

  it("says why an unterminated <REC> was cut: by the next <REC>, or by the end of the file", () => {
    const items = parseXml(fixture("unterminated-rec.xml"));
    expect(rejection(items, 0).reason).toBe("the <REC> has no </REC> before the next <REC> starts");
    expect(rejection(items, 2).reason).toBe(
      "the input ends inside this <REC> (no </REC>): the file is truncated",
    );
  });

  it("reads a self-closing <REC/> as a record without UID (missing-ut), not as unterminated", () => {
    const items = parseXml(fixture("missing-uid-and-empty-rec.xml"));
    expect(rejection(items, 1).reason).toBe("the <REC> has no <UID>");
  });

  it("rejects a <REC> over maxRecordBytes as record-too-large, with its UID, and reads the next one", () => {
    const items = parseXml(fixture("oversized-middle-rec.xml"), { maxRecordBytes: 2000 });
    expect(outline(items)).toEqual([
      { ut: "WOS:000000000000001", line: 3, recordIndex: 0 },
      { code: "record-too-large", line: 4, recordIndex: 1, id: "WOS:000000000000002" },
      { ut: "WOS:000000000000003", line: 59, recordIndex: 2 },
    ]);
    // The middle REC runs from "<REC>" on line 4 to "</REC>" on line 58: 8,433 characters (wc -c on those lines, less the final LF).
    expect(rejection(items, 1).reason).toBe(
      "the <REC> is 8433 characters long, over the limit of 2000 (maxRecordBytes, --max-record-size)",
    );
  });

  it("skips a streamed <REC> of 20 MiB with a 1 MiB limit, and parses the record after it", async () => {
    async function* huge(): AsyncIterable<Uint8Array> {
      const encoder = new TextEncoder();
      yield encoder.encode("<records><REC><UID>WOS:000000000000001</UID><p>");
      const mebibyte = encoder.encode("x".repeat(1024 * 1024));
      for (let i = 0; i < 20; i++) yield mebibyte;
      yield encoder.encode("</p></REC>\n<REC><UID>WOS:000000000000002</UID></REC></records>");
    }
    const items = await drain(readXml(huge(), { maxRecordBytes: 1024 * 1024, fileName: "huge.xml" }));
    expect(outline(items)).toEqual([
      { code: "record-too-large", line: 1, recordIndex: 0, id: "WOS:000000000000001" },
      { ut: "WOS:000000000000002", line: 2, recordIndex: 1 },
    ]);
    // "<REC><UID>WOS:000000000000001</UID><p>" is 5 + 5 + 19 + 6 + 3 = 38 characters, "</p></REC>" 10.
    expect(rejection(items, 0).reason).toContain(`is ${38 + 20 * 1024 * 1024 + 10} characters long`);
  });
});

describe("readXml(source) rejects well-formed records the XML parser refuses, instead of throwing", () => {
  it.each([
    ["nesting 150 levels deep", `${"<a>".repeat(150)}x${"</a>".repeat(150)}`, "Maximum nested tags exceeded"],
    [
      "an element named __proto__",
      "<__proto__><polluted>1</polluted></__proto__>",
      '"__proto__" is a reserved',
    ],
  ])("%s", (_case, inner, message) => {
    const items = parseXml(
      `<REC><UID>WOS:000000000000001</UID>${inner}</REC><REC><UID>WOS:000000000000002</UID></REC>`,
    );
    expect(outline(items)).toEqual([
      { code: "malformed", line: 1, recordIndex: 0, id: "WOS:000000000000001" },
      { ut: "WOS:000000000000002", line: 1, recordIndex: 1 },
    ]);
    expect(rejection(items, 0).reason).toContain(message);
  });
});

describe("readXml(source) never expands a DTD or an entity", () => {
  it("rejects the record that uses a billion-laughs entity and keeps the next one unexpanded", () => {
    const items = parseXml(fixture("entity-bomb.xml"));
    expect(rejection(items, 0).reason).toContain('"&lol9;" is not one of XML\'s predefined entities');
    expect(parsed(items, 1).title).toBe("Laughs & no expansion");
  });

  it("rejects records that use an external entity (XXE)", () => {
    const items = parseXml(fixture("external-entity.xml"));
    expect(items.map((i) => (i.ok ? "ok" : i.rejection.reason.slice(0, 7)))).toEqual(['"&xxe;"', '"&xxe;"']);
  });

  it("rejects a record that contains <!DOCTYPE or <!ENTITY", () => {
    const items = parseXml(fixture("dtd-inside-rec.xml"));
    expect(rejection(items, 0).reason).toContain("contains a DTD declaration");
  });
});

describe("readXml(source) throws one not-wos error for XML that holds no <REC>", () => {
  it.each(["not-wos.xml", "not-wos-rss.xml"])("%s", async (name) => {
    await expect(drain(readXml(sample(`xml/${name}`)))).rejects.toMatchObject({
      name: "CopubError",
      code: "not-wos",
      file: sample(`xml/${name}`),
    });
  });

  it.each([
    ['<records xmlns="http://clarivate.com/schema/wok5.30/public/FullRecord"/>'],
    ["<records></records>"],
    [
      '<soap:Envelope><soap:Body><ns2:searchResponse><return><queryId>1</queryId><recordsFound>0</recordsFound><records>&lt;records xmlns="http://scientific.thomsonreuters.com/schema/wok5.4/public/FullRecord"/&gt;</records></return></ns2:searchResponse></soap:Body></soap:Envelope>',
    ],
  ])("reads a WoS export with no records as zero items, not as not-wos: %s", (text) => {
    expect(parseXml(text)).toEqual([]);
  });

  it("parseXml throws it too, naming the given file", () => {
    expect(thrown(() => parseXml("<html><body/></html>", { fileName: "page.html" }))).toMatchObject({
      name: "CopubError",
      code: "not-wos",
      file: "page.html",
    });
  });

  it.each([0, -1, Number.NaN])("throws invalid-option for maxRecordBytes %s", (maxRecordBytes) => {
    expect(thrown(() => parseXml("<REC/>", { maxRecordBytes }))).toMatchObject({ code: "invalid-option" });
  });
});

describe("parseXml(text) finds <REC> elements in every wrapper WoS uses", () => {
  const uid = (n: number) => `<UID>WOS:00000000000000${n}</UID>`;
  it.each([
    ["a bare <REC> root", `<REC>${uid(1)}</REC>`, [[1, 1]]],
    [
      "one REC per line in <records>",
      `<records>\n<REC>${uid(1)}</REC>\n<REC>${uid(2)}</REC>\n</records>`,
      [
        [1, 2],
        [2, 3],
      ],
    ],
    [
      "nested <records> wrappers",
      `<records>\n<records xmlns="u">\n<REC>${uid(1)}</REC>\n</records>\n</records>`,
      [[1, 3]],
    ],
    [
      "two root elements",
      `<records><REC>${uid(1)}</REC></records>\n<records><REC>${uid(2)}</REC></records>`,
      [
        [1, 1],
        [2, 2],
      ],
    ],
    [
      "a namespace prefix",
      `<w:records xmlns:w="u">\n<w:REC><w:UID>WOS:000000000000001</w:UID></w:REC></w:records>`,
      [[1, 2]],
    ],
    ["single-quoted attributes", `<REC r_id_disclaimer='x'>${uid(1)}</REC>`, [[1, 1]]],
    [
      "CRLF line ends",
      `<records>\r\n\r\n<REC>${uid(1)}</REC>\r\n<REC>${uid(2)}</REC>`,
      [
        [1, 3],
        [2, 4],
      ],
    ],
    [
      "bare CR line ends",
      `<records>\r\r<REC>${uid(1)}</REC>\r<REC>${uid(2)}</REC>`,
      [
        [1, 3],
        [2, 4],
      ],
    ],
    [
      "a REC inside a comment, which is skipped",
      `<!-- <REC>${uid(9)}</REC>\n -->\n<REC>${uid(1)}</REC>`,
      [[1, 3]],
    ],
    ["an element whose name starts with REC", `<RECORDS><REC>${uid(1)}</REC></RECORDS>`, [[1, 1]]],
    [
      "an escaped SOAP payload",
      `<soap:Body><records>&lt;REC&gt;&lt;UID&gt;WOS:000000000000001&lt;/UID&gt;&lt;/REC&gt;</records></soap:Body>`,
      [[1, 1]],
    ],
  ])("%s", (_case, text, expected) => {
    const items = parseXml(text);
    expect(items.map((i) => (i.ok ? [Number(i.record.ut.slice(-1)), i.at.line] : i.rejection))).toEqual(
      expected,
    );
  });
});

describe("parseXml(text) maps a record's values as WoS wrote them", () => {
  const one = (inner: string, options = {}) => {
    const items = parseXml(`<REC><UID>WOS:000000000000001</UID>${inner}</REC>`, options);
    return parsed(items, 0);
  };

  it("normalizes the UID like a UT (docs/methodology.md §2.2)", () => {
    expect(parsed(parseXml("<REC><UID> 000306312500009 </UID></REC>"), 0).ut).toBe("WOS:000306312500009");
  });

  it("decodes the predefined entities and character references once", () => {
    const record = one(
      '<static_data><summary><titles><title type="item">Caf&#233; &amp;amp; &#x2013; &lt;i&gt;x&lt;/i&gt;</title></titles></summary></static_data>',
    );
    expect(record.title).toBe("Café &amp; – <i>x</i>");
  });

  it("collapses the white space of wrapped text, as plain text joins continuation lines", () => {
    const record = one(
      '<static_data><summary><titles><title type="item">\n  A title\n     over lines  </title></titles></summary></static_data>',
    );
    expect(record.title).toBe("A title over lines");
  });

  it("warns xml-unexpected when inline markup arrives as elements, and keeps the surrounding text", () => {
    const record = one(
      '<static_data><summary><titles><title type="item">The <i>E. coli</i> genome</title></titles></summary></static_data>',
    );
    expect(record.warnings).toEqual([
      {
        code: "xml-unexpected",
        detail:
          'title[@type="item"] holds the child element <i>; only the text around child elements was kept',
      },
    ]);
  });

  it("warns invalid-number and leaves the field null for a pubyear that is not a number", () => {
    const record = one('<static_data><summary><pub_info pubyear="19x5"/></summary></static_data>');
    expect(record.publicationYear).toBeNull();
    expect(record.warnings).toEqual([{ code: "invalid-number", detail: 'pub_info/@pubyear is "19x5"' }]);
  });

  it("warns xml-unexpected for a name role it does not know, and does not count that name as an author", () => {
    const record = one(
      '<static_data><summary><names><name role="translator" seq_no="1"><display_name>T, A</display_name></name></names></summary></static_data>',
    );
    expect(record.authors).toEqual([]);
    expect(record.warnings).toEqual([
      { code: "xml-unexpected", detail: 'names/name has role "translator", which copub does not map' },
    ]);
  });

  it("takes Z9 from silo_tc coll_id WOK and TC from coll_id WOS", () => {
    const record = one(
      '<dynamic_data><citation_related><tc_list><silo_tc coll_id="WOS" local_count="3"/><silo_tc coll_id="WOK" local_count="5"/><silo_tc coll_id="MEDLINE" local_count="9"/></tc_list></citation_related></dynamic_data>',
    );
    expect([record.timesCited, record.timesCitedAllDatabases]).toEqual([3, 5]);
  });

  it("takes the DOI from identifier type doi before xref_doi", () => {
    const ids = (types: string) =>
      one(
        `<dynamic_data><cluster_related><identifiers>${types}</identifiers></cluster_related></dynamic_data>`,
      ).doi;
    expect(ids('<identifier type="xref_doi" value="10.1/X"/><identifier type="doi" value="10.1/Y"/>')).toBe(
      "10.1/y",
    );
    expect(ids('<identifier type="xref_doi" value="10.1/X"/>')).toBe("10.1/x");
  });

  it("takes the first title of each type, and each subject scheme apart with repeats in another case left out", () => {
    // Two titles of type item: the first is TI. Subjects: traditional (WC) Ecology, ECOLOGY (a repeat
    // in upper case, left out), Zoology; extended (SC) Environmental Sciences & Ecology.
    const record = one(
      '<static_data><summary><titles><title type="source">J ECOL</title><title type="item">First</title><title type="item">Second</title></titles></summary>' +
        '<fullrecord_metadata><category_info><subjects><subject ascatype="traditional">Ecology</subject><subject ascatype="extended">Environmental Sciences &amp; Ecology</subject>' +
        '<subject ascatype="traditional">ECOLOGY</subject><subject ascatype="traditional">Zoology</subject></subjects></category_info></fullrecord_metadata></static_data>',
    );
    expect([record.title, record.sourceTitle, record.sourceAbbreviation]).toEqual(["First", "J ECOL", null]);
    expect(record.categories).toEqual(["Ecology", "Zoology"]);
    expect(record.researchAreas).toEqual(["Environmental Sciences & Ecology"]);
  });

  it("lists the editions that carry a value, and an address's authors and organizations by pref", () => {
    // Edition 2 has no value: left out. Address 1 is author 1's and 3's (addr_no "1" and "1 2"),
    // not author 2's; its organizations: pref="Y" ones in C3, those without pref as written.
    const record = one(
      '<static_data><summary><EWUID><edition value="WOS.SCI"/><edition/><edition value="WOS.SSCI"/></EWUID>' +
        '<names><name role="author" seq_no="1" addr_no="1"><display_name>A, A</display_name></name>' +
        '<name role="author" seq_no="2" addr_no="2"><display_name>B, B</display_name></name>' +
        '<name role="author" seq_no="3" addr_no="1 2"><display_name>C, C</display_name></name></names></summary>' +
        '<fullrecord_metadata><addresses><address_name><address_spec addr_no="1"><full_address>Univ X, Oslo, Norway</full_address>' +
        '<organizations><organization>Univ X</organization><organization pref="Y">University of X</organization><organization pref="D">Dept</organization></organizations>' +
        "</address_spec></address_name></addresses></fullrecord_metadata></static_data>",
    );
    expect(record.editions).toEqual(["WOS.SCI", "WOS.SSCI"]);
    expect(
      record.addresses.map((a) => [a.number, a.authors, a.organizations, a.parts?.organizations]),
    ).toEqual([[1, ["A, A", "C, C"], ["University of X"], ["Univ X"]]]);
    expect(record.organizations).toEqual(["University of X"]);
  });

  it("leaves out citedReferences when told to", () => {
    const inner =
      '<static_data><fullrecord_metadata><references count="1"><reference><citedAuthor>Pahl, R</citedAuthor><year>2005</year></reference></references></fullrecord_metadata></static_data>';
    expect(one(inner).citedReferences).toEqual(["Pahl R, 2005"]);
    expect(one(inner, { citedReferences: false })).not.toHaveProperty("citedReferences");
  });
});

describe("readXml(stream) gives the same items however the bytes are cut", () => {
  // Element and escaped records, a malformed one, one without UID, a self-closing one, one over
  // the limit and an unterminated one at the very end.
  const text = [
    "malformed-second-rec.xml",
    "soap-escaped-payload.xml",
    "missing-uid-and-empty-rec.xml",
    "oversized-middle-rec.xml",
    "unterminated-rec.xml",
  ]
    .map(fixture)
    .join("");
  const options = { fileName: "cut.xml", maxRecordBytes: 2000 };
  const whole = parseXml(text, options);

  it("reads 15 RECs from the five fixtures (3 + 2 + 4 + 3 + 3, unterminated ones counted)", () => {
    expect(whole).toHaveLength(15);
  });

  it("in 7-byte chunks", async () => {
    expect(await drain(readXml(cutAt(text, everySeven(text)), options))).toEqual(whole);
  });

  it("in 7-byte chunks with CRLF line ends, with the same lines", async () => {
    const crlf = text.replace(/\n/g, "\r\n");
    const items = await drain(readXml(cutAt(crlf, everySeven(crlf)), options));
    expect(outline(items)).toEqual(outline(whole));
  });

  test.prop([fc.uniqueArray(fc.nat({ max: text.length }), { maxLength: 60 })])(
    "at any cut points",
    async (offsets) => {
      expect(await drain(readXml(cutAt(text, offsets), options))).toEqual(whole);
    },
  );

  it("with end tags holding more white space than one chunk (`</REC` + 100,000 tabs + `>`; found by the fuzz harness)", async () => {
    const spaced = text.replaceAll("</REC>", `</REC${"\t".repeat(100_000)}>`);
    const spacedWhole = parseXml(spaced, { ...options, maxRecordBytes: 1_000_000 });
    expect(spacedWhole).toHaveLength(15);
    expect(
      await drain(
        readXml(
          cutAt(
            spaced,
            everySeven(spaced).filter((_, i) => i % 500 === 0),
          ),
          { ...options, maxRecordBytes: 1_000_000 },
        ),
      ),
    ).toEqual(spacedWhole);
  });
});
