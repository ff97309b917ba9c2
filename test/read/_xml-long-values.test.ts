// Long values set aside before fast-xml-parser: the parsed tree must be the one the parser gives
// for the text as it is, whatever the values hold (references, CR/LF, white space at the ends,
// mixed content, CDATA, comments, long attribute values).
import { fc, test } from "@fast-check/vitest";
import { XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { LONG_VALUE, restoreLongValues, shelveLongValues } from "../../src/read/_xml-long-values.ts";
import { createRecParser } from "../../src/read/_xml-record.ts";
import { parseXml } from "../../src/read/xml.ts";

const parser = createRecParser();
const long = (unit: string) => unit.repeat(Math.ceil((LONG_VALUE + 10) / unit.length));

/** Parses with the values set aside and put back. */
function parseShelved(text: string): unknown {
  const shelved = shelveLongValues(text);
  if (shelved === undefined) return parser.parse(text);
  return restoreLongValues(parser.parse(shelved.text), shelved.values);
}

/** Text of an element's content: pieces of text, references, line breaks, CDATA, comments. */
const content = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        "a",
        "b ",
        " ",
        "\r\n",
        "\r",
        "\n",
        "\t",
        "&amp;",
        "&#233;",
        "&#x2013;",
        "&lt;i&gt;",
        "é",
      ),
      fc.constantFrom(long("word "), long("x"), long("&amp;"), long("\r\n "), `  ${long("y")}  `),
      fc.constantFrom("<![CDATA[<b>&amp;</b>]]>", "<!-- c -->", "<i>x</i>"),
    ),
    { maxLength: 6 },
  )
  .map((parts) => parts.join(""));

const attributeValue = fc.constantFrom("1", " 2 ", long("v"), ` ${long("&quot;")} `, long("a\nb"));

describe("shelveLongValues / restoreLongValues", () => {
  test.prop([fc.array(fc.tuple(content, attributeValue), { minLength: 1, maxLength: 4 })])(
    "give the tree fast-xml-parser gives for the text as it is",
    (elements) => {
      const body = elements.map(([text, value]) => `<p a="${value}" b='${value}'>${text}</p>`).join("\n");
      const text = `<REC><UID>WOS:1</UID>${body}</REC>`;
      expect(parseShelved(text)).toEqual(parser.parse(text));
      expect(XMLValidator.validate(shelveLongValues(text)?.text ?? text)).toEqual(
        XMLValidator.validate(text),
      );
    },
  );

  it("keeps the line numbers of validation errors after a long value", () => {
    const text = `<REC>\n<p>${long("line\n")}</p>\n<q></REC>`;
    const shelved = shelveLongValues(text);
    expect(shelved?.values).toHaveLength(1);
    expect(XMLValidator.validate(shelved?.text ?? "")).toEqual(XMLValidator.validate(text));
  });

  it("leaves a record that already holds a placeholder character as it is", () => {
    expect(shelveLongValues(`<REC><p>\uE000${long("x")}</p></REC>`)).toBeUndefined();
  });

  it("leaves short values and everything after an unclosed construct as they are", () => {
    expect(shelveLongValues(`<REC><p>short</p></REC>${" ".repeat(LONG_VALUE)}`)).toBeUndefined();
    expect(shelveLongValues(`<REC><!-- ${long("x")}`)).toBeUndefined();
    expect(shelveLongValues(`<REC a="${long("x")}`)).toBeUndefined();
  });
});

describe("parseXml on records built to be slow", () => {
  it("reads a 4 MB title in one text node", () => {
    const title = "word ".repeat(800_000).trim();
    const [item] = parseXml(
      `<REC><UID>WOS:000000000000001</UID><static_data><summary><titles><title type="item">  ${title}\r\n </title></titles></summary></static_data></REC>`,
    );
    expect(item?.ok === true && item.record.title).toBe(title);
  });

  it("rejects a REC with 200,000 unclosed comments in one pass (a lazy regular expression would rescan the rest from each)", () => {
    const [item] = parseXml(`<REC><UID>WOS:000000000000001</UID>${"<!--&x;".repeat(200_000)}</REC>`);
    expect(item).toMatchObject({
      ok: false,
      rejection: { code: "malformed", recordId: "WOS:000000000000001" },
    });
  });
});
