/**
 * The mapping context of one XML record: text and number readers that note what they could not
 * read as record warnings (`xml-unexpected`, `invalid-number`) instead of dropping it silently.
 * One context per record, so warnings never leak from one record to the next.
 *
 * The context is only the record's warning list, and the readers are module functions taking it:
 * readers made as closures for each record were new functions each time, whose compiled code V8
 * keeps only while one of them lives, so after every full garbage collection they ran in the
 * interpreter and were compiled again (a third of a 20 MB file's CPU time when the heap is
 * collected between reads, as the bench does).
 */
import { parseCount } from "./_tag-values.ts";
import { firstMarkupChild, textOf, type XmlElement } from "./_xml-node.ts";
import type { RecordWarning } from "./wos-record.ts";

/** One record's warnings, which the readers below add to. */
export interface MapContext {
  /** The warnings collected so far, in the order found. */
  readonly warnings: RecordWarning[];
}

/**
 * Creates the context for one record.
 * @example
 * const context = createMapContext();
 * countIn(context, "n/a", "pub_info/@pubyear"); // → null, and context.warnings → [{ code: "invalid-number", detail: 'pub_info/@pubyear is "n/a"' }]
 */
export function createMapContext(): MapContext {
  return { warnings: [] };
}

/**
 * Adds an `xml-unexpected` warning.
 * @example
 * unexpectedIn(context, 'pub_info/@pubtype "x" has no PT code') // context.warnings → [{ code: "xml-unexpected", detail: … }]
 */
export function unexpectedIn(context: MapContext, detail: string): void {
  context.warnings.push({ code: "xml-unexpected", detail });
}

/**
 * An element's text (see `textOf`); warns when child elements cut the text into pieces.
 * @example
 * textIn(context, { "#text": "Nature" }, "title") // → "Nature"
 */
export function textIn(context: MapContext, element: XmlElement | undefined, where: string): string | null {
  const markup = firstMarkupChild(element);
  if (markup !== undefined) {
    unexpectedIn(
      context,
      `${where} holds the child element <${markup}>; only the text around child elements was kept`,
    );
  }
  return textOf(element);
}

/**
 * The texts of several elements, empty ones left out.
 * @example
 * textsIn(context, [{ "#text": "a" }, {}], "keyword") // → ["a"]
 */
export function textsIn(context: MapContext, elements: readonly XmlElement[], where: string): string[] {
  const out: string[] = [];
  for (const element of elements) {
    const value = textIn(context, element, where);
    if (value !== null) out.push(value);
  }
  return out;
}

/**
 * A non-negative whole number from an attribute or text; warns `invalid-number` on anything else.
 * @example
 * countIn(context, "12", "refs/@count") // → 12
 */
export function countIn(context: MapContext, value: string | null | undefined, where: string): number | null {
  if (value === null || value === undefined) return null;
  const parsed = parseCount(value);
  if (parsed === undefined)
    context.warnings.push({ code: "invalid-number", detail: `${where} is "${value}"` });
  return parsed ?? null;
}
