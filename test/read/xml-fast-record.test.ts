// The XML reader's two paths held to the same items: the fast scan (_xml-fast-record.ts), which
// builds only the elements the mapping reads, against the reference path it falls back on
// (fast-xml-parser with its validator, the reader before issue 19). Run over every shared XML
// sample (where the fast scan must take every record, or the speed of issue 19 is not what real
// files get), over the fuzz harness's mutations of them, and over hand-written edge cases.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { READ_ATTRIBUTES, scanRecord } from "../../src/read/_xml-fast-record.ts";
import { createRecordReader } from "../../src/read/_xml-record.ts";
import { referenceString } from "../../src/read/_xml-references.ts";
import {
  type Boundary,
  createRecScanner,
  ELEMENT_BOUNDARY,
  findElementBoundary,
  type RecFragment,
} from "../../src/read/_xml-scanner.ts";
import { decodeBytes } from "../../src/read/decode.ts";
import type { ReadItem } from "../../src/read/read-item.ts";
import { HAVE_SHARED, NEEDS_SHARED, provenanceFiles, SHARED_WOS } from "../_shared-samples.ts";
import { fuzzCases, mutate } from "../fuzz/_mutations.ts";
import { seedFiles } from "../fuzz/_seeds.ts";

interface Reading {
  readonly maxRecordChars?: number;
  readonly citedReferences?: boolean;
}

/** The REC fragments of a text, as the reader cuts them. */
function fragments(text: string, maxRecordChars: number): RecFragment[] {
  const scanner = createRecScanner(maxRecordChars);
  return [...scanner.push(text), ...scanner.end()];
}

/** The items of a text read by one path: the reader's loop (xml.ts) without its not-wos check. */
function itemsOf(text: string, referenceOnly: boolean, reading: Reading = {}): ReadItem[] {
  const maxRecordChars = reading.maxRecordChars ?? 64 * 1024 * 1024;
  const read = createRecordReader({
    maxRecordChars,
    referenceOnly,
    ...(reading.citedReferences === undefined ? {} : { citedReferences: reading.citedReferences }),
  });
  return fragments(text, maxRecordChars).map((fragment, recordIndex) =>
    read(fragment, { file: "case.xml", line: fragment.line, recordIndex }),
  );
}

/** Asserts that both paths give the same items (records and rejections, warnings included). */
function expectSameItems(text: string, reading: Reading = {}): ReadItem[] {
  const fast = itemsOf(text, false, reading);
  expect(fast).toStrictEqual(itemsOf(text, true, reading));
  return fast;
}

const sharedXml = HAVE_SHARED ? provenanceFiles().filter((f) => f.format === "xml") : [];

describe(`the fast XML scan gives the reference path's items on every shared XML sample${NEEDS_SHARED}`, () => {
  it.skipIf(!HAVE_SHARED).each(sharedXml.map((f) => [f.file]))("%s", (file) => {
    const text = decodeBytes(new Uint8Array(readFileSync(join(SHARED_WOS, file))));
    const items = expectSameItems(text);
    expectSameItems(text, { citedReferences: false });
    expectSameItems(text.replace(/\n/g, "\r\n"));
    expect(items.length).toBeGreaterThan(0);
    // Real records take the fast path, all of them: a fallback would cost the reference's time.
    for (const fragment of fragments(text, 64 * 1024 * 1024)) {
      if (fragment.kind !== "complete") continue;
      expect(scanRecord(fragment.text, true), `line ${fragment.line}`).toBeDefined();
    }
  });
});

