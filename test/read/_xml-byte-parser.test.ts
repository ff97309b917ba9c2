// The XML reader's byte path (_xml-byte-parser.ts: RECs found and scanned in the file's UTF-8
// bytes) held to the text path it replaced for byte input (the file decoded, then the public
// createXmlParser: the REC cutter and the record reader on text): the same items, or the same
// error, for every shared XML sample, for the fuzz harness's mutations of them, and for the
// inputs where bytes and text differ (line breaks, BOM, UTF-16, invalid UTF-8, characters cut by
// chunk boundaries, SOAP payloads, comments, odd white space after REC, records over the limit
// in bytes but not in characters), each fed whole and in chunks cut at every kind of place.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createXmlByteParser, endXmlBytes, pushXmlBytes } from "../../src/read/_xml-byte-parser.ts";
import { decodeChunks } from "../../src/read/decode.ts";
import type { ReadItem, ReadOptions } from "../../src/read/read-item.ts";
import { createXmlParser } from "../../src/read/xml.ts";
import { HAVE_SHARED, NEEDS_SHARED, provenanceFiles, SHARED_WOS } from "../_shared-samples.ts";
import { fuzzCases, mutate } from "../fuzz/_mutations.ts";
import { seedFiles } from "../fuzz/_seeds.ts";

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

/** The bytes cut every `size` bytes (the whole when 0). */
function chunked(bytes: Uint8Array, size: number): Uint8Array[] {
  if (size === 0) return [bytes];
  const out: Uint8Array[] = [];
  for (let at = 0; at < bytes.length; at += size) out.push(bytes.slice(at, at + size));
  return out;
}

/** What the byte path gives for bytes pushed in chunks: its items, or the error it throws. */
function byBytes(chunks: readonly Uint8Array[], options: ReadOptions): ReadItem[] | string {
  try {
    const parser = createXmlByteParser("f.xml", options, 1, 0, true);
    const items: ReadItem[] = [];
    for (const chunk of chunks) items.push(...pushXmlBytes(parser, chunk));
    items.push(...endXmlBytes(parser));
    return items;
  } catch (error) {
    return (error as Error).message;
  }
}

/** What the text path gives for the same bytes, decoded as `decodeChunks` decodes them. */
async function byText(bytes: Uint8Array, options: ReadOptions): Promise<ReadItem[] | string> {
  try {
    const parser = createXmlParser("f.xml", options);
    const items: ReadItem[] = [];
    for await (const text of decodeChunks(
      (async function* () {
        yield bytes;
      })(),
    ))
      items.push(...parser.push(text));
    items.push(...parser.end());
    return items;
  } catch (error) {
    return (error as Error).message;
  }
}

/** Asserts the byte path gives the text path's items for `bytes`, whole and in chunks of each size. */
async function expectSame(
  bytes: Uint8Array,
  options: ReadOptions = {},
  sizes: readonly number[] = [0, 1, 7, 64, 4096],
): Promise<ReadItem[] | string> {
  const expected = await byText(bytes, options);
  for (const size of sizes)
    expect(byBytes(chunked(bytes, size), options), `chunks of ${size}`).toStrictEqual(expected);
  return expected;
}

const REC = (uid: string, inner = ""): string =>
  `<REC><UID>${uid}</UID><static_data><summary><pub_info pubyear="2016"/><titles><title type="item">Caf\u00e9 \u4e2d\u6587 &amp; r\u00e9sum\u00e9</title></titles></summary></static_data>${inner}</REC>`;
const FILE = (body: string): string =>
  `<?xml version="1.0"?>\n<records xmlns="http://clarivate.com/schema/wok5.30/public/FullRecord">\n${body}\n</records>\n`;

