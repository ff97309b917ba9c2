/**
 * Format detection from content, never from the file extension: WoS names every export
 * `savedrecs.txt`, whether it holds plain text or tab-delimited rows.
 */
import type { WosFormat } from "./read-item.ts";

/**
 * Tells which WoS export format a text starts with, or `undefined` when it is none of them.
 * @param head - the first few kilobytes of the decoded text
 * @example
 * detectFormat("FN Clarivate Analytics Web of Science\nVR 1.0\n") // → "plain"
 * detectFormat("PT\tAU\tBA\tBE\tGP\tAF\n")                        // → "tab"
 * detectFormat("<?xml version=\"1.0\"?><records>")                  // → "xml"
 * detectFormat("Title,Authors\n")                                   // → undefined
 */
export function detectFormat(head: string): WosFormat | undefined {
  const text = head.replace(/^\uFEFF/, "").trimStart();
  if (text.startsWith("<")) return "xml";
  const firstLine = text.split(/\r\n|\r|\n/, 1)[0] ?? "";
  if (firstLine.includes("\t")) {
    const cells = firstLine.split("\t").map((c) => c.trim());
    return cells[0] === "PT" || cells.includes("UT") ? "tab" : undefined;
  }
  return /^(?:null)*[A-Z][A-Z0-9](?: |$)/.test(firstLine) ? "plain" : undefined;
}