describe(`the fast XML scan gives the reference path's items on the fuzz corpus${NEEDS_SHARED}`, () => {
  it("600 mutations of the XML seeds (fuzz seed 20261205), with and without references, some with a 4 KiB record limit", () => {
    const seeds = seedFiles(false).files.filter((f) => f.name.endsWith(".xml"));
    expect(seeds.length).toBeGreaterThan(0);
    const cases = fc.sample(fc.tuple(fuzzCases(seeds.length), fc.integer({ min: 0, max: 3 })), {
      seed: 20_261_205,
      numRuns: 600,
    });
    const kinds = new Set<string>();
    for (const [fuzzCase, variant] of cases) {
      const bytes = mutate(
        seeds[fuzzCase.seed]?.bytes ?? new Uint8Array(),
        { ...fuzzCase, gzip: false },
        {
          hugeBytes: 64 * 1024,
        },
      );
      const text = decodeBytes(bytes);
      const reading: Reading =
        variant === 0 ? { citedReferences: false } : variant === 1 ? { maxRecordChars: 4096 } : {};
      for (const item of expectSameItems(text, reading)) kinds.add(item.ok ? "ok" : item.rejection.code);
    }
    // The corpus reaches both outcomes, so the comparison is not of empty lists.
    expect(kinds).toContain("ok");
    expect(kinds).toContain("malformed");
  }, 120_000);
});

/** A record around `body`, with a UID. */
const rec = (body: string, uid = "WOS:000000000000001") =>
  `<records><REC><UID>${uid}</UID><static_data><summary>${body}</summary></static_data></REC></records>`;

describe("the fast XML scan declines what it does not take, and the reference path reads it as before", () => {
  it.each([
    ["a comment", rec("<!-- x --><pub_info pubyear='2016'/>")],
    ["a CDATA title", rec('<titles><title type="item"><![CDATA[A & B]]></title></titles>')],
    ["inline markup in a title", rec('<titles><title type="item">A <i>b</i> c</title></titles>')],
    ["a processing instruction", rec("<?pi x?><pub_info pubyear='2016'/>")],
    ["a repeated attribute", rec('<pub_info pubyear="2016" pubyear="2017"/>')],
    ["an upper-case hex reference", rec('<titles><title type="item">&#X41;</title></titles>')],
    ["an undefined entity", rec('<titles><title type="item">&nbsp;</title></titles>')],
    ["a bare ampersand", rec('<titles><title type="item">A & B</title></titles>')],
    ["a mismatched end tag", rec('<titles><title type="item">A</titel></titles>')],
    ["an unquoted attribute", rec("<pub_info pubyear=2016/>")],
    ["a `<` inside an attribute", rec('<pub_info pubmonth="a<b" pubyear="2016"/>')],
    ["a `>` inside an attribute", rec('<pub_info pubmonth="a>b" pubyear="2016"/>')],
    ["an element named __proto__", rec("<__proto__>x</__proto__>")],
    ["an element named toString", rec("<names><toString/></names>")],
    ["a non-ASCII element name", rec("<Ünïcode>x</Ünïcode>")],
    ["nesting 120 deep", rec(`${"<x>".repeat(120)}${"</x>".repeat(120)}`)],
    ["text after the root", "<REC><UID>WOS:1</UID></REC>"],
  ])("%s", (_label, text) => {
    const fragment = fragments(text, 1 << 20).find((f) => f.kind === "complete");
    if (fragment?.kind === "complete" && !text.startsWith("<REC><UID>WOS:1</UID></REC>")) {
      expect(scanRecord(fragment.text, true)).toBeUndefined();
    }
    expectSameItems(text);
  });

  it.each([
    [
      "prefixed elements and attributes",
      '<r:REC xmlns:r="urn:x"><r:UID>WOS:1</r:UID><r:static_data><r:summary><r:pub_info r:pubyear="2016" xmlns="urn:y"/></r:summary></r:static_data></r:REC>',
    ],
    [
      "single-quoted attributes and CRLF inside a value",
      rec("<pub_info pubyear='2016' pubmonth='JAN\r\n6'/>"),
    ],
    [
      "references in text and attributes",
      rec(
        '<titles><title type="item">Fash &amp; D &#x2013; &#233; &lt;i&gt;</title></titles><pub_info pubmonth="&#74;AN"/>',
      ),
    ],
    [
      "self-closing and empty elements",
      rec(
        '<titles><title type="item"/><title type="source"></title></titles><doctypes><doctype> </doctype></doctypes>',
      ),
    ],
    ["white space in end tags", rec('<titles ><title type = "item" >A</title\n></titles \t>')],
    [
      "a second UID and a second summary",
      `<REC><UID>WOS:2</UID><UID>WOS:3</UID><static_data><summary><pub_info pubyear="1"/></summary><summary><pub_info pubyear="2"/></summary></static_data></REC>`,
    ],
    ["no UID", rec("<pub_info/>", "")],
  ])("takes %s, with the reference path's record", (_label, text) => {
    const fragment = fragments(text, 1 << 20).find((f) => f.kind === "complete");
    expect(fragment?.kind === "complete" ? scanRecord(fragment.text, true) : undefined).toBeDefined();
    expectSameItems(text);
  });
});