describe("the byte path gives the text path's items", () => {
  const cases: [string, Uint8Array][] = [
    ["two RECs, LF", encode(FILE(`${REC("WOS:1")}\n${REC("WOS:2")}`))],
    [
      "CRLF and lone CR line breaks",
      encode(FILE(`${REC("WOS:1")}\r\n\r${REC("WOS:2")}\r\n`).replace(/\n/g, "\r\n")),
    ],
    [
      "line breaks inside a REC and its values",
      encode(FILE(REC("WOS:1", "<x>a\r\nb\rc\n</x>").replace("Caf", "Ca\r\nf"))),
    ],
    [
      "characters of 2, 3 and 4 bytes in kept values, attributes and cited references, next to ASCII ones",
      encode(
        FILE(
          REC(
            "WOS:1",
            '<dynamic_data><cluster_related><identifiers><identifier type="doi" value="10.1/\u00e9\u{1F600}x"/></identifiers></cluster_related></dynamic_data>',
          ).replace(
            "</summary>",
            '<names><name role="author" seq_no="1"><display_name>\u{1F600}\u00c5ngstr\u00f6m, A</display_name><wos_standard>Angstrom, A</wos_standard></name></names></summary><fullrecord_metadata><references><reference><citedAuthor>M\u00fcller, K</citedAuthor><year>2001</year><citedWork>\u4e2d\u6587 J</citedWork></reference></references></fullrecord_metadata>',
          ),
        ),
      ),
    ],
    ["a UTF-8 BOM", new Uint8Array([0xef, 0xbb, 0xbf, ...encode(FILE(REC("WOS:1")))])],
    ["UTF-16LE with BOM", new Uint8Array([0xff, 0xfe, ...Buffer.from(FILE(REC("WOS:1")), "utf16le")])],
    ["UTF-16LE without BOM", new Uint8Array(Buffer.from(FILE(REC("WOS:1")), "utf16le"))],
    [
      "invalid UTF-8 in a kept value",
      encode(FILE(REC("WOS:1"))).map((b, i, all) => (i === indexOf(all, "Caf") ? 0xff : b)),
    ],
    [
      "invalid UTF-8 in a value not kept and between RECs",
      new Uint8Array([
        ...encode(FILE(`${REC("WOS:1", "<abstract>\u00e9</abstract>")}`)).slice(0, -20),
        0xc3,
        0x28,
        0xe2,
        0x82,
        ...encode("\n</records>\n"),
      ]),
    ],
    [
      "a lead byte cut before the end tag",
      new Uint8Array([
        ...encode(FILE(REC("WOS:1", "<x>")).split("<x>")[0] ?? ""),
        ...encode("<x>"),
        0xe2,
        ...encode("</x></REC></records>"),
      ]),
    ],
    [
      "a comment holding a REC, and a CDATA section",
      encode(FILE(`<!-- ${REC("WOS:9")} -->${REC("WOS:1", "<x><![CDATA[a<b]]></x>")}<!---->${REC("WOS:2")}`)),
    ],
    [
      "a SOAP payload of escaped RECs",
      encode(
        `<soap:Envelope><records>&lt;REC&gt;&lt;UID&gt;WOS:1&lt;/UID&gt;&lt;/REC&gt;</records></soap:Envelope>`,
      ),
    ],
    [
      "a SOAP payload after a raw REC",
      encode(
        FILE(
          `${REC("WOS:1")}<records>&lt;REC&gt;&lt;UID&gt;WOS:2&lt;/UID&gt;&lt;/REC&gt;</records>${REC("WOS:3")}`,
        ),
      ),
    ],
    [
      "no-break space after REC",
      encode(FILE(`<REC\u00a0a="1"><UID>WOS:1</UID></REC>${REC("WOS:2")}<REC><UID>WOS:3</UID></REC\u00a0>`)),
    ],
    [
      "white space before an end tag's >",
      encode(FILE(`<REC><UID>WOS:1</UID></REC \t\r\n>${REC("WOS:2")}</REC\v>`)),
    ],
    ["a self-closing REC", encode(FILE(`<REC/>${REC("WOS:1")}<REC a="1"/>`))],
    [
      // A REC whose start tag holds the window's last REC name waits for more bytes; these RECs
      // hold REC-like text that is no name (RECEPTOR, REC in a value) and some that may be one.
      "REC written in values, attribute values and other names",
      encode(
        FILE(
          `${REC("WOS:1", '<x a="REC" b="/REC">RECEPTOR; REC &gt; :REC &lt;/REC\n</x><RECORD/><y>REC</y>')}${REC("WOS:2", "<x>a:REC>b</x>")}`,
        ),
      ),
    ],
    [
      "a prefixed REC and a nested REC",
      encode(FILE(`<ns:REC><UID>WOS:1</UID></ns:REC><REC><UID>WOS:2</UID><a:REC/></REC>${REC("WOS:3")}`)),
    ],
    [
      "a long prefix",
      encode(
        FILE(
          `<${"p".repeat(48)}:REC><UID>WOS:1</UID></${"p".repeat(48)}:REC><${"q".repeat(49)}:REC><UID>WOS:2</UID></REC>`,
        ),
      ),
    ],
    [
      "a REC cut short by the next and by the end",
      encode(`<records>${REC("WOS:1")}<REC><UID>WOS:2</UID>${REC("WOS:3")}<REC><UID>WOS:4</UID><tit`),
    ],
    [
      "an undefined entity and a bare &",
      encode(
        FILE(
          `${REC("WOS:1", "<x>&xxe;</x>")}${REC("WOS:2", '<y a="&"/>')}${REC("WOS:3", "<z>&#X41;&#x41;&#65;</z>")}`,
        ),
      ),
    ],
    [
      "malformed XML",
      encode(
        FILE(
          `${REC("WOS:1", "<a><b></a>")}${REC("WOS:2", '<a b="1" b="2"/>')}${REC("WOS:3", "<__proto__/>")}`,
        ),
      ),
    ],
    [
      "a DOCTYPE",
      encode(`<!DOCTYPE records [<!ENTITY x "y">]><records>${REC("WOS:1", "<a>&x;</a>")}</records>`),
    ],
    ["no REC but a WoS root", encode("<records/>")],
    ["not WoS XML", encode("<html><body>hello</body></html>")],
    ["an empty input", new Uint8Array(0)],
    ["fewer than 64 bytes", encode("<REC><UID>WOS:1</UID></REC>")],
  ];
  it.each(cases)("%s", async (_name, bytes) => {
    await expectSame(bytes);
    await expectSame(bytes, { citedReferences: false });
  });

  it("a REC over the limit in bytes but not in characters, and one over it in both", async () => {
    // 200 CJK characters: 600 bytes of UTF-8, 200 characters of text; the limit is 400 characters.
    const cjk = "\u4e2d".repeat(200);
    const within = `<REC><UID>WOS:1</UID><x>${cjk}</x></REC>`;
    const over = `<REC><UID>WOS:2</UID><x>${"a".repeat(600)}</x></REC>`;
    const bytes = encode(FILE(`${within}${over}${REC("WOS:3")}`));
    const items = await expectSame(bytes, { maxRecordBytes: 400 });
    // WOS:1 read (its 200 + 36 characters are within 400), WOS:2 rejected, WOS:3 read.
    expect(Array.isArray(items) && items.map((item) => item.ok)).toStrictEqual([true, false, true]);
  });
});

