// The gzip stage: magic-number detection, streaming inflation, and the limit that stops a
// gzip bomb. Compressed inputs are made here with node:zlib, so no binary fixture is needed.
import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { collect } from "../../src/read/collect.ts";
import { gunzipChunks, isGzip } from "../../src/read/gunzip.ts";
import { openWos } from "../../src/read/open-wos.ts";
import { openSource } from "../../src/read/source.ts";
import { parseXml, readXml } from "../../src/read/xml.ts";
import { sample } from "../_samples.ts";

async function* pieces(bytes: Uint8Array, size: number): AsyncIterable<Uint8Array> {
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

async function inflate(chunks: AsyncIterable<Uint8Array>): Promise<Buffer> {
  const out: Uint8Array[] = [];
  for await (const chunk of chunks) out.push(chunk);
  return Buffer.concat(out);
}

describe("isGzip(head)", () => {
  it.each([
    [[0x1f, 0x8b, 0x08], true],
    [[0x1f, 0x8b], true],
    [[0x1f], false],
    [[], false],
    [[0x8b, 0x1f], false],
    [[...new TextEncoder().encode("<records>")], false],
    [[0xef, 0xbb, 0xbf, 0x3c], false],
  ])("isGzip(%j) → %j", (head, expected) => expect(isGzip(new Uint8Array(head))).toBe(expected));
});

describe("gunzipChunks(chunks, options)", () => {
  const xml = readFileSync(sample("xml/plain-text-twin-WOS-001447739000001.xml"));

  it("inflates a gzip stream fed in 3-byte chunks back to the original bytes", async () => {
    const inflated = await inflate(gunzipChunks(pieces(gzipSync(xml), 3), { name: "twin.xml.gz" }));
    expect(inflated.equals(xml)).toBe(true);
  });

  it("inflates concatenated gzip members as one stream (what `cat a.gz b.gz` makes)", async () => {
    const both = Buffer.concat([gzipSync("<records>"), gzipSync("</records>")]);
    expect((await inflate(gunzipChunks(pieces(both, 5), { name: "ab.gz" }))).toString()).toBe(
      "<records></records>",
    );
  });

  it("accepts a stream that inflates to exactly maxBytes", async () => {
    const inflated = await inflate(
      gunzipChunks(pieces(gzipSync(xml), 100), { name: "x", maxBytes: xml.length }),
    );
    expect(inflated.length).toBe(xml.length);
  });

  it("stops a gzip bomb (10 MiB of zeros in about 10 KB) at maxBytes with input-too-large", async () => {
    const bomb = gzipSync(Buffer.alloc(10 * 1024 * 1024));
    expect(bomb.length).toBeLessThan(20_000);
    let inflated = 0;
    const reading = (async () => {
      for await (const chunk of gunzipChunks(pieces(bomb, 1024), {
        name: "bomb.xml.gz",
        maxBytes: 1024 * 1024,
      })) {
        inflated += chunk.length;
      }
    })();
    await expect(reading).rejects.toMatchObject({
      name: "CopubError",
      code: "input-too-large",
      file: "bomb.xml.gz",
    });
    // Nothing past the limit reached the consumer.
    expect(inflated).toBeLessThanOrEqual(1024 * 1024);
  });

  it.each([
    [
      "corrupt",
      Buffer.concat([gzipSync("<records/>").subarray(0, 10), Buffer.from("not deflate data at all")]),
    ],
    ["truncated", gzipSync("<records><REC></REC></records>").subarray(0, 20)],
  ])("throws unreadable for %s gzip data", async (_case, bytes) => {
    await expect(inflate(gunzipChunks(pieces(bytes, 4), { name: "bad.gz" }))).rejects.toMatchObject({
      code: "unreadable",
      file: "bad.gz",
    });
  });

  it("passes on the source's own error (a missing file) unchanged", async () => {
    const { chunks } = openSource(sample("xml/no-such-file.xml.gz"));
    await expect(inflate(gunzipChunks(chunks, { name: "no-such-file.xml.gz" }))).rejects.toMatchObject({
      code: "not-found",
    });
  });

  it.each([0, -5, Number.NaN])("throws invalid-option for maxBytes %s", async (maxBytes) => {
    await expect(
      inflate(gunzipChunks(pieces(gzipSync(xml), 100), { name: "x", maxBytes })),
    ).rejects.toMatchObject({
      code: "invalid-option",
    });
  });
});

describe("gzip-compressed WoS XML", () => {
  const text = readFileSync(sample("xml/malformed-second-rec.xml"), "utf8");

  it("readXml(gunzipChunks(…)) gives the items parseXml gives for the uncompressed text", async () => {
    const gz = gzipSync(text);
    const { records, rejections } = await collect(
      readXml(gunzipChunks(pieces(gz, 7), { name: "m.xml.gz" }), { fileName: "m.xml.gz" }),
    );
    const whole = parseXml(text, { fileName: "m.xml.gz" });
    expect(records).toEqual(whole.flatMap((i) => (i.ok ? [i.record] : [])));
    expect(rejections).toEqual(whole.flatMap((i) => (i.ok ? [] : [i.rejection])));
  });

  it("openWos detects gzip and XML from the content and reads the three RECs", async () => {
    const reading = await openWos(gzipSync(text), { fileName: "m.xml.gz" });
    expect([reading.format, reading.compressed]).toEqual(["xml", true]);
    expect((await collect(reading.items)).report).toEqual({
      records: 3,
      parsed: 2,
      rejected: 1,
      byCode: { malformed: 1 },
    });
  });
});