describe("cited references made while scanning (no reference elements built)", () => {
  /** A record whose fullrecord_metadata holds `references`. */
  const withReferences = (references: string) =>
    `<REC><UID>WOS:1</UID><static_data><fullrecord_metadata>${references}</fullrecord_metadata></static_data></REC>`;
  const citedReferences = (text: string): string[] | undefined => {
    const item = expectSameItems(text)[0];
    return item?.ok === true ? item.record.citedReferences : undefined;
  };

  it("reads each part from the first element of its name, as child(reference, name) does", () => {
    // Reference 1: "Pahl, R" loses its comma; the first <volume> is empty, so no V part even
    // though a second one says 9; <page/> is empty; the DOI's &amp; is decoded; uid and
    // citedTitle are not parts. Reference 2 has no part: no string. Reference 3: year only.
    const text = withReferences(
      '<references count="3"><reference><uid>WOS:X</uid><citedAuthor>Pahl, R</citedAuthor><year>2005</year>' +
        "<citedTitle>T</citedTitle><citedWork>SOCIOL\r\n  REV</citedWork><volume></volume><volume>9</volume>" +
        "<page/><doi>10.1/a&amp;b</doi></reference><reference><uid>WOS:Y</uid></reference><reference/>" +
        "<reference><year> 1999 </year></reference></references>",
    );
    expect(citedReferences(text)).toStrictEqual(["Pahl R, 2005, SOCIOL REV, DOI 10.1/a&b", "1999"]);
  });

  it("writes the first author's first comma, and the white space after it, as one space", () => {
    // "Pahl,\t R, Jr": the first comma and the tab and space after it become one space; the
    // second comma stays. Volume 53 is written V53, page 621 P621; a missing part is left out.
    expect(referenceString(["Pahl,\t R, Jr", "2005", "SOCIOL REV", "53", "621", null])).toBe(
      "Pahl R, Jr, 2005, SOCIOL REV, V53, P621",
    );
    expect(referenceString([null, undefined, null, null, null, "10.1/x"])).toBe("DOI 10.1/x");
    expect(referenceString([null, null, null, null, null, null])).toBeNull();
    // Against the regular expression it replaces, on authors made of the characters that matter.
    const author = fc.string({
      unit: fc.constantFrom("a", "B", ",", " ", "\t", "\u00a0", "\u2028", "."),
      maxLength: 12,
    });
    fc.assert(
      fc.property(author, (name) => {
        expect(referenceString([name, null, null, null, null, null])).toBe(name.replace(/,\s*/, " "));
      }),
      { seed: 20_261_206, numRuns: 500 },
    );
  });

  it("writes a reference whose parts are all plain ASCII straight from the bytes, as the part-by-part way does", () => {
    // Every part printable ASCII with single spaces: "Yilmaz, B" loses its comma and the space
    // after it, "A,B" its comma only, "Le," its comma (a space is left at its end), ", " becomes
    // one space; the other parts are written with their prefixes, in REFERENCE_PARTS order
    // whatever their order in the file: Author, Year, Work, Vvolume, Ppage, DOI doi.
    const text = withReferences(
      "<references>" +
        "<reference><uid>WOS:1</uid><citedAuthor>Yilmaz, B</citedAuthor><year>1989</year><page>176</page>" +
        "<volume>13</volume><citedWork>ADV POWER SYSTEM</citedWork><doi>10.1016/j.a.1989.4</doi></reference>" +
        "<reference><doi>10.1/x</doi><citedAuthor>A,B</citedAuthor></reference>" +
        "<reference><citedAuthor>Le,</citedAuthor><year>2001</year></reference>" +
        "<reference><citedAuthor>, </citedAuthor><volume>7</volume></reference>" +
        "<reference><year></year><page/></reference>" +
        "</references>",
    );
    expect(citedReferences(text)).toStrictEqual([
      "Yilmaz B, 1989, ADV POWER SYSTEM, V13, P176, DOI 10.1016/j.a.1989.4",
      "A B, DOI 10.1/x",
      "Le , 2001",
      " , V7",
    ]);
  });

  it("gives up the bytes for a part that is not plain (a reference, odd white space, a byte outside printable ASCII), with the same strings", () => {
    // Near misses of the plain test, each in one part of an otherwise plain reference: the
    // part-by-part way decodes, collapses and trims them. A 600-byte work outgrows the first
    // scratch bytes (512). "é" elsewhere in the REC leaves the plain parts plain.
    const long = `${"W".repeat(300)} ${"X".repeat(299)}`;
    const text = withReferences(
      "<references>" +
        "<reference><citedAuthor>Pahl,  R</citedAuthor><year>2005</year></reference>" +
        "<reference><citedAuthor>Pahl, R</citedAuthor><citedWork>SOCIOL  REV</citedWork></reference>" +
        "<reference><citedAuthor> Pahl, R</citedAuthor><year>2005 </year></reference>" +
        "<reference><citedWork>A &amp; B</citedWork><volume>\u007f1</volume></reference>" +
        "<reference><citedWork>A\tB</citedWork><page>1\n2</page></reference>" +
        "<reference><citedAuthor>Müller, K</citedAuthor><year>2010</year></reference>" +
        `<reference><citedWork>${long}</citedWork><year>1999</year></reference>` +
        "<reference><citedWork>   </citedWork></reference>" +
        "</references>",
    );
    expect(citedReferences(text)).toStrictEqual([
      "Pahl R, 2005",
      "Pahl R, SOCIOL REV",
      "Pahl R, 2005",
      "A & B, V\u007f1",
      "A B, P1 2",
      "Müller K, 2010",
      `1999, ${long}`,
    ]);
  });

  it("gives the part-by-part strings on 400 references made of the characters that matter", () => {
    const part = fc.option(
      fc.string({
        unit: fc.constantFrom("a", "B", "1", ",", " ", "\t", "&amp;", "\u007f", "é", "\r\n"),
        maxLength: 8,
      }),
      { nil: undefined },
    );
    const names = ["citedAuthor", "year", "citedWork", "volume", "page", "doi"];
    fc.assert(
      fc.property(
        fc.array(fc.tuple(...names.map(() => part)), { minLength: 1, maxLength: 4 }),
        (references) => {
          const written = references.map(
            (parts) =>
              `<reference>${parts.map((p, k) => (p === undefined ? "" : `<${names[k]}>${p}</${names[k]}>`)).join("")}</reference>`,
          );
          citedReferences(withReferences(`<references>${written.join("")}</references>`));
        },
      ),
      { seed: 20_261_207, numRuns: 400 },
    );
  });

  it("gives no references for a references element without any, and none when they are not read", () => {
    expect(citedReferences(withReferences('<references count="0"/>'))).toStrictEqual([]);
    const text = withReferences("<references><reference><year>2001</year></reference></references>");
    expect(expectSameItems(text, { citedReferences: false })[0]).not.toHaveProperty("record.citedReferences");
  });
});