describe("a REC is read by the push that brings its end", () => {
  // A REC cut by the end of the bytes pushed so far waits for more (it is not scanned until a REC
  // name follows its start tag); it must not wait any longer than the push that ends it.
  const recs = [
    REC("WOS:1"),
    `<ns:REC><UID>WOS:2</UID><x>RECEPTOR</x></ns:REC \n>`,
    REC("WOS:3", '<x a="REC">REC</x>'),
    `<REC><UID>WOS:4</UID></REC\u00a0>`,
  ];
  const text = FILE(recs.join("\n"));
  const bytes = encode(text);
  /** The byte offsets just past each REC's end tag. */
  const ends = recs.map((rec) => indexOf(bytes, rec) + encode(rec).length);
  it.each([1, 5, 64])("in chunks of %i bytes", (size) => {
    const parser = createXmlByteParser("f.xml", {}, 1, 0, true);
    let pushed = 0;
    let read = 0;
    for (const chunk of chunked(bytes, size)) {
      read += pushXmlBytes(parser, chunk).length;
      pushed += chunk.length;
      // Past the first 64 bytes (the encoding's detection), every REC ended so far has been read.
      if (pushed >= 64)
        expect(read, `after ${pushed} bytes`).toBe(ends.filter((end) => end <= pushed).length);
    }
    expect(read + endXmlBytes(parser).length).toBe(recs.length);
  });
});

