/**
 * Global regular-expression replacement whose memory grows with the text, not with the number
 * of matches. `String.prototype.replace` with a global pattern first records every match (V8
 * keeps about 180 bytes per match until it builds the result), so folding the spaces of a 10 MB
 * value with a million gaps takes 300 MB and seconds. Values that long come only from hostile or
 * broken input, but they must cost no more than their size (docs/reliability.md); this walks the
 * matches with `exec` and joins the pieces in batches instead.
 */

/** Matches walked before the pieces gathered so far are joined into one string. */
const BATCH = 4096;
/** Texts shorter than this go to `String.prototype.replace`, faster when matches are few. */
const SHORT_TEXT = 4096;

/**
 * Replaces every match of a global pattern, like `text.replace(pattern, replacement)` where
 * `replacement` is a string taken literally (no `$1`) or a function of the match.
 * @param text - the text
 * @param pattern - a regular expression with the `g` flag (its `lastIndex` is reset and used)
 * @param replacement - the literal replacement, or a function from the match to its replacement
 * @returns the replaced text; `text` itself when nothing matched
 * @example
 * replaceAllMatches("a  b\tc", /\s+/g, " ") // → "a b c"
 * replaceAllMatches("x1y22", /\d+/g, (m) => `<${m[0]}>`) // → "x<1>y<22>"
 */
export function replaceAllMatches(
  text: string,
  pattern: RegExp,
  replacement: string | ((match: RegExpExecArray) => string),
): string {
  pattern.lastIndex = 0;
  if (text.length < SHORT_TEXT) {
    // A string with no "$" is literal for `replace` too, and the fastest form.
    if (typeof replacement === "string" && !replacement.includes("$"))
      return text.replace(pattern, replacement);
    const replace = typeof replacement === "string" ? () => replacement : replacement;
    return text.replace(pattern, (...args: unknown[]) => replace(execArrayOf(args)));
  }
  const replace = typeof replacement === "string" ? () => replacement : replacement;
  let match = pattern.exec(text);
  if (match === null) return text;
  const joined: string[] = [];
  let batch: string[] = [];
  let last = 0;
  while (match !== null) {
    batch.push(text.slice(last, match.index), replace(match));
    last = match.index + match[0].length;
    // An empty match would be found again at the same place.
    if (match[0].length === 0) pattern.lastIndex++;
    if (batch.length >= BATCH) {
      joined.push(batch.join(""));
      batch = [];
    }
    match = pattern.exec(text);
  }
  batch.push(text.slice(last));
  joined.push(batch.join(""));
  return joined.join("");
}

/** The `RegExpExecArray` of a `replace` callback's arguments (match, groups…, offset, text[, named groups]). */
function execArrayOf(args: readonly unknown[]): RegExpExecArray {
  const named = typeof args[args.length - 1] === "object" ? 1 : 0;
  const offsetAt = args.length - 2 - named;
  const match = args.slice(0, offsetAt) as unknown as RegExpExecArray;
  match.index = args[offsetAt] as number;
  match.input = args[offsetAt + 1] as string;
  return match;
}
