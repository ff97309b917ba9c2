// The properties every fuzz case must keep (docs/reliability.md):
// - no exception but a CopubError escapes the library, and the CLI never fails internally
//   (runCli throws what would be exit 70; exit codes are 0 or 1);
// - every read report adds up: records = parsed + rejected, rejections by code sum to rejected,
//   records numbered 0…n−1 in file order, each parsed record valid by WosRecordSchema;
// - output is deterministic: the same bytes read whole or in any chunks, and the CLI run twice,
//   give the same result;
// - a text export read without the values the corpus load leaves out (descriptive fields,
//   funding text) gives the same items, rejections, fingerprints and normalized papers;
// - time is bounded: a case that does not finish within the hang guard fails.

import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CopubError } from "../../src/diagnostics/errors.ts";
import { createNormalizer } from "../../src/normalize/normalize.ts";
import { openWos } from "../../src/read/open-wos.ts";
import { readPlainText } from "../../src/read/plain-text.ts";
import { type ReadItem, readOptionsOf } from "../../src/read/read-item.ts";
import type { ReadLimits } from "../../src/read/read-limits.ts";
import { readTabDelimited } from "../../src/read/tab-delimited.ts";
import {
  plainTextBlocks,
  readPlainTextBlock,
  readTabDelimitedBlock,
  readTextBlocks,
  type TextBlock,
  tabDelimitedBlocks,
  withRecordIndexFrom,
} from "../../src/read/text-blocks.ts";
import { WosRecordSchema } from "../../src/read/wos-record.ts";
import { drain } from "../_drain.ts";
import { withValuesLeftOut } from "../_left-out.ts";
import { run } from "../cli/_run.ts";

/** Small limits, so that huge values reach them in milliseconds. */
export const TIGHT_LIMITS: ReadLimits = {
  maxRecordBytes: 256 * 1024,
  maxLineBytes: 64 * 1024,
  maxDecompressedBytes: 32 * 1024 * 1024,
  maxDecompressionRatio: 50,
};

/** What one reading gave: its accounting and a digest of every item, or the error it stopped with. */
export type ReadOutcome =
  | {
      readonly kind: "read";
      readonly format: string;
      readonly compressed: boolean;
      readonly records: number;
      readonly parsed: number;
      readonly rejected: number;
      readonly byCode: Readonly<Record<string, number>>;
      readonly digest: string;
    }
  | { readonly kind: "error"; readonly code: string; readonly message: string };

const normalize = createNormalizer();

/**
 * Reads bytes with `openWos` (all formats, gzip), normalizes every parsed record and checks the
 * accounting of the items. Any exception but a CopubError is thrown on: it is a failure.
 */
export async function readOutcome(
  source: Uint8Array | AsyncIterable<Uint8Array>,
  name: string,
  limits: Partial<ReadLimits>,
): Promise<ReadOutcome> {
  try {
    const reading = await openWos(source, { fileName: name, ...limits });
    const hash = createHash("sha256");
    let parsed = 0;
    let rejected = 0;
    const byCode: Record<string, number> = {};
    let index = 0;
    for await (const item of reading.items) {
      const at = item.ok ? item.at : item.rejection;
      assert.equal(at.file, name, "an item names the file it came from");
      assert.equal(at.recordIndex, index++, "items are numbered 0…n−1 in file order");
      if (at.line !== null) assert.ok(at.line >= 1, `line ${at.line} is not a line number`);
      if (item.ok) {
        parsed++;
        WosRecordSchema.parse(item.record);
        hash.update(JSON.stringify(normalize(item.record)));
      } else {
        rejected++;
        byCode[item.rejection.code] = (byCode[item.rejection.code] ?? 0) + 1;
      }
      hash.update(JSON.stringify(item));
    }
    assert.equal(sum(byCode), rejected, "rejections by code add up to the rejections");
    return {
      kind: "read",
      format: reading.format,
      compressed: reading.compressed,
      records: parsed + rejected,
      parsed,
      rejected,
      byCode,
      digest: hash.digest("hex"),
    };
  } catch (error) {
    if (!(error instanceof CopubError)) throw error;
    return { kind: "error", code: error.code, message: error.message };
  }
}

/** The sum of some counts. */
function sum(counts: readonly number[] | Readonly<Record<string, number>>): number {
  return Object.values(counts).reduce((n, k) => n + k, 0);
}