describe("a REC over the limit", () => {
  it("gets the UID from its first 64 Ki characters however the text is cut into pieces", () => {
    // The UID starts 5,000 characters in; the limit is 4,096. The text path used to keep as the
    // head only the text up to where the REC first went over the limit: the UID was found when
    // the text came in one piece and not when it came in 4 KiB pieces.
    const text = FILE(`<REC>${"\t".repeat(5000)}<UID>WOS:7</UID>${"a".repeat(9000)}</REC>`);
    for (const piece of [text.length, 4096, 100, 1]) {
      const parser = createXmlParser("f.xml", { maxRecordBytes: 4096 });
      const items: ReadItem[] = [];
      for (let at = 0; at < text.length; at += piece) items.push(...parser.push(text.slice(at, at + piece)));
      items.push(...parser.end());
      expect(
        items.map((item) => (item.ok ? null : [item.rejection.code, item.rejection.recordId])),
      ).toStrictEqual([["record-too-large", "WOS:7"]]);
    }
  });
});

/** The offset of the first occurrence of an ASCII string in bytes. */
function indexOf(bytes: Uint8Array, ascii: string): number {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).indexOf(ascii);
}

const sharedXml = HAVE_SHARED ? provenanceFiles().filter((f) => f.format === "xml") : [];

describe(`the byte path gives the text path's items on every shared XML sample${NEEDS_SHARED}`, () => {
  it.skipIf(!HAVE_SHARED).each(sharedXml.map((f) => [f.file]))("%s", async (file) => {
    const bytes = new Uint8Array(readFileSync(join(SHARED_WOS, file)));
    await expectSame(bytes, {}, [0, 997, 65_536]);
    await expectSame(bytes, { citedReferences: false }, [4096]);
    const crlf = encode(new TextDecoder().decode(bytes).replace(/\n/g, "\r\n"));
    await expectSame(crlf, {}, [1021]);
  });
});

describe(`the byte path gives the text path's items on the fuzz corpus${NEEDS_SHARED}`, () => {
  it("300 mutations of the XML seeds (fuzz seed 20261207), in random chunks, some with a 4 KiB record limit", async () => {
    const seeds = seedFiles(false).files.filter((f) => f.name.endsWith(".xml"));
    expect(seeds.length).toBeGreaterThan(0);
    const cases = fc.sample(fc.tuple(fuzzCases(seeds.length), fc.integer({ min: 1, max: 9000 }), fc.nat(3)), {
      seed: 20_261_207,
      numRuns: 300,
    });
    for (const [fuzzCase, chunk, variant] of cases) {
      const bytes = mutate(
        seeds[fuzzCase.seed]?.bytes ?? new Uint8Array(),
        { ...fuzzCase, gzip: false },
        { hugeBytes: 64 * 1024 },
      );
      const options: ReadOptions =
        variant === 0 ? { maxRecordBytes: 4096 } : variant === 1 ? { citedReferences: false } : {};
      await expectSame(bytes, options, [0, chunk]);
    }
  }, 120_000);
});