describe("findElementBoundary finds what ELEMENT_BOUNDARY matches", () => {
  /** The expression's first match at or after `from`, as a Boundary, or null. */
  const byExpression = (text: string, from: number): Boundary | null => {
    ELEMENT_BOUNDARY.lastIndex = from;
    const match = ELEMENT_BOUNDARY.exec(text);
    return match === null
      ? null
      : { index: match.index, length: match[0].length, endTag: match[0].startsWith("</") };
  };
  const byScan = (text: string, from: number): Boundary | null => {
    const found: Boundary = { index: 0, length: 0, endTag: false };
    return findElementBoundary(text, from, found) ? found : null;
  };

  it.each([
    ["<REC>", 0, { index: 0, length: 4, endTag: false }],
    ["x</ns:REC >", 0, { index: 1, length: 8, endTag: true }],
    ["<RECORD><REC/>", 0, { index: 8, length: 4, endTag: false }],
    ["<a:b:REC> <:REC> <REC", 0, null],
    ["<REC>", 1, null],
    [`<${"p".repeat(48)}:REC>`, 0, { index: 0, length: 53, endTag: false }],
    [`<${"p".repeat(49)}:REC>`, 0, null],
    ["</REC\u3000", 0, { index: 0, length: 5, endTag: true }],
  ])("%j from %i", (text, from, expected) => {
    expect(byScan(text, from)).toStrictEqual(expected);
    expect(byExpression(text, from)).toStrictEqual(expected);
  });

  it("on 3,000 random strings of the characters that matter, from every offset", () => {
    const piece = fc.constantFrom(
      "<",
      "</",
      "REC",
      "RE",
      "C",
      ":",
      "a",
      "_",
      "1",
      ".",
      "-",
      " ",
      "\t",
      ">",
      "/",
      "\u00a0",
      "x:",
      "p".repeat(47),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 24 }), (pieces) => {
        const text = pieces.join("");
        for (let from = 0; from <= text.length; from++)
          expect(byScan(text, from)).toStrictEqual(byExpression(text, from));
      }),
      { seed: 20_261_205, numRuns: 3000 },
    );
  });
});

