/**
 * Draining a reader: gather its records and rejections with the read report, or only count.
 */
import type { ReadReport } from "../diagnostics/read-report.ts";
import type { Rejection, RejectionCode } from "../diagnostics/rejection.ts";
import type { ReadItem } from "./read-item.ts";
import type { WosRecord } from "./wos-record.ts";

/** Everything a reader yielded, split into records and rejections, with the counts. */
export interface Collected {
  /** Parsed records, in input order. */
  readonly records: readonly WosRecord[];
  /** Rejections, in input order. */
  readonly rejections: readonly Rejection[];
  /** Counts; `report.records === records.length + rejections.length`. */
  readonly report: ReadReport;
}

/**
 * Reads every item of a reader into memory.
 * @param items - a reader's items (sync or async)
 * @example
 * const { records, rejections, report } = await collect(readPlainText("data-samples/plain-text/two-records.txt"));
 * // report → { records: 2, parsed: 2, rejected: 0, byCode: {} }
 */
export async function collect(items: AsyncIterable<ReadItem> | Iterable<ReadItem>): Promise<Collected> {
  const records: WosRecord[] = [];
  const rejections: Rejection[] = [];
  for await (const item of items) {
    if (item.ok) records.push(item.record);
    else rejections.push(item.rejection);
  }
  return { records, rejections, report: readReportOf(records.length, rejections) };
}

/**
 * Counts a reader's items and keeps only the rejections, so memory stays bounded by them.
 * @param items - a reader's items
 * @example
 * await tally(readPlainText("savedrecs.txt")) // → { report: { records: 500, parsed: 500, rejected: 0, byCode: {} }, rejections: [] }
 */
export async function tally(
  items: AsyncIterable<ReadItem> | Iterable<ReadItem>,
): Promise<{ readonly report: ReadReport; readonly rejections: readonly Rejection[] }> {
  let parsed = 0;
  const rejections: Rejection[] = [];
  for await (const item of items) {
    if (item.ok) parsed++;
    else rejections.push(item.rejection);
  }
  return { report: readReportOf(parsed, rejections), rejections };
}

/**
 * The read report of a reader's parsed records and rejections (every item is one or the other).
 * @param parsed - items that gave a record
 * @param rejections - items that gave a rejection
 * @example
 * readReportOf(2, [{ code: "missing-ut", … }]) // → { records: 3, parsed: 2, rejected: 1, byCode: { "missing-ut": 1 } }
 */
export function readReportOf(parsed: number, rejections: readonly Rejection[]): ReadReport {
  const byCode: Partial<Record<RejectionCode, number>> = {};
  for (const { code } of rejections) byCode[code] = (byCode[code] ?? 0) + 1;
  return { records: parsed + rejections.length, parsed, rejected: rejections.length, byCode };
}

/**
 * A reader's items, passed on unchanged, each told of as it passes (progress, counting).
 * @param items - a reader's items
 * @param onItem - called once per item, before the item is passed on
 * @example
 * let n = 0;
 * await tally(countedItems(readPlainText("savedrecs.txt"), () => n++)); // n → 500
 */
export async function* countedItems(
  items: AsyncIterable<ReadItem>,
  onItem: () => void,
): AsyncIterable<ReadItem> {
  for await (const item of items) {
    onItem();
    yield item;
  }
}
