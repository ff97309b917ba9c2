/**
 * Splitting WoS multi-value strings. WoS joins values with `; `, but brackets can hold `; `
 * too (C1's `[Sato, A; Suzuki, B]`, FU's `[grant1; grant2]`), so splits honour brackets.
 */

/**
 * Splits at `;` outside square brackets, trims each part and drops empty ones
 * (METHODOLOGY.md §2.3: never split a C1 cell naively).
 * @example
 * splitOutsideBrackets("[Sato, A; Suzuki, B] Univ Tokyo, Japan.; [Smith, C] Harvard Univ, USA.")
 * // → ["[Sato, A; Suzuki, B] Univ Tokyo, Japan.", "[Smith, C] Harvard Univ, USA."]
 */
export function splitOutsideBrackets(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 91 /* [ */) depth++;
    else if (code === 93 /* ] */ && depth > 0) depth--;
    else if (code === 59 /* ; */ && depth === 0) {
      pushTrimmed(parts, text.slice(start, i));
      start = i + 1;
    }
  }
  pushTrimmed(parts, text.slice(start));
  return parts;
}

/**
 * Splits a `; `-separated list, trims each part and drops empty ones.
 * @example
 * splitList("Article; Early Access;") // → ["Article", "Early Access"]
 */
export function splitList(text: string): string[] {
  const parts: string[] = [];
  for (const part of text.split(";")) pushTrimmed(parts, part);
  return parts;
}

function pushTrimmed(parts: string[], part: string): void {
  const trimmed = part.trim();
  if (trimmed.length > 0) parts.push(trimmed);
}
