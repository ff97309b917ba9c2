/**
 * The mapping context of one XML record: text and number readers that note what they could not
 * read as record warnings (`xml-unexpected`, `invalid-number`) instead of dropping it silently.
 * One context per record, so warnings never leak from one record to the next.
 */
import { parseCount } from "./_tag-values.ts";
import { firstMarkupChild, textOf, type XmlElement } from "./_xml-node.ts";
import type { RecordWarning } from "./wos-record.ts";

/** Readers bound to one record's warning list. */
export interface MapContext {
  /** The warnings collected so far, in the order found. */
  readonly warnings: RecordWarning[];
  /** Adds an `xml-unexpected` warning. */
  unexpected(detail: string): void;
  /** An element's text (see `textOf`); warns when child elements cut the text into pieces. */
  text(element: XmlElement | undefined, where: string): string | null;
  /** The texts of several elements, empty ones left out. */
  texts(elements: readonly XmlElement[], where: string): string[];
  /** A non-negative whole number from an attribute or text; warns `invalid-number` on anything else. */
  count(value: string | null | undefined, where: string): number | null;
}

/**
 * Creates the context for one record.
 * @example
 * const context = createMapContext();
 * context.count("n/a", "pub_info/@pubyear"); // → null, and context.warnings → [{ code: "invalid-number", detail: 'pub_info/@pubyear is "n/a"' }]
 */
export function createMapContext(): MapContext {
  const warnings: RecordWarning[] = [];
  const unexpected = (detail: string): void => {
    warnings.push({ code: "xml-unexpected", detail });
  };
  const text = (element: XmlElement | undefined, where: string): string | null => {
    const markup = firstMarkupChild(element);
    if (markup !== undefined) {
      unexpected(
        `${where} holds the child element <${markup}>; only the text around child elements was kept`,
      );
    }
    return textOf(element);
  };
  return {
    warnings,
    unexpected,
    text,
    texts(elements: readonly XmlElement[], where: string): string[] {
      const out: string[] = [];
      for (const element of elements) {
        const value = text(element, where);
        if (value !== null) out.push(value);
      }
      return out;
    },
    count(value: string | null | undefined, where: string): number | null {
      if (value === null || value === undefined) return null;
      const parsed = parseCount(value);
      if (parsed === undefined) warnings.push({ code: "invalid-number", detail: `${where} is "${value}"` });
      return parsed ?? null;
    },
  };
}
