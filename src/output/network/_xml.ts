/**
 * XML escaping shared by the GraphML and GEXF writers: the five predefined entities, and tab, line
 * feed and carriage return as character references so that attribute values keep them (an XML
 * parser turns them into spaces otherwise).
 */

const ESCAPES: Readonly<Record<string, string>> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&apos;",
  "\t": "&#9;",
  "\n": "&#10;",
  "\r": "&#13;",
};

/**
 * Escapes text for an XML attribute value or element content.
 * @example
 * xmlText('A&B "x"') // → "A&amp;B &quot;x&quot;"
 */
export function xmlText(text: string): string {
  return text.replace(/[&<>"'\t\n\r]/g, (c) => ESCAPES[c] as string);
}
