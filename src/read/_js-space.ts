/**
 * The white space of JavaScript itself: what `String.prototype.trim` removes and what `\s`
 * matches in a regular expression (ECMAScript WhiteSpace and LineTerminator — the two sets are
 * the same). Scanners that replaced a `\s` or a `trim` with character-code loops test with this,
 * so they keep exactly the behaviour of the code they replaced.
 */

/**
 * Whether a UTF-16 code unit is JavaScript white space.
 * @example
 * isJsSpace(0x20)   // → true
 * isJsSpace(0x3000) // → true (ideographic space)
 * isJsSpace(0x200b) // → false (zero-width space is not white space)
 */
export function isJsSpace(code: number): boolean {
  return (
    code === 32 ||
    (code >= 9 && code <= 13) ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}
