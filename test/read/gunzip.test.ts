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
import { drain } from "../_drain.ts";
import { sample } from "../_samples.ts";

async function* pieces(bytes: Uint8Array, size: number): AsyncIterable<Uint8Array> {
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

async function inflate(chunks: AsyncIterable<Uint8Array>): Promise<Buffer> {
  return Buffer.concat(await drain(chunks));
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

  it("stops a stream that inflates more than maxRatio times its compressed bytes, once past ratioFreeBytes", async () => {
    // 16 MiB of zeros deflate to about 16 KB: about 1000 bytes out per byte in, a gzip bomb's ratio.
    const bomb = gzipSync(Buffer.alloc(16 * 1024 * 1024));
    let inflated = 0;
    const reading = (async () => {
      for await (const chunk of gunzipChunks(pieces(bomb, 1024), {
        name: "bomb.gz",
        maxRatio: 200,
        ratioFreeBytes: 1024 * 1024,
      })) {
        inflated += chunk.length;
      }
    })();
    await expect(reading).rejects.toMatchObject({ code: "input-too-large", file: "bomb.gz" });
    await expect(reading).rejects.toThrow(/expands more than 200 times/);
    // Stopped soon after the first MiB: far from the 16 MiB the bomb holds.
    expect(inflated).toBeLessThan(2 * 1024 * 1024);
  });

  it("lets a highly compressed stream through up to ratioFreeBytes (one large record in a small file)", async () => {
    const zeros = Buffer.alloc(4 * 1024 * 1024);
    const inflated = await inflate(
      gunzipChunks(pieces(gzipSync(zeros), 1024), { name: "x", maxRatio: 200, ratioFreeBytes: zeros.length }),
    );
    expect(inflated.length).toBe(zeros.length);
  });

  it("lets real WoS XML through at the default ratio (it compresses about 10:1)", async () => {
    const gz = gzipSync(xml);
    // The sample's own ratio, for the record: far under 200.
    expect(xml.length / gz.length).toBeLessThan(20);
    const inflated = await inflate(gunzipChunks(pieces(gz, 100), { name: "x", ratioFreeBytes: 1 }));
    expect(inflated.equals(xml)).toBe(true);
  });

  it.each([
    ["maxRatio", { maxRatio: 0 }],
    ["ratioFreeBytes", { ratioFreeBytes: -1 }],
  ])("throws invalid-option for a bad %s", async (_name, limit) => {
    await expect(
      inflate(gunzipChunks(pieces(gzipSync(xml), 100), { name: "x", ...limit })),
    ).rejects.toMatchObject({
      code: "invalid-option",
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

describe("openWos on a gzip bomb inside one <REC>", () => {
  const head = "<records><REC><UID>WOS:000000000000009</UID><static_data><summary><titles><title>";
  const tail = "</title></titles></summary></static_data></REC></records>";
  it("stops the file with input-too-large once the inflated bytes pass maxRecordBytes at a bomb's ratio", async () => {
    // The case scaled down: a REC whose title is 32 MiB of spaces (2 GiB there), with a
    // 1 MiB record limit (64 MiB by default). Spaces deflate about 1000:1, over the ratio of 200.
    const bomb = gzipSync(
      Buffer.concat([Buffer.from(head), Buffer.alloc(32 * 1024 * 1024, " "), Buffer.from(tail)]),
    );
    const reading = await openWos(bomb, { fileName: "bomb.xml.gz", maxRecordBytes: 1024 * 1024 });
    await expect(collect(reading.items)).rejects.toMatchObject({
      code: "input-too-large",
      file: "bomb.xml.gz",
    });
  });

  it("reads the same REC when the ratio limit is lifted: it is then rejected as record-too-large, with its UID", async () => {
    const bomb = gzipSync(
      Buffer.concat([Buffer.from(head), Buffer.alloc(4 * 1024 * 1024, " "), Buffer.from(tail)]),
    );
    const reading = await openWos(bomb, {
      fileName: "bomb.xml.gz",
      maxRecordBytes: 1024 * 1024,
      maxDecompressionRatio: Number.POSITIVE_INFINITY,
    });
    const { rejections } = await collect(reading.items);
    expect(rejections).toMatchObject([
      { code: "record-too-large", recordId: "WOS:000000000000009", line: 1 },
    ]);
  });
});