/** The bytes in chunks of the given sizes, in turn. */
async function* inChunks(bytes: Uint8Array, sizes: readonly number[]): AsyncIterable<Uint8Array> {
  let offset = 0;
  for (let i = 0; offset < bytes.length; i++) {
    const size = Math.max(1, sizes[i % sizes.length] ?? bytes.length);
    yield bytes.subarray(offset, offset + size);
    offset += size;
  }
}

async function* each<T>(values: readonly T[]): AsyncIterable<T> {
  yield* values;
}

/**
 * Reads a case whole and in chunks and checks that both give the same outcome.
 * @returns the outcome of the whole reading
 */
export async function checkReading(
  bytes: Uint8Array,
  name: string,
  limits: Partial<ReadLimits>,
  chunkSizes: readonly number[],
): Promise<ReadOutcome> {
  const whole = await readOutcome(bytes, name, limits);
  const chunked = await readOutcome(inChunks(bytes, chunkSizes), name, limits);
  // Read whole, the bytes' size is known and the gzip ratio is taken over it; as a stream of
  // unknown size, over the compressed bytes taken in so far, which can only stop it sooner.
  const stoppedSooner = chunked.kind === "error" && chunked.code === "input-too-large";
  if (whole.kind === "error" && whole.code === "input-too-large")
    assert.ok(stoppedSooner, "read in chunks, it stops too");
  else if (!stoppedSooner)
    assert.deepEqual(chunked, whole, "the same bytes read whole and in chunks give the same items");
  if (whole.kind === "read" && !whole.compressed && (whole.format === "plain" || whole.format === "tab")) {
    await checkBlocks(bytes, name, limits, whole.format, chunkSizes[0] ?? 64);
    await checkLeftOut(bytes, name, limits, whole.format);
  }
  return whole;
}

/**
 * Reads a text export in record-aligned blocks (`text-blocks.ts`), cut at every boundary and at
 * most `maxBlock` bytes long (so some are continued): in order, and each block alone when none is
 * continued, the items are those of the streaming reader, or the same error stops both.
 */
async function checkBlocks(
  bytes: Uint8Array,
  name: string,
  limits: Partial<ReadLimits>,
  format: "plain" | "tab",
  maxBlock: number,
): Promise<void> {
  const settle = async (read: () => Promise<ReadItem[]> | ReadItem[]): Promise<ReadItem[] | string> => {
    try {
      return await read();
    } catch (error) {
      if (!(error instanceof CopubError)) throw error;
      return error.code;
    }
  };
  const options = { fileName: name, ...limits };
  const streamed = await settle(() =>
    drain((format === "plain" ? readPlainText : readTabDelimited)(bytes, options)),
  );
  const blocks: TextBlock[] = [];
  const cut = format === "plain" ? plainTextBlocks : tabDelimitedBlocks;
  for await (const block of cut(inChunks(bytes, [maxBlock]), {
    targetBytes: 1,
    maxBlockBytes: Math.max(64, maxBlock),
  }))
    blocks.push(block);
  const inOrder = await settle(() => drain(readTextBlocks(format, each(blocks), options)));
  assert.deepEqual(inOrder, streamed, "blocks read in order give the streaming reader's items");
  if (blocks.some((block) => block.continued)) return;
  const alone = await settle(() => {
    const items: ReadItem[] = [];
    for (const block of blocks) {
      const read = format === "plain" ? readPlainTextBlock : readTabDelimitedBlock;
      items.push(...read(block, options).map((item) => withRecordIndexFrom(item, items.length)));
    }
    return items;
  });
  assert.deepEqual(alone, streamed, "blocks read each alone give the streaming reader's items");
}

/**
 * Reads a text export with and without the values the corpus load leaves out
 * (`descriptiveFields: false`, `fundingText: false`): the same items, rejections and
 * fingerprints, each record the whole one with exactly those fields empty (a tab-delimited row
 * joined over line breaks, which has no fingerprint, whole), and the same normalized paper but its
 * funding text.
 */