describe("the fast XML scan keeps every attribute the mapping reads", () => {
  it('READ_ATTRIBUTES names each attribute(…, "name") of _xml-map.ts, _xml-people.ts and _xml-references.ts', () => {
    const source = ["_xml-map.ts", "_xml-people.ts", "_xml-references.ts"]
      .map((file) => readFileSync(new URL(`../../src/read/${file}`, import.meta.url), "utf8"))
      .join("\n");
    // `attribute(` … `, "name")`, the element argument possibly spanning lines and calls.
    const read = new Set<string>();
    for (const match of source.matchAll(/\battribute\(/g)) {
      let depth = 0;
      let end = match.index + match[0].length;
      for (; end < source.length; end++) {
        const char = source[end];
        if (char === "(") depth++;
        else if (char === ")" && depth-- === 0) break;
      }
      const name = /,\s*"([a-z_]+)"\s*,?\s*$/.exec(source.slice(match.index, end))?.[1];
      if (name !== undefined) read.add(name);
    }
    expect(read.size).toBeGreaterThan(10);
    expect([...read].filter((name) => !READ_ATTRIBUTES.includes(name))).toStrictEqual([]);
  });
});

describe("the elements the fast scan builds", () => {
  const scanned = scanRecord(
    "<REC><UID>WOS:1</UID><static_data><summary><titles>" +
      '<title type="source">S</title><title type="item">First</title><title type="item">Second</title>' +
      "</titles></summary></static_data></REC>",
    true,
  );
  type Element = Record<string, unknown>;
  /** The elements named by a path of names, each the first of its name but the last. */
  const at = (element: Element, ...names: readonly string[]): Element[] => {
    let list: Element[] = [element];
    for (const name of names) list = ((list[0] as Element)[name] ?? []) as Element[];
    return list;
  };

  it("keep their keys in document order: attributes, then text, then children as met", () => {
    const rec = scanned as Element;
    expect(Object.keys(rec)).toEqual(["UID", "static_data"]);
    const titles = at(rec, "static_data", "summary", "titles", "title");
    // Three <title> elements in file order, each `@type` before `#text` (the attribute is met first).
    expect(titles.map((t) => Object.keys(t))).toEqual([
      ["@type", "#text"],
      ["@type", "#text"],
      ["@type", "#text"],
    ]);
    expect(titles.map((t) => t["#text"])).toEqual(["S", "First", "Second"]);
  });
});