async function checkLeftOut(
  bytes: Uint8Array,
  name: string,
  limits: Partial<ReadLimits>,
  format: "plain" | "tab",
): Promise<void> {
  const read = format === "plain" ? readPlainText : readTabDelimited;
  // The reader takes the record and line limits only (the gzip limits are `openWos`').
  const options = { ...readOptionsOf(limits), fileName: name, fingerprints: true };
  const whole = await drain(read(bytes, options));
  const left = await drain(read(bytes, { ...options, descriptiveFields: false, fundingText: false }));
  assert.equal(left.length, whole.length, "leaving values out changes no item");
  for (let i = 0; i < whole.length; i++) {
    const [a, b] = [whole[i] as ReadItem, left[i] as ReadItem];
    if (!a.ok || !b.ok) {
      assert.deepEqual(b, a, "leaving values out changes no rejection");
      continue;
    }
    assert.equal(b.fingerprint, a.fingerprint, "leaving values out keeps the fingerprint");
    const expected = a.fingerprint === undefined ? a.record : withValuesLeftOut(a.record, true);
    assert.deepEqual(b.record, expected, "leaving values out empties exactly those fields");
    assert.deepEqual(
      normalize(b.record),
      { ...normalize(a.record), fundingText: a.fingerprint === undefined ? a.record.fundingText : null },
      "leaving values out keeps the normalized paper",
    );
  }
}

/** The CLI commands run on each CLI case. */
const CLI_COMMANDS: readonly (readonly string[])[] = [
  ["read", "--format", "json"],
  ["corpus", "--format", "json"],
];

/**
 * Runs the CLI on a case written to a file: every command twice, same output; exit 0 or 1 (an
 * internal error is thrown by the in-process run and fails the case); on exit 0 the JSON
 * accounting adds up, on exit 1 stderr is one line naming the command.
 * @param withReport - also run `copub report` on it (slower)
 */
export async function checkCli(bytes: Uint8Array, fileName: string, withReport: boolean): Promise<number[]> {
  const folder = mkdtempSync(join(tmpdir(), "copub-fuzz-"));
  const file = join(folder, fileName);
  writeFileSync(file, bytes);
  const codes: number[] = [];
  for (const command of CLI_COMMANDS) {
    const first = await run(...command, "--quiet", file);
    const second = await run(...command, "--quiet", file);
    assert.deepEqual(second, first, "the same run twice gives the same output");
    assert.ok(first.code === 0 || first.code === 1, `exit code ${first.code}`);
    codes.push(first.code);
    if (first.code === 1) {
      assert.match(first.stderr, new RegExp(`^copub ${command[0]}: [^\\n]+\\n$`));
      continue;
    }
    const json = JSON.parse(first.stdout) as Record<string, unknown>;
    const counts = (command[0] === "read" ? json : json.accounting) as Record<string, number>;
    assert.equal(
      counts.records,
      (counts.parsed ?? 0) + (counts.rejected ?? 0),
      "records = parsed + rejected",
    );
    assert.equal(
      (json.rejections as unknown[]).length,
      counts.rejected,
      "one listed rejection per rejected record",
    );
    const files = json.files as { records: number }[];
    assert.equal(sum(files.map((f) => f.records)), counts.records, "the files' records add up to the total");
    if (command[0] === "corpus") {
      const a = json.accounting as Record<string, number>;
      assert.equal(a.parsed, (a.unique ?? 0) + (a.duplicates ?? 0), "parsed = unique + duplicates");
      assert.equal(a.unique, (a.inScope ?? 0) + (a.excluded ?? 0), "unique = in scope + excluded");
      const byCode = (json.accounting as { rejectedByCode: Record<string, number> }).rejectedByCode;
      assert.equal(sum(byCode), a.rejected, "rejections by code add up to the rejections");
    }
  }
  if (withReport) {
    const report = await run("report", "--quiet", file, "--out", join(folder, "report"));
    assert.ok(report.code === 0 || report.code === 1, `report exit code ${report.code}`);
    codes.push(report.code);
  }
  return codes;
}

/**
 * Runs a case under a hang guard: a case that has not settled after `ms` fails. (It catches
 * waits that never end, such as a read that blocks; a loop that never yields is caught by the
 * runner of `npm run fuzz`, which runs the cases in a worker it can stop.)
 */
export async function withHangGuard<T>(ms: number, label: string, work: () => Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const guard = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`hang guard: ${label} did not finish within ${ms / 1000} s`)),
      ms,
    );
  });
  try {
    return await Promise.race([work(), guard]);
  } finally {
    clearTimeout(timer);
  }
}
